using System.Text.RegularExpressions;
using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Parsing;

/// <summary>The kind a document was read as, how sure that is (0..1), and the evidence that decided it.</summary>
internal sealed record KindDecision(DocumentKind Kind, double Confidence, IReadOnlyList<string> Evidence);

/// <summary>
/// Weighs the evidence of the whole text for each kind and takes the heaviest; a document is generic only when no
/// kind has enough. The evidence is what a reader would point at: an issue line near the top (bulletin); a 文号, a
/// 主送 line, a title ending in 通知/意见/方案, a signature (notice); the chrome of a web page — breadcrumbs, 来源/发布时间
/// labels, a portal's address line, a site footer, a 网讯 dateline (web article); an e-paper's 版次 line, a 本报讯
/// dateline, a 本报记者 byline (newspaper page); a speech's or report's title and salutation (report). The chrome of a
/// page outweighs what the text inside it is, but not an official document's own parts or a bulletin's issue line.
/// </summary>
internal static partial class DocumentClassifier
{
    private const double Enough = 1.5;

    public static KindDecision Classify(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        var evidence = new List<(DocumentKind Kind, double Weight, string Why)>();
        void Add(DocumentKind kind, double weight, string why, SourceLine line) =>
            evidence.Add((kind, weight, $"{why}: {Excerpt(line.Text)} (line {line.Number + 1})"));

        var head = Math.Min(lines.Count, 12);
        var firstBody = -1;
        var seen = new HashSet<string>();
        bool Once(string key) => seen.Add(key);

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var f = line.Folded;
            var role = roles[i];
            var inHead = i < head;
            switch (role)
            {
                case LineRole.IssueLine when inHead && Once("issue"):
                    Add(DocumentKind.Bulletin, 5, "issue line", line);
                    break;
                case LineRole.Masthead when inHead && Once("masthead"):
                    Add(DocumentKind.Bulletin, 1, "series name", line);
                    break;
                case LineRole.ContentsLabel when Once("contents"):
                    Add(DocumentKind.Bulletin, 1, "contents", line);
                    break;
                case LineRole.SectionHeading when Marked(f) && Once("section"):
                    Add(DocumentKind.Bulletin, 1, "section heading", line);
                    break;
                case LineRole.DistributionFooter when i >= lines.Count / 2 && Once("footer"):
                    Add(DocumentKind.Bulletin, 1, "distribution footer", line);
                    Add(DocumentKind.Notice, 0.5, "distribution footer", line);
                    break;
                case LineRole.DocumentNumber when i < 8 && Once("docnumber"):
                    Add(DocumentKind.Notice, 5, "document number", line);
                    break;
                case LineRole.Recipients when Once("recipients"):
                    Add(DocumentKind.Notice, 4, "recipients", line);
                    break;
                case LineRole.Salutation when Once("salutation"):
                    Add(DocumentKind.Report, 4, "salutation", line);
                    break;
                case LineRole.WebLabel when inHead:
                    if (WebLabels.IsPortalLine(f) || WebLabels.PortalAddressIndex(f) > 0)
                    {
                        if (Once("portal")) Add(DocumentKind.WebArticle, 6, "portal address and time", line);
                    }
                    else if (PageLabels().IsMatch(f) && Once("label"))
                    {
                        Add(DocumentKind.WebArticle, 5, "page label", line);
                    }
                    if (NewspaperSource().IsMatch(f) && Once("paper source"))
                        Add(DocumentKind.NewspaperPage, 3, "taken from a newspaper", line);
                    break;
                case LineRole.WebChrome when Breadcrumb(f) && Once("breadcrumb"):
                    Add(DocumentKind.WebArticle, 5, "breadcrumb", line);
                    break;
                case LineRole.WebChrome when Once("chrome"):
                    Add(DocumentKind.WebArticle, 1, "page chrome", line);
                    break;
                case LineRole.SiteFooter when Once("site footer"):
                    Add(DocumentKind.WebArticle, 3, "site footer", line);
                    break;
                case LineRole.Byline when ReporterByline().IsMatch(f) && Once("reporter"):
                    Add(DocumentKind.NewspaperPage, 2, "reporter's byline", line);
                    break;
            }
            if (inHead && EpaperPage().IsMatch(f) && Once("epaper"))
                Add(DocumentKind.NewspaperPage, 8, "e-paper page line", line);
            if (i < 16 && role is LineRole.Heading or LineRole.Body && line.Text.Length <= 60 && Once("title"))
            {
                if (DocumentTitle.IsOfficial(Punctuation.Compact(f))) Add(DocumentKind.Notice, 3, "title of an official document", line);
                else if (DocumentTitle.IsReport(Punctuation.Compact(f))) Add(DocumentKind.Report, 4, "title of a speech or report", line);
                else seen.Remove("title");
            }
            if (role is LineRole.Body or LineRole.Heading && firstBody < 0 && line.HasClauseMark) firstBody = i;
            var dateline = Dateline.Read(f);
            if (dateline is not null && Once("dateline"))
            {
                if (dateline.Value.Kind == DatelineKind.Newspaper) Add(DocumentKind.NewspaperPage, 4, "newspaper dateline", line);
                else if (dateline.Value.Kind == DatelineKind.Web) Add(DocumentKind.WebArticle, 4, "web dateline", line);
                else Add(DocumentKind.NewspaperPage, 1, "news agency dateline", line);
            }
            if (role is LineRole.Body && SpeechPhrase().IsMatch(f) && Once("speech"))
                Add(DocumentKind.Report, 2, "speaker's words", line);
            if (role is LineRole.Body && NoticePhrase().IsMatch(f) && Once("notice phrase"))
                Add(DocumentKind.Notice, 1.5, "notice's words", line);
        }
        // Articles under top-level headings (# in converted text, a heading style), their bylines under them: a page of articles.
        var top = lines.Where(l => l.HeadingLevel is not null).Select(l => l.HeadingLevel!.Value).DefaultIfEmpty(0).Min();
        var headed = lines.Where(l => l.HeadingLevel == top && top > 0).ToList();
        if (headed.Count >= 2) Add(DocumentKind.NewspaperPage, 3, "articles under headings", headed[1]);
        if (headed.Any(h => Enumerable.Range(h.Number + 1, Math.Min(3, lines.Count - h.Number - 1)).Any(k => roles[k] == LineRole.Byline)))
            Add(DocumentKind.NewspaperPage, 2, "a byline under a headline", headed[0]);
        if (Signature(lines, roles) is { } signed)
            Add(DocumentKind.Notice, 2.5, "signature", signed);
        // A news item with nothing around it, as copied from a site: opens on the event's day.
        if (firstBody >= 0 && NewsLead().IsMatch(lines[firstBody].Folded))
            Add(DocumentKind.WebArticle, 1.5, "news lead", lines[firstBody]);

