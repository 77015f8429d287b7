using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// A web page's metadata as a copy keeps it: label lines (发布时间：2022-04-11 来源：… 作者：… 浏览次数：5794), a government
/// portal's disclosure block (• 索引号：, 发文字号 | … |), a portal's URL and time (http://www.sina.com.cn 2005年11月20日06:55
/// 四川在线-华西都市报, www.sinoca.com 2015-05-31  澎湃新闻), a copy site's lead (导语：…, 简介：…, 原标题：…, and an aggregator's 标题：… under the text), a WeChat article's stamp (原创 鹿邑组工 2023-05-06
/// 18:00 发表于河南), a news site's review chain after the text (初审：刘晗 复审：马萍 终审：张宇, [撰稿：… 责编：… 终审：…]).
/// Reads folded text.
/// </summary>
internal static partial class WebLabels
{
    public sealed record Label(string Name, string Value, int Index, int ValueIndex);

    /// <summary>Whether the line is such a metadata line.</summary>
    public static bool Matches(string folded)
    {
        if (folded.Length > 200) return false;
        if (IsBareLabel(folded)) return true;
        var text = folded.TrimStart('•', '-', '·', '*', ' ', '[', '(');
        if (folded.AsSpan().IndexOfAny(":|】.") < 0 && !SpacedLabel().IsMatch(text)) return false;
        if (PortalLine().IsMatch(text) || Lead().IsMatch(text) || Stamp().IsMatch(text)) return true;
        var labels = Labels().Matches(text);
        if (labels.Count == 0) return false;
        // Credits closing a paragraph after its last sentence (…提质增效。(撰稿:张三 审核:李四 编辑:王五), …风气正。 编辑:李红
        // 审核:刘海): the line is text, whose credits are taken off it with the article's.
        if (text.AsSpan(0, labels[0].Index).IndexOf('。') >= 0 && (text.TrimEnd().EndsWith(')') || IsReviewChain(text[labels[0].Index..]))) return false;
        // A label opening the line, or several, or one in a short line, or one after the page's time opening it
        // (2008-12-3 1:05:32 来源: …): not a sentence that mentions 来源 in passing.
        return labels[0].Index == 0 || labels.Count >= 2 || text.Length <= 40 && !text.Contains('。')
               || !text.Contains('。') && PageTime().IsMatch(text);
    }

