using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Archive.Indexer.Chinese;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Search.Indexing;

/// <summary>
/// 主题词: the 5-8 words that say what an article is about, by TF-IDF (idf.utf8) over its precise-mode words.
/// Title words count double, terms of the domain dictionary (corpus/dict) are favoured; stop words, single
/// characters, anything with a digit and everyday words (IDF below 7: 工作, 落实, 一线) are left out, and so are words
/// neither vocabulary knows, except places: the segmenter's model guesses them, and its guesses in a text are mostly
/// pieces of names (宪丽 of 张宪丽, 塔元 and 庄村 of 塔元庄村) or a function character glued on (个村, 以县). The segmentations
/// are kept in <see cref="RecentSegmentations"/> for the index to take when it takes the article.
/// </summary>
internal sealed class KeywordExtractor
{
    public const int MinKeywords = 5;
    public const int MaxKeywords = 8;
    private const double DomainBoost = 1.6;
    private const double TitleWeight = 2;
    private const double MinIdf = 7;
    /// <summary>Past the fifth, a keyword must score at least this share of the best one.</summary>
    private const double TailShare = 0.35;
    /// <summary>Words whose verdict is kept (about 10 MB at most).</summary>
    private const int MaxVerdicts = 100_000;

    private readonly Segmenter _segmenter;
    private readonly StopWords _stopWords;
    private readonly IdfTable _idf;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _domainTermSpans;
    private readonly RecentSegmentations? _recent;
    private readonly ScriptFolding? _folding;
    /// <summary>The verdicts on words met lately, shared by the threads extracting keywords.</summary>
    private readonly ConcurrentDictionary<string, Verdict> _verdicts = new(StringComparer.Ordinal);
    private long _verdictsAdded;

