using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// The name of a site's channel as its pages head an item (工作动态, 组工要闻, 通知公告): a few characters closed by what
/// channels are called. Short official titles look the same (紧急通知, 公告), so a channel's name gives way only to a
/// longer headline under it.
/// </summary>
internal static partial class PageChannel
{
    public static bool IsName(SourceLine line) => IsName(line.Folded);

    public static bool IsName(string folded) => Name().IsMatch(folded.Trim());

    /// <summary>Whether <paramref name="headline"/>, found under <paramref name="channel"/>, is the item's headline rather than a subtitle.</summary>
    public static bool IsUnder(SourceLine channel, SourceLine headline) => headline.Text.Trim().Length > channel.Text.Trim().Length + 2;

    /// <summary>Whether the line is a news channel's name (综合新闻, 工作动态), never a document's genre (公告, 通知, 公示) nor a series' (组工信息).</summary>
    public static bool IsNewsChannel(SourceLine line) => NewsName().IsMatch(line.Folded.Trim());

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{0,4}(?:动态|公告|要闻|新闻|资讯|快讯|信息|公示|通知|专栏|聚焦|播报|速递|头条)$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{0,4}(?:动态|要闻|新闻|资讯|快讯|专栏|聚焦|播报|速递|头条)$")]
    private static partial Regex NewsName();
}