        var scores = evidence.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Sum(e => e.Weight));
        if (scores.Count == 0 || scores.Values.Max() < Enough)
            return new KindDecision(DocumentKind.Generic, 1.0 / (1 + scores.Values.DefaultIfEmpty(0).Max()),
                evidence.Select(e => $"{Code(e.Kind)} +{e.Weight}: {e.Why}").ToList());
        var best = scores.MaxBy(kv => kv.Value);
        var total = scores.Values.Sum();
        var reasons = evidence.OrderByDescending(e => e.Kind == best.Key).ThenByDescending(e => e.Weight)
            .Select(e => $"{Code(e.Kind)} +{e.Weight}: {e.Why}").ToList();
        return new KindDecision(best.Key, Math.Round(best.Value / (total + 1), 2), reasons);
    }

    private static string Code(DocumentKind kind) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    private static string Excerpt(string text) => text.Length <= 30 ? text : text[..30] + "…";

    private static bool Marked(string folded) => folded.Length > 0 && "〔【〖◎★☆◆◇■□●▲>".Contains(folded.TrimStart()[0]);

    private static bool Breadcrumb(string folded) => folded.Contains('>') || folded.StartsWith("当前位置", StringComparison.Ordinal)
                                                     || folded.StartsWith("位置", StringComparison.Ordinal);

    /// <summary>An issuer's line with a date, or an issuer line above a date line, in the last lines (or before an attachment).</summary>
    private static SourceLine? Signature(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        for (var i = lines.Count - 1; i >= 1; i--)
        {
            if (roles[i] != LineRole.IssuerAndDate || IssuerAndDate.Read(lines[i].Folded) is not { Date: not null } reading) continue;
            if (reading.Issuer is not null) return lines[i];
            if (roles[i - 1] == LineRole.IssuerAndDate && IssuerAndDate.Read(lines[i - 1].Folded) is { Issuer: not null, Date: null })
                return lines[i - 1];
        }
        return null;
    }

    [GeneratedRegex(@"(?:发布时间|发布日期|发表时间|发表日期|更新时间|更新日期|来源|稿源|作者|编辑|责任编辑|索引号|发文字号|生成日期|导语|简介|原标题|内容摘要)\s*[:|】]")]
    private static partial Regex PageLabels();

    [GeneratedRegex(@"来源\s*:\s*\S*(?:日报|晚报|早报|报)(?:\s|$)")]
    private static partial Regex NewspaperSource();

    [GeneratedRegex(@"^第?\s*[A-Z]?\d{1,5}\s*版\s*[:：]")]
    private static partial Regex EpaperPage();

    [GeneratedRegex(@"^(?:本报|首席|全媒体|特约)?记者\s")]
    private static partial Regex ReporterByline();



    [GeneratedRegex(@"我(?:先)?(?:讲|谈|就)[^。]{0,12}(?:意见|看法|体会|问题|方面)|下面,?我(?:讲|就|谈)|刚才,")]
    private static partial Regex SpeechPhrase();

    [GeneratedRegex(@"现(?:将|就)[^。]{0,20}通知如下|特此通知|请结合实际|认真贯彻执行|遵照执行|现予印发|印发给你们")]
    private static partial Regex NoticePhrase();

    [GeneratedRegex(@"^(?:\d{1,2}月\d{1,2}(?:日|号)|近日|日前|近期|近年来|昨天|昨日|今天)")]
    private static partial Regex NewsLead();
}
