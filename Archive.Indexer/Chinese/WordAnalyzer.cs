using Lucene.Net.Analysis;

namespace Archive.Indexer.Chinese;

/// <summary>
/// The word field's analyzer: segmenter words, lowercased and full-width folded, stop words removed.
/// The index and the queries use <see cref="SegmentMode.Precise"/>; see <see cref="ChineseLanguage.WordAnalyzer"/>.
/// </summary>
/// <param name="recent">Segmentations of texts cut a moment ago, taken instead of cutting them again.</param>
internal sealed class WordAnalyzer(Segmenter segmenter, StopWords stopWords, SegmentMode mode, RecentSegmentations? recent = null) : Analyzer
{
    public SegmentMode Mode { get; } = mode;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new WordTokenizer(reader, segmenter, stopWords, Mode, recent));
}
