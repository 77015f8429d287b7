using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>Who a dateline says published the item first.</summary>
internal enum DatelineKind
{
    /// <summary>本报讯 (in brackets too, as Macau, Hong Kong and Taiwan papers print it: 【本报讯】, 【本报消息】, 【特讯】, 〔本报综合报导〕, a paper's own
    /// name before 专讯 or 报讯: 【明报专讯】, 【大公报讯】), 萧山日报讯, 本报济南4月25日讯 (or 电, as a paper datelines its own reporter's item away from home; a paper
    /// named, 海南日报那大12月30日电, with its press group before it, 大众报业·鲁中晨报淄博8月7日讯; a place's 讯 after the paper's name before its
    /// reporter's credit, 甘肃日报秦州讯(记者牛彦君)), 早报讯, 本刊讯;
    /// a paper reprinting another's item: 据《广西日报》消息.</summary>
    Newspaper,
    /// <summary>本网讯 (本站讯 on a site calling itself a station; in parentheses, (本网讯), as some sites print it), 滁州网讯, 东南网8月16日讯, 甘州融媒讯, 中国日报网消息, a site's name in brackets (【连网】), a site with its app (江东新闻网·掌上江东客户端讯),
    /// a site's item filed from a place on a day (红星网云南大理2019年5月6日电, 中大新闻网广州5月8日电; 人民网北京3月9日电 and 中新网's
    /// are an agency's) or its news of a day (中广网北京5月26日独家消息) or from a place that day (中国台湾网11月28日南宁消息; not a
    /// company's news it gave out, 南方电网5月6日对外发布消息), which no sentence opens with.</summary>
    Web,
    /// <summary>新华社北京4月10日电, any agency's 社 (东方社广州3月9日电, a slash after it as some print), its 讯 without place or day (新华社讯), its place spaced off
    /// (中新网 呼伦贝尔8月26日电) or left out when the agency's name holds it (香港中通社11月27日电); in parentheses, as Taiwan's agency prints it (中央社台北30日电).</summary>
    Agency,
    /// <summary>【全媒体记者 吴刚】, (通讯员 傅先菊): a byline standing where a dateline would.</summary>
    Byline,
    /// <summary>
    /// 三峡秭归讯(记者 宋黎立), 江南新闻网临川讯 (记者 王五): a place's 讯 before a reporter's credit, a paper's or a site's
    /// alike (a site's station named after it); or any source's name
    /// with the day before its 讯 (红网辰溪站3月1日讯, 文明风6月30日讯), which no sentence opens with, credit or not; or a place's
    /// 讯 set off by a space before the day the item tells of (沂水讯 8月4日,…), or a source's short name and 讯 set off before the first
    /// sentence (主流日照讯 为加强…; not a word's 讯: 喜讯, 快讯, 简讯, 通讯, nor a column's 要讯) or alone on its line above it (南丹讯).
    /// </summary>
    Place,
}

/// <summary>
/// The dateline an item opens with (本报讯(记者 张三), 新华社北京12月13日电, 滁州网讯(全媒体记者王晗笑), 【全媒体记者 吴刚】,
/// 据《广西日报》消息):
/// its kind and its length, with the credit in brackets after it and the space before the text. Reads folded text.
/// </summary>
internal static partial class Dateline
{
    public readonly record struct Reading(DatelineKind Kind, int Length);

    /// <summary>What may stand before 记者 or 通讯员 in a credit (本报记者, 全媒体记者).</summary>
    private const string Reporters = "(?:本报|特约|首席|全媒体|融媒体|见习|实习)?";

    /// <summary>The day alone, as a paper or an agency of the 1950s datelined: 11日, 十四日.</summary>
    private const string Day = "(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日";

    /// <summary>A credit without brackets, told from text by the 报道 that closes it: 记者李明报道, 记者 王强 通讯员 刘芳 报道.</summary>
    private const string Reported = "(?:" + Reporters + @"(?:记者|通讯员)\s*[\u4e00-\u9fa5·]{2,4}\s*){1,4}报道";

    /// <summary>How many characters after its stray marks a dateline is read in: the longest, a paper's name, place, day and credit, is shorter.</summary>
    public const int Reach = 80;

