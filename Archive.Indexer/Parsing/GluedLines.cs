using System.Text.RegularExpressions;
using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Text;

namespace Archive.Indexer.Parsing;

/// <summary>
/// Copy sites render a whole document into one line: a page marker, the heading (often twice), the issuer and date in
/// brackets, the salutation or the recipients, then the text, all run together. The first lines of a document are cut
/// back into lines where that is unambiguous: after a leading page marker (第1页共10页), after a heading printed twice
/// over, around a salutation (…讲话同志们：今天…), after an issuer's bracketed date, after a short address ending in a
/// colon, after an official or report heading followed by the usual opening of a text (关于…的通知 各基层党组织：…,
/// …发言稿今天会议…), around a portal's labels run between its headline and the text (… 来源：本站原创 | 发布时间：… |
/// 浏览次数：4263 各…：), after a headline run into the page's time and labels (…成就2008-12-3 1:05:32 来源：…), after a
/// headline run into a dated dateline (…《海南日报》海南日报那大12月30日电 (记者…)), and before an issuer's signature and
/// date closing the line (…备案。中共某某委统战部 2020年1月27日), an attachment list before them its own line; after a document's
/// own number opening the line (九三鲁发〔2019〕51号 …的通报 各市委…: …). A newspaper page flattened into one line, anywhere, is cut
/// at its items' datelines.
/// A line whose heading the next lines print again is a site's preview and stays as it is.
/// </summary>
internal static partial class GluedLines
{
    private const int FirstLines = 3;

    /// <summary>How far back from a dateline the sentence closing the item before it is looked for: a headline of 40 characters and the spaces around it.</summary>
    private const int HeadlineReach = 120;

    /// <summary>
    /// The most pieces a line is cut into at datelines: a page holds a few dozen items, and a line of 600,000 datelines cut
    /// at each made as many lines for the parsers, three times what a text may bring (the rest of such a line stays one piece).
    /// </summary>
    private const int MaxSeams = 1_000;

    /// <summary>
    /// The lines cut apart are no more than a text may bring (<see cref="ExtractedText.MaxLines"/>), however many lines are
    /// cut: 12,625 lines of 100 本报讯 each, cut 1,000 times at most each, made 1.26 M lines for the parsers, 14 s of a core
    /// for 3.8 MB (hostile29); the lines past the bound stay as they are (the first lines' few pieces aside).
    /// </summary>
    public static List<SourceLine> Split(List<SourceLine> lines)
    {
        var split = new List<SourceLine>(lines.Count + 8);
        for (var i = 0; i < lines.Count; i++)
        {
            var room = ExtractedText.MaxLines - (split.Count + lines.Count - i);
            // A headline run into a portal's address and time is cut however short the line (not a label's value: 文章来源：www…;
            // not the site's name leading its own line: 中央政府门户网站 www.gov.cn 2006年07月14日).
            if (i > 0 && room >= 2 && ListedItem(lines[i - 1].Folded, lines[i].Folded) is > 0 and var title)
                split.AddRange(CutListedItem(lines[i], title));
            else if (lines[i].Folded.Length > 150 && room > 0 && PageSeams(lines[i].Folded, Math.Min(MaxSeams, room)) is { Count: > 0 } seams)
                split.AddRange(CutAt(lines[i], seams));
            else if (i < FirstLines && (lines[i].Text.Length > 60 || WebLabels.PortalAddressIndex(lines[i].Folded) is > 0 and var portal
                    && !lines[i].Folded[..portal].TrimEnd().EndsWith(':') && !SiteName.IsName(lines[i].Folded[..portal])))
                split.AddRange(Cut(lines[i], lines.Skip(i + 1).Take(6).Select(l => l.Compact).ToHashSet()));
            else
                split.Add(lines[i]);
        }
        return split.Count == lines.Count ? lines : split.Select((l, n) => l with { Number = n }).ToList();
    }

