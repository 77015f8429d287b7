using Archive.Indexer.Chinese;

namespace Archive.Indexer.Tests.Chinese;

/// <summary>Checks that tokens lie inside the text and cover each non-white-space character exactly once.</summary>
public static class Coverage
{
    internal static void AssertExactlyCovered(string text, IReadOnlyList<Token> tokens)
    {
        var covered = new int[text.Length];
        foreach (var token in tokens)
        {
            Assert.InRange(token.Start, 0, text.Length - 1);
            Assert.InRange(token.End, token.Start + 1, text.Length);
            for (var i = token.Start; i < token.End; i++) covered[i]++;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var expected = char.IsWhiteSpace(CharClass.Fold(text[i])) ? 0 : 1;
            Assert.True(covered[i] == expected, $"char {i} (U+{(int)text[i]:X4}) covered {covered[i]} times, expected {expected}");
        }
    }
}
