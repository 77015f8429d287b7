using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// Gives every line of a document its role: the first recognizer, in a fixed order, that accepts the line. Page
/// furniture first (page numbers, rules, running headers), the footers, web labels, web chrome, then the masthead's
/// lines (issue, series, issuer and date, 文号), contents, sections, credits, captions, salutations and recipients,
/// and last a heading or body by shape. Each recognizer reads one line; only running headers look at the whole text (a
/// line repeated beside page numbers), and two passes after look at a heading's neighbours (the short first line of a
/// wrapped paragraph, a paragraph's sign-off under it). Linear in the text: no recognizer reads more than a bounded
/// slice of a line.
/// </summary>
internal static partial class LineClassifier
{
    /// <summary>A masthead only stands in the first lines of a document.</summary>
    private const int MastheadLines = 8;

    public static LineRole[] Classify(IReadOnlyList<SourceLine> lines)
    {
        var roles = new LineRole[lines.Count];
        var runningHeaders = RunningHeaders(lines);
        for (var i = 0; i < lines.Count; i++)
            roles[i] = Classify(lines[i], runningHeaders.Contains(i));
        // A short line that opens a wrapped paragraph is the paragraph's, whatever its shape alone.
        for (var i = 0; i < lines.Count; i++)
            if (roles[i] == LineRole.Heading && (OpensWrappedParagraph(lines, roles, i) || WrapsIntoParagraph(lines, roles, i))) roles[i] = LineRole.Body;
        // A dash and a byline under a paragraph that ends its sentence (——读者 沈顺南) sign the paragraph: no subtitle.
        for (var i = 1; i < lines.Count; i++)
            if (roles[i] == LineRole.Heading && roles[i - 1] == LineRole.Body && Punctuation.EndsSentence(lines[i - 1].Folded.TrimEnd())
                && SignOff().Match(lines[i].Folded) is { Success: true } sign && Byline.Read(sign.Groups["credit"].Value) is not null)
                roles[i] = LineRole.Byline;
        return roles;
    }

    /// <summary>
    /// The first line of a paragraph wrapped at the page's width (a PDF's text): indented as a paragraph is (two
    /// ideographs' width at most), stopping mid-sentence, as long as the flush line under it. A centred headline is
    /// indented further, or shorter than the line under it. A line of no punctuation is shaped like a headline: it
    /// opens a paragraph only when, indent included, it is printed as wide as a sentence-holding line under it (within
    /// <see cref="PrintedWidth.Slack"/> columns).
    /// </summary>
    public static bool OpensWrappedParagraph(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i)
    {
        var next = i + 1;
        while (next < lines.Count && roles[next].IsFurniture()) next++;
        var line = lines[i];
        if (!(line.Indented && IndentWidth(line.Text) <= 4 && !Punctuation.EndsSentence(line.Folded.TrimEnd())
              && next < lines.Count && !lines[next].Indented && roles[next] is LineRole.Body or LineRole.Heading))
            return false;
        return line.Folded.AsSpan().IndexOfAny("。!?;,、") >= 0
            ? line.Text.Trim().Length * 5 >= lines[next].Text.Trim().Length * 4
            : lines[next].Folded.AsSpan().IndexOfAny("。!?;,、") >= 0
              && PrintedWidth.Alike(PrintedWidth.Columns(line.Text, indented: true), PrintedWidth.Columns(lines[next].Text, indented: false));
    }

