using System.Buffers;

namespace Archive.Indexer.Chinese;

/// <summary>
/// The most probable way to cut one run of ideographs into words under a word-bigram model, as SmartCN's hierarchical
/// HMM does. The lattice holds every dictionary word at every position, each single character, and each run of Chinese
/// numerals (as SmartCN's class 未##数) with a unit after it (<see cref="WordKind.Unit"/>). A word is scored by
/// P(word | previous) = λ P(word) + (1 - λ) count(previous word) / count(previous), from what stands before the run
/// (a sentence start, a number, a Latin word) to what follows it. One pass left to right (Viterbi): each word, when the
/// walk of the dictionary finds it, keeps the best route ending with it. Thread-safe; buffers come from the shared pool.
/// </summary>
internal sealed class BigramRoute(WordDictionary dictionary, WordBigrams bigrams)
{
    /// <summary>λ, the unigram's share: SmartCN's smoothing weight.</summary>
    public const double UnigramWeight = 0.1;

    /// <summary>Longest word the lattice holds; longer dictionary entries are never needed to cut text.</summary>
    public const int MaxWordLength = 16;

    private static readonly double LogUnigramWeight = -Math.Log(UnigramWeight);

    /// <summary>
    /// A unit after a number makes the pair SmartCN's class 未##时 (its corpus counts 2000年 as one word), so what follows
    /// is scored after 未##时; taking the unit costs -log(count(未##时) / count(未##数)).
    /// </summary>
    private readonly double unitCost = -Math.Log((double)Math.Max(1, dictionary.Time.Count) / Math.Max(1, dictionary.Number.Count));

