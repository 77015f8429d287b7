namespace Archive.Indexer.Parsing;

/// <summary>
/// How wide a line is printed, in half-width columns: an ideograph, a full-width mark or space two, ASCII one; an
/// indented line's indent a paragraph's, two ideographs. The lines of a text wrapped at the page's measure share it.
/// </summary>
internal static class PrintedWidth
{
    /// <summary>Columns a line printed as wide as the measure may fall short of it (a digit or a Latin letter is half an ideograph).</summary>
    public const int Slack = 2;

    public static int Columns(ReadOnlySpan<char> text, bool indented)
    {
        var columns = indented ? 4 : 0;
        foreach (var c in text.Trim()) columns += c < '\u1100' ? 1 : 2;
        return columns;
    }

    /// <summary>Whether two lines are printed as wide as each other: both fill the measure.</summary>
    public static bool Alike(int columns, int other) => Math.Abs(columns - other) <= Slack;
}
