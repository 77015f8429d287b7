using System.Text.RegularExpressions;
using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// A newspaper page or item: the page's head (版次 line 第05版：要闻 giving page and section, the date, the paper),
/// then articles, each opened by a top-level heading (# in converted text) or, on a page without markup, by a headline
/// its byline or dateline follows; a kicker ending with a colon joins the headline, a second headline line or a ——
/// line is the subtitle; bylines, a 本报讯 dateline and closing credits give the authors and stay out of the body;
/// photo captions are captions. A headline stranded at the foot of the page with only its byline takes back its body.
/// </summary>
internal sealed partial class NewspaperParser(Gazetteer gazetteer)
{
    public ParsedDocument Parse(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        var starts = ArticleStarts(lines, roles);
        var front = new List<string>();
        var back = new List<string>();
        DateOnly? date = null;
        string? publisher = null, site = null, section = null;
        int? page = null;
        var pageLine = -1;

        // The page's head: everything before the first headline (or before the first paragraph of a page without one).
        var firstParagraph = FirstParagraph(lines, roles);
        var firstContent = starts.Count > 0 ? starts[0].Start : firstParagraph;
        for (var i = 0; i < firstContent; i++)
        {
            var line = lines[i];
            date ??= ChineseDate.FindFirst(line.Folded);
            site ??= SiteName.InChrome(line);
            if (EpaperPage().Match(line.Folded) is { Success: true } edition)
            {
                if (pageLine < 0) pageLine = i;
                page ??= int.TryParse(edition.Groups["page"].Value, out var n) ? n : ChineseNumber.Parse(edition.Groups["numeral"].Value);
                // A site repeating the page's number after the colon (第2版:2) names no section.
                section ??= edition.Groups["section"].Value.Trim() is { Length: > 0 } s && !s.All(char.IsAsciiDigit)
                    ? line.Cut(edition.Groups["section"].Index, s.Length) : null;
            }
            if (Newspaper.NameAtStart(line.Folded) is { } paper) publisher ??= line.Cut(paper);
            if (Newspaper.Registration(line.Folded) is { } registered && registered.End.Value > 0) publisher ??= line.Cut(registered);
            if (roles[i] == LineRole.WebLabel)
                foreach (var label in WebLabels.Read(line.Folded))
                    if (label.Name == "来源" && Newspaper.NameAtStart(label.Value) is not null) publisher ??= line.Cut(label.ValueIndex, label.Value.Length);
            if (!roles[i].IsFurniture()) front.Add(line.Text);
        }

        // The masthead of an item a site reposts, under its headline (辽宁日报 2022年04月13日): the paper and its day, the
        // page's head though the item's lines hold it.
        foreach (var line in lines.Take(firstParagraph))
        {
            if (Newspaper.Masthead(line.Folded) is not { } paper) continue;
            publisher ??= line.Cut(paper);
            date ??= ChineseDate.FindFirst(line.Folded);
            if (line.Number >= firstContent) front.Add(line.Text);
        }

        // A front page's masthead dates the page wherever the host's chrome has pushed it (今日 8 版 2023 年 4 月 26 日).
        date ??= lines.Where(l => Newspaper.CountsTodaysPages(l.Folded)).Select(l => ChineseDate.FindFirst(l.Folded)).FirstOrDefault(d => d is not null);

        var drafts = new List<ArticleDraft>();
        if (starts.Count == 0)
        {
            // An e-paper item without byline or dateline: its headline is the heading right above its text, under the page line.
            var headline = Enumerable.Range(0, firstContent).LastOrDefault(k => !roles[k].IsFurniture(), -1);
            var titled = pageLine >= 0 && headline > pageLine && IsHeadlineLine(lines[headline], roles[headline]);
            if (titled) front.RemoveAt(front.Count - 1);
            var item = new ArticleDraft(titled ? lines[headline].Text.Trim() : null, section, page);
            // Its bylines right above the text (□晚报记者 李明 通讯员 王芳) are the item's, not the page's head.
            var bylines = Enumerable.Range(0, titled ? 0 : firstContent).Reverse().Where(k => !roles[k].IsFurniture())
                .TakeWhile(k => roles[k] == LineRole.Byline).Reverse();
            foreach (var k in bylines)
            {
                item.Credit(lines[k], takeDepartment: false);
                front.Remove(lines[k].Text);
            }
            ReadArticle(item, lines, roles, firstContent, lines.Count, back);
            drafts.Add(item);
        }
        for (var a = 0; a < starts.Count; a++)
        {
            var (start, titleStart, titleEnd, brief) = starts[a];
            var end = a + 1 < starts.Count ? starts[a + 1].Start : lines.Count;
            var column = brief is null && IsColumn(lines, roles, start) ? ColumnLabel(lines[start]) : null;
            var archived = ArchiveItem(lines, start, titleStart);
            // An archive item's page line, column field and list entry are the page's, not the item's text.
            front.AddRange(Enumerable.Range(start, titleStart - start).Where(k => !roles[k].IsFurniture()).Select(k => lines[k].Text));
            // …as is the date a block of news in brief carries under its heading.
            date ??= Enumerable.Range(start, titleStart - start).Where(k => IsDateStamp(lines[k])).Select(k => ChineseDate.FindFirst(lines[k].Folded)).FirstOrDefault();
            var draft = brief is not null ? new ArticleDraft(titleEnd > titleStart ? lines[titleStart].Text.Trim() : null, brief, page ?? lines[start].Page)
                : column is not null ? new ArticleDraft(lines[start + 1].Text.Trim(), column, page ?? lines[start].Page)
                : titleStart == titleEnd ? new ArticleDraft(null, archived?.Section ?? section, archived?.Page ?? page ?? lines[start].Page)
                : new ArticleDraft(Headline(lines, titleStart, titleEnd, out var subtitle), archived?.Section ?? section, archived?.Page ?? page ?? lines[start].Page) { Subtitle = subtitle };
            var from = titleEnd;
            // The item's date under its headline (标题 / 2018-12-20 / 【特讯】…): the page's date, a line of its head.
            if (from < end && from > titleStart && IsDateStamp(lines[from]))
            {
                date ??= ChineseDate.FindFirst(lines[from].Folded);
                front.Add(lines[from++].Text);
            }
            ReadArticle(draft, lines, roles, from, end, a == starts.Count - 1 ? back : null);
            if (draft.Lines.Count > 0 && (brief is not null || IsBriefItem(lines[from]) && titleEnd > titleStart))
            {
                var item = draft.Lines[0]; // without its bullet
                item = item.From(item.Folded.Length - item.Folded.TrimStart().Length + 1);
                // …and without the source it names (△政府发言人办公室讯：): the item's department.
                if (BriefSource().Match(item.Folded) is { Success: true } source)
                {
                    draft.SourceDepartment ??= item.Cut(source.Groups["unit"].Index, source.Groups["unit"].Length);
                    draft.Credits.Add(item.Until(source.Length).Text.Trim());
                    item = item.From(source.Length);
                }
                draft.Lines[0] = item;
            }
            drafts.Add(draft);
        }
        RecoverStrandedTitle(drafts);
        date ??= back.Select(b => ChineseDate.FindFirst(SourceLine.Fold(b, gazetteer.Characters))).FirstOrDefault(d => d is not null);
        // A page copied whole prints its line once, under its last item: every item was printed there.
        if (PrintedPage(back) is { } printed) foreach (var draft in drafts) draft.Page ??= printed;
        MainTitleFromFooter(drafts, back, front);

        var articles = drafts.Select(d => d.Build(null, Body(d))).ToList();
        var pageRegion = gazetteer.InferRegion(front.Select(f => ((string?)f, 1.0))
            .Concat(articles.Select(a => ((string?)(a.Title + "\n" + a.Body), 1.0))))?.Place;
        // A page of several items, one of which alone names a place, is not about that place (its head naming none).
        if (articles.Count > 1 && articles.Count(a => ArticleRegion(a, null) is not null) < 2
            && gazetteer.InferRegion(front.Select(f => ((string?)f, 1.0))) is null)
            pageRegion = null;
        var regions = articles.Select(a => ArticleRegion(a, pageRegion)).ToList();
        // A page whose articles are placed apart in its province is about the place they share (宿松县, 望江县: 安庆市).
        foreach (var own in regions)
            while (own is not null && pageRegion is not null && !own.IsWithin(pageRegion) && own.Province == pageRegion.Province)
                pageRegion = pageRegion.Parent;
        articles = articles.Select((a, i) => a with { Region = (regions[i] ?? pageRegion)?.Path }).ToList();
        // A page holding one item is about the item's place, its headline's (海南省坚持…) though its body's mentions spread.
        if (articles.Count == 1) pageRegion ??= regions[0];
        return new ParsedDocument
        {
            Kind = DocumentKind.NewspaperPage,
            Date = date,
            Publisher = publisher,
            Site = site,
            Region = pageRegion?.Path,
            Articles = articles,
            FrontMatter = front,
            BackMatter = back,
        };
    }

