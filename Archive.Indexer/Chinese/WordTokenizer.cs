namespace Archive.Indexer.Chinese;

/// <summary>
/// Words from the segmenter, without punctuation, symbols and stop words (numbers are never stop words:
/// the list holds digits, and 〔2020〕2号 must keep its 2). A removed stop word leaves a
/// position gap (as Lucene's StopFilter does); punctuation leaves none. A text keyword extraction cut a moment ago
/// (<paramref name="recent"/>) is not cut again.
/// </summary>
internal sealed class WordTokenizer(TextReader input, Segmenter segmenter, StopWords stopWords, SegmentMode mode, RecentSegmentations? recent = null)
    : BufferedTokenizer(input)
{
    private readonly List<Token> segmented = [];

    protected override void Cut(ReadOnlySpan<char> text, List<Token> tokens)
    {
        segmented.Clear();
        if (mode != SegmentMode.Precise || recent is null || !recent.TryTake(text, segmented)) segmenter.Segment(text, mode, segmented);
        Span<char> normalized = stackalloc char[64];
        var gap = 0;
        foreach (var token in segmented)
        {
            if (!token.IsIndexed) continue;
            if (token.Kind != TokenKind.Number && token.Length <= normalized.Length)
            {
                var word = normalized[..token.Length];
                CharClass.Normalize(text.Slice(token.Start, token.Length), word);
                if (stopWords.Contains(word))
                {
                    gap += token.PositionIncrement;
                    continue;
                }
            }
            tokens.Add(token with { PositionIncrement = token.PositionIncrement + gap });
            gap = 0;
        }
    }
}