    /// <summary>
    /// A newspaper page flattened into one line (a PDF's or a flipbook's text) opens each item on its paper's dateline
    /// (…2015 年 8 月 10 日(星期一) 香港文汇报讯 中国国民党…运转。 逾千两岸青年共话创业 香港文汇报讯(记者…)…): it is cut before
    /// every such dateline inside the line, and after the sentence closing the item before it where no more than a
    /// headline's words (no clause mark) stand between, which become a line of their own.
    /// </summary>
    private static List<int> PageSeams(string folded, int maxSeams)
    {
        var seams = new List<int>();
        // Each dateline adds a seam, two with the headline before it.
        for (var at = folded.IndexOf("报讯", 1, StringComparison.Ordinal); at > 0 && seams.Count + 2 <= maxSeams; at = folded.IndexOf("报讯", at + 2, StringComparison.Ordinal))
        {
            // The paper's name runs back to the space or mark before it: 香港文汇报讯, 本报讯 (a word glued before 本报 is not the paper's).
            var start = at > 0 && folded[at - 1] == '本' ? at - 1 : at;
            while (start > 0 && start > at - 8 && folded[start - 1] is >= '\u4e00' and <= '\u9fa5' && folded[start] != '本') start--;
            // Only the dateline's own length and the headline's before it are read, never the rest of the line: a line of
            // 300,000 本报讯 copied the line's rest, and looked back over all of it, at each of them (minutes of a core).
            if (start == 0 || folded[start - 1] == '据' || Dateline.Read(folded.Substring(start, Math.Min(Dateline.Reach, folded.Length - start))) is not { Kind: DatelineKind.Newspaper }) continue;
            var lookBack = Math.Min(start, HeadlineReach);
            var end = folded.LastIndexOfAny(['。', '!', '?'], start - 1, lookBack);
            var between = end < 0 ? "" : folded[(end + 1)..start].Trim();
            if (end >= 0 && (seams.Count == 0 || end + 1 > seams[^1]) && between.Length is > 0 and <= 40 && between.AsSpan().IndexOfAny(",;:、") < 0) seams.Add(end + 1);
            seams.Add(start);
        }
        return seams;
    }

    /// <summary>The pieces of a line cut at <paramref name="seams"/> (ascending), each trimmed.</summary>
    private static IEnumerable<SourceLine> CutAt(SourceLine line, List<int> seams)
    {
        var from = 0;
        foreach (var seam in seams.Append(line.Folded.Length))
        {
            var piece = line.Slice(from, seam - from);
            if (piece.Text.Trim().Length > 0) yield return piece.Trimmed();
            from = seam;
        }
    }

    /// <summary>The pieces of one line, cut at the first place that is a seam, then again in what follows it.</summary>
    private static IEnumerable<SourceLine> Cut(SourceLine line, IReadOnlySet<string> printedAgain)
    {
        var previous = "";
        for (var pieces = 0; pieces < 6; pieces++)
        {
            // A heading printed twice over: the second copy is a piece of its own too.
            var at = previous.Length > 0 && line.Folded.StartsWith(previous, StringComparison.Ordinal) ? previous.Length : Seam(line.Folded);
            if (at <= 0 || at >= line.Folded.Length) break;
            var head = line.Until(at);
            if (printedAgain.Contains(head.Compact)) break;
            yield return head.Trimmed();
            previous = head.Folded;
            line = line.From(at);
            var spaces = 0;
            while (spaces < line.Folded.Length && line.Folded[spaces] == ' ') spaces++;
            if (spaces > 0) line = line.From(spaces);
        }
        if (SignatureSeam(line.Folded) is > 0 and var signed)
        {
            var text = line.Until(signed);
            if (TrailingAttachments().Match(text.Folded) is { Success: true } attachments)
            {
                var listed = attachments.Index + attachments.Value.Length - attachments.Value.TrimStart().Length;
                yield return text.Until(listed).Trimmed();
                text = text.From(listed);
            }
            yield return text.Trimmed();
            line = line.From(signed);
        }
        yield return line;
    }

