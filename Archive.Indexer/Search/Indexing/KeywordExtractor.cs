using Archive.Indexer.Chinese;

namespace Archive.Indexer.Search.Indexing;

/// <summary>
/// 主题词: the 5-8 words that say what an article is about, by TF-IDF (idf.utf8) over its precise-mode words.
/// Title words count double, terms of the domain dictionary (corpus/dict) are favoured; stop words, single
/// characters, anything with a digit and everyday words (IDF below 7: 工作, 落实, 一线) are left out. The segmentations
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

    private readonly Segmenter _segmenter;
    private readonly StopWords _stopWords;
    private readonly IdfTable _idf;
    private readonly HashSet<string> _domainTerms;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _domainTermSpans;
    private readonly RecentSegmentations? _recent;

    public KeywordExtractor(Segmenter segmenter, StopWords stopWords, IdfTable idf, IEnumerable<string> domainTerms, RecentSegmentations? recent = null)
    {
        _recent = recent;
        _segmenter = segmenter;
        _stopWords = stopWords;
        _idf = idf;
        _domainTerms = new HashSet<string>(domainTerms, StringComparer.Ordinal);
        _domainTermSpans = _domainTerms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static KeywordExtractor For(ChineseLanguage language) => new(
        language.Segmenter, language.StopWords, language.Idf,
        language.Files.DomainDictionaries.SelectMany(DomainTerms), language.RecentSegmentations);

    public IReadOnlyList<string> Extract(string title, string body)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var total = Count(title, TitleWeight, weights) + Count(body, 1, weights);
        if (total == 0) return [];
        var scored = weights
            .Select(w => (Word: w.Key, Score: w.Value / total * _idf.Idf(w.Key) * (_domainTerms.Contains(w.Key) ? DomainBoost : 1)))
            .OrderByDescending(w => w.Score).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(MaxKeywords)
            .ToList();
        var best = scored.Count > 0 ? scored[0].Score : 0;
        return scored
            .Where((w, rank) => rank < MinKeywords || w.Score >= best * TailShare)
            .Select(w => w.Word)
            .ToList();
    }

    private double Count(string text, double weight, Dictionary<string, double> weights)
    {
        // Most words are everyday ones that fail a test below: look them up by span and allocate only those kept
        // (a word longer than the buffer is never a keyword).
        var counts = weights.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        double counted = 0;
        var tokens = _segmenter.Segment(text);
        _recent?.Keep(text, tokens);
        foreach (var token in tokens)
        {
            if (token.Length < 2 || token.Length > buffer.Length || token.Kind is not (TokenKind.Word or TokenKind.Latin)) continue;
            var word = buffer[..token.Length];
            CharClass.Normalize(text.AsSpan(token.Start, token.Length), word);
            if (_stopWords.Contains(word) || HasDigit(word)) continue;
            if (_idf.Idf(word) < MinIdf && !_domainTermSpans.Contains(word)) continue;
            counts[word] = counts.TryGetValue(word, out var sum) ? sum + weight : weight;
            counted += weight;
        }
        return counted;
    }

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
