using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing;

/// <summary>The recurring shapes of organization-work documents that both the classifier and the parsers look for.</summary>
internal static partial class DocumentPatterns
{
    /// <summary>A bulletin's name: 安庆组工信息, 组工简报, 工作动态, 信息专报, 党建快讯 ...</summary>
    [GeneratedRegex(@"^(?<series>[\u4e00-\u9fa5（）()·]{0,16}(?:组工信息|组工简报|组工动态|组工通讯|组工专报|组工快讯|组工|组织工作信息|组织工作简报|党建信息|党建动态|党建简报|工作简报|工作动态|工作通讯|工作信息|信息专报|信息简报|简报|动态|专报|快报|快讯|通讯|情况反映|要情|参阅|信息))(?:\s*[（(]?(?:第|总第).*)?$")]
    public static partial Regex SeriesLine();

    /// <summary>第8期, 第 8 期, (总第123期).</summary>
    [GeneratedRegex(@"(?<!总)第\s*(?<n>\d{1,5})\s*期")]
    public static partial Regex IssueNumber();

    [GeneratedRegex(@"总\s*第\s*(?<n>\d{1,6})\s*期")]
    public static partial Regex TotalIssueNumber();

    /// <summary>文号 in any bracket: 庆组明电〔2020〕2号, 皖组字[2020]12号, ［2020］, (2020), 【2020】.</summary>
    [GeneratedRegex(@"(?<prefix>[\u4e00-\u9fa5]{1,14})\s*[〔\[［(（【]\s*(?<year>\d{4})\s*[〕\]］)）】]\s*(?<n>\d{1,5})\s*号")]
    public static partial Regex DocNumber();

    /// <summary>The kinds of official document a notice's title ends with.</summary>
    [GeneratedRegex(@"(?:通知|通报|意见|方案|办法|规定|决定|细则|要点|规划|报告|请示|批复|纪要|明电|公告|通告|决议|倡议书|倡议|公开信|一封信|函|清单|措施|指引|指南)$")]
    public static partial Regex NoticeTitleEnd();

    /// <summary>A distribution line at the foot of a bulletin or notice: 报：…, 送：…, 发：…, 抄送：….</summary>
    [GeneratedRegex(@"^(?<key>报\s*送|抄\s*送|抄\s*报|分\s*送|主\s*送|印\s*发|报|送|发)\s*[:：]\s*(?<value>.*)$")]
    public static partial Regex DistributionLine();

    /// <summary>Web page labels: 发布日期:2022-04-11, 作者:刘少叶, 浏览次数:5794.</summary>
    [GeneratedRegex(@"(?<label>发布日期|发布时间|发表时间|发文日期|成文日期|更新时间|日期|时间|作者|撰稿|来源|信息来源|文章来源|浏览次数|浏览量|点击数|点击量|点击次数|阅读次数|阅读量|访问量|访问次数|责任编辑|编辑)\s*[:：]\s*(?<value>[^\s:：]*(?:\s\d{1,2}:\d{2}(?::\d{2})?)?)")]
    public static partial Regex WebLabel();

    /// <summary>
    /// A web page's footer: who runs the site, its address, its technical supplier. A label is followed by its
    /// value or stands alone, and the line is not a sentence: a paragraph may well begin with 地址 or 主办.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:主办单位|主办|承办单位|承办|协办单位|技术支持|版权所有|地址|设计制作|联系电话|联系我们|网站标识码|网站地图)(?=\s*[:：]|\s|$)|Copyright|©|[\u4e00-\u9fa5]{0,10}ICP备|[\u4e00-\u9fa5]{2,12}编辑部\s*[:：])(?!.*[。！？]$)", RegexOptions.IgnoreCase)]
    public static partial Regex WebFooter();

    /// <summary>The name of a site: 阜阳先锋网, 安庆先锋网, 中国组织人事报网.</summary>
    [GeneratedRegex(@"(?<site>[\u4e00-\u9fa5]{2,10}?(?:先锋网|党建网|组工网|在线|网))(?=编辑部|版权|主办|\s|$|[:：,，。])")]
    public static partial Regex SiteName();

    /// <summary>A newspaper byline: 本报讯（许睿）, 本报记者 王丽, 通讯员 陈星.</summary>
    [GeneratedRegex(@"^本报讯\s*[（(](?<names>[^（）()]{2,30})[）)]")]
    public static partial Regex NewsFlashByline();

    [GeneratedRegex(@"^(?:(?:本报|特约)?记者|通讯员|实习生|见习记者|特约撰稿人|文\s*/|图\s*/|文[:：]|图[:：])\s*(?<names>[\u4e00-\u9fa5]{2,4}(?:[\s、，,]+[\u4e00-\u9fa5]{2,4})*)\s*(?<photo>摄)?$")]
    public static partial Regex RoleByline();

    /// <summary>A photo caption: ends with the photographer's name and 摄 (… 于晓宇 摄), or （XXX 摄）.</summary>
    [GeneratedRegex(@"(?:\s(?:本报记者|记者|通讯员)?\s*[\u4e00-\u9fa5]{2,4}(?:\s+[\u4e00-\u9fa5]{2,4})*\s*摄|[（(][^（）()]{2,20}摄[）)])\s*$")]
    public static partial Regex PhotoCaption();

    /// <summary>Names alone on a line: 陆组轩, 孙太男 杨小芳.</summary>
    [GeneratedRegex(@"^[\u4e00-\u9fa5]{2,4}(?:[\s、，,]+[\u4e00-\u9fa5]{2,4}){0,4}$")]
    public static partial Regex NamesLine();

    /// <summary>A section heading of a bulletin: ★ 市内信息, 【经验交流】, ◆ 基层动态.</summary>
    [GeneratedRegex(@"^(?:[★☆◆◇■□●○▲]\s*(?<name>[^\s△▲].{0,14})|【(?<name>[^】]{2,14})】|〖(?<name>[^〗]{2,14})〗)$")]
    public static partial Regex MarkedSection();

    /// <summary>A numbered section heading: 一、市内信息 (short, no sentence punctuation).</summary>
    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}\s*[、．.]\s*(?<name>[^，。；！？,;]{2,12})$")]
    public static partial Regex NumberedSection();

    /// <summary>A table-of-contents entry: title, dot leaders or spaces, page number.</summary>
    [GeneratedRegex(@"^(?<title>.*?[^\d\s.．…·・])\s*(?:[.．…·・]{2,}|\s)\s*(?<page>\d{1,3})$")]
    public static partial Regex ContentsEntry();

    /// <summary>Labels of a table of contents that are not entries.</summary>
    [GeneratedRegex(@"^(?:目\s*录|本期(?:要目|导读|目录|内容)|要\s*目)[:：]?$")]
    public static partial Regex ContentsLabel();

    /// <summary>领导批示：… .</summary>
    [GeneratedRegex(@"^(?:领导批示|批示|领导签批)\s*[:：]\s*(?<text>.*)$")]
    public static partial Regex LeaderInstructions();

    /// <summary>The bullet a bulletin puts before an article: △ ▲ ◎ ◆ ● ■.</summary>
    public const string ArticleBullets = "△▲◎◆●■";
}
