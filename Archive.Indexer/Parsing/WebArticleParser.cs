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
        var fields = new PageLabels();
        foreach (var label in page.Labels.Concat(page.Footer))
            fields.Read(label, lines);
        DateOnly? dateLine = null;
        foreach (var line in page.HeadLines)
        {
            dateLine ??= IssuerAndDate.Read(line.Folded)?.Date;
            // Under the headline, the department alone or beside the date (2011年03月11日   党委宣传部).
            if (page.Draft.SourceDepartment is null && PageLabels.IsDepartment(line))
                page.Draft.SourceDepartment = IssuerAndDate.Read(line.Folded) is { Issuer: not null, Date: not null } dated
                    ? line.Cut(dated.IssuerIndex, dated.IssuerLength).Trim() : line.Text;
        }
        dateLine ??= page.Bylines.Select(l => ChineseDate.FindFirst(l.Folded)).FirstOrDefault(d => d is not null);
        dateLine ??= page.InlineDate;
        // The site: a line that is nothing but its name, a breadcrumb's first step, a 网讯 dateline, the footer.
        var site = lines.Take(Math.Max(page.TitleIndex, 0) + 1).Where(l => roles[l.Number].IsFurniture() || roles[l.Number] is LineRole.Heading or LineRole.WebLabel)
                       .Select(SiteName.InChrome).FirstOrDefault(s => s is not null)
                   ?? fields.Site
                   ?? page.Draft.Credits.Select(c => SiteName.InDateline(SourceLine.Of(c, gazetteer.Characters))).FirstOrDefault(s => s is not null)
                   ?? lines.Where(l => roles[l.Number].IsFurniture()).Select(l => SiteName.InChrome(l) ?? SiteName.InText(l)).FirstOrDefault(s => s is not null);
        if (page.Draft.SourceDepartment is null && fields.Department is not null) page.Draft.SourceDepartment = fields.Department;
        foreach (var author in fields.Authors.Concat(page.NamedByOffice()).Where(a => !page.Draft.Authors.Contains(a)).Distinct().ToList())
            page.Draft.Authors.Add(author);

        var signedOn = TakeFootSignature(page);
        var article = page.Build(null);
        // Who runs the site, or else where the text comes from (来源：海安日报): the place a page without its own speaks of.
        var context = gazetteer.Match(fields.Publisher, (Place?)null, PlaceReading.Department)?.Place
                      ?? gazetteer.Match(site, (Place?)null, PlaceReading.Department)?.Place
                      ?? gazetteer.Match(fields.Source, (Place?)null, PlaceReading.Department)?.Place;
        // A writer named after his office (吉林市委常委、组织部部长 董亮) writes about the place he serves.
        var region = gazetteer.Match(article.SourceDepartment, context, PlaceReading.Department)?.Place
                     ?? gazetteer.Match(page.OfficeLines.FirstOrDefault()?.Text, context, PlaceReading.Department)?.Place
                     ?? gazetteer.Match(article.Title, context)?.Place
                     // A photo's caption speaks of the text's place as the text does (昆明市委常委…楊東偉。趙嘉/攝).
                     ?? gazetteer.InferRegion([(article.Title, 3), (article.Subtitle, 2), (article.Body, 1), (string.Join("\n", article.Captions), 1)], context)?.Place
                     ?? context;
        return new ParsedDocument
        {
            Kind = DocumentKind.WebArticle,
            Title = article.Title,
            Date = fields.Date ?? dateLine ?? signedOn,
            Publisher = fields.Publisher,
            Region = region?.Path,
            DocNumber = fields.DocNumber,
            Author = fields.Author,
            Site = site,
            SourceUrl = lines.Select(l => AddressLine().Match(l.Text)).Where(m => m.Success).Select(m => WebAddress.Read(m.Groups[1].Value)).FirstOrDefault(a => a is not null),
            Views = fields.Views,
            Articles = [article with { Region = region?.Path }],
            FrontMatter = page.FrontMatter,
            BackMatter = page.BackMatter,
        };
    }

    /// <summary>
    /// A news item signed at its foot as a letter is, under its last sentence (学院办公室 / 2020年9月15日, the unit's name
    /// perhaps a copy's token): the signature closes the text, and its date is the item's when the page prints none.
    /// </summary>
    private static DateOnly? TakeFootSignature(SingleArticle page)
    {
        var body = page.Draft.Lines;
        if (body.Count < 3 || ChineseDate.ParseExact(body[^1].Text) is not { } date) return null;
        var signer = body[^2].Text.Trim();
        if (signer.Length is 0 or > 24 || signer.Any(c => char.IsPunctuation(c) && c is not ('(' or ')' or '（' or '）'))
            || !Punctuation.EndsSentence(body[^3].Text)) return null;
        page.BackMatter.InsertRange(0, [body[^2].Text, body[^1].Text]);
        body.RemoveRange(body.Count - 2, 2);
        return date;
    }

    /// <summary>
    /// A line that gives the page's own address and nothing else (本文链接：https://…, 本页网址: …); a bare 链接 or 网址
    /// line may be any other page's (a download, a source), and 原文链接 is the page this one copied.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:本文|本页)(?:链接|地址|网址|URL)\s*[:：]\s*(\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AddressLine();
}
