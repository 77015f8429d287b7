using Archive.Indexer.Chinese;

namespace Archive.Evaluation.Generation;

/// <summary>
/// How varied a text's words are: distinct words per million characters, and the share of all word occurrences
/// that the 1,000 most frequent words take. Both depend on the text's size (a larger text holds more rare words),
/// so texts are compared at the same size.
/// </summary>
internal sealed record VocabularyProfile(long Characters, long Words, int DistinctWords, double TopThousandShare)
{
    public double DistinctPerMillionCharacters => Characters == 0 ? 0 : DistinctWords * 1e6 / Characters;

    /// <summary>Segments the texts (precise mode), up to <paramref name="maxCharacters"/>, counting Chinese words only.</summary>
    public static VocabularyProfile Measure(IEnumerable<string> texts, Segmenter segmenter, long maxCharacters = long.MaxValue)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        long characters = 0, words = 0;
        var tokens = new List<Token>();
        foreach (var text in texts)
        {
            var span = text.AsSpan(0, (int)Math.Min(text.Length, maxCharacters - characters));
            characters += span.Length;
            tokens.Clear();
            segmenter.Segment(span, SegmentMode.Precise, tokens);
            foreach (var token in tokens)
            {
                if (token.Kind != TokenKind.Word) continue;
                words++;
                var word = span.Slice(token.Start, token.Length).ToString();
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
            if (characters >= maxCharacters) break;
        }
        var top = counts.Values.OrderDescending().Take(1000).Sum(c => (long)c);
        return new VocabularyProfile(characters, words, counts.Count, words == 0 ? 0 : (double)top / words);
    }

    public override string ToString() =>
        $"{Characters:N0} characters, {Words:N0} words, {DistinctWords:N0} distinct = {DistinctPerMillionCharacters:N0} per million characters; " +
        $"the 1,000 most frequent words {TopThousandShare:P1} of all";
}