    public static Reading? Read(string folded)
    {
        // A copy may leave a stray mark before it (\ 本网讯…, | 本报讯…): the dateline's, cut away with it.
        var unmarked = folded.TrimStart('\\', '|', '/');
        var lead = unmarked.Length == folded.Length ? 0 : folded.Length - unmarked.TrimStart().Length;
        if (folded.Length - lead < 3) return null;
        var rest = folded[lead..];
        var m = Pattern().Match(rest.Length > Reach ? rest[..Reach] : rest);
        if (!m.Success) return null;
        var kind = m.Groups["paper"].Success ? DatelineKind.Newspaper
            : m.Groups["web"].Success ? DatelineKind.Web
            : m.Groups["agency"].Success ? DatelineKind.Agency
            : m.Groups["place"].Success ? DatelineKind.Place
            : DatelineKind.Byline;
        // Three characters are a place's 讯 alone on its line (南丹讯); a paper's (本报讯) so short stays the page's line it was.
        if (rest.TrimEnd().Length < 4 && kind != DatelineKind.Place) return null;
        return new Reading(kind, lead + m.Length);
    }

    [GeneratedRegex(@"^(?:(?<paper>[【〔](?:本报讯|本报消息|特讯|本报综合报道|本报综合报导|[\u4e00-\u9fa5]{1,6}?(?:专讯|报讯))[】〕]|本报讯|本刊讯|据《[\u4e00-\u9fa5]{2,10}(?:日报|晚报|早报|报)》(?:消息|报道)|[\u4e00-\u9fa5]{1,8}?(?:日报|晚报|早报|报)(?:[0-9]{1,2}月[0-9]{1,2}日)?讯|[\u4e00-\u9fa5]{1,8}?(?:日报|晚报|早报|晨报)[\u4e00-\u9fa5]{2,4}讯(?=\s*[(【]\s*" + Reporters + @"(?:记者|通讯员))|(?:本报|(?:[\u4e00-\u9fa5]{2,8}·)?[\u4e00-\u9fa5]{1,8}?(?:日报|晚报|早报|晨报))[\u4e00-\u9fa5]{1,6}[0-9]{1,2}月[0-9]{1,2}日[讯电]|本报[\u4e00-\u9fa5]{1,6}?" + Day + @"[讯电](?=[\s:]|$))|(?<web>\(本[网站]讯\)|本[网站]讯|【[\u4e00-\u9fa5]{1,8}网讯?】|(?!据)[\u4e00-\u9fa5][\u4e00-\u9fa5·]{0,13}?(?:网|融媒|客户端)(?:[0-9]{1,2}月[0-9]{1,2}日)?(?:讯|消息(?=\s*[:(]))|(?!据|人民网|中新网)[\u4e00-\u9fa5]{1,12}?网[\u4e00-\u9fa5]{2,8}?(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日电|(?!据)[\u4e00-\u9fa5]{1,12}?网[\u4e00-\u9fa5]{0,8}?[0-9]{1,2}月[0-9]{1,2}日(?:独家)?消息|(?!据)[\u4e00-\u9fa5]{1,12}?网[0-9]{1,2}月[0-9]{1,2}日(?!对外|发布|传来|获悉|公布|披露)[\u4e00-\u9fa5]{2,6}?(?<!发布|传来|获悉|公布|披露)消息(?=[\s:]|$))|(?<agency>\([\u4e00-\u9fa5]{1,4}社[\u4e00-\u9fa5]{0,6}?(?:[0-9]{1,2}月)?" + Day + @"[电讯]\)|【?(?:(?:[\u4e00-\u9fa5]{1,4}社|人民网|中新网)\s?[\u4e00-\u9fa5]{0,8}[0-9]{1,2}月[0-9]{1,2}日电|[\u4e00-\u9fa5]{1,4}社[\u4e00-\u9fa5]{0,4}?" + Day + @"[电讯](?=[\s】:]|$)|[\u4e00-\u9fa5]{1,4}社讯)】?)|(?<place>[\u4e00-\u9fa5]{2,10}?[0-9]{1,2}月[0-9]{1,2}日讯|[\u4e00-\u9fa5]{2,10}?讯(?=\s+[0-9]{1,2}月[0-9]{1,2}日)|[\u4e00-\u9fa5]{2,6}?(?<![通资简喜快短电视音死传审问质应要特专闻])讯(?=[ \u3000]+[\u4e00-\u9fa5]|\s*$)|[\u4e00-\u9fa5]{2,10}?讯(?=\s*(?:\([^()]{0,12}|【[^【】]{0,12}|" + Reporters + @")(?:记者|通讯员))))\s*(?:\([^()]{2,40}\)|【[^【】]{2,30}】|" + Reported + @")?(?:[/\s]*据?[\u4e00-\u9fa5]{2,8}(?:讯|消息)\s*:)?[:/\s]*|^【" + Reporters + @"(?:记者|通讯员)[^【】]{2,30}】\s*|^\(" + Reporters + @"(?:记者|通讯员)[^()]{2,30}\)\s*")]
    private static partial Regex Pattern();
}
