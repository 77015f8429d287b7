using System.Text;

namespace Archive.Indexer.Parsing;

/// <summary>What Chinese punctuation says about where a sentence ends; shared by every parser.</summary>
internal static class Punctuation
{
    /// <summary>Marks a sentence (or a paragraph) may end with.</summary>
    public const string SentenceFinal = "。！？!?…”’」』）)】〕》";

    /// <summary>Marks after which a sentence clearly goes on.</summary>
    public const string Continuing = "，、；,;";

    public static bool EndsSentence(string text) => text.Length > 0 && SentenceFinal.Contains(text[^1]);

    public static bool HasSentencePunctuation(string text) => text.AsSpan().IndexOfAny("。！？，；!?;") >= 0;

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
}
