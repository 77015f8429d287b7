namespace Archive.Web.Browse;

/// <summary>
/// The labels under the year chart's bars. Up to <see cref="MaxFullLabels"/> years each bar reads its year in full; more
/// get two-digit labels (2023 → 23), and past <see cref="MaxCompactLabels"/> only every few bars, counted from the
/// newest, are labelled: two dozen two-digit labels side by side in the sidebar ran together (0304050607…). Every bar
/// keeps its year in its title and for screen readers.
/// </summary>
public static class YearChartLabels
{
    public const int MaxFullLabels = 8;
    public const int MaxCompactLabels = 12;

    /// <summary>Whether the chart is drawn narrow (two-digit labels, counts in titles only).</summary>
    public static bool Compact(int years) => years > MaxFullLabels;

    /// <summary>The label under the bar of <paramref name="years"/>[<paramref name="index"/>]; null for a bar left unlabelled.</summary>
    public static string? Label(IReadOnlyList<string> years, int index)
    {
        var year = years[index];
        if (!Compact(years.Count)) return year;
        var every = (years.Count + MaxCompactLabels - 1) / MaxCompactLabels;
        return (years.Count - 1 - index) % every != 0 ? null : year.Length == 4 ? year[2..] : year;
    }
}
