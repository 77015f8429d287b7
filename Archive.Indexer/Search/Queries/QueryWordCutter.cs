using Archive.Indexer.Chinese;
using Archive.Indexer.Search.Synonyms;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Syntax;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// Cuts a run of characters as typed into the words a partial match is counted by: the segmenter's words; an issue or a
/// document number as cited (第8期, 岳办发〔2017〕2号: <see cref="CitedNumbers"/>) is one word, found by its exact text, and so is
/// a month or a range of years typed (2023年3月, 2007年-2009年: <see cref="TypedPeriods"/>), also found by a year of it and
/// by the article's date; words that
/// together make a term of the synonym table are one word (with the term's synonyms); and characters the segmenter
/// left single (连心: 连 is a stop word, 心 a word alone) stay together as one word with whatever single characters or stop
/// words of one character stand between them, to be found by its exact text only (a stop word of several characters,
/// 怎么办, is a word of its own, left out). A character left single at either end of the text (调 of
/// 基层组织建设调, a title remembered up to the middle of 调研) is also found inside the bigram it makes with its neighbour.
/// </summary>
internal sealed class QueryWordCutter(TextAnalysis analysis, SynonymTable synonyms)
{
    /// <summary>The particles 的 and 了: they tie words into a phrase or mark a verb's aspect, and never stand for a thing.</summary>
    private static readonly HashSet<char> Particles = ['的', '了'];

    /// <param name="withoutFraming">Leave out the words framing a search for precedents (<see cref="SearchFraming"/>).</param>
    /// <param name="stopWordsAsTyped">
    /// Characters typed together that are each a stop word alone (管好, 用好: 管, 用 and 好 are stop words) are a word as
    /// typed, found by its exact text, for a query that has nothing else to search: left out, it listed every article.
    /// </param>
    public List<CutWord> Cut(string text, bool withoutFraming = false, bool stopWordsAsTyped = false)
    {
        var spans = analysis.WordSpans(text);
        var framing = withoutFraming ? SearchFraming.Find(analysis.Folding.Fold(text), spans) : [];
        var tokens = TextAnalysis.Tokens(analysis.Words, text);
        if (stopWordsAsTyped && tokens.Count == 0 && spans is [_, _, ..] && spans.All(s => s.Length == 1) && text.Trim() is var typed && typed.All(c => CharClass.IsHan(c) && !Particles.Contains(c)))
            return [new CutWord(typed, typed, [], Exact: true)];
        tokens.RemoveAll(t => framing.Any(f => f.Start <= t.Start && t.End <= f.Start + f.Length));
        // A cited number ends where a word ends: in 第8期间 the 期 belongs to 期间.
        // Found in the folded text, whose places are the text's: 滬府發〔2017〕92號 is a number as 沪府发〔2017〕92号 is.
        var cited = CitedNumbers.Find(analysis.Folding.Fold(text)).Select(m => (m.Index, m.Length, Period: (Period?)null))
            .Concat(TypedPeriods.Find(text).Select(m => (m.Index, m.Length, Period: (Period?)m.Period)))
            .Where(m => !tokens.Exists(t => t.Start < m.Index + m.Length && t.End > m.Index + m.Length)).ToList();
        var terms = tokens.ConvertAll(t => t.Term);
        var covered = new bool[text.Length];
        foreach (var token in tokens.Where(t => t.End - t.Start >= 2)) Array.Fill(covered, true, token.Start, token.End - token.Start);
        // A stop word of several characters (怎么办, 如何) is a word, not characters left single: 少 of 党员少怎么办 is not
        // joined to it into a text no article holds.
        foreach (var (start, length) in spans.Where(s => s.Length > 1).Concat(framing)) Array.Fill(covered, true, start, length);

        var words = new List<CutWord>();
        // Where the last plain word of two ideographs or more ended (党员 of 党员突击队), for the compound typed right after it.
        (int End, string Label)? owner = null;
        for (var i = 0; i < tokens.Count;)
        {
            var c = cited.FindIndex(m => m.Index <= tokens[i].Start && tokens[i].Start < m.Index + m.Length);
            if (c >= 0)
            {
                var (at, span, period) = cited[c];
                var number = text.Substring(at, span);
                words.Add(new CutWord(number, number, [], Exact: true) { Period = period });
                owner = null;
                while (i < tokens.Count && tokens[i].Start < at + span) i++;
                continue;
            }
            var (length, found) = synonyms.Match(terms, i);
            var (start, end) = (tokens[i].Start, tokens[i + Math.Max(length, 1) - 1].End);
            if (length == 0 && end - start == 1 && CharClass.IsHan(text[start]))
            {
                // The characters around it that no word of two characters or more holds.
                while (start > 0 && !covered[start - 1] && CharClass.IsHan(text[start - 1])) start--;
                while (end < text.Length && !covered[end] && CharClass.IsHan(text[end])) end++;
                // A particle at either end (的 of 社区里的党员, 退休的老党员; 了 of 都做了什么) ties the character to the words around it and
                // is no part of a name: joined, 里的 and 的老 were texts that ranked the articles happening to hold them.
                while (start < tokens[i].Start && Particles.Contains(text[start])) start++;
                while (end > tokens[i].End && Particles.Contains(text[end - 1])) end--;
            }
            var next = i + Math.Max(length, 1);
            while (next < tokens.Count && tokens[next].Start < end) next++;
            // Single characters run together (三同, 连心) are found by their text only: their words alone (三 without the
            // stop word 同) are in every other article.
            var joined = length == 0 && end - start > 1;
            var plain = end - start >= 2 && text[start..end].All(CharClass.IsHan);
            words.Add(new CutWord(text[start..end], string.Concat(terms.Skip(i).Take(next - i)), found, Exact: joined)
            {
                After = plain && end - start >= 3 && owner is { } before && before.End == start ? before.Label : null,
                InBigram = length == 0 && end - start == 1 ? BigramAtEdge(text, start) : null,
                Alone = length == 0 && end - start == 1 && IsAlone(text, start),
                Before = length == 0 && end - start == 1 && CharClass.IsHan(text[start]) && next < tokens.Count && tokens[next].Start == end && tokens[next].End - tokens[next].Start >= 2
                    ? text[tokens[next].Start..tokens[next].End]
                    : null,
                SynonymKey = length > 0 ? string.Concat(terms.Skip(i).Take(length)) : null,
            });
            owner = plain ? (end, text[start..end]) : null;
            i = next;
        }
        return words;
    }

