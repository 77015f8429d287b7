using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// The name of a web site where a page prints it: alone (阜阳先锋网, 靈感範文站), as a breadcrumb's first step
/// (当前页面: 淮北先锋网 > 先锋头条, 當前位置:學問谷 >), in a link (返回经济网首页), a dateline (滁州网讯, 濮陽網訊), or a
/// footer (阜阳先锋网编辑部, 并不表明信阳新闻网立场). Matches folded text, returns the printed name.
/// </summary>
internal static partial class SiteName
{
    /// <summary>The text when it is nothing but a site's name.</summary>
    public static string? Whole(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 16 && Name().IsMatch(Punctuation.FoldWidth(trimmed)) ? trimmed : null;
    }

    public static string? InChrome(string text)
    {
        if (Whole(text) is { } whole) return whole;
        var folded = Punctuation.FoldWidth(text);
        if (Home().Match(folded) is { Success: true } home) return Cut(text, home.Groups["site"]);
        if (FirstStep().Match(folded) is { Success: true } step && !step.Groups["site"].Value.EndsWith("首页", StringComparison.Ordinal))
            return Cut(text, step.Groups["site"]);
        return null;
    }

    public static string? InDateline(string credit)
    {
        var m = DatelineSite().Match(Punctuation.FoldWidth(credit));
        return m.Success ? Cut(credit, m.Groups["site"]) : null;
    }

    public static string? InFooter(string text)
    {
        var m = FooterSite().Match(Punctuation.FoldWidth(text));
        return m.Success ? Cut(text, m.Groups["site"]) : null;
    }

    private static string Cut(string text, Group group) => text.Substring(group.Index, group.Length);

    private const string Suffix = @"(?:先锋网|网站|网|網|文库|文庫|範文站|范文站|站|在线|在線)";

    [GeneratedRegex(@"^[\u4e00-\u9fa5A-Za-z]{1,12}" + Suffix + "$")]
    private static partial Regex Name();

    [GeneratedRegex(@"返回(?<site>[\u4e00-\u9fa5]{1,10}" + Suffix + ")首页")]
    private static partial Regex Home();

    [GeneratedRegex(@"^(?:当前页面|当前位置|您的位置|位置)\s*:\s*(?<site>(?!首页|主页)[\u4e00-\u9fa5]{2,10})\s*>")]
    private static partial Regex FirstStep();

    [GeneratedRegex(@"^(?<site>(?!本)[\u4e00-\u9fa5]{1,10}(?:网|網))(?:\d{1,2}月\d{1,2}日)?(?:讯|訊)")]
    private static partial Regex DatelineSite();

    [GeneratedRegex(@"(?<site>[\u4e00-\u9fa5]{2,10}" + Suffix + @")(?:编辑部|立场|版权所有)")]
    private static partial Regex FooterSite();
}
