using System.Text;

namespace Archive.Indexer.Model;

/// <summary>
/// Characters that show nothing but split words (zero-width spaces and joiners, direction marks and isolates, fillers,
/// a soft hyphen, a BOM inside the text) and control characters but tab and form feed: text pasted from chat apps and
/// pages is full of them. Every line read and every search parameter goes without them (党\u200B建 is 党建). In Model, the
/// floor the parsers, the query parser and the search URL's reader all stand on.
/// </summary>
internal static class InvisibleText
{
    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create(
        "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\u180E\u034F\u115F\u3164\uFEFF\u00AD\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F" +
        string.Concat(Enumerable.Range(0x80, 0x20).Select(c => (char)c)));

    /// <summary>The text without invisible characters; the same string when it holds none.</summary>
    public static string Without(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!Invisible.Contains(c)) sb.Append(c);
        return sb.ToString();
    }
}
