using System.Text.RegularExpressions;
using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Parsing;

/// <summary>
/// What a web page's labels, address line and footer say about it: the date of publication, the author (作者, 编辑),
/// the source department (来源 naming a body), the site (its name in a label, a lead, a footer), the publisher (主办单位,
/// 版权所有, 发布机构), the page's 文号 and views. The first value of each kind wins. Read by the web article parser, and
/// by the notice and newspaper parsers for the page around an official document or an article.
/// </summary>
internal sealed partial class PageLabels
{
    public DateOnly? Date { get; private set; }
    /// <summary>The date a disclosure block gives the document itself (发文日期, 成文日期), not the page's.</summary>
    public DateOnly? IssuedOn { get; private set; }
    /// <summary>The date a label says the page was published on (发布时间, 发布日期, 发表时间), not a bare 时间 a copy site stamps its upload with.</summary>
    public DateOnly? PublishedOn { get; private set; }
    public string? Author { get; private set; }
    public string? Department { get; private set; }
    /// <summary>Where the text comes from when that is no department: a paper, an account, a site (来源：海安日报).</summary>
    public string? Source { get; private set; }
    public string? Publisher { get; private set; }
    public string? DocNumber { get; private set; }
    public int? Views { get; private set; }
    /// <summary>People a label line names before its labels (吴为 2015年05月01日 来源：新京报).</summary>
    public List<string> Authors { get; } = [];

    /// <summary>The site that publishes the page (a site named as a source, 来源：百度文库, is where it copied from).</summary>
    public string? Site { get; private set; }

    public void Read(SourceLine line, IReadOnlyList<SourceLine> lines)
    {
        var f = line.Folded;
        if (WebLabels.PortalAddressIndex(f) >= 0)
        {
            Date ??= ChineseDate.FindFirst(f);
            return;
        }
        // An app's stamp on its own item (©原创 2020-05-12 16:15 钟祥市融媒体中心 记者 赵超): the day and the reporter.
        if (WebLabels.IsAccountStamp(f) && StampCredit().Match(f) is { Success: true } tail && RoleWord().IsMatch(tail.Value) && Credit.Read(tail.Value) is { } reporter)
        {
            Date ??= ChineseDate.FindFirst(f);
            Authors.AddRange(reporter.AuthorsIn(line.From(tail.Index)).Where(a => !Authors.Contains(a)));
            return;
        }
        var labels = WebLabels.Read(f);
        // Before the first label: a writer's name and the date (吴为 2015年05月01日 来源:新京报), or a site (白云飘飘范文网 编辑:小景).
        var lead = labels.Count > 0 ? f[..labels[0].Index] : f;
        if (ChineseDate.FindAll(lead).FirstOrDefault() is { Length: > 0 } leading)
        {
            Date ??= leading.Date;
            lead = lead.Remove(leading.Index, leading.Length).Insert(leading.Index, new string(' ', leading.Length));
        }
        // A review chain in brackets opens on its writer ((图文:张三 初审:李四 编辑:王五)): the bracket is no part of his credit.
        lead = OpeningBracket().Replace(lead, m => new string(' ', m.Length));
        var leadLine = line.Until(lead.Length);
        if (SiteName.Whole(leadLine) is { } leadSite) Site ??= leadSite;
        else if (Byline.Read(lead) is { } byline)
        {
            var names = byline.AuthorsIn(leadLine).ToList();
            Authors.AddRange(names);
            if (!RoleWord().IsMatch(lead)) Author ??= names.FirstOrDefault();
        }
        foreach (var label in labels)
        {
            var value = label.Value.Length == 0 ? NextLineValue(line, lines) : line.Slice(label.ValueIndex, label.Value.Length);
            if (value is null || value.Text.Trim().Length == 0) continue;
            var folded = value.Folded;
            switch (label.Name)
            {
                case "发布时间" or "发布日期" or "发布" or "发表时间" or "发表日期" or "更新时间" or "更新日期" or "生成日期" or "时间" or "日期" or "发文日期":
                    Date ??= ChineseDate.FindFirst(folded);
                    if (label.Name == "发文日期") IssuedOn ??= ChineseDate.FindFirst(folded);
                    if (label.Name is "发布时间" or "发布日期" or "发表时间" or "发表日期") PublishedOn ??= ChineseDate.FindFirst(folded);
                    break;
                case "成文日期":
                    IssuedOn ??= ChineseDate.FindFirst(folded);
                    break;
                case "作者" or "编辑" or "责任编辑" or "责编":
                    // A writers' credit in brackets ((作者:张三  李四)) names the article's writers, all of them, and no 作者 field of the page.
                    if (label.Name == "作者" && f.TrimStart().StartsWith('('))
                    {
                        if (Credit.Read(f) is { } writers) Authors.AddRange(writers.AuthorsIn(line).Where(a => !Authors.Contains(a)));
                        break;
                    }
                    if (SiteName.Whole(value) is { } site) Site ??= site;
                    else if (IsWriter(folded)) Author ??= EditorCode().Replace(value.Text.Trim(), "");
                    // A reporter's credit in the field (作者：吉林日报记者 李抑嫱) also names the article's writers.
                    if (label.Name == "作者" && RoleWord().IsMatch(folded) && Credit.Read(folded) is { } credit)
                        Authors.AddRange(credit.AuthorsIn(value).Where(a => !Authors.Contains(a)));
                    break;
                case "来源" or "来自" or "稿源" or "信息来源" or "文章来源":
                    if (SiteName.Whole(value) is null && GovernmentBody().IsMatch(folded)) Department ??= value.Text.Trim();
                    else Source ??= value.Text.Trim();
                    break;
                case "发布机构" or "发文机构":
                    if (Organization.IsName(folded)) Publisher ??= value.Text.Trim();
                    break;
                case "发文机关": // the issuer by definition, a town's name too (冷水滩区蔡市镇)
                    if (Organization.IsName(folded) || folded.Length is >= 2 and <= 30 && !folded.Contains(' ')) Publisher ??= value.Text.Trim();
                    break;
                case "发文字号" or "发布文号" or "文号": // 发布文号: a legal database's field
                    DocNumber ??= DocumentNumber.FindAll(folded).FirstOrDefault()?.Printed(value);
                    break;
                case "浏览次数" or "浏览量" or "浏览" or "点击数" or "点击量" or "点击次数" or "点击" or "阅读次数" or "阅读量" or "访问量" or "访问次数":
                    Views ??= int.TryParse(Digits().Match(folded.Replace(",", "")).Value, out var v) ? v : null;
                    break;
            }
        }
        // A stamp to the minute standing between the labels' values (作者:高启盼 石啉儒  2023-12-05 09:27:03 来源:…): the
        // page's date though no label names it.
        if (labels.Count > 0 && ClockStamp().Match(f) is { Success: true } stamp) Date ??= ChineseDate.FindFirst(stamp.Value);
        // A day alone standing between them (来源:东南网 2011-11-21 编辑:黄水来): the page's date as well; a day right after a
        // label is that label's (实施日期: 2024-01-01 有效性: 有效), whatever its name.
        if (labels.Count > 1 && DayBetweenValues().Match(f) is { Success: true } day) Date ??= ChineseDate.FindFirst(day.Value);
        if (SiteFooter.Matches(f)) ReadFooter(line);
        Site ??= SiteName.InText(line);
    }