    /// <summary>A line's indent in half-width columns: an ideographic space is two, a tab four.</summary>
    private static int IndentWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            if (c == '\u3000') width += 2;
            else if (c == '\t') width += 4;
            else if (char.IsWhiteSpace(c)) width++;
            else break;
        }
        return width;
    }

    private static LineRole Classify(SourceLine line, bool isRunningHeader)
    {
        var f = line.Folded;
        if (line.IsFooter) return LineRole.SiteFooter;
        if (line.IsLong) return LineRole.Body;
        if (f.Trim().Length == 0) return LineRole.WebChrome; // a forum's anti-copy junk alone, folded away
        if (PageFurniture.PageNumber(f) is not null) return LineRole.PageNumber;
        if (PageFurniture.IsRule(f)) return LineRole.Rule;
        if (PageFurniture.IsJump(f)) return LineRole.Jump;
        if (isRunningHeader) return LineRole.RunningHeader;
        if (DistributionFooter.Read(f) is not null) return LineRole.DistributionFooter;
        if (SiteFooter.Matches(f)) return LineRole.SiteFooter;
        // Labels before chrome: a widget line may carry the page's date ([ 字体： 发布时间：2023-03-01 稿源：… ]).
        if (WebLabels.Matches(f)) return LineRole.WebLabel;
        if (WebChrome.Matches(f) || Newspaper.Registration(f) is not null) return LineRole.WebChrome;
        if (ContentsLabel.Matches(f)) return LineRole.ContentsLabel;
        if (IssueLine.Read(f) is not null) return LineRole.IssueLine;
        if (line.Number < MastheadLines && Masthead.Series(f) is not null) return LineRole.Masthead;
        if (IssuerAndDate.Read(f) is not null) return LineRole.IssuerAndDate;
        if (DocumentNumber.ReadLine(f) is not null) return LineRole.DocumentNumber;
        if (ContentsLine.Read(f) is not null) return LineRole.ContentsEntry;
        if (SectionHeading.Name(line) is not null) return LineRole.SectionHeading;
        if (EditorsNote.Matches(f)) return LineRole.EditorsNote;
        if (Attribution.AloneOnLine(f) is not null) return LineRole.Attribution;
        if (Byline.Read(f) is not null) return LineRole.Byline;
        if (Caption.Matches(f)) return LineRole.Caption;
        if (Salutation.Matches(f)) return LineRole.Salutation;
        if (Recipients.Read(f) is not null) return LineRole.Recipients;
        return IsHeading(line) ? LineRole.Heading : LineRole.Body;
    }

    /// <summary>A short line holding no sentence: no full stop or semicolon, not cut off at a comma or colon.</summary>
    public static bool IsHeading(SourceLine line)
    {
        var f = line.Folded.TrimEnd();
        return f.Length is > 0 and <= 60 && f.AsSpan().IndexOfAny("。!?;") < 0 && f[^1] is not (',' or '、' or ':' or '.');
    }

    /// <summary>
    /// A line cut at a mark that opens a title, a quotation or a bracket wraps: it is a paragraph's when the line it runs
    /// on into holds a sentence (…按照《 / 中共上海市委关于…》(沪委〔2004〕17号)的要求,…), and stays a heading when that line is a
    /// heading's rest (…关于印发《 / 北京市…实施办法》的通知).
    /// </summary>
    private static bool WrapsIntoParagraph(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i)
    {
        if (!EndsOnOpeningMark(lines[i])) return false;
        var next = i + 1;
        while (next < lines.Count && roles[next].IsFurniture()) next++;
        return next < lines.Count && roles[next] == LineRole.Body;
    }

    /// <summary>A line cut at a mark that opens a title, a quotation or a bracket: the rest of what it opens is on the next.</summary>
    public static bool EndsOnOpeningMark(SourceLine line) => line.Folded.TrimEnd() is { Length: > 0 } f && OpeningMarks.Contains(f[^1]);

    /// <summary>Marks that open what a line cannot end on: a title, a quotation, a bracket.</summary>
    private const string OpeningMarks = "《〈“‘(〔【[「『";

    /// <summary>
    /// A headline closed by an exclamation or a question (…活动正式启动！, …减的是什么？, 定了！今年…这么干！): a short line with
    /// no other sentence in it but a short cry before it. A body line by its shape; a headline where the page's layout puts one.
    /// </summary>
    public static bool IsExclaimedHeading(SourceLine line)
    {
        var f = line.Folded.Trim();
        var head = f.TrimEnd('!', '?');
        // 定了！, 好消息！ before a headline of its own; 同志们！大家好！ is a greeting.
        var cry = head.IndexOfAny(['!', '?']) is var mark and >= 2 and <= 6 && head.Length - mark > 6 ? mark + 1 : 0;
        return f.Length is >= 6 and <= 60 && head.Length < f.Length && f.Length - head.Length <= 3
               && head.AsSpan(cry).IndexOfAny("。!?;") < 0 && head.AsSpan(0, cry).IndexOfAny("。;,") < 0 && head[^1] is not (',' or '、' or ':' or '.');
    }

    /// <summary>
    /// Lines repeated at the head or foot of pages: a short line that occurs more than once and stands right before or
    /// after a page number at least once. Every occurrence is furniture, except one in the first lines (the masthead).
    /// An issue line beside a page number past the masthead (组织工作信息 第8期 over page 2) is one even printed once: an
    /// issue of two pages repeats its header once only.
    /// </summary>
    private static HashSet<int> RunningHeaders(IReadOnlyList<SourceLine> lines)
    {
        var byText = new Dictionary<string, List<int>>();
        var besidePageNumber = new HashSet<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Length > 40) continue;
            var key = Punctuation.Compact(lines[i].Folded);
            if (!byText.TryGetValue(key, out var at)) byText[key] = at = [];
            at.Add(i);
            var nearPage = i > 0 && PageFurniture.PageNumber(lines[i - 1].Folded) is not null
                           || i + 1 < lines.Count && PageFurniture.PageNumber(lines[i + 1].Folded) is not null;
            if (nearPage) besidePageNumber.Add(key);
        }
        var headers = new HashSet<int>();
        foreach (var key in besidePageNumber)
        {
            var at = byText[key];
            if (PageFurniture.PageNumber(key) is not null) continue;
            if (at.Count >= 2)
            {
                foreach (var i in at)
                    if (i >= MastheadLines / 2 || at[0] != i) headers.Add(i);
            }
            else if (at[0] >= MastheadLines / 2 && IssueLine.Read(lines[at[0]].Folded) is not null)
            {
                headers.Add(at[0]);
            }
        }
        return headers;
    }

    [GeneratedRegex(@"^\s*(?:——|──|—|--)\s*(?<credit>\S.{1,30})$")]
    private static partial Regex SignOff();
}