    /// <summary>
    /// Cuts <paramref name="run"/> between the contexts <paramref name="before"/> and <paramref name="after"/> into words of at
    /// most <paramref name="longest"/> characters; writes each word into <paramref name="words"/> (at least run.Length long)
    /// and returns how many.
    /// </summary>
    public int Cut(ReadOnlySpan<char> run, WordClass before, WordClass after, Span<RouteWord> words, int longest = MaxWordLength)
    {
        var n = run.Length;
        var lattice = new Lattice(n);
        try
        {
            lattice.Before = new Edge(-1, 0, WordKind.Class, before.LogProbability, before.Count, before.FirstKey);
            var number = dictionary.Number;
            var numeralEnd = 0;
            var unitAt = before.Name == number.Name ? 0 : -1;
            for (var i = 0; i < n; i++)
            {
                if (i == unitAt && Quantities.IsUnit(run[i]))
                {
                    var time = dictionary.Time;
                    Add(ref lattice, new Edge(i, i + 1, WordKind.Unit, time.LogProbability, time.Count, time.FirstKey), run);
                }
                if (i + 2 < n && longest >= 2 && run[i + 1] == '好' && TakesGoodAsResult(run[i]) && !StartsWord(run, i + 1))
                    Add(ref lattice, Term(run, i, i + 2, 1, 1), run); // a verb and its result before its object: 用好 资源, 选好 领头雁
                if (i + 2 < n && longest >= 3 && run[i + 1] == '家' && IsVillage(run[i + 2]) && Surnames.IsCommon(run[i]))
                    Add(ref lattice, Village(i, i + 3, dictionary.VillageLogProbability), run); // a village named for a family: 宋家村, 王家庄
                if (i > 0 && IsPlaceLevel(run[i - 1]))
                    for (var end = i + 3; end <= n && end - i <= Math.Min(longest, MaxVillageLength); end++)
                        if (run[end - 1] == '村' && IsVillageName(run[i..(end - 1)], run[i - 1]))
                            Add(ref lattice, Village(i, end, dictionary.VillageLogProbability), run); // a village after its town or county: 崞村镇 黄家梁村
                var node = dictionary.Root(run[i]);
                var key = WordBigrams.Extend(WordBigrams.EmptyKey, run[i]);
                var single = dictionary.Word(node);
                Add(ref lattice, single.IsWord
                    ? new Edge(i, i + 1, WordKind.Dictionary, single.LogProbability, single.Count, WordBigrams.Extend(key, '@'))
                    : new Edge(i, i + 1, WordKind.Unknown, dictionary.UnknownLogProbability, 0, 0), run);
                for (var j = i + 1; j < n && j - i < longest && node != 0; j++)
                {
                    node = dictionary.Child(node, run[j]);
                    if (node == 0) break;
                    key = WordBigrams.Extend(key, run[j]);
                    if (j + 1 < n && j + 2 - i <= longest && run[j + 1] == '村' && IsTownName(node))
                        Add(ref lattice, Village(i, j + 2, dictionary.VillageLogProbability), run); // a village named as the town: 苇沙河村 beside 苇沙河镇
                    var word = dictionary.Word(node);
                    if (word.IsTerm) Add(ref lattice, Term(run, i, j + 1, word.Head, word.Tail), run);
                    else if (word.IsWord && (word.IsDomain || !(j == i + 1 ? IsPairPkuCuts(run[i], run[j]) : IsPhrasePkuCuts(run[i..(j + 1)]))))
                        Add(ref lattice, new Edge(i, j + 1, word.IsName ? WordKind.Name : WordKind.Dictionary, word.LogProbability, word.Count, WordBigrams.Extend(key, '@')), run);
                }
                if (i >= numeralEnd)
                {
                    numeralEnd = i;
                    while (numeralEnd < n && CharClass.IsChineseNumeral(run[numeralEnd])) numeralEnd++;
                    // A single digit is a number before 年 only (五年, 两年: departure 2); before 点 or 分 it is a word's (一点, 十分),
                    // and after 几 or 数 an approximate count's, which the dictionaries hold with its 年 (数十年) or not at all.
                    if (numeralEnd - i == 1 && numeralEnd < n && run[numeralEnd] == '年' && IsSingleDigit(run[i]) &&
                        (i == 0 || run[i - 1] is not ('几' or '数')))
                    {
                        Add(ref lattice, new Edge(i, numeralEnd, WordKind.Numeral, number.LogProbability, number.Count, number.FirstKey), run);
                        unitAt = numeralEnd;
                    }
                    else if (numeralEnd - i >= 2 && numeralEnd - i <= longest)
                    {
                        Add(ref lattice, new Edge(i, numeralEnd, WordKind.Numeral, number.LogProbability, number.Count, number.FirstKey), run);
                        unitAt = numeralEnd;
                        // PKU keeps an ordinal whole (第四十四) and a party congress by its number (十九大), as a number.
                        // Not longer than the caller allows: search mode cuts 第四十四 again with words of three characters at most.
                        var shorter = numeralEnd - i < longest;
                        if (shorter && i > 0 && run[i - 1] == '第')
                            Add(ref lattice, new Edge(i - 1, numeralEnd, WordKind.Ordinal, number.LogProbability, number.Count, number.FirstKey), run);
                        if (shorter && numeralEnd < n && run[numeralEnd] == '大')
                            Add(ref lattice, new Edge(i, numeralEnd + 1, WordKind.Ordinal, number.LogProbability, number.Count, number.FirstKey), run);
                    }
                }
            }
            return lattice.Route(this, after, words);
        }
        finally
        {
            lattice.Return();
        }
    }

    /// <summary>The longest village found after its town or county, 村 included (赵杨李新村).</summary>
    private const int MaxVillageLength = 5;

    /// <summary>What a town, township or county ends with, where the name of a village in it may follow (白驿镇 岫云村).</summary>
    private static bool IsPlaceLevel(char c) => c is '镇' or '乡' or '县';

    /// <summary>
    /// Whether the characters before a 村 that follows a town or county read as a village's name rather than words of their
    /// own (checked on corpus/real, where the looser rule joined 狠抓村, 恰恰村, 延伸到农村, 第十届村, 团县委情系包村):
    /// the level is no word with the name's first character (县委, 乡镇); no word PKU's corpus counts leads the name or is
    /// it (全镇 所有 村, 镇 政府 驻地 村, 狠抓 村), but a common surname or a rare character may (黄家梁村, 岫云村); no count or
    /// ordinal is in it (十 名, 第十 届); its last character and 村 are no common word (延伸 到 农村); its characters are not
    /// all common alone (的 各); it holds no 村 itself (乡 村振兴).
    /// </summary>
    private bool IsVillageName(ReadOnlySpan<char> name, char level)
    {
        if (dictionary.Contains([level, name[0]])) return false;
        foreach (var c in name)
            if (c is '村' or '第' || CharClass.IsChineseNumeral(c)) return false;
        if (dictionary.Word(dictionary.Find([name[^1], '村'])).Count >= UnknownWords.CommonAloneCount) return false;
        var node = dictionary.Root(name[0]);
        if (IsCommonAlone(name[0]) && (!Surnames.IsCommon(name[0]) || MostlyFunctionWords.Contains(name[0]))) return false;
        for (var i = 1; i < name.Length && node != 0; i++)
        {
            node = dictionary.Child(node, name[i]);
            if (node != 0 && dictionary.Word(node).Count > 0) return false;
        }
        foreach (var c in name)
            if (!IsCommonAlone(c)) return true;
        return false;
    }

