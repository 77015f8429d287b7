using System.Text;
using Archive.Indexer.Chinese;

namespace Archive.Indexer.Text.Recognition;

/// <summary>
/// Puts back the marks Tesseract's Chinese model cannot write, because its character set lacks them: the full-width
/// （）：；？！ of Chinese typesetting, which it writes as their ASCII forms, and the bullets bulletins put before
/// articles (△, which it reads as ^) and sections (★, which it reads as 女 or 太, with little confidence, before a
/// short heading: measured on WenQuanYi Micro Hei at 150 to 300 dpi).
/// The parsers find articles and sections by these bullets.
/// </summary>
internal static class ChineseMarks
{
    // Not the comma: the model writes ， and , apart.
    private const string HalfWidth = "():;?!";
    private const string FullWidth = "（）：；？！";
    /// <summary>A section heading after ★ is a few words (市内信息, 经验交流); 女 leading a longer line is a word.</summary>
    private const int SectionHeadingLength = 12;
    /// <summary>Tesseract's confidence in a 女 or 太 read off a ★ stays well below its usual 0.9 and above.</summary>
    private const double UnsureConfidence = 0.8;

    /// <param name="firstWordConfidence">Tesseract's confidence (0..1) in the line's first word.</param>
    public static string Restore(string line, string firstWord, double firstWordConfidence)
    {
        if (line.Length == 0) return line;
        if (line[0] == '^') line = "△" + line[1..];
        else if (firstWord is "女" or "太" && firstWordConfidence < UnsureConfidence && line.Length <= SectionHeadingLength) line = "★ " + line[1..];
        return FullWidthBesideHan(line);
    }

    /// <summary>ASCII punctuation next to a Chinese character, as Chinese typesetting has it: full width.</summary>
    private static string FullWidthBesideHan(string line)
    {
        StringBuilder? text = null;
        for (var i = 0; i < line.Length; i++)
        {
            var mark = HalfWidth.IndexOf(line[i]);
            if (mark < 0) continue;
            var besideHan = (i > 0 && CharClass.IsHan(line[i - 1])) || (i + 1 < line.Length && CharClass.IsHan(line[i + 1]));
            if (!besideHan) continue;
            text ??= new StringBuilder(line);
            text[i] = FullWidth[mark];
        }
        return text?.ToString() ?? line;
    }
}
