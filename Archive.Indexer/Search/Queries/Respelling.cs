using Lucene.Net.Index;
using Lucene.Net.Search;
using Archive.Indexer.Chinese;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Syntax;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// A query respelled, for when nothing holds all its words. Chinese is typed through an input method that offers
/// every character of a sound, so a typo is one character for another of the same sound, tones aside (疫请防空 for
/// 疫情防控). Mostly it shows as a pair of characters that no title or body holds: such a character is replaced by the
/// character of its sound that the articles hold most often between its neighbours; a run of ideographs is respelled
/// only when every pair of it is then found, but for a pair across two of the segmenter's words (领办|合做社: two words
/// the archive never writes side by side). A typo can also make only pairs other words hold (两学一作: 学一 and 一作
/// are found): then the run as a whole is in no title or body, and the character whose every three-character stretch
/// is in none is replaced, only when the whole run is then found. Whether the respelled query finds anything is the
/// caller's to check. Only a character of the same sound replaces another (failing one, a sound fuzzy pinyin types
/// alike: 引邻 for 引领; failing that, a character written alike, typed by its look: 桂职 for 挂职, 冶理 for 治理,
/// <see cref="SimilarShapes"/>): a word the archive lacks (失联) is no typo of one it holds (包联), and words typed together
/// (社区党课) are no typo of a phrase (社区党组).
/// </summary>
internal static class Respelling
{
    /// <summary>Characters replaced at most in a query, and in a run of ideographs one in two: beyond that it is another query, not a typo.</summary>
    private const int MaxReplaced = 3;
    /// <summary>Shorter runs are left as typed (a run of two is a word: <see cref="RespellWord"/>).</summary>
    private const int MinRunLength = 3;
    /// <summary>Longer queries are pasted text, not typed.</summary>
    private const int MaxQueryLength = 100;
    /// <summary>Replacements counted in their context at most, the most frequent first.</summary>
    private const int MaxCounted = 20;
    /// <summary>Unknown pairs, runs of known pairs held nowhere and their suspect characters looked into at most in a query, each one or more searches: nonsense is given up early.</summary>
    private const int MaxUnknownPairs = 4;
    /// <summary>
    /// Runs of known pairs respelled: a shorter one missing from the archive is as likely a name or word it lacks, a
    /// longer one words run together, not one word mistyped.
    /// </summary>
    private const int MinKnownPairsRun = 4, MaxKnownPairsRun = 8;
    /// <summary>Where the characters written alike stand among the ways a character is replaced (after the two of its sound).</summary>
    private const int ShapeTier = 2;

    private static readonly string[] Fields = [IndexFields.TitleBigrams, IndexFields.BodyBigrams];
    private static readonly string[] WordFields = [IndexFields.TitleWords, IndexFields.BodyWords];

    /// <summary>The query with its typos replaced, or null when it has none this finds.</summary>
    public static string? Respell(string query, IndexSearcher searcher, TextAnalysis analysis)
    {
        if (query.Length > MaxQueryLength || analysis.Homophones is not { } homophones) return null;
        // The characters that may replace one, nearest first: of its sound, of a sound fuzzy pinyin types alike, written alike.
        var alike = new List<Func<char, IEnumerable<char>>> { homophones.Of, homophones.Near };
        if (analysis.SimilarShapes is { } shapes) alike.Add(shapes.Of);
        var text = analysis.Folding.Fold(query).ToCharArray();
        var frequencies = new DocFrequencies(searcher.IndexReader);
        var replaced = new List<int>();
        var unknownPairs = 0;
        var wordStarts = analysis.WordSpans(new string(text)).Select(span => span.Start).ToHashSet();
        for (var start = 0; start < text.Length; start++)
        {
            if (!CharClass.IsHan(text[start])) continue;
            var end = start;
            while (end < text.Length && CharClass.IsHan(text[end])) end++;
            var budget = Math.Min(MaxReplaced - replaced.Count, (end - start) / 2);
            // A field's name before its colon (主题词:, 来源单位：) is syntax, no words: respelled, a filter became words.
            var fieldName = end < text.Length && text[end] is ':' or '：' && QueryFieldNames.TryResolve(query[start..end], out _);
            if (!fieldName && replaced.Count < MaxReplaced && (end - start == 2 ? RespellWord(text, start, frequencies, analysis, alike, ref unknownPairs)
                    : end - start >= MinRunLength ? RespellRun(text, start, end, searcher, frequencies, alike, wordStarts, budget, ref unknownPairs) : null) is { } run)
                replaced.AddRange(run);
            start = end;
        }
        if (replaced.Count == 0) return null;
        var respelled = query.ToCharArray();
        foreach (var at in replaced) respelled[at] = text[at];
        return new string(respelled);
    }

