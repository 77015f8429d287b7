using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Parsing;

/// <summary>The kind a document was read as, how sure that is (0..1), and the evidence that decided it.</summary>
internal sealed record KindDecision(DocumentKind Kind, double Confidence, IReadOnlyList<string> Evidence);

/// <summary>
/// Weighs the evidence of the whole text for each kind. A bulletin shows an issue line near the top; a notice its own
/// parts (a 文号, a 主送 line, a signature, an attachment list), a title ending in 通知/意见/方案 and its words (现将有关
/// 事项通知如下, 现公告如下, 现将推荐对象予以公示); a web page its
/// chrome (a breadcrumb, labels naming its source, author or time of publication, a 导语, a portal's address line, a
/// site footer), a 网讯 dateline or a writer's or a department's credit closing the text; a newspaper page its 版次 line, its e-paper's masthead (…-数字报), a 本报讯
/// dateline or a reporter's byline (the paper's own, 本报记者, weighing as much as 本报讯); a report a speech's or report's title, a salutation, a speaker's words, parts numbered 一、二、. Three conventions rank the
/// evidence before the weights do: an issue line makes a bulletin; an official document's own parts make a notice even
/// inside a portal's chrome (so does a disclosure block's 发文机关); a page's chrome makes a web article of whatever speech or report it carries. Prose
/// no kind claims is a web article when it narrates an event as news does (a body copied without its page), and generic otherwise.
/// </summary>
internal static partial class DocumentClassifier
{
    private const double Enough = 1.5;
    private const int EvidenceLines = 80;

