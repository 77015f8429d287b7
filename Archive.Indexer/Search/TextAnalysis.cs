using Archive.Indexer.Chinese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace Archive.Indexer.Search;

/// <summary>
/// The analyzers the index and the queries share: words in search mode for indexing, words in precise mode
/// for queries, and CJK bigrams for both. Offsets are exact, so the highlighter relies on them.
/// </summary>
public sealed class TextAnalysis : IDisposable
{
    public TextAnalysis(Analyzer indexWords, Analyzer queryWords, Analyzer bigrams)
    {
        IndexWords = indexWords;
        QueryWords = queryWords;
        Bigrams = bigrams;
        Index = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer>
        {
            [IndexFields.TitleWords] = indexWords,
            [IndexFields.BodyWords] = indexWords,
            [IndexFields.TitleBigrams] = bigrams,
            [IndexFields.BodyBigrams] = bigrams,
            [IndexFields.MetaBigrams] = bigrams,
            [IndexFields.DepartmentBigrams] = bigrams,
            [IndexFields.SectionBigrams] = bigrams,
            [IndexFields.SeriesBigrams] = bigrams,
            [IndexFields.DocNumberBigrams] = bigrams,
            [IndexFields.AuthorBigrams] = bigrams,
        });
    }

    /// <summary>The archive's analyzers: the segmenter's words (search mode to index, precise to query) and bigrams.</summary>
    public static TextAnalysis For(ChineseLanguage language) =>
        new(language.IndexWordAnalyzer(), language.QueryWordAnalyzer(), new BigramAnalyzer());

    public Analyzer IndexWords { get; }
    public Analyzer QueryWords { get; }
    public Analyzer Bigrams { get; }
    /// <summary>For the index writer: each text field with its analyzer.</summary>
    public Analyzer Index { get; }

    /// <summary>The tokens of a text with their positions and offsets.</summary>
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream("f", new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        Index.Dispose();
        IndexWords.Dispose();
        QueryWords.Dispose();
        Bigrams.Dispose();
    }
}

public readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);