    /// <summary>
    /// Replaces the characters of text[start..end) that make unknown pairs, at most <paramref name="budget"/>: where it
    /// replaced them, or null when some pair stays unknown. A pair across two of the segmenter's words (<paramref name="wordStarts"/>)
    /// that nothing replaces is two words the archive never writes side by side (领办|合做社: 办合), no typo to give the run up for.
    /// </summary>
    private static List<int>? RespellRun(char[] text, int start, int end, IndexSearcher searcher, DocFrequencies frequencies, IReadOnlyList<Func<char, IEnumerable<char>>> alike, ISet<int> wordStarts, int budget, ref int unknownPairs)
    {
        var replaced = new List<int>();
        if (AllPairsKnown(frequencies, text, start, end)) return RespellKnownPairs(text, start, end, searcher, frequencies, alike, budget, ref unknownPairs);
        for (var pair = start; pair + 1 < end; pair++)
        {
            if (Known(frequencies, text[pair], text[pair + 1])) continue;
            if (replaced.Count == budget || ++unknownPairs > MaxUnknownPairs) return null;
            // Either character of an unknown pair may be the typo: the one whose replacement reads most often in context.
            // The first of a run has one neighbour to check a replacement by, so it is tried only when the pair after it
            // is known: when that one is unknown too, the second character is the likelier typo.
            var second = Best(text, pair + 1, start, end, searcher, frequencies, alike);
            var first = pair > start || (pair + 2 < end && Known(frequencies, text[pair + 1], text[pair + 2]))
                ? Best(text, pair, start, end, searcher, frequencies, alike)
                : null;
            int at;
            char character;
            // A character of a sound alike goes before one written alike, whichever of the two it replaces.
            if (first is { } f && (second is not { } other || (f.Tier == ShapeTier, -f.Count).CompareTo((other.Tier == ShapeTier, -other.Count)) < 0))
                (at, character) = (pair, f.Character);
            else if (second is { } s) (at, character) = (pair + 1, s.Character);
            else if (wordStarts.Contains(pair + 1)) continue;
            else return null;
            text[at] = character;
            replaced.Add(at);
        }
        return replaced;
    }

    /// <summary>
    /// Replaces the character of a run of known pairs that fits none of its three-character stretches, when the run is
    /// in no title or body and is found with the replacement: where it replaced it, or null.
    /// </summary>
    private static List<int>? RespellKnownPairs(char[] text, int start, int end, IndexSearcher searcher, DocFrequencies frequencies, IReadOnlyList<Func<char, IEnumerable<char>>> alike, int budget, ref int lookedInto)
    {
        if (budget == 0 || end - start is < MinKnownPairsRun or > MaxKnownPairsRun) return null;
        // A run some article holds whole costs one search and no share of the looking into: counted, the words typed
        // right before a typo (培养计划 选派年轻 基层锻炼 征求群众 群众意件) used it up. A run held nowhere counts as a pair
        // looked into: a query of many such runs is given up after a few.
        if (Count(searcher, text[start..end]) > 0 || ++lookedInto > MaxUnknownPairs) return null;
        var stretchFound = new bool[end - start - 2];
        for (var i = 0; i < stretchFound.Length; i++) stretchFound[i] = Count(searcher, text[(start + i)..(start + i + 3)]) > 0;
        for (var at = start; at < end; at++)
        {
            // The stretches holding it start at most two characters before it and end inside the run.
            var first = Math.Max(0, at - start - 2);
            var last = Math.Min(stretchFound.Length - 1, at - start);
            if (stretchFound[first..(last + 1)].Any(found => found)) continue;
            if (++lookedInto > MaxUnknownPairs) return null;
            if (Best(text, at, start, end, searcher, frequencies, alike) is not { } best) continue;
            var typed = text[at];
            text[at] = best.Character;
            if (Count(searcher, text[start..end]) > 0) return [at];
            text[at] = typed;
        }
        return null;
    }

