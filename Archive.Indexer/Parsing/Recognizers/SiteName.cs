using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// The name of a web site where a page prints it: alone (阜阳先锋网, 靈感範文站), as a breadcrumb's first step
/// (当前页面: 淮北先锋网 > 先锋头条, 當前位置:學問谷 >), in a link (返回经济网首页), a dateline (滁州网讯, 濮陽網訊), or a
/// footer and a copy site's lead (阜阳先锋网编辑部, 并不表明信阳新闻网立场, 写写帮文库小编). Matches folded text,
/// returns the printed name.
/// </summary>
internal static partial class SiteName
{
    /// <summary>The line when it is nothing but a site's name.</summary>
    public static string? Whole(SourceLine line) =>
        IsName(line.Folded) ? line.Text.Trim() : SitesOf().Match(line.Folded) is { Success: true } owner ? Cut(line, owner.Groups["site"]) : null;

    /// <summary>Whether the folded text is nothing but a site's name.</summary>
    public static bool IsName(string folded)
    {
        var trimmed = folded.Trim();
        return trimmed.Length <= 16 && Name().IsMatch(trimmed);
    }

    /// <summary>A site named by the page's chrome: alone, as a breadcrumb's first step, in a 返回…首页 link.</summary>
    public static string? InChrome(SourceLine line)
    {
        if (Whole(line) is { } whole) return whole;
        if (Home().Match(line.Folded) is { Success: true } home) return Cut(line, home.Groups["site"]);
        // A first step that is a channel's name (当前位置: 工作动态>> 地方政务) or the home page's link (网站首页>>) names no site.
        return FirstStep().Match(line.Folded) is { Success: true } step && !PageChannel.IsName(step.Groups["site"].Value) ? Cut(line, step.Groups["site"]) : null;
    }

    public static string? InDateline(SourceLine credit) =>
        DatelineSite().Match(credit.Folded) is { Success: true } m ? Cut(credit, m.Groups["site"]) : null;

    /// <summary>A site named in a footer or a copy site's lead: 阜阳先锋网编辑部, 信阳新闻网立场, 写写帮文库小编.</summary>
    public static string? InText(SourceLine line) =>
        NamedInText().Match(line.Folded) is { Success: true } m ? Cut(line, m.Groups["site"]) : null;

    private static string Cut(SourceLine line, Group group) => line.Cut(group.Index, group.Length);

    private const string Suffix = @"(?:先锋网|网站|网|文库|范文站|站|在线)";

    /// <summary>A portal's name and its sites' link in a footer (东南网旗下网站): the portal, never "…旗下网站" as a name.</summary>
    [GeneratedRegex(@"^(?!.*旗下)[\u4e00-\u9fa5A-Za-z]{1,12}" + Suffix + "$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^\s*(?<site>[\u4e00-\u9fa5A-Za-z]{1,12}" + Suffix + @")旗下(?:网站|媒体|网站群)?\s*$")]
    private static partial Regex SitesOf();

    [GeneratedRegex(@"返回(?<site>[\u4e00-\u9fa5]{1,10}" + Suffix + ")首页")]
    private static partial Regex Home();

    [GeneratedRegex(@"^(?:当前页面|当前位置|您的位置|位置)\s*:\s*(?<site>(?![\u4e00-\u9fa5]{0,2}(?:首页|主页))[\u4e00-\u9fa5]{2,10})\s*>")]
    private static partial Regex FirstStep();

    // The site may join its app with a middle dot (青溪新闻网·掌上青溪客户端讯) and name its local station before 讯
    // (南方网韶关讯). A place with the day (南方网北京6月30日讯) is a source reporting from afar, reposted: not this site.
    // Or print its name alone in brackets (【连网】).
    [GeneratedRegex(@"^(?<site>(?!本)[\u4e00-\u9fa5][\u4e00-\u9fa5·]{0,13}?(?:网|客户端))(?:[0-9]{1,2}月[0-9]{1,2}日|[\u4e00-\u9fa5]{0,4}?)讯|^【(?<site>[\u4e00-\u9fa5]{1,8}网)讯?】")]
    private static partial Regex DatelineSite();

    // The name starts the text or follows what a disclaimer or a lead says before it (并不表明…立场, 不代表…观点, 本文由…小编).
    [GeneratedRegex(@"(?:^|[^\u4e00-\u9fa5])(?:[\u4e00-\u9fa5]{0,8}?(?:表明|代表|由|自))?(?<site>[\u4e00-\u9fa5]{2,10}" + Suffix + @")(?:编辑部|立场|版权所有|小编)")]
    private static partial Regex NamedInText();
}
