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

    [GeneratedRegex(@"(?:^|\s)今日\s*\d{1,2}\s*版(?=\s|$|总)")]
    private static partial Regex TodaysPages();

    private static Range? PaperIn(Match match) =>
        match.Success ? match.Groups["paper"].Index..(match.Groups["paper"].Index + match.Groups["paper"].Length) : null;

    private const string Paper = @"(?<paper>[\u4e00-\u9fa5]{2,8}(?:日报|晚报|早报|晨报|时报|商报|导报|周报|都市报|青年报|法治报|法制报|经济报|农民报))";

    [GeneratedRegex(@"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?" + Paper + @"(?:\s|$)")]
    private static partial Regex Name();

    [GeneratedRegex(@"^\s*" + Paper + @"\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})(?:\s*(?:星期|周)[一二三四五六日天])?\s*$")]
    private static partial Regex NameAndDate();
}