    /// <param name="folding">Folds a traditional-script word to the simplified script the vocabularies are written in (null: none).</param>
    public KeywordExtractor(Segmenter segmenter, StopWords stopWords, IdfTable idf, IEnumerable<string> domainTerms, RecentSegmentations? recent = null,
        ScriptFolding? folding = null)
    {
        _folding = folding;
        _recent = recent;
        _segmenter = segmenter;
        _stopWords = stopWords;
        _idf = idf;
        _domainTermSpans = new HashSet<string>(domainTerms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static KeywordExtractor For(ChineseLanguage language) => new(
        language.Segmenter, language.StopWords, language.Idf,
        language.Files.DomainDictionaries.SelectMany(DomainTerms), language.RecentSegmentations, language.ScriptFolding);

    public IReadOnlyList<string> Extract(string title, string body)
    {
        var scored = Scored(title, body, MaxKeywords, keep: true, everyday: false);
        var best = scored.Count > 0 ? scored[0].Score : 0;
        return scored
            .Where((w, rank) => rank < MinKeywords || w.Score >= best * TailShare)
            .Select(w => w.Word)
            .ToList();
    }

    /// <summary>
    /// The article's <paramref name="count"/> best words by the keywords' score, without the facet's cut: what it is
    /// about in more words than the 5-8 a reader is shown (similar articles look for them). Everyday words count here
    /// too, at their low IDF: the subject of many an article is one (城市 of 城市基层党建, 教育 of 党员教育, 宣传 of
    /// 宣传思想工作), and the caller weighs every word again by its rarity in the archive. Nothing is kept for the index.
    /// </summary>
    public IReadOnlyList<(string Word, double Score)> Terms(string title, string body, int count) =>
        Scored(title, body, count, keep: false, everyday: true);

    private List<(string Word, double Score)> Scored(string title, string body, int count, bool keep, bool everyday)
    {
        var weights = new Dictionary<string, Weight>(StringComparer.Ordinal);
        var total = Count(title, TitleWeight, weights, keep, everyday) + Count(body, 1, weights, keep, everyday);
        if (total == 0) return [];
        return weights
            .Select(w => (Word: w.Key, Score: w.Value.Sum / total * w.Value.Verdict.Idf * w.Value.Verdict.Boost))
            .OrderByDescending(w => w.Score).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    private double Count(string text, double weight, Dictionary<string, Weight> weights, bool keep, bool everyday)
    {
        // Words are looked up by span: an article allocates only the words it keeps (a word longer than the buffer is
        // never a keyword).
        var counts = weights.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        Span<char> folded = stackalloc char[64];
        double counted = 0;
        var tokens = _segmenter.Segment(text);
        if (keep) _recent?.Keep(text, tokens);
        foreach (var token in tokens)
        {
            if (token.Length < 2 || token.Length > buffer.Length || token.Kind is not (TokenKind.Word or TokenKind.Latin)) continue;
            var word = buffer[..token.Length];
            CharClass.Normalize(text.AsSpan(token.Start, token.Length), word);
            // A word counted before in this article was judged then: only the kept are counted, and a verdict never changes.
            ref var known = ref CollectionsMarshal.GetValueRefOrNullRef(counts, word);
            if (!Unsafe.IsNullRef(ref known))
            {
                known = known with { Sum = known.Sum + weight };
                counted += weight;
                continue;
            }
            // Judged in the vocabularies' script: 黨建 is 党建; counted as printed.
            var simplified = folded[..token.Length];
            if (_folding is null) word.CopyTo(simplified);
            else _folding.Fold(word, simplified);
            var verdict = VerdictOn(simplified);
            if (!verdict.Kept || verdict.Everyday && !everyday) continue;
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _);
            sum = new Weight(sum.Sum + weight, verdict);
            counted += weight;
        }
        return counted;
    }

    /// <summary>
    /// Whether a word may be a keyword, and its IDF and boost: from <see cref="_verdicts"/>, or decided and kept there.
    /// The IDF table holds some 260,000 words; the few thousand an archive's articles repeat are looked up in a table that
    /// stays in the processor's caches.
    /// </summary>
    private Verdict VerdictOn(ReadOnlySpan<char> word)
    {
        var verdicts = _verdicts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (verdicts.TryGetValue(word, out var known)) return known;
        var idf = _idf.Idf(word);
        var domain = _domainTermSpans.Contains(word);
        var verdict = _stopWords.Contains(word) || HasDigit(word) || !(domain || _idf.Contains(word) || IsPlaceName(word))
            ? Verdict.LeftOut
            : new Verdict(idf, domain ? DomainBoost : 1, Everyday: idf < MinIdf && !domain);
        // An archive of unbounded vocabulary starts the table afresh now and then rather than hold every word it met.
        if (verdicts.TryAdd(word, verdict) && Interlocked.Increment(ref _verdictsAdded) % MaxVerdicts == 0) _verdicts.Clear();
        return verdict;
    }

    /// <summary>A word's IDF and boost when it may be counted; NaN IDF when it may not (a stop word, a digit, a word neither
    /// vocabulary knows). An everyday word is never a keyword.</summary>
    private readonly record struct Verdict(double Idf, double Boost, bool Everyday)
    {
        public static readonly Verdict LeftOut = new(double.NaN, 0, false);

        public bool Kept => !double.IsNaN(Idf);
    }

    /// <summary>A word's weighted count in an article, with its verdict.</summary>
    private readonly record struct Weight(double Sum, Verdict Verdict);

    /// <summary>A name of three characters or more ending in a level (齐河县, 武陵区, 蒲川乡, 东占村): a place the vocabulary lacks.</summary>
    private static bool IsPlaceName(ReadOnlySpan<char> word) => word.Length >= 3 && PlaceLevels.EndsInLevel(word);

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c)) return true;
        }
        return false;
    }

    /// <summary>The words of a domain dictionary file: the first field of each line, comments skipped.</summary>
    private static IEnumerable<string> DomainTerms(string path) => File.ReadLines(path)
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && line[0] != '#')
        .Select(line => line.Split([' ', '\t'], 2)[0]);
}
