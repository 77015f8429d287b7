namespace Archive.Indexer.Chinese;

/// <summary>
/// Words no dictionary holds (names, new places, new terms): a stretch of two or more characters that the route left
/// single, and that is not a dictionary word as a whole (the route chose its characters over it), is cut again by the
/// character HMM, as jieba does. A word of two or three characters the HMM finds that starts with a surname is a
/// name (<see cref="WordKind.Name"/>), which comes out as PKU's standard cuts Chinese names: the surname apart from the
/// given name (王 长庆). Characters that are all common words on their own stay apart: the route chose them single, and
/// the HMM joins a preposition or verb to a noun, or a count to its measure, as readily as it joins a new word (由街,
/// 从市, 能下, 分两期).
/// </summary>
internal sealed class UnknownWords(WordDictionary dictionary, HmmModel hmm)
{
    /// <summary>
    /// Rewrites the route's <paramref name="count"/> words in place with the HMM's words; returns the new count. A run
    /// <paramref name="afterNumber"/> starting with the number's measure or unit, left single by the route (6 名, 100 人,
    /// 14 日), keeps it single: the HMM would join it to the next word (名拟, 人拟). Another first character may begin a
    /// name after a date (28 湖里).
    /// </summary>
    public int Find(ReadOnlySpan<char> run, Span<RouteWord> words, int count, bool afterNumber)
    {
        Span<int> ends = stackalloc int[64];
        var written = afterNumber && count > 0 && words[0].Length == 1 && Quantities.CountsOrDates(run[0]) ? 1 : 0; // the measure stays where it is
        for (var i = written; i < count;)
        {
            var j = i;
            while (j < count && words[j].Length == 1 && words[j].Kind is WordKind.Dictionary or WordKind.Unknown) j++;
            var from = words[i].Start;
            if (j - i < 2 || j - i > ends.Length || dictionary.Contains(run[from..words[j - 1].End]))
            {
                var stop = Math.Max(j, i + 1);
                for (var k = i; k < stop; k++) words[written++] = words[k];
                i = stop;
                continue;
            }
            var found = hmm.Cut(run[from..words[j - 1].End], ends);
            var start = from;
            for (var k = 0; k < found; k++)
            {
                var end = from + ends[k];
                var kind = end - start == 1 ? WordKind.Dictionary
                    : (end - start == 2 && Surnames.IsCommon(run[start])) || (end - start == 3 && LeadsName(run[start..end])) ? WordKind.Name
                    : WordKind.Unknown;
                if (kind == WordKind.Unknown && AllCommonAlone(run[start..end]) ||
                    kind != WordKind.Dictionary && HoldsPairPkuCuts(run[from..words[j - 1].End], start - from, end - from))
                    kind = WordKind.Dictionary;
                if (kind != WordKind.Dictionary && k + 1 < found && ends[k + 1] == ends[k] + 1 && run[end] == Village &&
                    !dictionary.Contains(run[start..end]))
                {
                    end++; // a name the HMM found before 村 is the village's (李店 村 -> 李店村)
                    k++;
                    kind = WordKind.Unknown;
                }
                else if (kind != WordKind.Dictionary && end - start is 3 or 4 && run[end - 1] == Village && !AllCommonAlone(run[start..(end - 1)]))
                    kind = WordKind.Unknown; // 刘屯村, not 刘 屯村; but 42 名 新 村 官
                else if (kind == WordKind.Unknown && end - start == 4 && LeadsName(run[start..end]) && !Surnames.IsCommon(run[start + 1]) &&
                         run[end - 1] != Village)
                {
                    // A name is of two or three characters: the fourth is the word after it, glued on (潘小松 升任, 王瑰曙 作).
                    // Two surnames first are a married woman's name of four (杨何蓓茵), as Hong Kong writes them.
                    words[written++] = new RouteWord(start, end - 1, WordKind.Name);
                    kind = WordKind.Dictionary;
                    start = end - 1;
                }
                if (kind == WordKind.Dictionary)
                    for (var c = start; c < end; c++) words[written++] = new RouteWord(c, c + 1, WordKind.Dictionary);
                else words[written++] = new RouteWord(start, end, kind);
                start = end;
            }
            i = j;
        }
        return written;
    }


    /// <summary>
    /// Whether the HMM's word from <paramref name="start"/> to <paramref name="end"/> in a stretch of single characters
    /// holds a character of a pair the route cut as PKU does (一 个, 我 市): the HMM joins such a character to its other
    /// neighbour (我 市拟) or its partner again (我校) as readily as it finds a word.
    /// </summary>
    private static bool HoldsPairPkuCuts(ReadOnlySpan<char> stretch, int start, int end)
    {
        for (var c = Math.Max(1, start); c < Math.Min(stretch.Length, end + 1); c++)
            if (BigramRoute.IsPairPkuCuts(stretch[c - 1], stretch[c])) return true;
        return false;
    }

    /// <summary>
    /// A village is one word with its name, as PKU keeps a place with its level (马头营村); neither dictionary holds
    /// villages, so the HMM finds their names, and takes them for people's (李 店) where they start with a surname.
    /// </summary>
    private const char Village = '村';

    /// <summary>
    /// How often PKU's corpus (SmartCN's counts) must hold a character as a word on its own for the HMM not to join it
    /// to others like it: chosen on the dev gold and test2 (30 to 1,000 all gain there; below 300 the in-sample
    /// gold's names start to lose).
    /// </summary>
    internal const int CommonAloneCount = 300;

    private bool AllCommonAlone(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!IsCommonAlone(c)) return false;
        return true;
    }

    private bool IsCommonAlone(char c) => dictionary.Word(dictionary.Root(c)).Count >= CommonAloneCount;

    /// <summary>
    /// Whether a word of three characters the HMM finds starting with <paramref name="c"/> is a name: one of the hundred
    /// commonest surnames, or a rarer one (舒 晋萍, 庞 丽红, 戚 家宁) that PKU's corpus seldom holds as a word alone; a rarer
    /// surname that is a common word by itself (文, 安, 时, 和) leads new words as often as names. Of two characters, only a
    /// common surname's: the rarer ones lead as many new words as names (植入, 平台, 智造, 尤需).
    /// </summary>
    private bool LeadsName(ReadOnlySpan<char> word) =>
        Surnames.IsCommon(word[0]) || (Surnames.IsSurname(word[0]) && !IsCommonAlone(word[0]) && !dictionary.Contains(word[..2]));
}
