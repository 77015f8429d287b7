using System.Text.RegularExpressions;
using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// A page saved from a website: the headline among the page's chrome, the label lines (发布时间, 来源, 作者, 浏览次数,
/// a portal's address and time, a disclosure block's 发文字号), a department line under the headline, the body without
/// its dateline and closing credits, and the footer (主办单位, 版权所有 …) that gives the publisher and the site.
/// </summary>
internal sealed partial class WebArticleParser(Gazetteer gazetteer)
{
    public ParsedDocument Parse(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        var page = new SingleArticle(lines, roles, gazetteer.Characters).Read(isTitle: null, stripDateline: true);
        var fields = new PageFields();
        foreach (var label in page.Labels.Concat(page.Footer))
            fields.Read(label, lines);
        foreach (var line in page.HeadLines)
        {
            fields.Date ??= IssuerAndDate.Read(line.Folded)?.Date;
            if (page.Draft.SourceDepartment is null && IsDepartmentLine(line)) page.Draft.SourceDepartment = line.Text;
        }
        // The site: a line that is nothing but its name, a breadcrumb's first step, a 网讯 dateline, the footer.
        fields.Site ??= lines.Take(Math.Max(page.TitleIndex, 0) + 1).Where(l => roles[l.Number].IsFurniture() || roles[l.Number] is LineRole.Heading or LineRole.WebLabel)
            .Select(l => SiteName.InChrome(l.Text)).FirstOrDefault(s => s is not null);
        fields.Site ??= page.Draft.Credits.Select(SiteName.InDateline).FirstOrDefault(s => s is not null);
        fields.Site ??= lines.Where(l => roles[l.Number].IsFurniture()).Select(l => SiteName.InChrome(l.Text)).FirstOrDefault(s => s is not null);
        if (page.Draft.SourceDepartment is null && fields.Department is not null) page.Draft.SourceDepartment = fields.Department;
        foreach (var author in fields.Authors.Where(a => !page.Draft.Authors.Contains(a))) page.Draft.Authors.Add(author);

        var article = page.Build(null);
        var context = gazetteer.Match(fields.Publisher, (Place?)null, PlaceReading.Department)?.Place
                      ?? gazetteer.Match(fields.Site, (Place?)null, PlaceReading.Department)?.Place;
        var region = gazetteer.Match(article.SourceDepartment, context, PlaceReading.Department)?.Place
                     ?? gazetteer.Match(article.Title, context)?.Place
                     ?? gazetteer.InferRegion([(article.Title, 3), (article.Subtitle, 2), (article.Body, 1)], context)?.Place
                     ?? context;
        return new ParsedDocument
        {
            Kind = DocumentKind.WebArticle,
            Title = article.Title,
            Date = fields.Date,
            Publisher = fields.Publisher,
            Region = region?.Path,
            DocNumber = fields.DocNumber,
            Author = fields.Author,
            Site = fields.Site,
            Views = fields.Views,
            Articles = [article with { Region = region?.Path }],
            FrontMatter = page.FrontMatter,
            BackMatter = page.BackMatter,
        };
    }

    /// <summary>A short line naming a department under the headline (颍东区委组织部).</summary>
    private static bool IsDepartmentLine(SourceLine line) =>
        line.Text.Length <= 30 && GovernmentBody.IsMatch(line.Folded);

    private static readonly Regex GovernmentBody = GovernmentBodyPattern();

    /// <summary>What the page's labels and footer say, first value of each kind winning.</summary>
    private sealed class PageFields
    {
        public DateOnly? Date;
        public string? Author, Department, Site, Publisher, DocNumber;
        public int? Views;
        public readonly List<string> Authors = [];

