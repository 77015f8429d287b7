namespace Archive.Indexer.Chinese;

/// <summary>
/// One token as offsets into the original text; the normalized text is produced only when asked,
/// so segmenting allocates nothing per character.
/// </summary>
/// <param name="PositionIncrement">1 for a new position; 0 for a sub-word sharing the position of the word before it (search mode).</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, int PositionIncrement)
{
    public int End => Start + Length;

    /// <summary>
    /// Where the character before the token's text stands when an insertion in brackets parts them (村 of 村(社区)党: the
    /// token is 村党, at the offsets of 党); null for a token read whole from its offsets.
    /// </summary>
    public int? JoinedFrom { get; init; }

    /// <summary>The token's normalized text (full-width folded, lowercased) read from the text it was cut from.</summary>
    public string Text(ReadOnlySpan<char> source) => JoinedFrom is { } from
        ? CharClass.Normalize(source[from]) + CharClass.Normalize(source.Slice(Start, Length))
        : CharClass.Normalize(source.Slice(Start, Length));

    /// <summary>Whether analyzers put this token in the index.</summary>
    public bool IsIndexed => Kind is TokenKind.Word or TokenKind.Number or TokenKind.Latin;
}
