namespace Archive.Indexer.Chinese;

/// <summary>
/// One token as offsets into the original text; the normalized text is produced only when asked,
/// so segmenting allocates nothing per character.
/// </summary>
/// <param name="PositionIncrement">1 for a new position; 0 for a sub-word sharing the position of the word before it (search mode).</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, int PositionIncrement)
{
    public int End => Start + Length;

    /// <summary>The token's normalized text (full-width folded, lowercased) read from the text it was cut from.</summary>
    public string Text(ReadOnlySpan<char> source) => CharClass.Normalize(source.Slice(Start, Length));

    /// <summary>Whether analyzers put this token in the index.</summary>
    public bool IsIndexed => Kind is TokenKind.Word or TokenKind.Number or TokenKind.Latin;
}
