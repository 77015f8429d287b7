using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// A bulletin's issue: 第8期, 第 8 期, 第十二期, 2020年第2期（总第437期）, 2020年第3期 总第56期, 二〇二一年第十七期, 总第156期 alone,
/// 第 10 期（专刊）, （第15期）, 组工信息｜第5期. The number stands apart from the words around it (第一期培训班 is no issue). Reads folded text.
/// </summary>
internal static partial class IssueLine
{
    public sealed record Issue(int? Number, int? Total, int Index, int Length);

    /// <summary>The issue a line states, with where it stands, or null.</summary>
    public static Issue? Read(string folded)
    {
        // A paper's front page numbers its issue too, beside the count of the day's pages: no bulletin's issue line.
        if (folded.Length > 80 || folded.Contains('。') || Newspaper.CountsTodaysPages(folded)) return null;
        if (Numbered().Match(folded) is { Success: true } m)
        {
            var total = m.Groups["total"].Success ? ChineseNumber.Parse(m.Groups["total"].Value) : null;
            return new Issue(ChineseNumber.Parse(m.Groups["n"].Value), total, m.Index, m.Length);
        }
        if (Bracketed().Match(folded) is { Success: true } b && (b.Groups["before"].Length == 0 || Masthead.Series(b.Groups["before"].Value) is not null))
            return new Issue(ChineseNumber.Parse(b.Groups["n"].Value), null, b.Groups["issue"].Index, b.Groups["issue"].Length);
        if (TotalOnly().Match(folded) is { Success: true } t)
            return new Issue(null, ChineseNumber.Parse(t.Groups["total"].Value), t.Index, t.Length);
        return null;
    }

    private const string Number = @"[0-9]{1,5}|[一二三四五六七八九十百〇零]{1,6}";

    [GeneratedRegex(@"(?<=^|\s|年|\)|\||[\u4e00-\u9fa5])(?<!总\s*)第\s*(?<n>" + Number + @")\s*期(?:\s*\(\s*(?:总\s*第\s*(?<total>" + Number + @")\s*期|专刊|增刊|特刊)\s*\)|\s*总\s*第\s*(?<total>" + Number + @")\s*期)?(?=$|\s|\(|总)")]
    private static partial Regex Numbered();

    /// <summary>An issue in brackets closing its line, alone or after the series' name, as a masthead prints it: （第15期）,
    /// 宣城组工（2023年第15期）. A headline ending so (…培训班（第一期）) is no issue line.</summary>
    [GeneratedRegex(@"^\s*(?<before>[^()]*?)\s*(?<issue>\(\s*(?:[0-9]{4}\s*年\s*)?第\s*(?<n>" + Number + @")\s*期\s*\))\s*$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?<=^|\s|\()总\s*第\s*(?<total>" + Number + @")\s*期(?=$|\s|\))")]
    private static partial Regex TotalOnly();
}