        public void Read(SourceLine line, IReadOnlyList<SourceLine> lines)
        {
            var f = line.Folded;
            if (WebLabels.PortalAddressIndex(f) >= 0 || WebLabels.IsPortalLine(f))
            {
                Date ??= ChineseDate.FindFirst(f);
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
            var leadLine = line.Until(lead.Length);
            if (SiteName.Whole(leadLine.Text.Trim()) is { } leadSite) Site ??= leadSite;
            else if (Byline.Read(lead) is { } byline)
            {
                var names = byline.AuthorsIn(leadLine).ToList();
                Authors.AddRange(names);
                if (!RoleWord().IsMatch(lead)) Author ??= names.FirstOrDefault();
            }
            foreach (var label in labels)
            {
                var (value, folded) = label.Value.Length == 0 ? NextLineValue(line, lines)
                    : (line.Cut(label.ValueIndex, label.Value.Length).Trim(), label.Value);
                if (value.Length == 0) continue;
                switch (label.Name)
                {
                    case "发布时间" or "发布日期" or "发表时间" or "发表日期" or "更新时间" or "更新日期" or "生成日期" or "时间" or "日期" or "发文日期":
                        Date ??= ChineseDate.FindFirst(folded);
                        break;
                    case "作者" or "编辑" or "责任编辑":
                        if (SiteName.Whole(value) is { } site) Site ??= site;
                        else if (IsWriter(folded)) Author ??= value;
                        break;
                    case "来源" or "稿源" or "信息来源" or "文章来源":
                        if (SiteName.Whole(value) is { } from) Site ??= from;
                        else if (GovernmentBody.IsMatch(folded)) Department ??= value;
                        break;
                    case "发布机构" or "发文机构":
                        if (Organization.IsName(folded)) Publisher ??= value;
                        break;
                    case "发文字号" or "文号":
                        DocNumber ??= DocumentNumber.FindAll(folded).FirstOrDefault()?.Normalized;
                        break;
                    case "浏览次数" or "浏览量" or "浏览" or "点击数" or "点击量" or "点击次数" or "点击" or "阅读次数" or "阅读量" or "访问量" or "访问次数":
                        Views ??= int.TryParse(Digits().Match(folded.Replace(",", "")).Value, out var v) ? v : null;
                        break;
                }
            }
            if (SiteFooter.Matches(f)) ReadFooter(line);
        }

        private void ReadFooter(SourceLine line)
        {
            if (Host().Match(line.Folded) is { Success: true } host && Organization.IsName(host.Groups["who"].Value))
                Publisher ??= line.Cut(host.Groups["who"].Index, host.Groups["who"].Length);
            foreach (var part in line.Text.Split([' ', '\u3000', ':', '：', '|'], StringSplitOptions.RemoveEmptyEntries))
                if (SiteName.Whole(part) is { } site) Site ??= site;
            if (SiteName.InFooter(line.Text) is { } named) Site ??= named;
        }

        /// <summary>A disclosure block prints the value on the line under its label (• 发文字号： / 镇政发〔2024〕7号).</summary>
        private static (string Text, string Folded) NextLineValue(SourceLine line, IReadOnlyList<SourceLine> lines)
        {
            if (!line.Folded.TrimEnd().EndsWith(':') || line.Number + 1 >= lines.Count) return ("", "");
            var next = lines[line.Number + 1];
            return WebLabels.Matches(next.Folded) ? ("", "") : (next.Text, next.Folded);
        }

        private static bool IsWriter(string folded) =>
            folded.Length is >= 2 and <= 30 && !NotAWriter().IsMatch(folded);
    }

    [GeneratedRegex(@"(?:组织部|宣传部|统战部|委员会|人大|党委|党组|工委|政府|办公室|局|厅|委|办)$")]
    private static partial Regex GovernmentBodyPattern();

    [GeneratedRegex(@"(?:主办单位|版权所有)\s*:?\s*(?<who>[^\s:|]+)|(?<who>[^\s:|]+?)\s*(?:主办|版权所有)")]
    private static partial Regex Host();

    [GeneratedRegex(@"会员|网友|投稿|佚名|admin|本站|小编|管理员", RegexOptions.IgnoreCase)]
    private static partial Regex NotAWriter();

    [GeneratedRegex(@"记者|通讯员|撰稿")]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
