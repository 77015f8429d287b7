namespace Archive.Indexer.Chinese;

/// <summary>
/// Search mode's rule for the parts of a long word: the words of its own best cut, as if it were a sentence without
/// it in the dictionary (疫情防控 → 疫情 防控, 第一时间 → 第一 时间), and theirs in turn for parts of three characters or
/// more. A dictionary word that straddles two parts is an accident of the characters, not a part (一时 in 第一时间).
/// Parts of one character are left out: the bigram field finds those.
/// </summary>
internal sealed class SubWords(BigramRoute route, WordDictionary dictionary)
{
    /// <summary>Appends the parts of <paramref name="word"/> (of the run <paramref name="run"/> at <paramref name="offset"/>) at increment 0.</summary>
    public void Add(ReadOnlySpan<char> run, RouteWord word, int offset, List<Token> tokens)
    {
        Span<RouteWord> parts = stackalloc RouteWord[BigramRoute.MaxWordLength];
        if (word.Length > parts.Length) return;
        var chars = run[word.Start..word.End];
        var count = route.Cut(chars, dictionary.SentenceStart, dictionary.SentenceEnd, parts, word.Length - 1);
        foreach (var part in parts[..count])
        {
            if (part.Length < 2) continue;
            var inRun = new RouteWord(word.Start + part.Start, word.Start + part.End, part.Kind);
            tokens.Add(new Token(offset + inRun.Start, inRun.Length, TokenKind.Word, 0));
            if (inRun.Length >= 3) Add(run, inRun, offset, tokens);
        }
    }
}
