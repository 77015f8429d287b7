namespace Archive.Indexer.Chinese;

/// <summary>
/// Overlapping CJK bigrams over each run of ideographs (a run of one gives a unigram), so any phrase is found
/// whatever the segmentation; numbers and Latin words as the scanner cuts them; no punctuation or symbols.
/// Needs no dictionary.
/// </summary>
internal sealed class BigramTokenizer(TextReader input) : BufferedTokenizer(input)
{
    protected override void Cut(ReadOnlySpan<char> text, List<Token> tokens)
    {
        var scanner = new TextScanner(text);
        while (scanner.MoveNext(out var run))
        {
            if (!run.IsIndexed) continue;
            if (run.Kind != TokenKind.Word || run.Length == 1 || !CharClass.IsHan(text[run.Start]))
            {
                tokens.Add(run);
                continue;
            }
            for (var i = run.Start; i + 1 < run.End; i++) tokens.Add(new Token(i, 2, TokenKind.Word, 1));
        }
    }
}
