namespace Archive.Indexer.Model;

/// <summary>Full-width digits (２０２２), as Chinese text and input methods write them, read as ASCII ones.</summary>
internal static class FullWidthDigits
{
    /// <summary>The text with its full-width digits as ASCII digits, every other character in place; the text itself when it has none.</summary>
    public static string Folded(string text) =>
        text.AsSpan().IndexOfAnyInRange('０', '９') < 0
            ? text
            : string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                    span[i] = source[i] is >= '０' and <= '９' ? (char)('0' + (source[i] - '０')) : source[i];
            });
}
