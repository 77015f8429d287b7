using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Archive.Indexer.Search.Indexing;

/// <summary>
/// Bounds what one field of one article gives the index. The field's first <see cref="MaxOccurrences"/> tokens are
/// not counted, so that an article of ordinary length costs nothing; past them:
/// <list type="bullet">
/// <item>a term's occurrences beyond <see cref="MaxOccurrences"/> are left out, the positions of the terms around
/// them kept. A positional query (an exact text, the words close together, a word made of several bigrams) reads
/// every position of each of its terms in each article it checks: in an article of one character written five million
/// times, a query of that character 400 times read two billion positions, 17 s of a core for every search; now at most
/// 400 × 20,000 an article. An exact text is only missed past the 10,000th time one of its words or bigrams occurs
/// after the field's first 10,000 tokens.</item>
/// <item>once <see cref="MaxDistinctTerms"/> terms have been counted, a term not among them is left out. The index
/// writer holds and sorts every distinct term of an article at once: 7 million random characters made as many
/// distinct bigrams, 39 s of a core and 2.6 GB. Real text is far below the bound: the collected corpus's 89,461
/// bigrams are 27,831 distinct ones, and growing as real text does, the largest file accepted (50 MB, some 17 million
/// characters) would hold well under a million.</item>
/// </list>
/// </summary>
internal sealed class RepeatedTermFilter(TokenStream input) : FilteringTokenFilter(ArticleIndex.Version, input)
{
    public const int MaxOccurrences = 10_000;
    public const int MaxDistinctTerms = 1_000_000;

    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
    private Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);
    private int _tokens;

    protected override bool Accept()
    {
        if (++_tokens <= MaxOccurrences) return true;
        var occurrences = _occurrences.GetAlternateLookup<ReadOnlySpan<char>>();
        var term = _term.Buffer.AsSpan(0, _term.Length);
        if (!occurrences.TryGetValue(term, out var seen) && _occurrences.Count == MaxDistinctTerms) return false;
        if (seen == MaxOccurrences) return false;
        occurrences[term] = seen + 1;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        // A hostile article's millions of distinct terms are not kept alive by the analyzer reused for the next ones.
        if (_occurrences.Count > MaxOccurrences) _occurrences = new(StringComparer.Ordinal);
        else _occurrences.Clear();
        _tokens = 0;
    }
}

/// <summary>The index's side of an analyzer: its tokens through <see cref="RepeatedTermFilter"/>.</summary>
internal sealed class RepeatedTermsCapped(Analyzer analyzer) : AnalyzerWrapper(analyzer.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => analyzer;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new RepeatedTermFilter(components.TokenStream));
}
