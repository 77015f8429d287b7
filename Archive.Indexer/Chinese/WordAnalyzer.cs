using Lucene.Net.Analysis;

namespace Archive.Indexer.Chinese;

/// <summary>
/// The word field's analyzer: segmenter words, lowercased and full-width folded, stop words removed.
/// Index with <see cref="SegmentMode.Search"/> (sub-words at the same position), query with
/// <see cref="SegmentMode.Precise"/>; see <see cref="ChineseLanguage.IndexWordAnalyzer"/>.
/// </summary>
public sealed class WordAnalyzer(Segmenter segmenter, StopWords stopWords, SegmentMode mode) : Analyzer
{
    public SegmentMode Mode { get; } = mode;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new WordTokenizer(reader, segmenter, stopWords, Mode));
}