    /// <summary>Where the first piece of a glued line ends, or -1.</summary>
    private static int Seam(string folded)
    {
        var window = folded.Length > 120 ? folded[..120] : folded;
        if (PageMarker().Match(window) is { Success: true } marker) return marker.Length;
        // A document's own number opening the line, its title after a space (九三鲁发〔2019〕51号 九三学社山东省委关于…的通报 …).
        if (DocumentNumber.FindAll(window).FirstOrDefault() is { Index: 0 } number && number.Length < window.Length && window[number.Length] == ' ') return number.Length;
        // A headline run into a portal's address and time, a watermark's address run into the text.
        if (WebLabels.PortalAddressIndex(window) is > 0 and var portal) return portal;
        if (WebAddress().Match(window) is { Success: true } url) return url.Length;
        if (Salutation().Match(window) is { Success: true } salutation) return salutation.Index > 0 ? salutation.Index : salutation.Length;
        for (var length = Math.Min(60, window.Length / 2); length >= 8; length--)
            if (window.AsSpan(0, length).SequenceEqual(window.AsSpan(length, length))) return length;
        if (IssuedOn().Match(window) is { Success: true } issued && Organization.IsName(issued.Groups["issuer"].Value)) return issued.Length;
        if (Address().Match(window) is { Success: true } address) return address.Length;
        if (HeadingBeforeText().Match(window) is { Success: true } heading) return heading.Groups["heading"].Length;
        if (HeadlineBeforeDateline(window) is > 0 and var dateline) return dateline;
        // A portal's headline run into its labels (… 来源：本站原创 | 发布时间：2020-01-28 | 浏览次数：4263), and those labels run into the text.
        if (HeadlineBeforeLabels().Match(window) is { Success: true } headline) return headline.Groups["headline"].Length;
        if (HeadlineBeforeStamp().Match(window) is { Success: true } stamped) return stamped.Groups["headline"].Length;
        if (LabelsBeforeText().Match(window) is { Success: true } labels) return labels.Length;
        return -1;
    }

    /// <summary>
    /// Where a headline run into a dated dateline ends (每个村都订《海南日报》海南日报那大12月30日电 (记者…)…), or -1: a phrase
    /// without a clause mark, closed by a title mark, a quote, a bracket or a cry, right before a paper's, a site's or an
    /// agency's dateline that names the day. Where the headline ends on a word, nothing tells where a paper's name begins.
    /// </summary>
    private static int HeadlineBeforeDateline(string window)
    {
        var limit = Math.Min(40, window.Length - 8);
        for (var at = 4; at <= limit; at++)
        {
            if (window[at - 1] is ',' or '。' or ';' or ':' or '、') return -1;
            if (window[at - 1] is '》' or '”' or ')' or '!' or '?'
                && Dateline.Read(window[at..]) is { Kind: DatelineKind.Newspaper or DatelineKind.Web or DatelineKind.Agency } read
                && DatedDateline().IsMatch(window.AsSpan(at, read.Length)))
                return at;
        }
        return -1;
    }

    /// <summary>
    /// Where a line run on to its end ends its text and an issuer's signature and date follow (…备案。中共某某委统战部
    /// 2020年1月27日), or -1: the signature is a line of its own.
    /// </summary>
    private static int SignatureSeam(string folded) =>
        TrailingSignature().Match(folded) is { Success: true } signature && Organization.IsName(signature.Groups["issuer"].Value)
            ? signature.Index
            : -1;

    /// <summary>
    /// Where the headline ends in an archive's item rendered into one line, its page line and column field first (第5版()专栏：
    /// 标题 新华社六日讯 …), under the site's list entry for it (1. 标题); or -1.
    /// </summary>
    private static int ListedItem(string listEntry, string folded)
    {
        if (ListEntry().Match(listEntry) is not { Success: true } entry || ArchiveItemLines.Head().Match(folded) is not { Success: true } head) return -1;
        var title = entry.Groups["title"].Value.Trim();
        return folded.AsSpan(head.Length).StartsWith(title, StringComparison.Ordinal) && folded.Length > head.Length + title.Length
            ? head.Length + title.Length
            : -1;
    }