    /// <summary>Common surnames that a text mostly writes as a preposition or an adverb (向贫困村 选派, 曾有 贫困村, 于 村): no village's name opens with them alone.</summary>
    private const string MostlyFunctionWords = "向于曾";

    private bool IsCommonAlone(char c) => dictionary.Word(dictionary.Root(c)).Count >= UnknownWords.CommonAloneCount;

    /// <summary>What a village's name ends with: 村, or 庄 (王家庄).</summary>
    private static bool IsVillage(char c) => c is '村' or '庄';

    /// <summary>
    /// Whether the dictionary holds the name at <paramref name="node"/> (two characters or more) as a town's, with 镇 or 乡,
    /// and PKU's corpus does not hold it as a common word: 乡村 振兴 村 党组织, though there are towns named 振兴.
    /// </summary>
    private bool IsTownName(int node) =>
        (dictionary.Word(dictionary.Child(node, '镇')).IsWord || dictionary.Word(dictionary.Child(node, '乡')).IsWord) &&
        dictionary.Word(node).Count < UnknownWords.CommonAloneCount;

    /// <summary>
    /// A village neither dictionary holds, recognized by its form: one word, as PKU keeps a place with its level (马头营村),
    /// scored as a place the dictionaries do not list. Not longer than the caller allows: search mode cuts a word again
    /// with shorter words only, and would find the same village in it for ever.
    /// </summary>
    private static Edge Village(int start, int end, float logProbability) =>
        new(start, end, WordKind.Dictionary, logProbability, 0, 0);

    /// <summary>
    /// A one-character verb whose result 好 PKU keeps with it as one word (做好, 搞好, 抓好), as every gold does where they
    /// agree (用好, 选好, 当好, 讲好, 想好, 找好); the dictionaries hold some (做好) and lack others (用好, 讲好), and the
    /// bigrams of the two characters alone outbid the word where they hold it (为 做 好 疫情防控). 走 is left out: the golds
    /// disagree on 走好; so is 种, a measure word as often (这种 好 做法).
    /// </summary>
    private static bool TakesGoodAsResult(char c) =>
        c is '做' or '搞' or '抓' or '办' or '干' or '当' or '用' or '建' or '管' or '学' or '选' or '想' or '找' or '讲' or '打' or
            '带' or '守' or '开' or '把' or '写' or '练' or '配' or '护' or '育' or '谋';

    /// <summary>
    /// Whether the character at <paramref name="at"/> begins a dictionary word with those after it (好事, 好消息, 好日子): then
    /// the verb before it is a preposition or a word of its own (当 好消息传来时, 把 好日子过好).
    /// </summary>
    private bool StartsWord(ReadOnlySpan<char> run, int at)
    {
        var node = dictionary.Root(run[at]);
        for (var i = at + 1; node != 0 && i < run.Length; i++)
        {
            node = dictionary.Child(node, run[i]);
            if (node != 0 && dictionary.Word(node).IsWord) return true;
        }
        return false;
    }

