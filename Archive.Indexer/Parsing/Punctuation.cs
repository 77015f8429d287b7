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

    /// <summary>
    /// Whether the text holds a mark that ends or cuts a sentence. An ASCII comma counts (web copies print Chinese with
    /// it), but not between digits: 1,200 is a number, and a headline holding one is still a headline.
    /// </summary>
    public static bool HasSentencePunctuation(string text) => text.AsSpan().IndexOfAny("。！？，；!?;") >= 0 || SentenceComma().IsMatch(text);

    [GeneratedRegex(@"(?<![0-9]),|,(?![0-9])")]
    private static partial Regex SentenceComma();

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

    /// <summary>
    /// Markdown emphasis (**bold**) left in converted text: not part of the words. A copy site's mask is, and stays: two
    /// asterisks for a year's digits (20**年, 〔20**〕24号), a place's name before its level (**区, **县委, **區 in a traditional copy), a
    /// count before its measure word (**个, **名), a year (**年度) or a range of them (五年(**-**)规划), or a longer run (***名). A pair around two characters or more, its second half no mask, is emphasis
    /// whatever it opens with (**2023年度党建工作要点**, **名单公示**); what is left unpaired is judged by what follows it.
    /// </summary>
    public static string StripEmphasis(string text) =>
        text.Contains("**", StringComparison.Ordinal) ? Emphasis().Replace(EmphasisPair().Replace(text, "${inner}"), "") : text;

    /// <summary>What a copy site's mask stands before: a level, a measure word, a year, another mask across a dash.</summary>
    private const string MaskedWord = "[省市区县镇乡村州旗个名年區縣鎮鄉個]|-\\*\\*";

    [GeneratedRegex(@"(?<![0-9*]|\*\*-)\*\*(?<inner>[^\s*][^*]*[^\s*])\*\*(?![0-9*]|" + MaskedWord + ")")]
    private static partial Regex EmphasisPair();

    [GeneratedRegex(@"(?<![0-9*]|\*\*-)\*\*(?![0-9*]|" + MaskedWord + ")")]
    private static partial Regex Emphasis();

    /// <summary>
    /// Letter-spacing closed up: a space beside a character standing alone goes (通 知 -> 通知, 组 工 信 息 -> 组工信息,
    /// 工作的通 知 -> 工作的通知); a space between two words stays (强化责任担当 发挥职能优势).
    /// </summary>
    public static string CloseUpLetterSpacing(string text) => LetterSpacing().Replace(text, "");

    [GeneratedRegex(@"(?<=(?:^|\s)\p{IsCJKUnifiedIdeographs})[ \u3000]+(?=\p{IsCJKUnifiedIdeographs})|(?<=\p{IsCJKUnifiedIdeographs})[ \u3000]+(?=\p{IsCJKUnifiedIdeographs}(?:\s|$))")]
    private static partial Regex LetterSpacing();
}