    /// <summary>A short line naming a department (颍东区委组织部): the department a page's article is from.</summary>
    public static bool IsDepartment(SourceLine line) => line.Text.Length <= 30 && GovernmentBody().IsMatch(line.Folded);

    private void ReadFooter(SourceLine line)
    {
        if (Host().Match(line.Folded) is { Success: true } host && Organization.IsName(host.Groups["who"].Value))
            Publisher ??= line.Cut(host.Groups["who"].Index, host.Groups["who"].Length);
        foreach (Match part in Part().Matches(line.Folded))
            if (SiteName.Whole(line.Slice(part.Index, part.Length)) is { } site) Site ??= site;
    }

    /// <summary>A disclosure block prints the value on the line under its label (• 发文字号： / 镇政发〔2024〕7号), as some templates do without the colon (作者 / 文洁).</summary>
    private static SourceLine? NextLineValue(SourceLine line, IReadOnlyList<SourceLine> lines)
    {
        if (!line.Folded.TrimEnd().EndsWith(':') && !WebLabels.IsBareLabel(line.Folded) || line.Number + 1 >= lines.Count) return null;
        var next = lines[line.Number + 1];
        return WebLabels.Matches(next.Folded) ? null : next;
    }

    /// <summary>A person's name, never a department filling the field (编辑:党委宣传部 责任编辑:张辉).</summary>
    private static bool IsWriter(string folded) => folded.Length is >= 2 and <= 30 && !NotAWriter().IsMatch(folded) && !GovernmentBody().IsMatch(folded.Trim());

    /// <summary>A site's code for its editor after the name (责任编辑:贾楠 SN245): no part of the name.</summary>
    [GeneratedRegex(@"\s+[A-Za-z]{1,4}[0-9]{1,6}$")]
    private static partial Regex EditorCode();

    [GeneratedRegex(@"(?:组织部|宣传部|统战部|委员会|人大|党委|党组|工委|政府|办公室|研究室|政研室|局|厅|委|办)$")]
    private static partial Regex GovernmentBody();

    [GeneratedRegex(@"(?:主办单位|版权所有)\s*:?\s*(?<who>[^\s:|]+)|(?:^|\s)主办\s*:\s*(?<who>[^\s:|]+)|(?<who>[^\s:|]+?)\s*(?:主办|版权所有)")]
    private static partial Regex Host();

    [GeneratedRegex(@"[^\s:|]+")]
    private static partial Regex Part();

    [GeneratedRegex(@"会员|网友|投稿|佚名|admin|本站|小编|管理员", RegexOptions.IgnoreCase)]
    private static partial Regex NotAWriter();

    /// <summary>A role that names writers: a reporter's, one credited for words and pictures (李永春 文/图, 图文:张三), or for the
    /// words alone (文:张三  李四 图:王五), as a school's page credits its writers apart from its photographer.</summary>
    [GeneratedRegex(@"记者|通讯员|撰稿|文\s*/\s*图|图\s*/\s*文|(?:图文|文图)\s*[:：]|(?<![\u4e00-\u9fa5])文\s*[:：]")]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"^\s*[(\[【]")]
    private static partial Regex OpeningBracket();

    [GeneratedRegex(@"(?<=[0-9]{1,2}:[0-9]{2}\s+)\S.*$")]
    private static partial Regex StampCredit();

    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}")]
    private static partial Regex ClockStamp();

    [GeneratedRegex(@"(?<=\s)(?<!:\s*)[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?=\s)")]
    private static partial Regex DayBetweenValues();
}
