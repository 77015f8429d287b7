using Lucene.Net.Analysis;

namespace Archive.Indexer.Chinese;

/// <summary>
/// The word field's analyzer: segmenter words, lowercased and full-width folded, stop words removed.
/// The index and the queries use <see cref="SegmentMode.Precise"/>; see <see cref="ChineseLanguage.WordAnalyzer"/>.
/// </summary>
internal sealed class WordAnalyzer(Segmenter segmenter, StopWords stopWords, SegmentMode mode) : Analyzer
{
    public SegmentMode Mode { get; } = mode;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new WordTokenizer(reader, segmenter, stopWords, Mode));
}
