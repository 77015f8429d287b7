using System.Globalization;

namespace Archive.Bench;

/// <summary>The `--name value` options every benchmark takes, and the percentiles they all print.</summary>
internal static class BenchArguments
{
    public static string? Text(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>A positive whole number, or <paramref name="fallback"/> when absent or not one.</summary>
    public static int Number(string[] args, string name, int fallback) =>
        int.TryParse(Text(args, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    /// <summary>The nearest-rank percentile (0-100) of the values, in any order.</summary>
    public static double Percentile(IEnumerable<double> values, double percent)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
