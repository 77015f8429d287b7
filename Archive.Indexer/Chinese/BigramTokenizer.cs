namespace Archive.Indexer.Chinese;

/// <summary>
/// Overlapping CJK bigrams over each run of ideographs (a run of one gives a unigram), so any phrase is found
/// whatever the segmentation; numbers and Latin words as the scanner cuts them; no punctuation or symbols.
/// Needs no dictionary. An alternative the text inserts in brackets between two ideographs (村(社区)党组织书记, 乡(镇)党委,
/// 村(居)民委员会) is also read without it: the bigram joining the ideographs around the brackets (村党) stands just before
/// those after them, so 村党组织书记, the subject the text names first, is found there as where it is written whole. The
/// alternative is not joined to what follows (区党): read so, 社区党组织书记 found every village secretaries' training that
/// names communities in brackets, above the articles on community secretaries themselves. One ideograph a headline sets
/// in quotes inside a word for emphasis (战“疫”, 抗“疫”, “智”造) is read without the quotes, joined to the ideographs on
/// both sides (战疫, 疫一 of 战“疫”一线), so the word is found as it is said (<see cref="QuotedEmphasis"/>); a longer
/// quotation (实施“归雁行动”) is a name the text quotes and joins nothing.
/// </summary>
internal sealed class BigramTokenizer(TextReader input) : BufferedTokenizer(input)
{
    /// <summary>The longest insertion read as an alternative: 社区, 街道, 居; not a note or a title in brackets.</summary>
    private const int MaxInserted = 4;

    protected override void Cut(ReadOnlySpan<char> text, List<Token> tokens)
    {
        var scanner = new TextScanner(text);
        while (scanner.MoveNext(out var run))
        {
            if (!run.IsIndexed) continue;
            if (run.Kind != TokenKind.Word || !CharClass.IsHan(text[run.Start]))
            {
                tokens.Add(run);
                continue;
            }
            // An insertion in brackets keeps a position of its own, so the bigram joined across it stands beside it. A quoted
            // ideograph has none to spare: the bigram joined across the quote takes the next position, as it would in the
            // text without quotes (奋战在战疫 reaches 战“疫”), and the ideograph read alone stands with it.
            var emphasized = false;
            if (tokens.Count > 0 && BeforeInsertion(text, run.Start) is { } inserted)
                tokens.Add(new Token(run.Start, 1, TokenKind.Word, 0) { JoinedFrom = inserted });
            else if (tokens.Count > 0 && QuotedEmphasis.JoinedFrom(text, run.Start) is { } quoted)
            {
                tokens.Add(new Token(run.Start, 1, TokenKind.Word, 1) { JoinedFrom = quoted });
                emphasized = true;
            }
            if (run.Length == 1)
            {
                tokens.Add(emphasized ? run with { PositionIncrement = 0 } : run);
                continue;
            }
            for (var i = run.Start; i + 1 < run.End; i++) tokens.Add(new Token(i, 2, TokenKind.Word, 1));
        }
    }

    /// <summary>
    /// Where the ideograph stands before an insertion in brackets that ends right before <paramref name="at"/> (村 of
    /// 村(社区)党); null when none does.
    /// </summary>
    private static int? BeforeInsertion(ReadOnlySpan<char> text, int at)
    {
        if (at < 3 || text[at - 1] is not (')' or '）')) return null;
        for (var open = at - 3; open >= Math.Max(1, at - 2 - MaxInserted); open--)
        {
            if (!CharClass.IsHan(text[open + 1])) return null;
            if (text[open] is '(' or '（') return CharClass.IsHan(text[open - 1]) ? open - 1 : null;
        }
        return null;
    }
}