    /// <summary>A numeral that is a count by itself (一 to 十, 两); 百, 千 and 万 alone are words' (百年, 千年).</summary>
    private static bool IsSingleDigit(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '两';

    /// <summary>
    /// Two characters SmartCN or jieba hold as one word where PKU cuts them: a count and its measure word (一 个), a
    /// determiner and a place or body (我 市, 该 县, 本 村, 各 委, 我 院), or a meeting and where or when in it (会 上,
    /// 会 后), which the gold cuts as PKU does.
    /// </summary>
    public static bool IsPairPkuCuts(char first, char second) =>
        Quantities.IsCountAndMeasure(first, second) ||
        (first is '我' or '该' or '本' or '各' &&
         second is '市' or '省' or '县' or '区' or '州' or '镇' or '乡' or '村' or '委' or '厅' or '局' or '校' or '院') ||
        (first == '会' && second is '上' or '后' or '前');

    /// <summary>
    /// Words of three characters or more that SmartCN or jieba hold and PKU cuts, as every gold does: a government named by
    /// its level or as the people's, with or without its place (县 政府, 深圳市 政府, 人民 政府, 上海市 人民 政府); a party
    /// committee or branch and its secretary (党委 书记, 县委 书记, 政法委 书记, 支部 书记); 副 or 正 before a rank (副 厅级,
    /// 正 县级), as PKU cuts 副 from a title (副 主席); an ordinal and its measure word (第三 次, 第十九 届), as a count and its
    /// measure. The domain's own ranks (正处级, 副科级) are terms and stay whole.
    /// </summary>
    private static bool IsPhrasePkuCuts(ReadOnlySpan<char> word) =>
        word.Length >= 3 &&
        (word.EndsWith("政府") && (word[^3] is '省' or '市' or '县' or '区' or '州' or '镇' or '乡' || word[..^2].EndsWith("人民")) ||
         word.EndsWith("书记") && (word[^3] == '委' || word[..^2].EndsWith("支部") || word[..^2].EndsWith("总支")) ||
         word.Length == 3 && word[0] is '副' or '正' && word[2] == '级' ||
         word[0] == '第' && Quantities.IsMeasure(word[^1]) && IsAllNumerals(word[1..^1]));

    private static bool IsAllNumerals(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!CharClass.IsChineseNumeral(c)) return false;
        return true;
    }

    /// <summary>
    /// What a domain term takes off its route's cost, per square of its length: more than any cut of its characters can
    /// gain, and more for a longer term than for two shorter ones it holds (双联系双报到 over 双联系 双报到). A term of two
    /// characters holds no shorter words and beats its own two characters as one word anyway: it gets the bonus of one
    /// character, enough to keep it against a word it overlaps by a character (驻村 干部, not 驻 村干部), not enough to
    /// take a character from a common word beside it (党 日常, not 党日 常).
    /// </summary>
    private const double TermBonusPerSquaredCharacter = 4;

    /// <summary>
    /// A domain term's edge (<see cref="DictionaryWord.IsTerm"/>), or a verb and its result 好: entered as its first word
    /// (<paramref name="headLength"/> characters), left as its last.
    /// </summary>
    private Edge Term(ReadOnlySpan<char> run, int start, int end, int headLength, int tailLength)
    {
        var head = dictionary.Word(dictionary.Find(run.Slice(start, headLength)));
        var tail = run[(end - tailLength)..end];
        var last = dictionary.Word(dictionary.Find(tail));
        return new Edge(start, end, WordKind.Dictionary, head.IsWord ? head.LogProbability : dictionary.UnknownLogProbability,
            last.IsWord ? last.Count : 0, WordBigrams.FirstKey(tail))
        {
            KeyLength = headLength,
            Counted = head.Count > 0,
            Bonus = TermBonusPerSquaredCharacter * (end - start <= 2 ? 1 : (end - start) * (end - start)),
        };
    }

    /// <summary>Scores a new edge against the edges ending where it starts, and files it under its end.</summary>
    private void Add(ref Lattice lattice, Edge edge, ReadOnlySpan<char> run)
    {
        var best = double.PositiveInfinity;
        var back = -1;
        if (edge.Start == 0) best = Cost(lattice.Before, edge, run);
        else
        {
            // The best-scored predecessor first: a cost is never negative, so a predecessor scoring no better than the
            // best route found so far cannot improve on it, and its pair is not looked up.
            var first = lattice.FirstAtEnd[edge.Start];
            for (var f = lattice.Edges[first].NextWithSameEnd; f >= 0; f = lattice.Edges[f].NextWithSameEnd)
                if (lattice.Edges[f].Score < lattice.Edges[first].Score) first = f;
            best = lattice.Edges[first].Score + Cost(lattice.Edges[first], edge, run);
            back = first;
            for (var f = lattice.FirstAtEnd[edge.Start]; f >= 0; f = lattice.Edges[f].NextWithSameEnd)
            {
                ref readonly var from = ref lattice.Edges[f];
                if (f == first || from.Score >= best) continue;
                var score = from.Score + Cost(from, edge, run);
                if (score < best)
                {
                    best = score;
                    back = f;
                }
            }
        }
        edge.Score = best - edge.Bonus;
        edge.Back = back;
        lattice.Append(edge);
    }