    /// <summary>
    /// Replaces a character of a word of two that no title or body holds (林选) by one of its sound (or, failing every
    /// character of a sound alike, one written alike: 桂职), either character,
    /// when that makes a word the articles hold, the most used (遴选): a word of the dictionary or of the index, not a pair
    /// held only across words (员讲 of 党员讲党课). A word the dictionary knows (长江, 物质) is taken as meant: the archive
    /// lacks it. Where it replaced it, or null.
    /// </summary>
    private static List<int>? RespellWord(char[] text, int start, DocFrequencies frequencies, TextAnalysis analysis, IReadOnlyList<Func<char, IEnumerable<char>>> alike, ref int unknownPairs)
    {
        // Each word so looked into is an unknown pair: a query of many is nonsense, given up after a few.
        if (Known(frequencies, text[start], text[start + 1]) || analysis.IsWord(new string(text, start, 2)) || ++unknownPairs > MaxUnknownPairs) return null;
        // A word the index holds as one first (村级, by fuzzy pinyin, over 春季, of the same sound but only the
        // dictionary's), then the same sound, then the most used as a word and as a pair (座谈 inside 座谈会).
        (int At, char Character, (bool, bool, int, int) Rank)? best = null;
        for (var tier = 0; tier < alike.Count; tier++)
        {
            // A character written alike is tried only when no character of a sound alike made a word.
            if (tier == ShapeTier && best is not null) break;
            var (sounds, same) = (alike[tier], tier == 0);
            for (var at = start; at <= start + 1; at++)
            {
                foreach (var candidate in sounds(text[at]))
                {
                    var word = at == start ? new string([candidate, text[start + 1]]) : new string([text[start], candidate]);
                    var asPair = Frequency(frequencies, word[0], word[1]);
                    if (asPair == 0) continue;
                    var asWord = WordFields.Sum(field => frequencies.Of(field, word));
                    var rank = (asWord > 0, same, asWord, asPair);
                    if ((asWord > 0 || analysis.IsWord(word)) && (best is null || rank.CompareTo(best.Value.Rank) > 0)) best = (at, candidate, rank);
                }
            }
        }
        if (best is not { } found) return null;
        text[found.At] = found.Character;
        return [found.At];
    }

    private static bool AllPairsKnown(DocFrequencies frequencies, char[] text, int start, int end)
    {
        for (var pair = start; pair + 1 < end; pair++)
        {
            if (!Known(frequencies, text[pair], text[pair + 1])) return false;
        }
        return true;
    }

    /// <summary>
    /// The character of the same sound as the one at <paramref name="at"/> that pairs with its neighbours and reads most
    /// often between them; failing one, the character of a sound fuzzy pinyin confuses with it; failing that, one written alike.
    /// </summary>
    private static (char Character, long Count, int Tier)? Best(char[] text, int at, int start, int end, IndexSearcher searcher, DocFrequencies frequencies, IReadOnlyList<Func<char, IEnumerable<char>>> alike)
    {
        for (var tier = 0; tier < alike.Count; tier++)
        {
            if (Best(text, at, start, end, searcher, frequencies, alike[tier](text[at])) is { } best) return (best.Character, best.Count, tier);
        }
        return null;
    }

    private static (char Character, long Count)? Best(char[] text, int at, int start, int end, IndexSearcher searcher, DocFrequencies frequencies, IEnumerable<char> sounds)
    {
        var previous = at > start ? text[at - 1] : (char?)null;
        var next = at + 1 < end ? text[at + 1] : (char?)null;
        var candidates = new List<(char Character, int Frequency)>();
        foreach (var candidate in sounds)
        {
            var frequency = int.MaxValue;
            if (previous is { } before) frequency = Frequency(frequencies, before, candidate);
            // A candidate its left neighbour never precedes is out: the right pair is not looked up (most candidates).
            if (next is { } after && frequency > 0) frequency = Math.Min(frequency, Frequency(frequencies, candidate, after));
            if (frequency > 0) candidates.Add((candidate, frequency));
        }
        (char Character, long Count)? best = null;
        foreach (var (candidate, _) in candidates.OrderByDescending(c => c.Frequency).Take(MaxCounted))
        {
            var count = InContext(text, at, candidate, start, end, searcher, frequencies);
            if (best is null || count > best.Value.Count) best = (candidate, count);
        }
        return best is { Count: > 0 } ? best : null;
    }

    /// <summary>How many articles hold the candidate with up to two characters either side of it, as far as those pairs are known.</summary>
    private static long InContext(char[] text, int at, char candidate, int start, int end, IndexSearcher searcher, DocFrequencies frequencies)
    {
        var from = at > start ? at - 1 : at;
        if (from < at && from - 1 >= start && Known(frequencies, text[from - 1], text[from])) from--;
        var to = at + 1 < end ? at + 1 : at;
        if (to > at && to + 1 < end && Known(frequencies, text[to], text[to + 1])) to++;
        var window = text[from..(to + 1)];
        window[at - from] = candidate;
        return Count(searcher, window);
    }

    /// <summary>How many articles hold the characters, in order, in their title or body.</summary>
    private static long Count(IndexSearcher searcher, char[] window)
    {
        var either = new BooleanQuery();
        foreach (var field in Fields)
        {
            var phrase = new PhraseQuery();
            for (var i = 0; i + 1 < window.Length; i++) phrase.Add(new Term(field, new string(window, i, 2)), i);
            either.Add(phrase, Occur.SHOULD);
        }
        return searcher.Count(either);
    }

    private static bool Known(DocFrequencies frequencies, char first, char second) => Frequency(frequencies, first, second) > 0;

    /// <summary>How many titles and bodies hold the pair (an article holding it in both counts twice: an order, not a count).</summary>
    private static int Frequency(DocFrequencies frequencies, char first, char second)
    {
        var pair = new string([first, second]);
        return Fields.Sum(field => frequencies.Of(field, pair));
    }
}
