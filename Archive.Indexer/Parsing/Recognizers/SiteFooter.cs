using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// A web site's footer: who runs it (主办单位, …主办, 版权所有), who built it (技术支持, 设计制作), its address (地址,
/// 通讯地址: … 邮编: …), phone, ICP number and copyright; a paper's line giving its hotline or submissions address. The short labels a paragraph
/// may well begin with (主办, 承办, 地址) count only followed by their value or alone, never in a sentence. Reads folded
/// text.
/// </summary>
internal static partial class SiteFooter
{
    public static bool Matches(string folded) =>
        folded.Length <= 160 && (Label().IsMatch(folded) || folded.AsSpan().IndexOfAny("版IiAaCc办") >= 0 && Anywhere().IsMatch(folded))
        || IsContactLine(folded);

    /// <summary>
    /// A paper's or a site's call to reach it, under the text (您可拨打读者热线：962555或投稿邮箱：…): a short line that
    /// ends no sentence and gives a press hotline's number. A hotline named without its number (二、开通新闻热线) is a
    /// heading or a sentence, and a submissions address alone (投稿邮箱：…) may be what a 征文 notice asks for.
    /// </summary>
    public static bool IsContactLine(string folded) =>
        folded.Length <= 80 && !Punctuation.EndsSentence(folded.TrimEnd()) && Contact().IsMatch(folded);

    [GeneratedRegex(@"(?:读者|新闻|报料|爆料)热线\s*[:：]?\s*[(（]?\d")]
    private static partial Regex Contact();

    [GeneratedRegex(@"^(?:主办单位|承办单位|协办单位|技术支持|版权所有|设计制作|Powered\s+by\s|联系电话|联系我们|网站标识码|网站地图|备案号|邮箱|E-?mail|Copyright|©(?!\s*原创)|[\u4e00-\u9fa5]{0,10}ICP备|[\u4e00-\u9fa5]{2,12}编辑部\s*:|(?:主办|承办|(?:通讯|通信|联系)?地址|电话|邮编)(?=\s*:|\s|$)(?!.*[。!?]$))", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"版权所有|ICP备|All Rights Reserved|Copyright|主办\s+\S{2,30}?承办", RegexOptions.IgnoreCase)]
    private static partial Regex Anywhere();
}