    /// <summary>An ideograph typed as a word of its own (村 of 村 后备力量): no ideograph stands right before or after it.</summary>
    private static bool IsAlone(string text, int at) =>
        CharClass.IsHan(text[at]) && (at == 0 || !CharClass.IsHan(text[at - 1])) && (at + 1 == text.Length || !CharClass.IsHan(text[at + 1]));

    /// <summary>
    /// For a single ideograph ending or opening the text, where a word remembered in part is cut: the bigram it makes
    /// with the ideograph beside it. One between two words (村 of 全市村党组织) is a word of its own: null.
    /// </summary>
    private static string? BigramAtEdge(string text, int at)
    {
        // The edges of the words typed: punctuation around them (基层组织建设调。) does not count.
        var first = 0;
        while (first < text.Length && !char.IsLetterOrDigit(text[first])) first++;
        var last = text.Length - 1;
        while (last > first && !char.IsLetterOrDigit(text[last])) last--;
        if (last - first < 1 || !CharClass.IsHan(text[at])) return null;
        if (at == last && CharClass.IsHan(text[at - 1])) return text.Substring(at - 1, 2);
        if (at == first && CharClass.IsHan(text[at + 1])) return text.Substring(at, 2);
        return null;
    }
}

/// <summary>
/// A word as typed, its normalized form (to drop repeats) and its synonyms; an exact one is found by its exact text
/// only. A single character ending or opening the text is also found inside the bigram it makes with its neighbour (<see cref="InBigram"/>);
/// one typed alone, inside any word (<see cref="Alone"/>).
/// </summary>
internal sealed record CutWord(string Label, string Key, IReadOnlyList<string> Synonyms, bool Exact = false)
{
    public string? InBigram { get; init; }

    /// <summary>A single ideograph typed as a word of its own (村, 乡 between spaces): whoever types it wants it wherever it is written.</summary>
    public bool Alone { get; init; }

    /// <summary>
    /// The word a single ideograph is typed right before (身份 of 亮身份): the character is also found joined to it or one
    /// character before it (亮明身份), as a verb of one character is typed for the two the texts write.
    /// </summary>
    public string? Before { get; init; }

    /// <summary>
    /// The word a compound of three ideographs or more is typed right after (党员 of 党员突击队): a measure is named by its
    /// owner and its kind, the compound's last character (队, 岗), and another place's text may name it by another
    /// modifier of the same length (党员先锋队, 党员先锋岗).
    /// </summary>
    public string? After { get; init; }

    /// <summary>The period a word types (2023年3月, 2007年-2009年): an article dated in it holds the word; null for any other word.</summary>
    public Period? Period { get; init; }

    /// <summary>The synonym table's term the word is (its key), whose synonyms the index marks; null without synonyms.</summary>
    public string? SynonymKey { get; init; }
}
