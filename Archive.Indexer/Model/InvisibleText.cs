using System.Text;

namespace Archive.Indexer.Model;

/// <summary>
/// Characters that show nothing but split words (zero-width spaces and joiners, direction marks and isolates, fillers,
/// a soft hyphen, a BOM inside the text, variation selectors and tags), noncharacters and control characters but tab and form feed:
/// text pasted from chat apps and pages is full of them. Every line read and every search parameter goes without them
/// (党\u200B建 is 党建; 疫情\uFE0F防控, an emoji keyboard's selector, found 12 articles of 17). In Model, the floor the
/// parsers, the query parser and the search URL's reader all stand on.
/// </summary>
internal static class InvisibleText
{
    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create(
        "\uFE00\uFE01\uFE02\uFE03\uFE04\uFE05\uFE06\uFE07\uFE08\uFE09\uFE0A\uFE0B\uFE0C\uFE0D\uFE0E\uFE0F" +
        "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\u180E\u034F\u115F\u3164\uFEFF\u00AD\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F" +
        string.Concat(Enumerable.Range(0x80, 0x20).Select(c => (char)c)) +
        // Noncharacters, which Unicode keeps for programs' own use and never for text (a file's 表彰\uFFFE先进 was no 表彰先进).
        "\uFFFE\uFFFF" + string.Concat(Enumerable.Range(0xFDD0, 32).Select(c => (char)c)));

    /// <summary>
    /// The high surrogate of plane 14's first code points: tags (U+E0000-E007F) and the ideographic variation selectors
    /// (U+E0100-E01EF, a name's glyph variant), the rest unassigned; a pair it opens is left out whole.
    /// </summary>
    private const char Plane14 = '\uDB40';

    /// <summary>The text without invisible characters; the same string when it holds none.</summary>
    public static string Without(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0 && !text.Contains(Plane14)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Plane14 && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (!Invisible.Contains(text[i])) sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