    /// <summary>The place an article's headline names, or its text names inside the page's province; null for the page's own.</summary>
    private Place? ArticleRegion(ParsedArticle article, Place? pageRegion)
    {
        if (gazetteer.Match(article.Title, pageRegion)?.Place is { } titled) return titled;
        var own = gazetteer.InferRegion([(article.Subtitle, 2), (article.Body, 1)], pageRegion)?.Place;
        return own is not null && (pageRegion is null || own.IsWithin(pageRegion.Province)) ? own : null;
    }

    private List<string> Body(ArticleDraft draft)
    {
        var paragraphs = draft.Paragraphs();
        ClosingCredits.Take(draft, paragraphs, gazetteer.Characters);
        draft.Page ??= PrintedPage(draft.Credits);
        return paragraphs;
    }

    /// <summary>The page a paper's print line among <paramref name="lines"/> names (《 人民日报 》( 2025年05月22日 11 版)): an item reposted alone was printed there.</summary>
    private int? PrintedPage(IEnumerable<string> lines) =>
        lines.Select(l => ClosingCredits.PrintedPage(l, gazetteer.Characters)).FirstOrDefault(p => p is not null);

    /// <summary>
    /// Where articles start (and their headline lines end): at the top heading level where the text has headings;
    /// otherwise at a headline (one or two heading lines, a kicker ending with a colon) that a byline or a dateline
    /// follows. The items of a block of news in brief (a 简讯 heading over two ● items or more) are articles of that
    /// section (Brief), each with its later paragraphs, titled where a headline stands over its bullet; the block's
    /// heading and date are the page's.
    /// </summary>
    private static List<(int Start, int TitleStart, int TitleEnd, string? Brief)> ArticleStarts(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        var starts = new List<(int Start, int TitleStart, int TitleEnd, string? Brief)>();
        var levels = lines.Where(l => l.HeadingLevel is not null).Select(l => l.HeadingLevel!.Value).ToList();
        if (levels.Count > 0)
        {
            var top = levels.Min();
            foreach (var line in lines)
                if (line.HeadingLevel == top || IsStrandedTitle(lines, roles, line.Number)) starts.Add((line.Number, line.Number, line.Number + 1, null));
            return starts;
        }
        if (ArchiveItemStarts(lines, roles) is { Count: > 0 } items) return items;
        var paperDatelines = lines.Count(l => Dateline.Read(l.Folded) is { Kind: DatelineKind.Newspaper });
        string? brief = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (NewsInBrief(lines, roles, i) is { } block)
            {
                // The heading (and the block's date under it) is the page's; the first item starts the block.
                brief = block.Name;
                var titled = !IsBriefItem(lines[block.First]);
                starts.Add((i, block.First, titled ? block.First + 1 : block.First, brief));
                i = titled ? block.First + 1 : block.First;
                continue;
            }
            if (brief is not null && IsBriefItem(lines[i]))
            {
                starts.Add((i, i, i, brief));
                continue;
            }
            if (brief is not null && IsTitledBriefItem(lines, roles, i))
            {
                starts.Add((i, i, i + 1, brief));
                i++;
                continue;
            }
            // A titled brief on its own (一则 headline over △政府新闻局讯：…): the item its source's credit opens.
            if (IsTitledBriefItem(lines, roles, i) && BriefSource().IsMatch(lines[i + 1].Folded.TrimStart()[1..])
                && (starts.Count == 0 || i >= starts[^1].TitleEnd))
            {
                starts.Add((i, i, i + 1, null));
                i++;
                continue;
            }
            // An item's later paragraphs stay in the block; a heading, a byline or a dateline ends it.
            if (brief is not null && roles[i] == LineRole.Body && !OpensArticle(lines, roles, i)) continue;
            brief = null;
            if (IsColumn(lines, roles, i) && (starts.Count == 0 || i >= starts[^1].TitleEnd))
            {
                starts.Add((i, i, i + 2, null));
                i++;
                continue;
            }
            if (!OpensArticle(lines, roles, i)) continue;
            // The headline: up to two heading lines above, a kicker ending with a colon among them, over the item's
            // masthead where a site reposts it (辽宁日报 2022年04月13日) or its date alone (2018-12-20).
            var titleEnd = i > 0 && (Newspaper.Masthead(lines[i - 1].Folded) is not null || IsDateStamp(lines[i - 1])) ? i - 1 : i;
            var top = titleEnd;
            // Two heading lines, or three over a —— subtitle (引题, 主题, ——副题).
            var most = titleEnd > 0 && SubtitleLine().IsMatch(lines[titleEnd - 1].Text) ? 3 : 2;
            // A kicker run into the title fills a line of its own (…搭建多元化平台加大培养力度为海南干部成长提速): right over
            // the byline any heading line is the headline all the same.
            while (top > 0 && titleEnd - top < most
                   && IsHeadlineLine(lines[top - 1], roles[top - 1], overByline: top == i && roles[i] == LineRole.Byline)
                   && (starts.Count == 0 || top - 1 >= starts[^1].TitleEnd)) top--;
            if (top == titleEnd)
            {
                // On a page of several items each opened by its paper's dateline (a page flattened from print), a dateline
                // with no headline over it opens an item all the same, the page's first or after another item's last sentence.
                if (paperDatelines >= 2 && Dateline.Read(lines[i].Folded) is { Kind: DatelineKind.Newspaper } && (starts.Count == 0 ? i > 0 : i > starts[^1].TitleEnd)
                    && Enumerable.Range(0, i).LastOrDefault(k => !roles[k].IsFurniture(), -1) is >= 0 and var above && roles[above] != LineRole.Byline
                    && (starts.Count == 0 || roles[above] == LineRole.Body && Punctuation.EndsSentence(lines[above].Folded.TrimEnd())))
                    starts.Add((i, i, i, null));
                continue;
            }
            if (starts.Count > 0 && top < starts[^1].TitleEnd) continue;
            starts.Add((top, top, titleEnd, null));
        }
        return starts;
    }

    /// <summary>
    /// A paper's archive heads each item with its page line and its column's field (第4版() / 专栏：, 第11版(副刊) / 专栏：社论):
    /// each such line opens an article, titled by the lines under it up to its first sentence, dateline or credit (none
    /// over a photo's caption). A line right above the page line that repeats the headline is the site's list of titles.
    /// </summary>
    private static List<(int Start, int TitleStart, int TitleEnd, string? Brief)> ArchiveItemStarts(IReadOnlyList<SourceLine> lines,
        IReadOnlyList<LineRole> roles)
    {
        var starts = new List<(int Start, int TitleStart, int TitleEnd, string? Brief)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!ArchiveItemLines.Page().IsMatch(lines[i].Folded)) continue;
            var titleStart = i + 1 < lines.Count && ArchiveItemLines.ColumnField().IsMatch(lines[i + 1].Folded) ? i + 2 : i + 1;
            var titleEnd = titleStart;
            // Up to three lines, a —— subtitle the last of them.
            while (titleEnd < lines.Count && titleEnd - titleStart < 3 && IsArchiveHeadlineLine(lines[titleEnd], roles[titleEnd])
                   && (titleEnd == titleStart || !SubtitleLine().IsMatch(lines[titleEnd - 1].Text))) titleEnd++;
            // A headline is over something: lines running to the page's end are the item's text.
            if (titleEnd == lines.Count) titleEnd = titleStart;
            var headline = string.Concat(Enumerable.Range(titleStart, titleEnd - titleStart).Select(k => lines[k].CompactFolded));
            var start = i > 0 && (starts.Count == 0 || i - 1 >= starts[^1].TitleEnd) && ListedTitle(lines[i - 1]) is { Length: >= 4 } listed
                        && headline.StartsWith(listed, StringComparison.Ordinal) ? i - 1 : i;
            starts.Add((start, titleStart, titleEnd, null));
            i = titleEnd - 1;
        }
        return starts;
    }

    /// <summary>A line of an archive item's headline: short, no sentence, no dateline, no credit, no writer's name alone.</summary>
    private static bool IsArchiveHeadlineLine(SourceLine line, LineRole role) =>
        line.Text.Length <= 60 && !line.HasFullStop && role is not (LineRole.Byline or LineRole.Caption) && !role.IsFurniture()
        && Dateline.Read(line.Folded) is null && !PersonName.IsLikely(line.Folded.Trim()) && !ArchiveItemLines.ColumnField().IsMatch(line.Folded);

    /// <summary>A site's entry for a title in its list above the item (1. 标题), as compared with the headline.</summary>
    private static string ListedTitle(SourceLine line) =>
        ListNumber().Match(line.CompactFolded) is { Success: true } number ? line.CompactFolded[number.Length..] : line.CompactFolded;

    /// <summary>The page and section an archive item's page line gives, when [start, titleStart) holds one.</summary>
    private static (int Page, string? Section)? ArchiveItem(IReadOnlyList<SourceLine> lines, int start, int titleStart)
    {
        for (var k = start; k < titleStart; k++)
            if (ArchiveItemLines.Page().Match(lines[k].Folded) is { Success: true } item)
                return (int.Parse(item.Groups["page"].Value), item.Groups["section"].Value is { Length: > 0 } s ? s : null);
        return null;
    }

    /// <summary>
    /// A column's label over its headline and text (短评 or 【短评】 / 让党建引领落到实处 / text): commentary runs without
    /// byline or dateline, so the label opens the article, and names its section.
    /// </summary>
    private static bool IsColumn(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i) =>
        i + 2 < lines.Count && lines[i].Text.Length <= 10 && Column().IsMatch(ColumnLabel(lines[i]))
        && lines[i + 1].Text.Length <= 40 && !lines[i + 1].HasClauseMark && roles[i + 1] is LineRole.Heading or LineRole.Body or LineRole.IssuerAndDate
        && roles[i + 2] == LineRole.Body && lines[i + 2].HasClauseMark;

    [GeneratedRegex(@"^(?:短评|评论|微评|时评|社论|言论|编后|编后语|编后记|评论员文章|本报评论员)$")]
    private static partial Regex Column();

    /// <summary>A column's label without the brackets a page may print it in (【短评】).</summary>
    private static string ColumnLabel(SourceLine line) => line.Compact.Trim('【', '】', '〔', '〕', '[', ']');

    /// <summary>A heading over news in brief: 简讯, 短讯, 快讯, 信息快递, 要闻速览, 一句话新闻 …</summary>
    [GeneratedRegex(@"(?:简讯|短讯|快讯|速递|快递|速览|一句话新闻|简报)$")]
    private static partial Regex BriefHeading();

    /// <summary>An item of news in brief: a bulleted paragraph (●6月8日，省委组织部召开…).</summary>
    private static bool IsBriefItem(SourceLine line) =>
        line.Folded.TrimStart() is { Length: > 8 } item && "●■◆▲△★□◇".Contains(item[0]) && line.HasClauseMark;

    /// <summary>An item of news in brief under its own headline: an unmarked headline line right over the bulleted paragraph.</summary>
    private static bool IsTitledBriefItem(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i) =>
        i + 1 < lines.Count && IsHeadlineLine(lines[i], roles[i]) && !lines[i].HasClauseMark
        && !"●■◆▲△★□◇".Contains(lines[i].Folded.TrimStart() is { Length: > 0 } head ? head[0] : ' ') && IsBriefItem(lines[i + 1]);

    /// <summary>
    /// A block of news in brief at line <paramref name="i"/>: a heading such as 简讯 (the block's date may stand under
    /// it) over two items or more, each a bulleted paragraph or a headline over one; its name and its first item's line.
    /// </summary>
    internal static (string Name, int First)? NewsInBrief(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i)
    {
        // The name as printed (簡訊), recognized in folded script; a bare name such as 要闻简报 reads as a series' masthead
        // line, but on a page over bulleted items it heads them all the same.
        if (!BriefHeading().IsMatch(lines[i].CompactFolded.TrimEnd('】', '〕', ']', '■', '◆', '★', '●'))) return null;
        var name = roles[i] == LineRole.SectionHeading ? SectionHeading.Name(lines[i])
            : roles[i] is LineRole.Masthead or LineRole.Heading && lines[i].CompactFolded.Length <= 8 ? lines[i].Compact : null;
        if (name is null) return null;
        var first = i + 1;
        if (first < lines.Count && IsDateStamp(lines[first])) first++;
        if (first + 1 >= lines.Count || !IsBriefItem(lines[first]) && !IsTitledBriefItem(lines, roles, first)) return null;
        var next = IsBriefItem(lines[first]) ? first + 1 : first + 2;
        return Enumerable.Range(next, Math.Max(0, lines.Count - next)).Any(k => IsBriefItem(lines[k])) ? (name, first) : null;
    }

    /// <summary>A line holding nothing but a date (2018-12-20, 2021年5月19日): an item's or a block's stamp.</summary>
    private static bool IsDateStamp(SourceLine line) => !line.HasClauseMark && ChineseDate.ParseExact(line.Folded) is not null;

    /// <summary>The source a brief names after its bullet (政府发言人办公室讯：, 新闻局讯:): the unit that supplied it.</summary>
    [GeneratedRegex(@"^\s*(?<unit>[\u4e00-\u9fa5]{2,12})讯\s*[:：]")]
    private static partial Regex BriefSource();

    /// <summary>A short headline at the foot of the page with nothing but its byline after it (「环保绿」辉映「志愿红」 / 本报记者 桑宏).</summary>
    private static bool IsStrandedTitle(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int k) =>
        lines.Count - k - 1 is >= 1 and <= 3 && roles[k] == LineRole.Heading && lines[k].HeadingLevel is null && lines[k].Text.Length <= 30
        && Enumerable.Range(k + 1, lines.Count - k - 1).All(j => roles[j] == LineRole.Byline);

    /// <summary>
    /// A byline or a dateline opens the article whose headline stands right above it; so does an e-paper item's label
    /// line (刊发日期：… 作者：…), but not the stamp of a site reposting a paper's page (2006-05-17 来源：光明日报), which
    /// belongs to the page's head.
    /// </summary>
    private static bool OpensArticle(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i) =>
        roles[i] == LineRole.Byline && !lines[i].Folded.Contains('摄')
        || roles[i] == LineRole.WebLabel && WebLabels.Read(lines[i].Folded) is { Count: > 0 } labels && labels.All(l => !l.Name.Contains("来源") && l.Name != "稿源")
        || roles[i] is LineRole.Body or LineRole.Heading && Dateline.Read(lines[i].Folded) is { Kind: not DatelineKind.Web };

    /// <summary>
    /// A headline's line: a heading line of 40 characters at most, any heading line <paramref name="overByline"/> (a kicker
    /// and a title run together), or a short kicker ending with a colon.
    /// </summary>
    /// <remarks>A paper's archive heads each item with its column's field, empty where the item has none (专栏：): no kicker.</remarks>
    private static bool IsHeadlineLine(SourceLine line, LineRole role, bool overByline = false) =>
        (role == LineRole.Heading && (overByline || line.Text.Length <= 40) || role == LineRole.Body && line.Text.Length <= 20 && line.Folded.TrimEnd().EndsWith(':'))
        && ChineseDate.FindFirst(line.Folded) is null && !EpaperPage().IsMatch(line.Folded) && line.CompactFolded != "专栏:";

    /// <summary>
    /// The headline of lines [start, end): a kicker ending with a colon joins it, and so does a line wrapped inside a
    /// quotation (海口美兰区再出“ / 新招”提升…); a second line is the subtitle.
    /// </summary>
    private static string? Headline(IReadOnlyList<SourceLine> lines, int start, int end, out string? subtitle)
    {
        subtitle = null;
        // A kicker and a title over a —— subtitle: the two are the title, as a citation joins them.
        if (end - start == 3 && SubtitleLine().Match(lines[end - 1].Text) is { Success: true } dash)
        {
            subtitle = dash.Groups["text"].Value.Trim();
            return lines[start].Text.Trim() + lines[start + 1].Text.Trim();
        }
        var title = lines[start].Text;
        for (var i = start + 1; i < end; i++)
        {
            if (lines[i - 1].Folded.TrimEnd().EndsWith(':')) title += lines[i].Text;
            else if (LineClassifier.EndsOnOpeningMark(lines[i - 1])) title = title.TrimEnd() + lines[i].Text.Trim();
            else
            {
                var line = SubtitleLine().Match(lines[i].Text) is { Success: true } marked ? marked.Groups["text"].Value.Trim() : lines[i].Text;
                subtitle = subtitle is null ? line : subtitle + " " + line;
            }
        }
        return title;
    }

    /// <summary>Subtitle, bylines, dateline, captions and paragraphs of one article, lines [from, to).</summary>
    private void ReadArticle(ArticleDraft draft, IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int from, int to,
        List<string>? back)
    {
        var end = to;
        // The page's own lines after the last article: labels, footers, its metadata line (date and paper).
        if (back is not null)
        {
            while (end > from && (roles[end - 1].IsFurniture() || roles[end - 1] is LineRole.WebLabel or LineRole.SiteFooter
                                  || !lines[end - 1].HasClauseMark && ChineseDate.FindFirst(lines[end - 1].Folded) is not null))
                end--;
            back.AddRange(Enumerable.Range(end, to - end).Where(i => !roles[i].IsFurniture()).Select(i => lines[i].Text));
        }
        var opening = true;
        for (var i = from; i < end; i++)
        {
            var line = lines[i];
            var role = roles[i];
            if (role.IsFurniture()) continue;
            if (opening && draft.Lines.Count == 0)
            {
                if (Newspaper.Masthead(line.Folded) is not null) continue; // the item's masthead: read with the page's head
                // An e-paper item's label line (新闻作者:… 发布时间:…) stands between its headline and its dateline.
                if (role == LineRole.WebLabel)
                {
                    (back ?? draft.Credits).Add(line.Text);
                    continue;
                }
                if (draft.Subtitle is null && SubtitleLine().Match(line.Text) is { Success: true } dash)
                {
                    draft.Subtitle = dash.Groups["text"].Value.Trim();
                    continue;
                }
                // A byline, or one name alone right under the headline (a two-character name says too little anywhere else).
                if (role == LineRole.Byline || PersonName.IsLikely(line.Folded.Trim()))
                {
                    draft.Credit(line, takeDepartment: false);
                    continue;
                }
                if (Dateline.Read(line.Folded) is { } dateline)
                {
                    draft.Credit(line.Until(dateline.Length), takeDepartment: false);
                    var rest = line.From(dateline.Length);
                    if (rest.Text.Trim().Length > 0) draft.Add(rest);
                    opening = false;
                    continue;
                }
            }
            opening = false;
            if (role == LineRole.Byline && draft.Lines.Count > 0 && i >= end - 2)
            {
                draft.Credit(line, takeDepartment: false);
                continue;
            }
            if (role == LineRole.Caption)
            {
                draft.Captions.Add(line.Text);
                continue;
            }
            if (role is LineRole.WebLabel or LineRole.SiteFooter)
            {
                // Labels inside an article that is not the page's last (社長：… / 總編輯：… in a front page's masthead) stay with it, as printed.
                (back ?? draft.Credits).Add(line.Text);
                continue;
            }
            if (line.HeadingLevel is not null) draft.Headings.Add(line.Number);
            draft.Add(line);
        }
    }

    /// <summary>
    /// The last article may be nothing but a headline and a byline: its body was laid out earlier on the page. It takes
    /// back the paragraphs, from the first one (not an article's opening) that names all the headline's quoted words,
    /// up to the end of that article.
    /// </summary>
    private static void RecoverStrandedTitle(List<ArticleDraft> drafts)
    {
        if (drafts.Count < 2 || drafts[^1].Lines.Count > 0 || drafts[^1].Title is not { } title) return;
        var stranded = drafts[^1];
        var words = QuotedWords().Matches(title).Select(m => m.Groups[1].Value).ToList();
        if (words.Count == 0) return;
        for (var a = 0; a < drafts.Count - 1; a++)
        {
            var lines = drafts[a].Lines;
            for (var p = 1; p < lines.Count; p++)
            {
                if (!words.All(w => lines[p].Text.Contains(w, StringComparison.Ordinal))) continue;
                stranded.Lines.AddRange(lines.Skip(p));
                stranded.Headings.UnionWith(drafts[a].Headings);
                lines.RemoveRange(p, lines.Count - p);
                drafts.RemoveAt(drafts.Count - 1);
                drafts.Insert(a + 1, stranded);
                return;
            }
        }
    }

    /// <summary>
    /// An e-paper's footer repeats an article's main title (浙江日报 人文·社会万象 00015 热心服务群众零距离 …): where the
    /// headline had two lines, the one repeated is the title and the other its kicker.
    /// </summary>
    private static void MainTitleFromFooter(List<ArticleDraft> drafts, List<string> back, List<string> front)
    {
        if (drafts.Count != 1 || drafts[0] is not { Title: { } kicker, Subtitle: { } main }) return;
        if (!back.Any(b => b.Contains(main, StringComparison.Ordinal)) || back.Any(b => b.Contains(kicker, StringComparison.Ordinal))) return;
        drafts[0].Title = main;
        drafts[0].Subtitle = null;
        front.Add(kicker);
    }

    private static int FirstParagraph(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        for (var i = 0; i < lines.Count; i++)
            if (roles[i] == LineRole.Body && lines[i].HasClauseMark || Dateline.Read(lines[i].Folded) is not null) return i;
        return 0;
    }

    /// <summary>
    /// The page and its section in a page head: 第05版：要闻, 第3版  党建, 第2版(要闻)专栏：…, 第4版() (an archive's, the section left empty), A3版, 第RB01版: 日报01版,
    /// an e-paper's navigation naming the page shown (本期共4版, 当前第1版)
    /// (a group's paper lettering its pages by edition, two letters); and 第A05：党建之窗, where a site's template
    /// lost the 版 but the line still opens on the page's 第 and its section follows the colon. Reads folded text.
    /// </summary>
    [GeneratedRegex(@"(?<=^|\s|^当前版\s*:\s*|当前)(?:第?\s*[A-Z]{0,2}(?<page>[0-9]{1,5})|第(?<numeral>[一二三四五六七八九十]{1,3})|(?<numeral>[一二三四五六七八九十]{1,3})(?=\s*版\s*:))\s*版(?:\s*:\s*(?<section>(?:(?!总?第\s*[0-9])[^\s上]){1,30})|\((?<section>[\u4e00-\u9fa5]{0,12})\)|\s+(?<section>[\u4e00-\u9fa5]{1,12})(?=\s|$)|(?=\s|$))|^第\s*[A-Z]?(?<page>[0-9]{1,3})\s*:\s*(?<section>[\u4e00-\u9fa5]{2,12})(?=\s|$)")]
    private static partial Regex EpaperPage();

    [GeneratedRegex(@"^[0-9]{1,3}[.、]")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"^(?:——|──|—|--)\s*(?<text>.+)$")]
    private static partial Regex SubtitleLine();

    [GeneratedRegex(@"[「“‘『]([^」”’』]{1,12})[」”’』]")]
    private static partial Regex QuotedWords();
}
