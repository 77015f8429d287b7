using Archive.Indexer.Chinese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace Archive.Indexer.Search.Indexing;

/// <summary>
/// The analyzers the index and the queries share: segmenter words in precise mode, and CJK bigrams, both over the
/// text folded to simplified script. Offsets are exact (into the text as written), so the highlighter relies on them.
/// </summary>
internal sealed class TextAnalysis : IDisposable
{
    private readonly Segmenter? _segmenter;
    private readonly Analyzer _indexedWords, _indexedBigrams;

    internal TextAnalysis(Analyzer words, Analyzer bigrams, ScriptFolding folding, string segmentation, Segmenter? segmenter = null,
        Homophones? homophones = null, SimilarShapes? similarShapes = null)
    {
        _segmenter = segmenter;
        Homophones = homophones;
        SimilarShapes = similarShapes;
        Words = words;
        Bigrams = bigrams;
        Folding = folding;
        Segmentation = segmentation;
        _indexedWords = new RepeatedTermsCapped(words);
        _indexedBigrams = new RepeatedTermsCapped(bigrams);
        Index = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer>
        {
            [IndexFields.TitleWords] = _indexedWords,
            [IndexFields.BodyWords] = _indexedWords,
            [IndexFields.TitleBigrams] = _indexedBigrams,
            [IndexFields.BodyBigrams] = _indexedBigrams,
            [IndexFields.MetaBigrams] = _indexedBigrams,
            [IndexFields.DepartmentBigrams] = _indexedBigrams,
            [IndexFields.SectionBigrams] = _indexedBigrams,
            [IndexFields.SeriesBigrams] = _indexedBigrams,
            [IndexFields.DocNumberBigrams] = _indexedBigrams,
            [IndexFields.AuthorBigrams] = _indexedBigrams,
        });
    }

    /// <summary>The archive's analyzers: the segmenter's words and bigrams, traditional script folded to simplified, pinyin glosses out.</summary>
    public static TextAnalysis For(ChineseLanguage language) => new(
        new FoldedTextAnalyzer(language.WordAnalyzer(), language.ScriptFolding),
        new FoldedTextAnalyzer(new BigramAnalyzer(), language.ScriptFolding),
        language.ScriptFolding,
        language.Fingerprint,
        language.Segmenter,
        language.Homophones,
        language.SimilarShapes);

    public Analyzer Words { get; }
    /// <summary>The fingerprint of the segmentation behind <see cref="Words"/>: an index built under another is rebuilt.</summary>
    public string Segmentation { get; }
    public Analyzer Bigrams { get; }
    /// <summary>The folding both analyzers apply, for whoever compares text as written with analyzed terms.</summary>
    public ScriptFolding Folding { get; }
    /// <summary>
    /// Characters that sound alike, for a query typed wrong; null when the analysis has none. Loaded with the rest, so a
    /// missing or damaged table fails the opening with its fix, not the first query typed wrong (a 500, a CLI stack trace).
    /// </summary>
    public Homophones? Homophones { get; }
    /// <summary>Characters written alike, for a query typed wrong by the look of a character; null when the analysis has none. Loaded with the rest, as <see cref="Homophones"/>.</summary>
    public SimilarShapes? SimilarShapes { get; }
    /// <summary>For the index writer: each text field with its analyzer, no term more than <see cref="RepeatedTermFilter.MaxOccurrences"/> times.</summary>
    public Analyzer Index { get; }

    /// <summary>The word field's terms of a text, in order: the words a query is made of.</summary>
    public IReadOnlyList<string> WordTerms(string text) => Tokens(Words, text).ConvertAll(t => t.Term);

    /// <summary>Whether the segmenter's dictionary holds the text as a word (false without a segmenter).</summary>
    public bool IsWord(string text) => _segmenter?.Dictionary.Contains(text) ?? false;

    /// <summary>The parts search mode cuts a word term into (疫情防控 → 疫情 防控), or none.</summary>
    public IReadOnlyList<string> WordParts(string term) => _segmenter?.Parts(term) ?? [];

    /// <summary>
    /// Where the segmenter's words lie in a text as typed, stop words included (怎么办 of 党员少怎么办, which the word field
    /// leaves out): the script folded first, character for character, so the offsets hold.
    /// </summary>
    public IReadOnlyList<(int Start, int Length)> WordSpans(string text) =>
        _segmenter?.Segment(Folding.Fold(text)).ConvertAll(t => (t.Start, t.Length)) ?? [];

    /// <summary>Every word search mode finds inside a word term, whole or not (生活会 → 生活), or none.</summary>
    public IReadOnlyList<string> InnerWords(string term) => _segmenter?.InnerWords(term) ?? [];

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
        _indexedWords.Dispose();
        _indexedBigrams.Dispose();
        Words.Dispose();
        Bigrams.Dispose();
    }
}

internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);
