namespace Archive.Indexer.Regions;

/// <summary>
/// Every name a writer uses for a place, each with the places it may mean: official names (宜秀区), the forms of
/// autonomous areas and banners that drop the peoples' names or shorten the banner (大通县, 阿坝州, 察右后旗), a hand
/// list (corpus/dict/regions/short-forms.tsv: short forms no rule derives, and the former names of places renamed,
/// merged or made districts since: 吴江市, 襄樊市, 崇文区), and short names (安庆, 宜秀, 大通) that only count where a
/// writer would use them.
/// </summary>
internal sealed class PlaceNames
{
    private static readonly string[] NameSuffixes =
        ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "地区", "林区", "新区", "省", "市", "区", "县", "盟", "旗"];

    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _full;
    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _short;
    // For each pair of characters a name starts with, the lengths of those names, longest first: most positions of a
    // text start no name, and one look-up of the pair says so.
    private readonly Dictionary<int, int[]> _lengthsByOpening;
    // Whether any name has the character first, or second: two array reads turn most positions away before the look-up.
    private readonly bool[] _first = new bool[char.MaxValue + 1], _second = new bool[char.MaxValue + 1];

    public PlaceNames(IReadOnlyList<Place> places, IReadOnlyList<string> ethnicGroups, IEnumerable<(string Form, string Official)> handList)
    {
        var full = new Dictionary<string, List<Place>>();
        var stems = new Dictionary<string, List<Place>>();
        var byName = places.ToLookup(p => p.Name);
        foreach (var place in places)
        {
            // One character is never a name (重庆's bookkeeping level 县); two-character districts (城区, 郊区, 矿区) are
            // ordinary words, two-character counties (泾县, 歙县) are not.
            if (place.Name.Length > 2 || place.Name.Length == 2 && place.Name.EndsWith('县'))
                Add(full, place.Name, place);
            if (Stem(place.Name) is { } stem) Add(stems, stem, place);
            if (AutonomousForm(place.Name, ethnicGroups) is { } autonomous)
            {
                Add(full, autonomous.Form, place);
                // 海南藏族自治州 is not 海南: a people's area never takes the bare name of a province or city.
                if (!byName[autonomous.Stem + "省"].Any() && !byName[autonomous.Stem + "市"].Any())
                    Add(stems, autonomous.Stem, place);
            }
            if (BannerForm(place.Name) is { } banner) Add(full, banner, place);
        }
        foreach (var (form, official) in handList.Where(h => h.Form.Length >= 2))
            foreach (var place in Official(official))
                Add(full, form, place);

        var fullNames = full.ToDictionary(kv => kv.Key, kv => kv.Value.Distinct().ToArray());
        var shortNames = stems.Where(kv => !full.ContainsKey(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value.Distinct().ToArray());
        Full = fullNames;
        Short = shortNames;
        _full = fullNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _short = shortNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _lengthsByOpening = Full.Keys.Concat(Short.Keys)
            .GroupBy(k => Opening(k, 0))
            .ToDictionary(g => g.Key, g => g.Select(k => k.Length).Distinct().OrderDescending().ToArray());
        foreach (var opening in _lengthsByOpening.Keys)
        {
            _first[opening >>> 16] = true;
            _second[(char)opening] = true;
        }

        // An official name, or parent/name where two places bear it (龙岩市/永定区, 上海市/宝山区).
        IEnumerable<Place> Official(string name) => name.Split('/') is [var parent, var own]
            ? byName[own].Where(p => p.Parent?.Name == parent)
            : byName[name];

        static void Add(Dictionary<string, List<Place>> map, string key, Place place)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(place);
        }
    }

    /// <summary>Names that mean a place wherever they stand: official names and the forms derived with their level.</summary>
    public IReadOnlyDictionary<string, Place[]> Full { get; }

    /// <summary>Names without their level (安庆, 宜秀): places only where a writer would use them so.</summary>
    public IReadOnlyDictionary<string, Place[]> Short { get; }

    /// <summary>
    /// The longest name starting at <paramref name="index"/> no longer than <paramref name="maxLength"/>, full names
    /// before short ones of the same length; Length 0 when none.
    /// </summary>
    public (int Length, Place[] Places, bool IsShort) LongestAt(string text, int index, int maxLength = int.MaxValue)
    {
        // Every name has two characters or more (one character is never a name).
        if (index + 1 >= text.Length || !_first[text[index]] || !_second[text[index + 1]]
            || !_lengthsByOpening.TryGetValue(Opening(text, index), out var lengths)) return default;
        foreach (var length in lengths)
        {
            if (length > text.Length - index || length > maxLength) continue;
            var key = text.AsSpan(index, length);
            if (_full.TryGetValue(key, out var places)) return (length, places, false);
            if (_short.TryGetValue(key, out places)) return (length, places, true);
        }
        return default;
    }

    private static int Opening(string text, int index) => text[index] << 16 | text[index + 1];

    /// <summary>安庆市 -> 安庆, 内蒙古自治区 -> 内蒙古, 宜秀区 -> 宜秀; null when too short or autonomous (see AutonomousForm).</summary>
    private static string? Stem(string name)
    {
        if (name.Contains("自治", StringComparison.Ordinal) && !name.EndsWith("自治区", StringComparison.Ordinal)) return null;
        foreach (var suffix in NameSuffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = name[..^suffix.Length];
            return stem.Length >= 2 && !stem.Contains('族') ? stem : null;
        }
        return null;
    }

    /// <summary>大通回族土族自治县 -> (大通县, 大通), 阿坝藏族羌族自治州 -> (阿坝州, 阿坝): the name before its first people.</summary>
    private static (string Form, string Stem)? AutonomousForm(string name, IReadOnlyList<string> ethnicGroups)
    {
        var level = name switch
        {
            _ when name.EndsWith("自治县", StringComparison.Ordinal) => '县',
            _ when name.EndsWith("自治州", StringComparison.Ordinal) => '州',
            _ when name.EndsWith("自治旗", StringComparison.Ordinal) => '旗',
            _ => '\0',
        };
        if (level == '\0') return null;
        var cut = -1;
        for (var i = 2; i < name.Length - 3 && cut < 0; i++)
            foreach (var group in ethnicGroups)
                if (name.AsSpan(i).StartsWith(group, StringComparison.Ordinal))
                {
                    cut = i;
                    break;
                }
        return cut < 0 ? null : (name[..cut] + level, name[..cut]);
    }

    /// <summary>察哈尔右翼后旗 -> 察右后旗, 土默特左旗 -> 土左旗, 鄂托克前旗 -> 鄂前旗: a long banner name keeps its first character.</summary>
    private static string? BannerForm(string name)
    {
        if (!name.EndsWith('旗') || name.Contains("自治", StringComparison.Ordinal)) return null;
        var body = name[..^1];
        var markers = "";
        foreach (var marker in new[] { "前", "中", "后" })
            if (body.EndsWith(marker, StringComparison.Ordinal))
            {
                markers = marker;
                body = body[..^1];
                break;
            }
        foreach (var (written, shortened) in new[] { ("左翼", "左"), ("右翼", "右"), ("左", "左"), ("右", "右") })
            if (body.EndsWith(written, StringComparison.Ordinal))
            {
                markers = shortened + markers;
                body = body[..^written.Length];
                break;
            }
        return markers.Length > 0 && body.Length >= 3 ? $"{body[0]}{markers}旗" : null;
    }
}
