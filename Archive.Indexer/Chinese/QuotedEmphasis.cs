namespace Archive.Indexer.Chinese;

/// <summary>
/// One ideograph set in quotes inside a word for emphasis (战“疫”, 抗“疫”, “智”造): the index reads the word without the
/// quotes (<see cref="BigramTokenizer"/>), and the marks of a match are placed by the same rule, so what search finds
/// there is marked there too. A longer quotation (实施“归雁行动”) is a name the text quotes and joins nothing.
/// </summary>
internal static class QuotedEmphasis
{
    /// <summary>
    /// Where the ideograph stands that one ideograph in quotes joins to the one at <paramref name="at"/>: 战 of 战“疫 (at
    /// the quoted 疫), the quoted 疫 of 疫”一 (at 一); null when no single quoted ideograph parts them. The quote between
    /// them is always the one character before <paramref name="at"/>.
    /// </summary>
    public static int? JoinedFrom(ReadOnlySpan<char> text, int at)
    {
        if (at >= 2 && IsOpeningQuote(text[at - 1]) && at + 1 < text.Length && IsClosingQuote(text[at + 1]))
            return CharClass.IsHan(text[at - 2]) ? at - 2 : null;
        if (at >= 3 && IsClosingQuote(text[at - 1]) && CharClass.IsHan(text[at - 2]) && IsOpeningQuote(text[at - 3]))
            return at - 2;
        return null;
    }

    /// <summary>
    /// The text as the index reads its words: without each quote that parts an ideograph from the single quoted one it is
    /// joined to (战“疫”一线 reads 战疫一线). <paramref name="origins"/> gives, for each character of the reading and one
    /// past its end, where it stands in the text; null when nothing was left out and the reading is the text itself.
    /// </summary>
    public static string Reading(string text, out int[]? origins)
    {
        origins = null;
        var left = 0;
        for (var at = text.IndexOfAny(Quotes); at >= 0 && at + 1 < text.Length; at = text.IndexOfAny(Quotes, at + 1))
        {
            if (!IsJoinedAcross(text, at)) continue;
            origins ??= new int[text.Length + 1];
            left++;
        }
        if (origins is null) return text;
        var reading = new char[text.Length - left];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsQuote(text[i]) && i + 1 < text.Length && IsJoinedAcross(text, i)) continue;
            origins[length] = i;
            reading[length++] = text[i];
        }
        origins[length] = text.Length;
        Array.Resize(ref origins, length + 1);
        return new string(reading);
    }

    /// <summary>
    /// A match of the reading from <paramref name="start"/> to <paramref name="end"/> as a stretch of the text, with the
    /// quotes around a single ideograph at either edge (战“疫”, not 战“疫).
    /// </summary>
    public static (int Start, int End) InText(string text, int[] origins, int start, int end)
    {
        var from = origins[start];
        var to = end > start ? origins[end - 1] + 1 : from;
        if (from >= 1 && from + 1 < text.Length && IsOpeningQuote(text[from - 1]) && IsClosingQuote(text[from + 1])) from--;
        if (to >= 2 && to < text.Length && IsClosingQuote(text[to]) && IsOpeningQuote(text[to - 2])) to++;
        return (from, to);
    }

    /// <summary>Whether the quote at <paramref name="quote"/> parts two ideographs the index joins.</summary>
    private static bool IsJoinedAcross(string text, int quote) =>
        CharClass.IsHan(text[quote + 1]) && JoinedFrom(text, quote + 1) is not null;

    private static readonly char[] Quotes = ['“', '‘', '「', '『', '"', '＂', '\'', '”', '’', '」', '』'];

    private static bool IsQuote(char c) => IsOpeningQuote(c) || IsClosingQuote(c);

    private static bool IsOpeningQuote(char c) => c is '“' or '‘' or '「' or '『' or '"' or '＂' or '\'';

    private static bool IsClosingQuote(char c) => c is '”' or '’' or '」' or '』' or '"' or '＂' or '\'';
}