    public static KindDecision Classify(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        var evidence = new Evidence();
        var firstBody = FirstBody(lines, roles);
        var aboveBody = firstBody < 0 ? lines.Count : firstBody;
        var head = Math.Min(lines.Count, 12);

        for (var i = 0; i < lines.Count; i++)
        {
            // The evidence stands in a document's first and last lines, and at the head of a line.
            if (i >= EvidenceLines && i < lines.Count - EvidenceLines) continue;
            var line = lines[i];
            var f = line.Folded.Length > 200 ? line.Folded[..200] : line.Folded;
            var role = roles[i];
            switch (role)
            {
                case LineRole.IssueLine when i < head:
                    evidence.Add(DocumentKind.Bulletin, 5, "issue line", line, Strength.Decisive);
                    break;
                case LineRole.Masthead when i < head:
                    evidence.Add(DocumentKind.Bulletin, 1, "series name", line);
                    break;
                case LineRole.ContentsLabel:
                    evidence.Add(DocumentKind.Bulletin, 1, "contents", line);
                    break;
                case LineRole.SectionHeading when Marked(f):
                    evidence.Add(DocumentKind.Bulletin, 1, "section heading", line);
                    break;
                case LineRole.DistributionFooter when i >= lines.Count / 2:
                    evidence.Add(DocumentKind.Bulletin, 1, "distribution footer", line);
                    evidence.Add(DocumentKind.Notice, 0.5, "distribution footer", line);
                    break;
                case LineRole.DocumentNumber when i < 8:
                    evidence.Add(DocumentKind.Notice, 5, "document number", line, Strength.Decisive);
                    break;
                case LineRole.Recipients:
                    evidence.Add(DocumentKind.Notice, 5, "recipients", line, Strength.Decisive);
                    break;
                case LineRole.Salutation:
                    evidence.Add(DocumentKind.Report, 3, "salutation", line);
                    break;
                case LineRole.WebLabel when i < aboveBody && WebLabels.IsAccountStamp(f):
                    evidence.Add(DocumentKind.WebArticle, 5, "an account's post stamp", line, Strength.PageChrome);
                    break;
                case LineRole.WebLabel when i < aboveBody:
                    // 来源：光明日报 tells where a newspaper item comes from; the page's own labels tell a web page.
                    if (NewspaperSource().IsMatch(f)) evidence.Add(DocumentKind.NewspaperPage, 3, "taken from a newspaper", line);
                    if (PageLabels().IsMatch(NewspaperSource().Replace(f, " ")))
                        evidence.Add(DocumentKind.WebArticle, 5, "page label", line, Strength.PageChrome);
                    else evidence.Add(DocumentKind.WebArticle, 1, "page stamp", line);
                    break;
                case LineRole.WebLabel:
                    evidence.Add(DocumentKind.WebArticle, 1, "page stamp", line);
                    break;
                case LineRole.WebChrome when IsBreadcrumb(f):
                    evidence.Add(DocumentKind.WebArticle, 5, "breadcrumb", line, Strength.PageChrome);
                    break;
                case LineRole.WebChrome:
                    evidence.Add(DocumentKind.WebArticle, 1, "page chrome", line);
                    break;
                case LineRole.SiteFooter when SiteFooter.IsContactLine(f):
                    break; // a hotline or a submissions address: papers print them as sites do
                case LineRole.SiteFooter:
                    evidence.Add(DocumentKind.WebArticle, 3, "site footer", line, Strength.PageChrome);
                    break;
                // 本报记者 is the paper's own reporter, a box before the byline perhaps (■本报记者李磊): a paper's item, as 本报讯 is.
                case LineRole.Byline when ReporterByline().Match(f) is { Success: true } reporter:
                    if (reporter.Groups["own"].Success) evidence.Add(DocumentKind.NewspaperPage, 4, "the paper's own reporter's byline", line);
                    else evidence.Add(DocumentKind.NewspaperPage, 2, "reporter's byline", line);
                    break;
            }
            // A disclosure block naming a document's issuing organ (发文机关：…): a page carrying an official document.
            if (role == LineRole.WebLabel && i < head && f.Contains("发文机关", StringComparison.Ordinal)
                && WebLabels.Read(f).Any(l => l.Name == "发文机关" && l.Value.Length >= 2))
                evidence.Add(DocumentKind.Notice, 5, "issuing organ", line, Strength.Decisive);
            if (i < head && f.Contains("://", StringComparison.Ordinal) | f.Contains("www.", StringComparison.Ordinal) && WebLabels.PortalAddressIndex(f) >= 0)
                evidence.Add(DocumentKind.WebArticle, 6, "portal address and time", line, Strength.PageChrome);
            if (i < head && f.Contains('版') && EpaperPage().IsMatch(f))
                evidence.Add(DocumentKind.NewspaperPage, 8, "e-paper page line", line, Strength.PageChrome);
            if (i < head && Newspaper.Masthead(f) is not null) evidence.Add(DocumentKind.NewspaperPage, 6, "paper and date line", line, Strength.PageChrome);
            if (i < head && Newspaper.IsEpaperMasthead(f)) evidence.Add(DocumentKind.NewspaperPage, 8, "an e-paper's masthead", line, Strength.PageChrome);
            // A front page counts the day's pages in its masthead (今日16版 总第3640期, 今日 8 版 2023 年 4 月 26 日).
            if (Newspaper.CountsTodaysPages(f)) evidence.Add(DocumentKind.NewspaperPage, 8, "today's pages in a masthead", line, Strength.PageChrome);
            if (i < head && Newspaper.Registration(f) is not null) evidence.Add(DocumentKind.NewspaperPage, 8, "a paper's registration number", line, Strength.PageChrome);
            if (role == LineRole.SectionHeading && NewspaperParser.NewsInBrief(lines, roles, i) is not null)
                evidence.Add(DocumentKind.NewspaperPage, 2, "news in brief", line);
            if (i < 16 && role is LineRole.Heading or LineRole.Body && line.Text.Length <= 90)
            {
                // A title flattened from a table keeps the row's empty cells (…的公告 | ||||), which the title is built without.
                var compact = Punctuation.Compact(AppendedNumber().Replace(f.TrimEnd(' ', '|'), ""));
                if (DocumentTitle.IsOfficial(compact) && !line.HasFullStop)
                {
                    evidence.Add(DocumentKind.Notice, 3, "title of an official document", line);
                    if (AnnouncedAbove(lines, i, compact))
                        evidence.Add(DocumentKind.Notice, 5, "the document a headline above says is issued", line, Strength.Decisive);
                }
                else if (DocumentTitle.IsReport(compact) && !line.HasFullStop) evidence.Add(DocumentKind.Report, 3, "title of a speech or report", line);
            }
            // A speech copied onto one line: its title, then 同志们：, then the text.
            if (i < 3 && role == LineRole.Body && (f.Contains("同志们", StringComparison.Ordinal) || f.Contains("各位领导", StringComparison.Ordinal))
                && GluedSalutation().Match(f) is { Success: true } glued)
            {
                evidence.Add(DocumentKind.Report, 3, "salutation", line);
                if (DocumentTitle.IsReport(Punctuation.Compact(f[..glued.Index]))) evidence.Add(DocumentKind.Report, 3, "title of a speech or report", line);
            }
            if (f.AsSpan(0, Math.Min(f.Length, 40)).IndexOfAny("讯电【》息(") >= 0 && Dateline.Read(f) is { } dateline)
            {
                if (dateline.Kind == DatelineKind.Newspaper) evidence.Add(DocumentKind.NewspaperPage, 4, "newspaper dateline", line);
                else if (dateline.Kind == DatelineKind.Web) evidence.Add(DocumentKind.WebArticle, 4, "web dateline", line);
                else if (dateline.Kind is DatelineKind.Agency or DatelineKind.Byline)
                {
                    // A dispatch, or a reporter's byline opening the text, runs in papers and on sites alike.
                    var why = dateline.Kind == DatelineKind.Agency ? "news agency dateline" : "reporter's byline opening the text";
                    evidence.Add(DocumentKind.WebArticle, 1.5, why, line);
                    evidence.Add(DocumentKind.NewspaperPage, 1, why, line);
                }
            }
            if (role is LineRole.Body && (f.Contains('我') || f.Contains("刚才", StringComparison.Ordinal)) && SpeechPhrase().IsMatch(f))
                evidence.Add(DocumentKind.Report, 1, "speaker's words", line);
            if (role is LineRole.Body && f.Contains('是') && Enumeration().IsMatch(f)) evidence.Add(DocumentKind.Report, 1.5, "points enumerated 一是 二是", line);
            // A report's opening names what it is (…形成本调研报告:, 现将调研情况报告如下:), its heading lost or never printed;
            // news that a survey 形成了调研报告。 tells of another text.
            if (role is LineRole.Body && f.Contains("报告", StringComparison.Ordinal) && OwnReport().IsMatch(f))
                evidence.Add(DocumentKind.Report, 3, "the text calls itself a report", line);
            if (role is LineRole.Heading && NumberedPart().IsMatch(f) && ReportPart().IsMatch(f))
                evidence.Add(DocumentKind.Report, 2, "a report's part (基本情况, 存在的问题, 对策建议)", line);
            if (role is LineRole.Body && f.AsSpan().IndexOfAny("通执印结遵公") >= 0 && NoticePhrase().IsMatch(f))
                evidence.Add(DocumentKind.Notice, 1.5, "notice's words", line);
            // An attachment list may stand at the end of a document rendered into one line.
            if (line.Folded.Contains("附件", StringComparison.Ordinal) && Attachment().IsMatch(line.Folded)) evidence.Add(DocumentKind.Notice, 2, "attachment list", line, Strength.Decisive);
            if (i < head && role is LineRole.Heading or LineRole.Body or LineRole.WebLabel && f.AsSpan().IndexOfAny(".会页") >= 0 && CopiedFile().IsMatch(f))
                evidence.Add(DocumentKind.Report, 1.5, "a document file shared on a site", line);
        }
        if (Signature(lines, roles, firstBody) is { } signed) evidence.Add(DocumentKind.Notice, 4, "signature", signed, Strength.Decisive);
        // Articles under top-level headings (# in converted text, a heading style), a byline under one: a page of articles.
        var top = lines.Where(l => l.HeadingLevel is not null).Select(l => l.HeadingLevel!.Value).DefaultIfEmpty(0).Min();
        var headed = lines.Where(l => top > 0 && l.HeadingLevel == top).ToList();
        if (headed.Count >= 2) evidence.Add(DocumentKind.NewspaperPage, 3, "articles under headings", headed[1]);
        if (headed.Any(h => Enumerable.Range(h.Number + 1, Math.Min(3, lines.Count - h.Number - 1)).Any(k => roles[k] == LineRole.Byline)))
            evidence.Add(DocumentKind.NewspaperPage, 2, "a byline under a headline", headed[0]);
        // A news item with nothing around it, as copied from a site: opens on the event's day.
        foreach (var k in new[] { firstBody, NextBody(lines, roles, firstBody) })
            if (k >= 0 && NewsLead().IsMatch(lines[k].Folded)) evidence.Add(DocumentKind.WebArticle, 2, "news lead", lines[k]);
        // …or stands under its headline with its correspondent's or reporter's byline alone on a line (通讯员 陆艳).
        if (BylineUnderHeadline(lines, roles, firstBody) is { } byline) evidence.Add(DocumentKind.WebArticle, 2, "a reporter's byline under the headline", byline);
        // …and closes on its writer's credit: (记者:魏伟俊), (通讯员 崔璨), (文/图:…部 宁翠兰), alone or after the last sentence.
        // …or on the department that supplied it, alone on its line: (集团组织人事部 供稿), (供稿:组织部),
        for (var i = Math.Max(0, lines.Count - 2); i < lines.Count; i++)
        {
            if (WriterCredit().Match(lines[i].Folded) is { Success: true } credit && Credit.Read(credit.Groups[1].Value) is { Authors.Count: > 0 })
                evidence.Add(DocumentKind.WebArticle, 2, "writer's credit", lines[i]);
            else if (roles[i] == LineRole.Attribution && lines[i].Folded.Contains("供稿", StringComparison.Ordinal))
                evidence.Add(DocumentKind.WebArticle, 2, "supplier's credit", lines[i]);
            // …or on the department's, in brackets after the last sentence, signing short perhaps (…服务群众触角。 (湟源组)).
            else if (DepartmentClosing(lines[i].Folded) && !HasIssueOrOutline(lines, roles) && !CreditsEarlierParagraph(lines, i))
                evidence.Add(DocumentKind.WebArticle, 2, "a department's credit closing the text", lines[i]);
            // …or on the credit of the picture its text is the caption of (…观看。 记者白永民通讯员张磊摄).
            else if (lines[i].Folded.EndsWith('摄') && ClosingCredits.ClosesOnPhotographersCredit(lines[i].Folded))
                evidence.Add(DocumentKind.WebArticle, 2, "photographer's credit", lines[i]);
        }

        // Prose no kind claims, that narrates an event (who met or spoke, and when), is a news item as a site carries it:
        // the commonest such text in the archive, so a body copied without its page reads as one, not as generic.
        if (!evidence.Claimed && Narration(lines, roles) is { } narrated)
            evidence.Add(DocumentKind.WebArticle, Enough, "an event narrated (what was held or said, and when)", narrated);

        // A page of nothing but chrome holds no document of any kind.
        return evidence.Decide(onlyChrome: !roles.Any(r => r is LineRole.Body or LineRole.Heading or LineRole.SectionHeading or LineRole.Masthead));
    }