    /// <summary>The item's page line and column field, its headline, and its text.</summary>
    private static IEnumerable<SourceLine> CutListedItem(SourceLine line, int titleEnd)
    {
        var head = ArchiveItemLines.Head().Match(line.Folded).Length;
        yield return line.Until(head).Trimmed();
        var title = line.Slice(head, titleEnd - head);
        yield return title.Trimmed();
        var text = line.From(titleEnd);
        yield return text.From(text.Folded.Length - text.Folded.TrimStart().Length);
    }

    [GeneratedRegex(@"^[0-9]{1,3}\.\s*(?<title>\S.{3,})$")]
    private static partial Regex ListEntry();

    [GeneratedRegex(@"[0-9]{1,2}月[0-9]{1,2}日[讯电]")]
    private static partial Regex DatedDateline();

    [GeneratedRegex(@"^(?:第\s*[0-9]{1,3}\s*页\s*,?\s*共\s*[0-9]{1,4}\s*页|\[接上页\])")]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"^.{0,40}?(?:https?://|www\.)[\w.-]+\.(?:com|cn|net|org)(?=[\u4e00-\u9fa5])")]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"(?:同志们|各位领导[、,]同志们|各位领导)[^:。,]{0,8}:(?:\s*大家好[!。]?)?")]
    private static partial Regex Salutation();

    [GeneratedRegex(@"^(?<issuer>[^()]{2,20})\([〇○零一二三四五六七八九0oO0-9Xx]{2,4}\s*年[^()]{1,12}\)")]
    private static partial Regex IssuedOn();

    [GeneratedRegex(@"^(?:各[^:,。]{1,30}|[\u4e00-\u9fa5]{2,8}(?:办|委|部|局|厅|组))\s*:(?=\s?\S)")]
    private static partial Regex Address();

    private const string PageLabel = @"(?:来源|稿源|作者|发布人|编辑|发布时间|发布日期|更新时间|浏览次数|点击数|点击|阅读)\s*:";

    [GeneratedRegex(@"^(?<headline>[^:|。]{6,50}?)\s+(?=" + PageLabel + @"[^。]{0,60}?(?:发布时间|发布日期|浏览次数|点击))")]
    private static partial Regex HeadlineBeforeLabels();

    [GeneratedRegex(@"^(?:" + PageLabel + @"\s*[^|:\s]*(?:\s[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s*\|\s*)+" + PageLabel + @"\s*[^|:\s]*\s+(?=\S)")]
    private static partial Regex LabelsBeforeText();

    /// <summary>A headline run straight into the page's time and labels (…辉煌成就2008-12-3 1:05:32 来源: 南宁新闻网 …).</summary>
    [GeneratedRegex(@"^(?<headline>[^:|。]{6,50}?)\s*(?=[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s+" + PageLabel + @")")]
    private static partial Regex HeadlineBeforeStamp();

    [GeneratedRegex(@"(?<=[。!]|\.(?:docx?|pdf|xlsx?|wps)\s)\s*(?<issuer>[^\s。,:]{4,30})\s*[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日[\s|]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingSignature();

    /// <summary>An attachment list after the text's last sentence (…进行表彰。 附件: 1.….docx 2.…): a line of its own.</summary>
    [GeneratedRegex(@"(?<=[。!])\s*附件\s*:")]
    private static partial Regex TrailingAttachments();

    [GeneratedRegex(@"^(?<heading>(?:关于)?[^,。;:!?]{4,50}?(?:的通知|的通报|的决定|的意见|的批复|的公告|的通告|实施方案|工作方案|讲话|发言稿|发言|讲稿|调研报告|调查报告|工作汇报|情况汇报))(?:\s+|(?=今天|根据|按照|为了|为进一步|近年来|当前|各位|各[^,。]{1,20}:))")]
    private static partial Regex HeadingBeforeText();
}
