namespace Archive.Indexer.Chinese;

/// <summary>Cutting text between characters: never between the two halves of a surrogate pair (an emoji, a rare ideograph).</summary>
internal static class CharacterBoundary
{
    /// <summary>The position itself, or one back when it falls inside a surrogate pair.</summary>
    public static int At(string text, int at) =>
        at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) && char.IsHighSurrogate(text[at - 1]) ? at - 1 : at;

    /// <summary>The text, or its first <paramref name="length"/> characters at most.</summary>
    public static string Cut(string text, int length) => text.Length <= length ? text : text[..At(text, length)];
}