    /// <summary>How much a piece of evidence outranks weights: an issue line or an official document's own part decides the kind.</summary>
    private enum Strength
    {
        Weight,
        PageChrome,
        Decisive,
    }

    private sealed class Evidence
    {
        private readonly List<(DocumentKind Kind, double Weight, string Why, Strength Strength)> _items = [];
        private readonly HashSet<string> _seen = [];

        /// <summary>Each kind of evidence counts once.</summary>
        public void Add(DocumentKind kind, double weight, string why, SourceLine line, Strength strength = Strength.Weight)
        {
            if (!_seen.Add($"{kind}:{why}")) return;
            _items.Add((kind, weight, $"{Code(kind)} +{weight}: {why}: {Excerpt(line.Text)} (line {line.Number + 1})", strength));
        }

        /// <summary>Whether some kind already has enough evidence to be read.</summary>
        public bool Claimed => _items.GroupBy(e => e.Kind).Any(g => g.Sum(e => e.Weight) >= Enough);

        public KindDecision Decide(bool onlyChrome)
        {
            var scores = _items.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Sum(e => e.Weight));
            var best = scores.Count == 0 ? default : scores.MaxBy(kv => kv.Value);
            var kind = scores.Count == 0 || best.Value < Enough || onlyChrome ? DocumentKind.Generic : best.Key;
            if (!onlyChrome)
            {
                if (Has(DocumentKind.Bulletin, Strength.Decisive)) kind = DocumentKind.Bulletin;
                else if (Has(DocumentKind.Notice, Strength.Decisive) && scores[DocumentKind.Notice] >= 5) kind = DocumentKind.Notice;
                else if (Has(DocumentKind.WebArticle, Strength.PageChrome) && kind is DocumentKind.Report or DocumentKind.Generic) kind = DocumentKind.WebArticle;
            }
            var total = scores.Values.Sum();
            var confidence = kind == DocumentKind.Generic ? 1 / (1 + best.Value) : scores[kind] / (total + 1);
            var reasons = _items.OrderByDescending(e => e.Kind == kind).ThenByDescending(e => e.Weight).Select(e => e.Why).ToList();
            return new KindDecision(kind, Math.Round(confidence, 2), reasons);
        }

