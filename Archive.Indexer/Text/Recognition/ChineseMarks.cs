using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Indexer.Chinese;

namespace Archive.Indexer.Text.Recognition;

/// <summary>
/// Puts back the marks Tesseract's Chinese model cannot write, because its character set lacks them: the full-width
/// （）：；？！ of Chinese typesetting, which it writes as their ASCII forms (and ： often as ;, so a ; that ends a
/// line or a short label at its start, 领导批示; 报; 桐城市;, is read as ：), and the bullets bulletins put before
/// articles (△, which it reads as ^) and sections (★, which it reads as some character it is unsure of, 女 太 娘,
/// before a short heading: measured on WenQuanYi Micro Hei at 150 to 300 dpi). The dot leaders of a table of
/// contents, read as a mix of dots, commas and ellipses (过峰,…2) or as one ellipsis, become the two ellipses the
/// contents parser takes for leaders.
/// The parsers find articles and sections by these bullets.
/// </summary>
internal static partial class ChineseMarks
{
    // Not the comma: the model writes ， and , apart.
    private const string HalfWidth = "():;?!";
    private const string FullWidth = "（）：；？！";
    /// <summary>A section heading after ★ is a few words (市内信息, 经验交流); 女 leading a longer line is a word.</summary>
    private const int SectionHeadingLength = 12;
    /// <summary>The longest label before a ： that starts a line (领导批示, 铜川市王益区).</summary>
    private const int LabelLength = 8;
    /// <summary>Tesseract's confidence in a character read off a ★ (0 to 0.63 measured) stays well below its usual 0.9 and above.</summary>
    private const double UnsureConfidence = 0.7;

    /// <param name="firstWordConfidence">Tesseract's confidence (0..1) in the line's first word.</param>
    public static string Restore(string line, string firstWord, double firstWordConfidence)
    {
        if (line.Length == 0) return line;
        var bullet = line.IndexOf('^');
        // A stray mark may come before it: the ends of the quotes around the previous line's words.
        if (bullet >= 0 && bullet <= 1 && (bullet == 0 || !char.IsLetterOrDigit(line[0]))) line = "△" + line[(bullet + 1)..];
        else if (IsStar(line, firstWord, firstWordConfidence)) line = "★ " + line[1..];
        return DotLeaders().Replace(FullWidthBesideHan(line), "……");
    }

    [GeneratedRegex(@"(?:[.,，。·…]{2,}|…)(?=\s*[0-9]{1,3}$)")]
    private static partial Regex DotLeaders();

    /// <summary>ASCII punctuation next to Chinese text (a character or a full-width mark), as Chinese typesetting has it: full width.</summary>
    private static string FullWidthBesideHan(string line)
    {
        var text = new StringBuilder(line);
        for (var i = 0; i < text.Length; i++)
        {
            var mark = HalfWidth.IndexOf(text[i]);
            if (mark < 0) continue;
            var besideChinese = (i > 0 && IsChinese(text[i - 1])) || (i + 1 < text.Length && IsChinese(text[i + 1]));
            if (!besideChinese) continue;
            text[i] = text[i] == ';' && (i == text.Length - 1 || IsLabel(line.AsSpan(0, i))) ? '：' : FullWidth[mark];
        }
        return text.ToString();
    }

    private static bool IsChinese(char c) => CharClass.IsHan(c) || FullWidth.Contains(c) || c is '，' or '。' or '、' or '“' or '”' or '《' or '》';

    /// <summary>An unsure single character, as a word of its own, before a heading of a few Chinese characters.</summary>
    private static bool IsStar(string line, string firstWord, double confidence) =>
        firstWord.Length == 1 && confidence < UnsureConfidence && line.Length is >= 3 and <= SectionHeadingLength
        && AllHan(line.AsSpan(1));

    /// <summary>A few Chinese characters, after the bullet an article's title starts with (△桐城市).</summary>
    private static bool IsLabel(ReadOnlySpan<char> start)
    {
        start = start.TrimStart("△★ ");
        return start.Length is > 0 and <= LabelLength && AllHan(start);
    }

    private static bool AllHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!CharClass.IsHan(c)) return false;
        }
        return true;
    }
}