    /// <summary>Every label of the line with its value (the text up to the next label or a wide gap).</summary>
    public static IReadOnlyList<Label> Read(string folded)
    {
        if (IsBareLabel(folded)) return [new Label(folded.Trim(), "", folded.IndexOf(folded.Trim(), StringComparison.Ordinal), folded.Length)];
        var labels = new List<Label>();
        var matches = Labels().Matches(folded);
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : folded.Length;
            var value = folded[start..end];
            var gap = WideGap().Match(value);
            if (gap.Success) value = value[..gap.Index];
            var trimmed = value.Trim(' ', '|', ']', ')', '】');
            // A ? glued to the next label stands for a separator the copy could not encode (作者:安子州?来源:东南网).
            if (i + 1 < matches.Count) trimmed = trimmed.TrimEnd('?').TrimEnd();
            // A print or report button after the last value (编辑:白世康 打印) is no part of it.
            if (TrailingWidget().Match(trimmed) is { Success: true } widget) trimmed = trimmed[..widget.Index];
            labels.Add(new Label(Punctuation.Compact(matches[i].Groups["label"].Value), trimmed, matches[i].Index,
                start + value.IndexOf(trimmed, StringComparison.Ordinal)));
        }
        return labels;
    }

    /// <summary>A line of editors' labels alone (编辑:张三  审核:李四, 责任编辑:王五): those who checked the text, after it.</summary>
    public static bool IsReviewChain(string folded) =>
        Read(folded) is { Count: > 0 } labels && labels[0].Index == folded.Length - folded.TrimStart().Length
        && labels.All(l => EditorRole().IsMatch(l.Name));

    [GeneratedRegex("^(?:" + Credit.EditorRoles + ")$")]
    private static partial Regex EditorRole();

    /// <summary>
    /// A page field's label alone on its line, its value on the next (作者 / 文洁, 更新时间 / 2009-09-10): a template that
    /// sets label and value in cells of their own, as a copy flattens them.
    /// </summary>
    public static bool IsBareLabel(string folded) => BareLabel().IsMatch(folded.Trim());

    [GeneratedRegex(@"^(?:作者|来源|信息来源|文章来源|发布时间|发布日期|发表时间|更新时间|更新日期|点击数|点击量|浏览次数|阅读次数|责任编辑)$")]
    private static partial Regex BareLabel();

    /// <summary>Whether the line is an account's post stamp: 原创 全椒组工 2023-05-06 08:00 发表于安徽.</summary>
    public static bool IsAccountStamp(string folded) => Stamp().IsMatch(folded.Trim());

    /// <summary>
    /// An editor's stamp in brackets (【编辑:叶攀】, (责任编辑:陈志锋), 【纠错】 【责任编辑: 雪珍】): a news page prints it where
    /// its text ends; what comes after is other pages' (videos, teasers) or the footer.
    /// </summary>
    public static bool IsEditorStamp(string folded) => EditorStamp().IsMatch(folded);

    /// <summary>Where a portal's address starts inside a line that holds a headline before it, or -1.</summary>
    public static int PortalAddressIndex(string folded) => PortalAddress().Match(folded) is { Success: true } m ? m.Index : -1;

    private const string Names =
        "发布时间|发布日期|发表时间|发表日期|发文日期|成文日期|更新时间|更新日期|生成日期|归档时间|实施日期|生效时间|废止时间|时间|日期|" +
        "作者|来源|来自|稿源|信息来源|文章来源|责任编辑|责编|编辑|审核|初审|复审|终审|浏览次数|浏览量|浏览|点击数|点击量|点击次数|点击|阅读次数|阅读量|访问量|访问次数|" +
        "索引号|主题分类|组配分类|信息分类|发文机构|发布机构|发布部门|发文字号|发布文号|文号|有效性|是否有效|内容概述|内容摘要|名\\s*称|关键词|公开形式|" +
        "责任部门|公文种类|法规类别|时效性|效力级别|发文机关";

    /// <summary>
    /// A disclosure table's labels printed letter-spaced to the width of its column, without a colon (发 布 机 构 …,
    /// 名        称 …): a space between every two characters, so that a sentence never reads as one.
    /// </summary>
    private const string SpacedNames =
        @"索\s+引\s+号|主\s+题\s+分\s+类|分\s+类|发\s+布\s+机\s+构|发\s+文\s+机\s+[构关]|发\s+布\s+日\s+期|发\s+文\s+日\s+期|" +
        @"成\s+文\s+日\s+期|名\s+称|文\s+号|发\s+文\s+字\s+号|有\s+效\s+性";

    /// <remarks>A bare 发布 labels only at a line's or a gap's start before a colon (发布:2017-06-13): 权威发布：… and 【权威发布】… are headlines.
    /// A label a template put in square brackets before its colon ([发表时间]:2014-02-25 [来源]:) is one too.</remarks>
    [GeneratedRegex(@"(?<label>" + Names + @")\s*\]?\s*(?::|\||】)|(?<=^|\s)(?<label>" + SpacedNames + @")\s+(?=[^\s\u4e00-\u9fa5]|[\u4e00-\u9fa5]{2})|(?<=^|\s)(?<label>发布)\s*:")]
    private static partial Regex Labels();

    /// <summary>A line opening with a letter-spaced label and its value.</summary>
    [GeneratedRegex(@"^(?:" + SpacedNames + @")\s+\S")]
    private static partial Regex SpacedLabel();

    [GeneratedRegex(@"(?:\s+(?:打印|关闭|纠错|收藏|分享|举报))+$")]
    private static partial Regex TrailingWidget();

    /// <summary>Where a value ends before the next field: a wide gap, a label, a widget's bracket — never a document number's
    /// year in brackets (发布文号: 浙政发[2004]34号).</summary>
    [GeneratedRegex(@"\s{2,}|\s(?=\S+\s*:)|\s*[【\[](?!\s*[0-9]{4}\s*[\]】])")]
    private static partial Regex WideGap();

    [GeneratedRegex(@"^(?:[\u4e00-\u9fa5A-Za-z]{1,12}(?:网站|网|在线)\s+)?(?:https?://|www\.)\S+\s+[0-9]{4}(?:年|-[0-9]{1,2}-[0-9]{1,2}(?=\s|$))")]
    private static partial Regex PortalLine();

    [GeneratedRegex(@"(?:https?://|www\.)\S+\s+[0-9]{4}(?:年|-[0-9]{1,2}-[0-9]{1,2}(?=\s|$))")]
    private static partial Regex PortalAddress();

    /// <summary>
    /// The account's names, the date and time a WeChat article was published, where from; or an app's stamp on its own
    /// item (©原创 2020-05-12 16:15 钟祥市融媒体中心 记者 赵超); a news site's stamp alone, its year set apart (2022 05/ 13 10:36);
    /// a paper's site's time to the second and the paper it printed the item in (2023-08-02 07:30:31 商丘日报), a reposting
    /// site's channel and paper with the editors' names (2021-03-01 14:49:16 人民网-人民日报 谢倩、闫妍), or the site's
    /// mark of its own item, glued on or not (2009-09-02 10:01:08本站原创).
    /// </summary>
    [GeneratedRegex(@"^(?:原创\s+)?(?:\S{2,20}\s+){1,3}[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?:\s+发表于\S{2,8})?$|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\s+[\u4e00-\u9fa5]{2,12}(?:报|网)(?:-[\u4e00-\u9fa5]{2,12}(?:报|网))?(?:\s+[\u4e00-\u9fa5]{2,4}(?:、[\u4e00-\u9fa5]{2,4}){0,3})?|\s*(?:本站)?原创)$|^©?\s*原创\s+[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?:\s+\S{1,20}){0,4}$|^[0-9]{4}\s+[0-9]{1,2}/\s*[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$")]
    private static partial Regex Stamp();

    [GeneratedRegex(@"^(?:【[^【】]{1,6}】\s*)?[【\[(]\s*(?:责任编辑|编辑|责编)\s*:[^【】\[\]()]{1,12}[】\])]\s*$")]
    private static partial Regex EditorStamp();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s")]
    private static partial Regex PageTime();

    [GeneratedRegex(@"^(?:导语|简介|原?标题|内容提要|摘要)\s*:")]
    private static partial Regex Lead();
}
