using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>A newspaper's name as a line opens with it (辽宁日报, 江淮晨报 …), alone or with the day's date: a page's masthead. Reads folded text.</summary>
internal static partial class Newspaper
{
    /// <summary>
    /// Where the paper's name is when the line opens with one, or with the day it printed it on, as an archive heads its
    /// pages (1957年2月13日人民日报 第4版); null otherwise.
    /// </summary>
    public static Range? NameAtStart(string folded) => PaperIn(Name().Match(folded));

    /// <summary>
    /// Where the paper's name is when the line holds it and its day, nothing else (辽宁日报 2022年04月13日 星期三): an item's
    /// masthead as a site reposts it. Null for any other line.
    /// </summary>
    public static Range? Masthead(string folded) => PaperIn(NameAndDate().Match(folded));

    /// <summary>A front page's masthead counting the day's pages (今日16版 总第3640期, 今日 8 版 2023 年 4 月 26 日).</summary>
    public static bool CountsTodaysPages(string folded) => folded.Contains('版') && TodaysPages().IsMatch(folded);

    /// <summary>
    /// A paper's registration in its masthead line (国内统一刊号:CN43-0003 湘潭日报社出版…): the number only papers and
    /// periodicals print, with a paper's name: where the publishing paper is named (before 出版), or an empty range.
    /// Null for any other line.
    /// </summary>
    public static Range? Registration(string folded)
    {
        if (!folded.Contains("CN", StringComparison.OrdinalIgnoreCase) || RegistrationNumber().Match(folded) is not { Success: true } number
            || !folded.Contains('报')) return null;
        var publisher = Publisher().Match(folded, number.Index + number.Length);
        return publisher.Success ? publisher.Groups["paper"].Index..(publisher.Groups["paper"].Index + publisher.Groups["paper"].Length) : 0..0;
    }

    /// <summary>
    /// An e-paper's masthead naming its digital edition (今日竹山-数字报|今日竹山-电子版, 浙江日报 数字报纸): the title its site
    /// gives every page of the paper. An 电子报 is as often a newsletter sent by mail (環境資訊電子報): no paper's. The name
    /// stands apart from the edition or is a paper's (…报数字报): run on, it is a sentence (我县正式上线数字报).
    /// </summary>
    public static bool IsEpaperMasthead(string folded) => folded.Length <= 40 && EpaperMasthead().IsMatch(folded.Trim());

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{2,12}(?:\s*[-—·]\s*|\s+|(?<=报))数字报纸?(?:\s*\|\s*[\u4e00-\u9fa5]{2,12}(?:\s*[-—·]\s*|\s+|(?<=报))(?:数字报纸?|电子版))?$")]
    private static partial Regex EpaperMasthead();

    [GeneratedRegex(@"(?:国内统一(?:刊号|连续出版物号)|国内刊号)\s*:?\s*CN\s*[0-9]{2}\s*-\s*[0-9]{4}", RegexOptions.IgnoreCase)]
    private static partial Regex RegistrationNumber();

    [GeneratedRegex(@"(?<paper>[\u4e00-\u9fa5]{2,10}报社?)(?:主办|出版)")]
    private static partial Regex Publisher();

    [GeneratedRegex(@"(?:^|\s)今日\s*[0-9]{1,2}\s*版(?=\s|$|总)")]
    private static partial Regex TodaysPages();

    private static Range? PaperIn(Match match) =>
        match.Success ? match.Groups["paper"].Index..(match.Groups["paper"].Index + match.Groups["paper"].Length) : null;

    private const string Paper = @"(?<paper>[\u4e00-\u9fa5]{2,8}(?:日报|晚报|早报|晨报|时报|商报|导报|周报|都市报|青年报|法治报|法制报|经济报|农民报))";

    [GeneratedRegex(@"^(?:[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*)?" + Paper + @"(?:\s|$)")]
    private static partial Regex Name();

    [GeneratedRegex(@"^\s*" + Paper + @"\s*(?:[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2})(?:\s*(?:星期|周)[一二三四五六日天])?\s*$")]
    private static partial Regex NameAndDate();
}
