using System.Globalization;

namespace Archive.Indexer.Chinese;

/// <summary>Character rules shared by the segmenter and the analyzers: what is an ideograph, how text is folded.</summary>
internal static class CharClass
{
    /// <summary>CJK unified ideographs (basic block, extension A, compatibility) and 〇.</summary>
    public static bool IsHan(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF') || c == '\u3007';

    /// <summary>
    /// Characters set without spaces between them: ideographs, CJK radicals, symbols and punctuation, and
    /// full-width forms. A line of Chinese wrapped in a paragraph joins the next without a space.
    /// </summary>
    public static bool IsCjk(char c) =>
        IsHan(c) || c is >= '\u2E80' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';

    /// <summary>Full-width ASCII forms to their half-width equivalents (１２ -> 12, Ａ -> A), the ideographic space to a space.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>Folded and lowercased: the form a token is indexed and searched by.</summary>
    public static char Normalize(char c)
    {
        c = Fold(c);
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        // Ideographs and CJK punctuation have no case: skip the culture tables, the hot path of every analyzer.
        return IsHan(c) || c is >= '\u3000' and <= '\u303F' ? c : char.ToLowerInvariant(c);
    }

    /// <summary>Writes the normalized form of <paramref name="source"/> into <paramref name="destination"/> (same length).</summary>
    public static void Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++) destination[i] = Normalize(source[i]);
    }

    public static string Normalize(ReadOnlySpan<char> source)
    {
        Span<char> buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        Normalize(source, buffer);
        return new string(buffer);
    }

    /// <summary>Letters and digits (other than ideographs) that start a Latin or other alphabetic word.</summary>
    public static bool IsWordStart(char folded) =>
        folded < 128 ? char.IsAsciiLetterOrDigit(folded) : !IsHan(folded) && char.IsLetterOrDigit(folded);

    /// <summary>What continues such a word: the same, plus combining marks.</summary>
    public static bool IsWordContinuation(char folded) =>
        IsWordStart(folded) || (folded >= 128 && CharUnicodeInfo.GetUnicodeCategory(folded) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    public static bool IsDigit(char folded) => folded is >= '0' and <= '9';

    /// <summary>Chinese numerals, with the circle ○ that stands for 〇 in years (二○○一年).</summary>
    public static bool IsChineseNumeral(char c) => c is '〇' or '○' or '零' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千' or '万' or '亿' or '两';
}