    /// <summary>-log P(to | from); to's bigram key is its text, or its class name for a numeral run.</summary>
    private double Cost(in Edge from, in Edge to, ReadOnlySpan<char> run)
    {
        if (to.Kind == WordKind.Unit)
            return from.Kind == WordKind.Numeral || (from.Kind != WordKind.Ordinal && from.FirstKey == dictionary.Number.FirstKey) ? unitCost : double.PositiveInfinity;
        if (from.Count > 0 && to.Counted)
        {
            var key = to.Kind is WordKind.Numeral or WordKind.Ordinal
                ? WordBigrams.Extend(from.FirstKey, dictionary.Number.Name)
                : WordBigrams.Extend(from.FirstKey, run.Slice(to.Start, to.KeyLength > 0 ? to.KeyLength : to.End - to.Start));
            var frequency = bigrams.Frequency(key);
            var cost = frequency > 0
                ? -Math.Log(Math.Min(1, UnigramWeight * Math.Exp(to.LogProbability) + (1 - UnigramWeight) * frequency / from.Count))
                : LogUnigramWeight - to.LogProbability;
            return CutsWordPkuSeldomCuts(from, to, run, frequency) ? cost + UncountedCutCost : cost;
        }
        return LogUnigramWeight - to.LogProbability;
    }

    /// <summary>
    /// What cutting a word of two characters into its characters costs beyond the pair's own score, where PKU's corpus counts
    /// the word and never or seldom wrote the two apart: the smoothing's share once more.
    /// </summary>
    private static readonly double UncountedCutCost = LogUnigramWeight;

    /// <summary>
    /// Whether <paramref name="from"/> and <paramref name="to"/> are two single characters that make together a word PKU's
    /// corpus counts, which that corpus never cut into them (their pair is in none of its bigrams) or cut at most a tenth as
    /// often as it wrote the word (<paramref name="pairFrequency"/>: 全 区 4 against 全区 327, 创 新 7 against 1,147, SmartCN's
    /// bigrams holding a few pairs its 1998 text cut by mistake or in other senses): a route that cuts them there rests on its
    /// neighbours alone (他 说 话 after the strong pair 他 说; 及时 跟 进; 提高 全 区 党员), and the word reads better
    /// (他 说话, 及时 跟进, 全区). A pair cut often stays the bigrams' to weigh (正 在 503 against 正在 1,747; 这 次 1,308
    /// against 这次 949). Only a word PKU's corpus counts: a word only jieba lists may be a name's first characters (高志 群)
    /// or a phrase PKU cuts (请于). Not where a count, a measure or a determiner leads, whose pairs PKU cuts by rule and
    /// SmartCN's corpus sees too seldom to tell (四 中, 两 个 子方案, 我 部, 各 党（工）委), nor a pair PKU's standard cuts (会 上).
    /// A verb and its result 好 is left to its own rule (<see cref="TakesGoodAsResult"/>), which joins them before an object
    /// only (seg8 found that joining them at a run's end too cost relevance held-out-8's 怎么 管好 村干部).
    /// Longer words are left to the bigrams: PKU's corpus counts many compounds (校党委, 机关干部, 经济基础) that its
    /// standard, and every gold, cuts where they stand in a sentence.
    /// </summary>
    private bool CutsWordPkuSeldomCuts(in Edge from, in Edge to, ReadOnlySpan<char> run, int pairFrequency)
    {
        if (from.End - from.Start != 1 || to.End - to.Start != 1 || from.Kind != WordKind.Dictionary || to.Kind != WordKind.Dictionary)
            return false;
        var first = run[from.Start];
        var second = run[to.Start];
        if (CharClass.IsChineseNumeral(first) || Quantities.IsMeasure(first) || first is '我' or '该' or '本' or '各' || second == '好') return false;
        var node = dictionary.Root(first);
        return node != 0 && dictionary.Word(dictionary.Child(node, second)).Count >= Math.Max(1L, (long)SeldomCutRatio * pairFrequency) &&
               !IsPairPkuCuts(first, second);
    }

