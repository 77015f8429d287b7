using System.Text.RegularExpressions;

namespace Archive.Indexer.Regions;

/// <summary>Region paths province/city/county (安徽省/安庆市/宜秀区): their levels and the names people search by.</summary>
internal static partial class RegionPath
{
    private static readonly string[] Suffixes = ["自治州", "自治县", "地区", "省", "市", "区", "县", "州", "盟", "旗"];

    /// <summary>Province, city, county and one level below: a filter deeper than this names no region of the archive.</summary>
    public const int MaxLevels = 4;

    /// <summary>安徽省/安庆市/宜秀区 -> 安徽省, 安徽省/安庆市, 安徽省/安庆市/宜秀区.</summary>
    public static IEnumerable<string> Levels(string path)
    {
        var parts = Split(path);
        for (var i = 1; i <= parts.Length; i++)
        {
            yield return string.Join('/', parts[..i]);
        }
    }

    /// <summary>安徽省/安庆市 -> 安徽省; a province's parent is "".</summary>
    public static string Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>Every level's path and name, with and without its suffix (安庆市, 安庆), for 地区: filters.</summary>
    public static IEnumerable<string> SearchNames(string path)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var level in Levels(path)) names.Add(level);
        foreach (var part in Split(path))
        {
            names.Add(part);
            var shortName = ShortName(part);
            if (shortName is not null) names.Add(shortName);
        }
        return names;
    }

    /// <summary>
    /// The names the deepest place of a path goes by, with and without its suffix (安庆市 and 安庆 for 安徽省/安庆市); an
    /// autonomous area also without its peoples (海北州 and 海北 for 海北藏族自治州).
    /// </summary>
    public static IEnumerable<string> OwnNames(string path)
    {
        var parts = Split(path);
        if (parts.Length == 0) yield break;
        yield return parts[^1];
        if (ShortName(parts[^1]) is not { } shortName) yield break;
        yield return shortName;
        if (AutonomousArea().Match(parts[^1]) is { Success: true } area)
        {
            yield return area.Groups["base"].Value;
            yield return area.Groups["base"].Value + area.Groups["level"].Value;
        }
    }

    /// <summary>
    /// A name the way a filter value is matched: a path as it is, a bare name as written; null when the value names
    /// no region at all (empty, only separators and spaces, or deeper than <see cref="MaxLevels"/>).
    /// </summary>
    public static string? Normalize(string value)
    {
        var parts = Split(value);
        return parts.Length is 0 or > MaxLevels ? null : string.Join('/', parts);
    }

    /// <summary>Whether the value names anything at all (a path of separators and spaces does not).</summary>
    public static bool NamesSomething(string value) => Split(value).Length > 0;

    /// <summary>The path down to the city (安徽省/安庆市), the unit "other regions" compares.</summary>
    public static string City(string path)
    {
        var parts = Split(path);
        return string.Join('/', parts[..Math.Min(2, parts.Length)]);
    }

    private static string[] Split(string path) =>
        path.Split(['/', '／'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? ShortName(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.Length - suffix.Length >= 2 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?<base>[\u4e00-\u9fa5]{2,}?)(?:[\u4e00-\u9fa5]{1,4}?族)+自治(?<level>州|县)$")]
    private static partial Regex AutonomousArea();
}
