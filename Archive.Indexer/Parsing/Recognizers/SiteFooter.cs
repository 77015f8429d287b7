using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// A web site's footer: who runs it (主办单位, …主办, 版权所有, …主办 | …主管, …主办 …承办 spaced), its disclaimer and rights notice
/// (未经…书面特别授权,请勿建立镜像), who built it (技术支持, 设计制作), its address (地址,
/// 通讯地址: … 邮编: …), phone, ICP number and copyright, the company owning it named in English alone on its line (Suntek Computer
/// Systems Limited.); a paper's line giving its hotline or submissions address. The short labels a paragraph
/// may well begin with (主办, 承办, 地址) count only followed by their value or alone, never in a sentence. Reads folded
/// text.
/// </summary>
internal static partial class SiteFooter
{
    public static bool Matches(string folded) =>
        folded.Length <= 160 && (Label().IsMatch(folded) || folded.AsSpan().IndexOfAny("版IiAaCc办") >= 0 && Anywhere().IsMatch(folded)
            || Disclaimer().IsMatch(folded) || RightsNotice().IsMatch(folded))
        || IsContactLine(folded);

    /// <summary>
    /// A site's notice forbidding copies of its pages without its leave (未经云岭先锋网书面特别授权,请勿建立镜像,违者依法必究):
    /// naming the site (本网, 本站, …网) before the leave, or mirrors. A rule's sentence (未经授权,任何单位和个人不得擅自复制…。)
    /// names neither and closes with its full stop.
    /// </summary>
    [GeneratedRegex(@"^(?!.*。\s*$)未经(?:\S{0,18}?[网站]\S{0,8}?(?:授权|许可)\S{0,20}?(?:镜像|转载|复制|摘编)|\S{0,20}?(?:授权|许可)\S{0,20}?镜像)")]
    private static partial Regex RightsNotice();

    /// <summary>
    /// The site's disclaimer over what it carries (本站部分信息由…提供…不承担任何保证责任, 本网转载文章…请相关权利人与本网站联系):
    /// opening on the site and what part of its content, and naming responsibility, rights or views. A news item's own
    /// dateline (本网讯, 本站讯) opens no such line.
    /// </summary>
    [GeneratedRegex(@"^本(?:站|网站?)(?:部分|所有|所载|刊载|转载|发布)[^。]{0,40}?(?:信息|文章|稿件|图片|内容|作品).*(?:责任|负责|权利人|版权|著作权|观点|立场)")]
    private static partial Regex Disclaimer();

    /// <summary>
    /// A paper's or a site's call to reach it, under the text (您可拨打读者热线：962555或投稿邮箱：…): a short line that
    /// ends no sentence and gives a press hotline's number. A hotline named without its number (二、开通新闻热线) is a
    /// heading or a sentence, and a submissions address alone (投稿邮箱：…) may be what a 征文 notice asks for.
    /// </summary>
    public static bool IsContactLine(string folded) =>
        folded.Length <= 80 && !Punctuation.EndsSentence(folded.TrimEnd()) && Contact().IsMatch(folded);

    [GeneratedRegex(@"(?:读者|新闻|报料|爆料)热线\s*[:：]?\s*[(（]?[0-9]")]
    private static partial Regex Contact();

    [GeneratedRegex(@"^(?:主办单位|承办单位|协办单位|技术支持|版权所有|设计制作|Powered\s+by\s|联系电话|联系我们|网站标识码|网站地图|备案号|邮箱|E-?mail|Copyright|©(?!\s*原创)|[\u4e00-\u9fa5]{0,10}ICP备|[\u4e00-\u9fa5]{2,12}编辑部\s*:|(?:主办|承办|(?:通讯|通信|联系)?地址|电话|邮编)(?=\s*:|\s|$)(?!.*[。!?]$)|[a-z][a-z&.,'\s-]{2,60}\s(?:Limited|Ltd|Inc|Corporation)\.?$)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"版权所有|ICP备|All Rights Reserved|Copyright|主办\s+\S{2,30}?\s*承办|主办\s*[|｜]\s*\S{2,30}?\s*主管\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Anywhere();
}