    /// <summary>How many times more often PKU's corpus must write a word of two characters whole than cut into them for a cut to count as seldom.</summary>
    private const int SeldomCutRatio = 10;

    private double EndCost(in Edge from, WordClass after)
    {
        var frequency = from.Count > 0 ? bigrams.Frequency(WordBigrams.Extend(from.FirstKey, after.Name)) : 0;
        return frequency > 0
            ? -Math.Log(UnigramWeight * Math.Exp(after.LogProbability) + (1 - UnigramWeight) * frequency / from.Count)
            : LogUnigramWeight - after.LogProbability;
    }

    private record struct Edge(int Start, int End, WordKind Kind, float LogProbability, int Count, long FirstKey)
    {
        /// <summary>How many of its characters key the pair when it is the second word (0: all; a domain term: its first word's).</summary>
        public int KeyLength;
        /// <summary>
        /// Whether SmartCN counts the word (the first word of a domain term) as the second of a pair: a word it does not
        /// know is in none of its bigrams, so no pair ending with it is looked up.
        /// </summary>
        public bool Counted = Kind is WordKind.Numeral or WordKind.Ordinal || Count > 0;
        /// <summary>Taken off the cost of a route through a domain term.</summary>
        public double Bonus;
        public double Score;
        public int Back;
        public int NextWithSameEnd;
    }

    /// <summary>The scored edges of one run, and for each end position the last edge filed there (a linked list).</summary>
    private struct Lattice(int length)
    {
        public Edge[] Edges = ArrayPool<Edge>.Shared.Rent(length * 4 + 8);
        public int[] FirstAtEnd = Filled(ArrayPool<int>.Shared.Rent(length + 1), length + 1);
        public int Count;
        public Edge Before;

        private static int[] Filled(int[] array, int length)
        {
            array.AsSpan(0, length).Fill(-1);
            return array;
        }

        public void Append(Edge edge)
        {
            if (Count == Edges.Length)
            {
                var larger = ArrayPool<Edge>.Shared.Rent(Edges.Length * 2);
                Edges.AsSpan(0, Count).CopyTo(larger);
                ArrayPool<Edge>.Shared.Return(Edges);
                Edges = larger;
            }
            edge.NextWithSameEnd = FirstAtEnd[edge.End];
            FirstAtEnd[edge.End] = Count;
            Edges[Count++] = edge;
        }

        /// <summary>The best route to the end of the run and on to <paramref name="after"/>, written into <paramref name="words"/>.</summary>
        public readonly int Route(BigramRoute model, WordClass after, Span<RouteWord> words)
        {
            var last = -1;
            var best = double.PositiveInfinity;
            for (var f = FirstAtEnd[length]; f >= 0; f = Edges[f].NextWithSameEnd)
            {
                var score = Edges[f].Score + model.EndCost(Edges[f], after);
                if (score < best)
                {
                    best = score;
                    last = f;
                }
            }
            var count = 0;
            for (var e = last; e >= 0; e = Edges[e].Back) count++;
            var i = count;
            for (var e = last; e >= 0; e = Edges[e].Back) words[--i] = new RouteWord(Edges[e].Start, Edges[e].End, Edges[e].Kind);
            return count;
        }

        public readonly void Return()
        {
            ArrayPool<Edge>.Shared.Return(Edges);
            ArrayPool<int>.Shared.Return(FirstAtEnd);
        }
    }
}

/// <summary>Where a word of a route came from.</summary>
internal enum WordKind : byte
{
    Dictionary,
    /// <summary>A single character no dictionary knows.</summary>
    Unknown,
    /// <summary>A run of Chinese numerals (二○○一, 三十一), one number.</summary>
    Numeral,
    /// <summary>An ordinal (第四十四) or a party congress by its number (十九大): scored as a number, and takes no unit.</summary>
    Ordinal,
    /// <summary>A unit of time or age right after a number, which joins it (<see cref="Quantities"/>).</summary>
    Unit,
    /// <summary>A context: sentence start or end, a number or Latin word beside the run.</summary>
    Class,
    /// <summary>A person's name (a dictionary's, 习近平, or one the HMM finds), which comes out as surname and given name.</summary>
    Name,
}

/// <summary>One word of a route, relative to the run.</summary>
internal readonly record struct RouteWord(int Start, int End, WordKind Kind)
{
    public int Length => End - Start;
}
