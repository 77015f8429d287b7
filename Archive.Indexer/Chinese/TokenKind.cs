namespace Archive.Indexer.Chinese;

/// <summary>What a token is made of; analyzers index words, numbers and Latin words, never punctuation or symbols.</summary>
internal enum TokenKind : byte
{
    /// <summary>Chinese ideographs: a dictionary word, an HMM-found word or a single ideograph.</summary>
    Word,
    /// <summary>Digits, with an optional decimal part (1450, 1.3).</summary>
    Number,
    /// <summary>Letters, possibly mixed with digits (covid, 5g); any alphabetic script.</summary>
    Latin,
    /// <summary>One punctuation or symbol character (，“〔★+).</summary>
    Punctuation,
    /// <summary>A character with no meaning for search: a control character, an emoji, an unpaired surrogate.</summary>
    Symbol,
}