        private bool Has(DocumentKind kind, Strength strength) => _items.Any(e => e.Kind == kind && e.Strength == strength);
    }

    private static string Code(DocumentKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    private static string Excerpt(string text) => text.Length <= 30 ? text : text[..30] + "…";

    private static bool Marked(string folded) => folded.Length > 0 && "〔【〖◎★☆◆◇■□●▲>".Contains(folded.TrimStart()[0]);

    /// <summary>A breadcrumb's arrow or its label; an HTML comment's leftovers (--> 2021-06-30 … /enpproperty-->) are no breadcrumb.</summary>
    private static bool IsBreadcrumb(string folded) =>
        folded.Contains('>') && !folded.Trim().StartsWith("-->", StringComparison.Ordinal) && !folded.TrimEnd().EndsWith("-->", StringComparison.Ordinal) || folded.StartsWith("当前位置", StringComparison.Ordinal) || folded.StartsWith("位置", StringComparison.Ordinal);

    /// <summary>The first line holding a sentence: what is above it is the page's head.</summary>
    private static int FirstBody(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles) => NextBody(lines, roles, -1);

    /// <summary>A byline naming a reporter or correspondent right above the first paragraph, with a heading right above it.</summary>
    private static SourceLine? BylineUnderHeadline(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int firstBody)
    {
        var byline = Previous(firstBody);
        if (byline < 1 || roles[byline] != LineRole.Byline || !ReporterRole().IsMatch(lines[byline].Folded)) return null;
        return Previous(byline) is var headline and >= 0 && roles[headline] == LineRole.Heading ? lines[byline] : null;

        int Previous(int k)
        {
            for (k--; k >= 0; k--)
                if (!roles[k].IsFurniture()) return k;
            return -1;
        }
    }

    private static int NextBody(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int after)
    {
        for (var i = after + 1; i < lines.Count && after >= -1; i++)
            if (roles[i] == LineRole.Body && lines[i].HasClauseMark) return i;
        return -1;
    }

    /// <summary>
    /// The first body line of a text that tells an event as news does: two of an occasion (召开, 举办, 出席), a statement
    /// reported (指出, 强调, 据悉, 副部长吕叶辉介绍,) and the day it happened or began (9月15日, 近日, 2011年10月起), anywhere in its body.
    /// </summary>
    private static SourceLine? Narration(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        var body = Enumerable.Range(0, lines.Count).Where(i => roles[i] == LineRole.Body && lines[i].HasClauseMark).ToList();
        if (body.Count == 0) return null;
        var text = string.Join("\n", body.Take(EvidenceLines).Select(i => lines[i].Folded));
        var signs = (Occasion().IsMatch(text) ? 1 : 0) + (ReportedStatement().IsMatch(text) ? 1 : 0) + (EventDay().IsMatch(text) ? 1 : 0);
        return signs >= 2 ? lines[body[0]] : null;
    }

    /// <summary>
    /// A credit closing a paragraph after its last sentence that names a department, whole or by its short name (…触角。
    /// (湟源组), …保障。(宜秀区委组织部)). Not a bracket naming who is charged with a measure ((责任单位:县委组织部), (市残联、
    /// 市财政局负责)), where an author works ((作者单位:县委党校)), a title's origin (原标题:…) or a picture's credit.
    /// </summary>
    private static bool DepartmentClosing(string folded)
    {
        if (Attribution.AtEnd(folded) is not { } closing || NotADepartmentsCredit().IsMatch(folded[closing.Start..])) return false;
        var who = folded[closing.Who];
        return Credit.Read(who) is { Department: { } department } && who[department].Trim() is var name
               && (Organization.IsName(name) || ShortDepartment().IsMatch(name));
    }

    /// <summary>
    /// A bulletin's items and a text numbered in parts or items (一、, (一), 1., 第一条, 一是) close each on their own
    /// department's credit or the unit charged with the measure: no sign of a site's item there.
    /// </summary>
    private static bool HasIssueOrOutline(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles) =>
        Enumerable.Range(0, lines.Count).Any(i => roles[i] == LineRole.IssueLine
                                                 || roles[i] is LineRole.Body or LineRole.Heading && Outline.IsItem(lines[i].Folded));

    /// <summary>
    /// Whether a paragraph before the closing one ends on a bracketed credit too: a site's item closes on one credit, a
    /// list of measures on the unit charged with each, however numbered.
    /// </summary>
    private static bool CreditsEarlierParagraph(IReadOnlyList<SourceLine> lines, int closing) =>
        Enumerable.Range(0, closing).Any(i => Attribution.AtEnd(lines[i].Folded) is not null);

    /// <summary>
    /// Whether a page's headline above the title says the document is issued (南京印发《关于…的实施意见》和《…》) and no
    /// paragraph stands between them: the page carries the document itself, not news of it.
    /// </summary>
    private static bool AnnouncedAbove(IReadOnlyList<SourceLine> lines, int title, string compactTitle)
    {
        for (var k = title - 1; k >= 0; k--)
        {
            if (lines[k].HasFullStop) return false;
            var above = Punctuation.Compact(lines[k].Folded);
            if (above.Contains($"《{compactTitle}》", StringComparison.Ordinal) && Issued().IsMatch(above)) return true;
        }
        return false;
    }

    /// <summary>
    /// Issuer lines over a date line (or both on one line) after the text: the signature of an official document. Above
    /// the text's first sentence, a unit and a date (新闻中心 2021/11/11 under a headline) are a page's credit line.
    /// </summary>
    private static SourceLine? Signature(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int firstBody)
    {
        for (var i = lines.Count - 1; i >= 1 && i > firstBody; i--)
        {
            if (roles[i] != LineRole.IssuerAndDate || IssuerAndDate.Read(lines[i].Folded) is not { Date: not null } reading) continue;
            if (reading.Issuer is not null && i > 2) return lines[i];
            if (roles[i - 1] == LineRole.IssuerAndDate && IssuerAndDate.Read(lines[i - 1].Folded) is { Issuer: not null, Date: null } && i > 3)
                return lines[i - 1];
        }
        return null;
    }

    [GeneratedRegex(@"(?:发布时间|发布日期|发表时间|发表日期|更新时间|更新日期|日期|来源|来自|稿源|作者|编辑|责任编辑|索引号|发文字号|生成日期|导语|简介|原标题|内容摘要)\s*[:|】]")]
    private static partial Regex PageLabels();

    [GeneratedRegex(@"来源\s*:\s*\S*(?:日报|晚报|早报|报)(?:\s|$)")]
    private static partial Regex NewspaperSource();

    // 当前版:01版 is an e-paper template's page line: the page alone, after the label; 本期共4版, 当前第1版 another's navigation,
    // counting the issue's pages.
    [GeneratedRegex(@"(?<=^|\s)(?:第?\s*[A-Z]{0,2}[0-9]{1,5}|第?[一二三四五六七八九十]{1,3})\s*版\s*(?:[:：]|\([\u4e00-\u9fa5]{0,12}\))|^当前版\s*[:：]\s*第?\s*[A-Z]{0,2}[0-9]{1,5}\s*版|本期共\s*[0-9]{1,3}\s*版\s*[,，]?\s*当前第\s*[A-Z]{0,2}[0-9]{1,5}\s*版")]
    private static partial Regex EpaperPage();

    /// <summary>A reporter's byline: a paper's own (本报记者, 本报通讯员, boxed perhaps: ■本报记者李磊) or any (首席记者 …).</summary>
    [GeneratedRegex(@"^(?:[□■]?\s*(?<own>本报)(?:特约|首席)?(?:记者|通讯员)|(?:首席|全媒体|特约)?记者\s)")]
    private static partial Regex ReporterByline();

    [GeneratedRegex(@"负责|負責|牵头|牽頭|责任单位|責任單位|作者单位|作者單位|原标题|原標題|图片|圖片")]
    private static partial Regex NotADepartmentsCredit();

    /// <summary>
    /// An organization department's short name (湟源组, 通组): a place and 组, never a working group named by its task
    /// (课题组, 调研组, 督导组, 领导小组), which signs a report or speech, not a site's item.
    /// </summary>
    [GeneratedRegex(@"^(?![\u4e00-\u9fa5]*(?:课题|调研|督导|督查|巡察|巡视|考察|考核|检查|指导|宣讲|工作|专家|写作|起草|评审|小)组$)[\u4e00-\u9fa5]{1,4}组$")]
    private static partial Regex ShortDepartment();

    [GeneratedRegex(@"\s*\([^()]{2,20}[〔\[(【]\s*[0-9]{4}\s*[〕\])】]\s*[0-9]{1,5}\s*号\)\s*$")]
    private static partial Regex AppendedNumber();

    [GeneratedRegex(@"(?<=^.{4,90}?)(?:同志们|各位领导)[,、]?[^:。]{0,10}:")]
    private static partial Regex GluedSalutation();

    [GeneratedRegex(@"我(?:先)?(?:讲|谈|就)[^。]{0,12}(?:意见|看法|体会|问题|方面)|下面,?我(?:讲|就|谈)|刚才,")]
    private static partial Regex SpeechPhrase();

    [GeneratedRegex(@"(?:^|[。;:])\s*[一二三四五六七八九十]是")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,2}、")]
    private static partial Regex NumberedPart();

    [GeneratedRegex(@"现(?:将|就)[^。]{0,20}通知如下|(?:公告|通告)如下|特此通知|请结合实际|认真贯彻执行|遵照执行|现予印发|印发给你们|现将[^。]{0,30}(?:予以|进行)公示")]
    private static partial Regex NoticePhrase();

    [GeneratedRegex(@"(?:^|\s)附件\s*[:：]?\s*[0-9]")]
    private static partial Regex Attachment();

    [GeneratedRegex(@"形成(?:此|这份|本)(?:调研|调查|专题)?报告\s*:|现将[^。]{0,16}?(?:情况|结果)报告如下")]
    private static partial Regex OwnReport();

    [GeneratedRegex(@"(?:基本情况|现状|存在的?问题|主要做法|主要成效|原因分析|对策建议|意见建议|几点建议|几点思考|下一步打算|工作打算|启示)")]
    private static partial Regex ReportPart();

    [GeneratedRegex(@"\.(?:pdf|docx?)\b|会员分享|页珍藏版", RegexOptions.IgnoreCase)]
    private static partial Regex CopiedFile();

    [GeneratedRegex(@"\(\s*((?:本报|特约|首席|全媒体|融媒体)?(?:记者|通讯员|撰稿|文\s*/\s*图|图\s*/\s*文)\s*[:/]?[^()]{2,40})\)\s*$")]
    private static partial Regex WriterCredit();

    [GeneratedRegex(@"记者|通讯员")]
    private static partial Regex ReporterRole();

    [GeneratedRegex(@"^(?:[0-9]{1,2}月[0-9]{1,2}(?:[、—至-][0-9]{1,2})?(?:日|号)|近日|日前|近期|近年来|近两年来|昨天|昨日|今天)")]
    private static partial Regex NewsLead();

    [GeneratedRegex(@"召开|举办|举行|开班|开幕|出席|主持|参加了|参加会议|参加培训|走访|调研")]
    private static partial Regex Occasion();

    /// <remarks>
    /// 介绍, reports a statement after an official's title and a name of two or three characters (副部长杨栋章介绍,) or an
    /// interview (受访时介绍,), not after any noun (老党员的介绍,) nor a title alone, as a member's own report tells (听了支部书记介绍,).
    /// </remarks>
    [GeneratedRegex(@"指出|强调|表示|据悉|据了解|据介绍|了解到|介绍说|(?:(?:部长|书记|主任|主委|负责人|局长|县长|市长|区长|主席|院长)(?:(?!的)[\u4e00-\u9fa5]){2,3}|受访时|采访时)介绍,|要求,|提出了?[一二三四五六七八九十两0-9]+(?:点|条)")]
    private static partial Regex ReportedStatement();

    [GeneratedRegex(@"(?:印发|发布|出台|下发)《")]
    private static partial Regex Issued();

    /// <remarks>A month a work began counts when the span is past (2011年10月起,西藏已连续选派…), not a rule's start (自2024年3月起,…每季度召开一次).</remarks>
    [GeneratedRegex(@"(?:[0-9]{4}年|今年|去年)?[0-9]{1,2}月(?:[0-9]{1,2}日|份|中旬|上旬|下旬|底|初|起(?=[^。;]{0,24}?(?:已|以来|先后|累计)))|近日|近期|日前")]
    private static partial Regex EventDay();
}
