using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing;

/// <summary>What Chinese punctuation says about where a sentence ends; shared by every parser.</summary>
internal static partial class Punctuation
{
    /// <summary>Marks a sentence (or a paragraph) may end with.</summary>
    public const string SentenceFinal = "。！？!?…”’」』）)】〕》";

    /// <summary>Marks after which a sentence clearly goes on.</summary>
    public const string Continuing = "，、；,;";

    public static bool EndsSentence(string text) => text.Length > 0 && SentenceFinal.Contains(text[^1]);

    public static bool HasSentencePunctuation(string text) => text.AsSpan().IndexOfAny("。！？，；!?;") >= 0;

    /// <summary>
    /// Characters that show nothing but split words (zero-width spaces and joiners, direction marks and isolates, fillers,
    /// a soft hyphen, a BOM inside the text)
    /// and control characters but tab and form feed: text pasted from chat apps and pages is full of them.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create(
        "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\u180E\u034F\u115F\u3164\uFEFF\u00AD\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F" +
        string.Concat(Enumerable.Range(0x80, 0x20).Select(c => (char)c)));

    /// <summary>The text without <see cref="Invisible"/> characters; the same string when it holds none.</summary>
    public static string WithoutInvisible(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!Invisible.Contains(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Text without any white space (ASCII, full-width, no-break).</summary>
    public static string Compact(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>
    /// Full-width forms to their ASCII twins (（ -> (, ： -> :, ２ -> 2, 　 -> space), one character for one, so the
    /// recognizers match one form and cut values from the original at the same indices. 。、“”《》〔〕【】 stay.
    /// </summary>
    public static string FoldWidth(string text)
    {
        var i = 0;
        while (i < text.Length && Fold(text[i]) == text[i]) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++) span[k] = Fold(source[k]);
        });

        static char Fold(char c) => c switch
        {
            >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
            '\u3000' or '\u00A0' => ' ',
            '﹔' => ';',
            '﹕' => ':',
            _ => c,
        };
    }

    /// <summary>Markdown emphasis (**bold**) left in converted text: not part of the words.</summary>
    public static string StripEmphasis(string text) =>
        text.Contains("**", StringComparison.Ordinal) ? text.Replace("**", "", StringComparison.Ordinal) : text;

    /// <summary>
    /// Letter-spacing closed up: a space beside a character standing alone goes (通 知 -> 通知, 组 工 信 息 -> 组工信息,
    /// 工作的通 知 -> 工作的通知); a space between two words stays (强化责任担当 发挥职能优势).
    /// </summary>
    public static string CloseUpLetterSpacing(string text) => LetterSpacing().Replace(text, "");

    [GeneratedRegex(@"(?<=(?:^|\s)\p{IsCJKUnifiedIdeographs})[ \u3000]+(?=\p{IsCJKUnifiedIdeographs})|(?<=\p{IsCJKUnifiedIdeographs})[ \u3000]+(?=\p{IsCJKUnifiedIdeographs}(?:\s|$))")]
    private static partial Regex LetterSpacing();
}
