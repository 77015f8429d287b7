using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>The numbers a text's outline opens its parts and items with. Reads folded text.</summary>
internal static partial class Outline
{
    /// <summary>
    /// A heading numbered as a part of a text's outline (三、其他事项, (二)工作措施). Holidays paired (五一、端午假期廉洁提醒;
    /// 六一, 七一, 八一) are no outline's numbers.
    /// </summary>
    public static bool IsHeading(string folded) => Heading().IsMatch(folded);

    /// <summary>
    /// A part or item numbered in any of an outline's ways: 一、, (一), 1., 第一条, 一是. A list of measures numbered so closes
    /// each item on the unit charged with it, not on a site's credit.
    /// </summary>
    public static bool IsItem(string folded) => Heading().IsMatch(folded) || Item().IsMatch(folded);

    private const string ChineseNumber = "[一二三四五六七八九十]{1,3}";

    [GeneratedRegex(@"^\s*(?:(?![五六七八]一\s*、)" + ChineseNumber + @"\s*、|\(" + ChineseNumber + @"\))")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[0-9]{1,2}\s*[.、](?![0-9])|第" + ChineseNumber + @"条|" + ChineseNumber + "是)")]
    private static partial Regex Item();
}
