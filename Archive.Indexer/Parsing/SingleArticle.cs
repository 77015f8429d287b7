using Archive.Indexer.Chinese;
using System.Text.RegularExpressions;
using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// How a one-article document is laid out, whatever its kind: chrome and labels above the headline, the headline (and
/// a subtitle), a heading block (a repeated title, bylines, a date line, a salutation, 第一章 …), the body, closing
/// credits, and a footer. Finds each part from the line roles; the kind's parser reads its own fields off the parts.
/// </summary>
internal sealed partial class SingleArticle
{
    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly IReadOnlyList<LineRole> _roles;
    private readonly TraditionalCharacters _characters;

    public SingleArticle(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, TraditionalCharacters characters)
    {
        _lines = lines;
        _roles = roles;
        _characters = characters;
    }

    public ArticleDraft Draft { get; private set; } = new(null, null, null);
    public List<string> FrontMatter { get; } = [];
    public List<string> BackMatter { get; } = [];
    /// <summary>Label lines (发布时间：…, 来源：…) above and just under the headline, and the footer's lines, as read.</summary>
    public List<SourceLine> Labels { get; } = [];
    public List<SourceLine> Footer { get; } = [];
    /// <summary>Heading-block lines that are neither title nor label (a speaker, a date line, a department line).</summary>
    public List<SourceLine> HeadLines { get; } = [];
    /// <summary>Bylines of the heading block; a site may stamp the page's date and time on one (| 记者 张三 | 2021-11-12 14:04).</summary>
    public List<SourceLine> Bylines { get; } = [];
    public int TitleIndex { get; private set; } = -1;
    /// <summary>
    /// The date a page ran on into a line: a stamp after its headline ( @ 2012-12-19T00: 返回 新闻热点), a date before its
    /// dateline (2023年5月12日 本报讯…); or null.
    /// </summary>
    public DateOnly? InlineDate { get; private set; }

    /// <summary>
    /// Reads the layout. <paramref name="isTitle"/> names the kind's own headline (a notice's …的通知, a speech's …讲话)
    /// where the page's shape says nothing; <paramref name="stripDateline"/> takes a 本报讯 or 网讯 dateline off the body.
    /// </summary>
    public SingleArticle Read(Func<SourceLine, bool>? isTitle, bool stripDateline) => Read(null, isTitle, stripDateline);

    /// <summary>Reads the layout around a headline the kind's parser found itself (a notice's title over several lines).</summary>
    public SingleArticle Read((int Start, int End)? knownTitle, Func<SourceLine, bool>? isTitle, bool stripDateline)
    {
        const int from = 0;
        var end = _lines.Count;
        var related = RelatedStart(from, end);
        var bodyEnd = FooterStart(from, related);
        for (var i = bodyEnd; i < end; i++)
        {
            if (_roles[i].IsFurniture()) continue;
            // Other pages' teasers are kept as printed, never read for the page's labels; a footer after them is.
            if (i < related || _roles[i] is LineRole.SiteFooter or LineRole.WebLabel) Footer.Add(_lines[i]);
            BackMatter.Add(_lines[i].Text);
        }

        var (titleStart, titleEnd) = knownTitle ?? WithWrappedHalves(FindTitle(from, bodyEnd, isTitle), from, bodyEnd);
        for (var i = from; i < (titleStart < 0 ? from : titleStart); i++) Front(i);
        string? title = null;
        if (titleStart >= 0)
        {
            TitleIndex = titleStart;
            var printed = Enumerable.Range(titleStart, titleEnd - titleStart).Select(i => _lines[i].Text.Trim()).ToList();
            // A title wrapped over lines is joined where it wraps; spaced-out words in a line (实 施意 见) close up, the space
            // between two words stays (鹤岗市人民政府 鹤岗市中级人民法院印发).
            var joined = printed.Count == 1 ? printed[0] : string.Concat(printed.Select(Punctuation.CloseUpLetterSpacing));
            title = CleanTitle(joined);
            var additions = TitleAdditions().Matches(joined).Select(m => m.Value.Trim(' ', '|')).Where(a => a.Length > 0).ToList();
            FrontMatter.AddRange(additions);
            InlineDate = additions.Select(a => ChineseDate.FindFirst(SourceLine.Fold(a, _characters))).FirstOrDefault(d => d is not null);
        }
        else title = LabelledTitle(from, bodyEnd);
        Draft = new ArticleDraft(title, null, titleStart >= 0 ? _lines[titleStart].Page : null);
        var bodyStart = ReadHead(titleStart >= 0 ? titleEnd : from, bodyEnd, title);
        ReadBody(bodyStart, bodyEnd, stripDateline);
        return this;
    }

    /// <summary>The people heading-block lines name after their office (县长 张三, 市委常委、组织部部长 董亮): speakers, writers.</summary>
    public IEnumerable<string> NamedByOffice() => OfficeLines.Select(l => Punctuation.Compact(l.Cut(Speaker.Read(l.Folded)!.Value)));

    /// <summary>Heading-block lines that name a person after his office: the office says where he serves.</summary>
    public IEnumerable<SourceLine> OfficeLines => HeadLines.Where(l => IsNamedOffice(l) && !Speaker.IsInterviewee(l.Folded));

    /// <summary>A line naming a person after his office: a writer's, a speaker's or an interviewee's, never the headline.</summary>
    private static bool IsNamedOffice(SourceLine line) =>
        IssuerAndDate.Read(line.Folded) is null && Speaker.Read(line.Folded) is { } name && name.End.Value > name.Start.Value;

    /// <summary>The article with its closing credits taken off the body.</summary>
    public ParsedArticle Build(string? region)
    {
        var paragraphs = Draft.Paragraphs();
        ClosingCredits.Take(Draft, paragraphs, _characters);
        return Draft.Build(region, paragraphs);
    }

    private void Front(int i)
    {
        if (_roles[i].IsFurniture()) return;
        if (_roles[i] == LineRole.WebLabel) Labels.Add(_lines[i]);
        FrontMatter.Add(_lines[i].Text);
    }

    /// <summary>
    /// Where a block of other pages' teasers (新闻推荐, 相关阅读) starts after a paragraph of the text, or <paramref name="end"/>:
    /// its heading over a headline (a short line without a full stop) or a teaser cut short (…一、征集...); over a whole
    /// paragraph (延伸阅读 over more of the story) it is text, and so is what follows it over a line printed above it, the
    /// page's headline again with text after it (相关推荐 / 无棣县…座谈会 / a byline / a paragraph: the widget's teasers were
    /// lost, the text comes; not a dateline printed above, which opens the next teaser as it opened the text: 新闻推荐 / 南丹讯 / …);
    /// a widget listing the page's own headline among others' is still one. An editor's stamp in
    /// brackets (【编辑:叶攀】) closes the text: what follows it is such a block, headed or not. So does a site's disclaimer
    /// (免责声明:) and its items.
    /// </summary>
    private int RelatedStart(int from, int end)
    {
        var sawParagraph = false;
        // The lines above a heading, compacted once as headings come: a page of many headings is not read over for each.
        var above = new HashSet<string>(StringComparer.Ordinal);
        var compacted = from;
        for (var i = from; i < end; i++)
        {
            if (sawParagraph && WebChrome.OpensRelated(_lines[i].Folded)
                && Enumerable.Range(i + 1, end - i - 1).FirstOrDefault(k => !_roles[k].IsFurniture(), -1) is var next
                && (next < 0 || IsTeaser(_lines[next]) && !(PrintedAbove(next, i) && Dateline.Read(_lines[next].Folded) is null && TextFollows(next, end))))
                return i;
            if (sawParagraph && _roles[i] == LineRole.WebLabel && WebLabels.IsEditorStamp(_lines[i].Folded)) return i + 1;
            if (sawParagraph && WebChrome.OpensDisclaimer(_lines[i].Folded)) return i;
            sawParagraph |= _roles[i] == LineRole.Body && _lines[i].HasClauseMark;
        }
        return end;

        bool PrintedAbove(int line, int heading)
        {
            for (; compacted < heading; compacted++) above.Add(_lines[compacted].Compact);
            return above.Contains(_lines[line].Compact);
        }
    }

    /// <summary>Whether a paragraph of text comes within the two lines after <paramref name="line"/> (a byline may stand between).</summary>
    private bool TextFollows(int line, int end) =>
        Enumerable.Range(line + 1, end - line - 1).Where(k => !_roles[k].IsFurniture()).Take(2)
            .Any(k => _roles[k] == LineRole.Body && _lines[k].HasClauseMark && !IsTeaser(_lines[k]));

    /// <summary>Another page's headline (a short line without a full stop) or its opening cut short (…一、征集...).</summary>
    private static bool IsTeaser(SourceLine line) =>
        line.Text.Length <= 40 && !line.HasFullStop || line.Text.TrimEnd() is var text && (text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…'));

    /// <summary>Where the footer starts: the run of footer, label and chrome lines at the end.</summary>
    private int FooterStart(int from, int end)
    {
        var start = end;
        for (var i = end - 1; i >= from; i--)
        {
            var role = _roles[i];
            if (role.IsFurniture() || role is LineRole.SiteFooter or LineRole.DistributionFooter
                || role == LineRole.WebLabel && WebLabels.PortalAddressIndex(_lines[i].Folded) != 0)
            {
                start = i;
                continue;
            }
            break;
        }
        // A site footer higher up ends the article there too, when only chrome, labels and short lines follow it; so
        // does a review chain after the text (编辑:… 审核:…), the short lines under it the page's (视觉, 新闻最新 更多>).
        var footer = start;
        for (var i = start - 1; i >= from; i--)
        {
            if (_roles[i] == LineRole.SiteFooter) footer = i;
            else if (_roles[i] == LineRole.WebLabel && WebLabels.IsReviewChain(_lines[i].Folded)
                     && Enumerable.Range(from, i - from).Any(k => _roles[k] == LineRole.Body)) footer = i;
            else if (!(_roles[i].IsFurniture() || _roles[i] is LineRole.WebLabel or LineRole.Heading && _lines[i].Text.Length <= 12)) break;
        }
        return footer;
    }

    /// <summary>
    /// The headline a page gives only as a label above its text (标题：清凉山镇狠抓村部文化广场建设工作, a portal's export or an
    /// aggregator's copy), when no line stands as the headline; the label line itself stays with the page's labels.
    /// </summary>
    private string? LabelledTitle(int from, int end)
    {
        for (var i = from; i < Math.Min(end, from + 16) && (_roles[i].IsFurniture() || _roles[i] == LineRole.WebLabel); i++)
        {
            if (_roles[i] == LineRole.WebLabel && TitleLabel().Match(_lines[i].Folded) is { Success: true } label)
                return CleanTitle(_lines[i].Cut(label.Groups[1].Index, label.Groups[1].Length).Trim());
        }
        return null;
    }

    /// <summary>The headline: by the kind's own shape, else the heading right above the page's labels or address line,
    /// else the first heading after the page's chrome; its wrapped lines; (-1, -1) when the text prints none.</summary>
    private (int Start, int End) FindTitle(int from, int end, Func<SourceLine, bool>? isTitle)
    {
        var limit = Math.Min(end, from + 16);
        if (isTitle is not null)
            for (var i = from; i < limit; i++)
                if (_roles[i] is LineRole.Heading or LineRole.Body or LineRole.Masthead && !_lines[i].IsLong && isTitle(_lines[i]))
                    return SubtitleLine().IsMatch(_lines[i].Text) && HeadlineAbove(i, from) is { } above ? (above, above + 1) : (i, i + 1);
        // The page's labels: the headline stands right above them, past a department line (颍东区委组织部) or its date line
        // (2020-07-22新闻5 over 原标题:…); a line right
        // under a heading no shorter than it is that headline's subtitle or deck (全市组织部长会议召开 / 覃卫国作出批示,
        // 中山首个花木基地党群服务站揭牌 / 可为党员与群众提供50多项服务), unless the heading is a channel's name.
        for (var i = from; i < limit; i++)
        {
            if (_roles[i] != LineRole.WebLabel) continue;
            var k = i - 1;
            while (k > from && _roles[k] == LineRole.IssuerAndDate && (PageLabels.IsDepartment(_lines[k]) || IsDateAlone(_lines[k]))) k--;
            // A writer's line under the headline, naming him after his office (吉林市委常委、组织部部长 董亮), is no headline.
            if (k > from && IsNamedOffice(_lines[k]) && HeadlineAbove(k, from) is { } headline) k = headline;
            if (k < from || !IsHeadline(k))
            {
                if (i == from) continue;
                break;
            }
            if (k > from && IsHeadline(k - 1) && _lines[k - 1].Text.Length >= _lines[k].Text.Length && !PageChannel.IsName(_lines[k - 1])
                && !IsCrumbOver(_lines[k - 1], _lines[k])) k--;
            return (k, k + 1);
        }
        // Past the page's chrome and its banner above a breadcrumb: the first heading; a body line means the headline is lost.
        var first = PastChrome(PastBreadcrumb(from, limit), limit);
        // A channel's name over the headline (工作动态, 通知公告), repeated past a breadcrumb, gives way to the headline under it.
        var under = first;
        while (under < limit && PageChannel.IsName(_lines[under])) under = PastChrome(under + 1, limit);
        if (under != first && under < limit && IsHeadline(under) && PageChannel.IsUnder(_lines[first], _lines[under])) first = under;
        // A news channel's name with no headline under it (综合新闻 over the text) heads the channel's list: the item's headline is lost.
        else if (first < limit && PageChannel.IsNewsChannel(_lines[first]) && (under >= limit || !IsHeadline(under))) return (-1, -1);
        // A copy stored from the middle of a document opens on an outline's heading (三、其他事项); a headline is never numbered so.
        if (first < end && (_roles[first] is LineRole.Heading or LineRole.Masthead or LineRole.SectionHeading || IsExclaimedHeadline(first))
                        && !StartsLikeBody(_lines[first]) && !IsDatelineAlone(_lines[first]) && !Outline.IsHeading(_lines[first].Folded))
            return HeadlineOverDate(first, end) is { } dated ? (dated, dated + 1) : (first, first + 1);
        return (-1, -1);
    }

    /// <summary>
    /// A headline wrapped after a mark that opens a title or a quotation (我县召开学习贯彻《 / 中国共产党支部工作条例(试行)》座谈会):
    /// the heading line above the one found, or under it, that the wrap cut off.
    /// </summary>
    private (int Start, int End) WithWrappedHalves((int Start, int End) title, int from, int end)
    {
        var (start, stop) = title;
        if (start < 0) return title;
        while (start > from && IsHeadline(start - 1) && LineClassifier.EndsOnOpeningMark(_lines[start - 1])) start--;
        while (stop < end && LineClassifier.EndsOnOpeningMark(_lines[stop - 1]) && IsHeadline(stop)) stop++;
        return (start, stop);
    }

    /// <summary>
    /// The lines between the headline and the first paragraph: subtitle, bylines, labels, a date line, a salutation,
    /// a repeated headline, headings that open the text (第一章 总则). Returns where the body starts.
    /// </summary>
    private int ReadHead(int from, int end, string? title)
    {
        var compactTitle = title is null ? null : Punctuation.Compact(title);
        var i = from;
        var sawLabel = false;
        for (; i < end; i++)
        {
            var line = _lines[i];
            var role = _roles[i];
            if (role.IsFurniture()) continue;
            if (role == LineRole.WebLabel)
            {
                Labels.Add(line);
                FrontMatter.Add(line.Text);
                sawLabel = true;
                continue;
            }
            if (role == LineRole.Byline || role == LineRole.Attribution && i == from)
            {
                if (role == LineRole.Byline) Bylines.Add(line);
                Draft.Credit(line);
                continue;
            }
            if (compactTitle is not null && Enumerable.Range(from, i - from).All(k => _roles[k].IsFurniture()) && IsOwnHeading(line, compactTitle))
            {
                FrontMatter.Add(Draft.Title!); // the page's headline: the text's own heading with more to it
                Draft.Title = line.Text.Trim();
                compactTitle = line.Compact;
                continue;
            }
            if (compactTitle is not null && RepeatsHeadline(line, compactTitle))
            {
                FrontMatter.Add(line.Text); // the headline again, over the text itself
                continue;
            }
            if (Draft.Subtitle is null && Draft.Lines.Count == 0 && SubtitleLine().Match(line.Text) is { Success: true } dash)
            {
                Draft.Subtitle = dash.Groups["text"].Value.Trim();
                continue;
            }
            // Headline lines right under the headline, before its labels, byline, date line or dateline, are its subtitle.
            if (title is not null && Draft.Subtitle is null && !sawLabel && i == from && SubtitleLines(i, end) is { } subtitleEnd)
            {
                Draft.Subtitle = string.Join(" ", Enumerable.Range(i, subtitleEnd - i).Where(k => !_roles[k].IsFurniture()).Select(k => _lines[k].Text.Trim()));
                i = subtitleEnd - 1;
                continue;
            }
            if (role is LineRole.Heading or LineRole.IssuerAndDate or LineRole.Salutation or LineRole.ContentsLabel or LineRole.SectionHeading
                    or LineRole.Masthead or LineRole.DocumentNumber or LineRole.IssueLine or LineRole.Recipients || IsCopySiteMarker(line)
                || IsAddress(line))
            {
                HeadLines.Add(line);
                FrontMatter.Add(line.Text);
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>
    /// The headline printed again over the text (in brackets, with a date), not the lead sentence that restates it
    /// (6月22日至23日，全市…推进会在永修举行。): what the line adds to the headline is no clause.
    /// </summary>
    private static bool RepeatsHeadline(SourceLine line, string compactTitle)
    {
        var compact = Punctuation.Compact(line.Text);
        var at = compact.IndexOf(compactTitle, StringComparison.Ordinal);
        return at >= 0 && line.Text.Length <= compactTitle.Length + 12
               && compact.Remove(at, compactTitle.Length).AsSpan().IndexOfAny("。，,；;！!？?") < 0;
    }

    /// <summary>
    /// The text's own heading right under a page's headline that restates it with the speaker's office before it
    /// (市委组织部长在…座谈会上的致辞 over 在…座谈会上的致辞). What a headline adds after the heading (调研报告3篇, 凝聚在党旗下(图))
    /// the corpus keeps in the title; a document's title printed again lower down, wrapped, is no heading of its own.
    /// </summary>
    private static bool IsOwnHeading(SourceLine line, string compactTitle)
    {
        var compact = line.Compact;
        return compact.Length >= 6 && compact.Length < compactTitle.Length && !line.HasFullStop
               && compactTitle.EndsWith(compact, StringComparison.Ordinal);
    }

    /// <summary>Where the subtitle lines starting at <paramref name="i"/> end, when what follows them marks the head's end.</summary>
    private int? SubtitleLines(int i, int end)
    {
        var k = i;
        while (k < end && (_roles[k].IsFurniture() || _roles[k] == LineRole.Heading && _lines[k].Text.Length >= 6 && Speaker.Read(_lines[k].Folded) is null))
            k++;
        if (k == i || k >= end) return null;
        var next = _lines[k];
        var marksEnd = _roles[k] is LineRole.WebLabel or LineRole.Byline or LineRole.Salutation
                       || _roles[k] == LineRole.IssuerAndDate && IsDateAlone(next)
                       || Dateline.Read(next.Folded) is not null;
        return marksEnd ? k : null;
    }

    private void ReadBody(int start, int end, bool stripDateline)
    {
        for (var i = start; i < end; i++)
        {
            var line = _lines[i];
            var role = _roles[i];
            if (role.IsFurniture()) continue;
            if (role == LineRole.Caption)
            {
                Draft.Captions.Add(line.Text);
                continue;
            }
            if (role is LineRole.WebLabel or LineRole.SiteFooter)
            {
                Labels.Add(line);
                BackMatter.Add(line.Text);
                continue;
            }
            // A short headline run on into the site's dateline on one line (杨铭书出席汇报会 香格里拉网讯(记者 余丽芹) 4月7日…);
            // a date or a department there (2023年5月12日 本报讯…, 中共昆明市委组织部 昆明日报讯…) heads the page, no headline.
            if (Draft.Lines.Count == 0 && stripDateline && Draft.Title is null && RunInHeadline().Match(line.Folded) is { Success: true } head
                && Dateline.Read(line.Folded[head.Length..]) is { Kind: not DatelineKind.Byline })
            {
                var words = head.Groups["title"].Value;
                var printed = line.Until(head.Groups["title"].Length).Text.Trim();
                if (ChineseDate.FindFirst(words) is { } date) InlineDate ??= date;
                else if (!Organization.IsName(words) && IssuerAndDate.Read(words) is not { Issuer: not null }) Draft.Title = printed;
                FrontMatter.Add(printed);
                line = line.From(head.Length);
            }
            if (Draft.Lines.Count == 0 && stripDateline && Dateline.Read(line.Folded) is { } dateline)
            {
                Draft.Credit(line.Until(dateline.Length), takeDepartment: false);
                var rest = line.From(dateline.Length);
                if (rest.Text.Trim().Length > 0) Draft.Add(rest);
                continue;
            }
            if (Draft.Title is not null && line.Compact == Punctuation.Compact(Draft.Title))
            {
                FrontMatter.Add(line.Text); // the headline printed again (a picture's alt text)
                continue;
            }
            if (line.HeadingLevel is not null) Draft.Headings.Add(line.Number);
            Draft.Add(line);
        }
        // A short line with no punctuation after the last paragraph is a photo's caption (学习会议现场), unless it is the
        // writer's byline (记者 吕晓琼), which the closing credits take, or an issuer or a date (2020年1月23日), a signature's,
        // or a rule's next article cut short where the copy ends (第五条  行政机关).
        if (Draft.Lines.Count >= 2 && Draft.Lines[^1] is { Text.Length: <= 10 } last && !last.Text.Any(char.IsPunctuation)
            && _roles[last.Number] is not (LineRole.Byline or LineRole.IssuerAndDate) && Punctuation.EndsSentence(Draft.Lines[^2].Text)
            && !RuleArticle().IsMatch(last.Folded))
        {
            Draft.Captions.Add(last.Text);
            Draft.Lines.RemoveAt(Draft.Lines.Count - 1);
        }
        // The text's opening printed again under it, alone (a page's summary field: 近年来,砚山县…的生动局面。): no paragraph.
        if (Draft.Lines.Count >= 2 && Draft.Lines[^1].Compact is { Length: >= 15 } again
            && Draft.Lines[0].Compact.Length > again.Length && Draft.Lines[0].Compact.StartsWith(again, StringComparison.Ordinal))
        {
            BackMatter.Insert(0, Draft.Lines[^1].Text);
            Draft.Lines.RemoveAt(Draft.Lines.Count - 1);
        }
    }

    /// <summary>
    /// The headline a ——subtitle stands under (a speech's own title over ——在…上的讲话), past page furniture; null when
    /// none is there.
    /// </summary>
    private int? HeadlineAbove(int subtitle, int from)
    {
        var k = subtitle - 1;
        while (k >= from && _roles[k].IsFurniture()) k--;
        return k >= from && IsHeadline(k) && !SubtitleLine().IsMatch(_lines[k].Text) ? k : null;
    }

    /// <summary>
    /// The line after a breadcrumb that stands above the text (新华社…专题 / 西藏频道 > 正文 / headline): what is above a
    /// breadcrumb is the site's banner or another section's; <paramref name="from"/> when none does.
    /// </summary>
    private int PastBreadcrumb(int from, int limit)
    {
        for (var i = from; i < limit && _roles[i] != LineRole.Body; i++)
            if (_roles[i] == LineRole.WebChrome && WebChrome.IsBreadcrumb(_lines[i].Folded)) return i + 1;
        return from;
    }

    /// <summary>The first line from <paramref name="from"/> that is no part of the page's chrome (or <paramref name="limit"/>).</summary>
    private int PastChrome(int from, int limit)
    {
        var i = from;
        while (i < limit && (_roles[i].IsFurniture() || _roles[i] is LineRole.WebLabel or LineRole.SiteFooter or LineRole.ContentsLabel
                             || IsCopySiteMarker(_lines[i]) || IsStrayMark(_lines[i]) || SiteName.Whole(_lines[i]) is not null
                             || IsListedTeaser(_lines[i])))
            i++;
        return i;
    }

    /// <summary>
    /// A sidebar's teaser above the headline, one of a bulleted list of the site's latest pages (最新新闻 / · 第二批主题教育中,…):
    /// another page's headline, never this one's.
    /// </summary>
    private static bool IsListedTeaser(SourceLine line) => WebChrome.IsListed(line.Folded) && IsTeaser(line);

    /// <summary>A breadcrumb whose last step is the headline under it (600字范文 > 无棣县…座谈会): the site's, no deck over it.</summary>
    private static bool IsCrumbOver(SourceLine above, SourceLine headline) =>
        above.CompactFolded.EndsWith(headline.CompactFolded, StringComparison.Ordinal)
        && above.CompactFolded[..^headline.CompactFolded.Length].EndsWith('>');

    /// <summary>
    /// Under a sidebar's boxes (中图推荐, 推荐内容, 热点内容) and their links, the headline is the heading right above the page's
    /// date alone on its line with the text under it. Headings over the date with no box among them are the headline itself
    /// wrapped over lines or with its subtitle (——记…), which the first heading opens.
    /// </summary>
    private int? HeadlineOverDate(int first, int end)
    {
        for (var i = first + 3; i < Math.Min(end, first + 24); i++)
        {
            if (!IsDateAlone(_lines[i])) continue;
            var text = i + 1;
            while (text < _lines.Count && _roles[text].IsFurniture()) text++;
            return IsHeadline(i - 1) && !SubtitleLine().IsMatch(_lines[i - 1].Folded)
                   && Enumerable.Range(first, i - 1 - first).All(k => _roles[k] == LineRole.Heading || _roles[k].IsFurniture())
                   && Enumerable.Range(first, i - 1 - first).Any(k => SidebarBox().IsMatch(_lines[k].Folded.Trim()))
                   && text < _lines.Count && _roles[text] == LineRole.Body ? i - 1 : null;
        }
        return null;
    }

    /// <summary>A date line with no issuer beside it (2022 年 3 月 10 日, 2020-07-22新闻5).</summary>
    private static bool IsDateAlone(SourceLine line) => IssuerAndDate.Read(line.Folded) is { Issuer: null, Date: not null };

    private bool IsHeadline(int k) =>
        (_roles[k] is LineRole.Heading or LineRole.Masthead or LineRole.SectionHeading || IsExclaimedHeadline(k))
        && !IsCopySiteMarker(_lines[k]) && !IsStrayMark(_lines[k]) && SiteName.Whole(_lines[k]) is null;

    /// <summary>A body line by its shape that is a headline where one stands: short, closed by ！ or ？ alone.</summary>
    private bool IsExclaimedHeadline(int k) => _roles[k] == LineRole.Body && LineClassifier.IsExclaimedHeading(_lines[k]);

    /// <summary>
    /// A close button's X, a lone mark, an ad slot's name (ad9_210*60), a counter (1 1 1): what a copy from a browser
    /// leaves above the headline. A headline has words in it, Chinese or not (Annual work report).
    /// </summary>
    private static bool IsStrayMark(SourceLine line) => !line.Text.Any(CharClass.IsHan) && !Word().IsMatch(line.Text);

    /// <summary>A short address ending with a colon (州学践办：): whom a report is sent to.</summary>
    public static bool IsAddress(SourceLine line) =>
        line.Text.Length <= 30 && line.Folded.TrimEnd().EndsWith(':') && !line.HasClauseMark
        && Organization.IsName(line.Folded.TrimEnd().TrimEnd(':'));

    /// <summary>Whom a short address ending with a colon names (州学践办：, 校党支部：), or null for any other line.</summary>
    public static string? AddressedTo(SourceLine line) => IsAddress(line) ? line.Text.TrimEnd().TrimEnd(':', '：').Trim() : null;

    /// <summary>
    /// A line of a notice's attachment list (附件：1.…方案, 附件2…), or an attachment a site links by its file's name
    /// (困难党员登记表.doc): never its title, however it ends.
    /// </summary>
    public static bool IsAttachmentLine(SourceLine line) => OpensAttachmentList(line) || NumberedForm().IsMatch(line.Folded);

    /// <summary>
    /// A line an attachment list opens with (附件：…, 附1…) or a linked file: unlike a numbered form (2.推荐审批表), which a
    /// notice's last requirement may look like (3.请各党支部于4月20日前报送党员信息采集表), never a line of the text.
    /// </summary>
    public static bool OpensAttachmentList(SourceLine line) => AttachmentHeadingOrFile().IsMatch(line.Folded);

    /// <summary>第一篇：…, a 文库 bundle's marker, and 正文: lines a copy site puts before the text.</summary>
    private static bool IsCopySiteMarker(SourceLine line) => CopySiteMarker().IsMatch(line.Folded);

    /// <summary>A line that opens on the event's day (2月9日下午) is the body's, however short.</summary>
    private static bool StartsLikeBody(SourceLine line) => line.HasClauseMark && line.Text.Length > 40;

    /// <summary>A dateline on a line of its own above the text (南丹讯, 本报讯): the text's opening, never its headline.</summary>
    private static bool IsDatelineAlone(SourceLine line) => Dateline.Read(line.Folded) is { } dateline && dateline.Length >= line.Folded.TrimEnd().Length;

    /// <summary>The headline as the page prints it, once where the line prints it twice, without a copy site's additions (第一篇：, 第1篇 before a space, (全文3579字), 第2页, a table's pipes), a portal's QR-code prompts around it (掃描二維碼訪問中評網移動版 …), a stamp and a back link run on after it ( @ 2012-12-19T00: 返回 新闻热点), a disclosure block's 标题： and letter-spacing.</summary>
    public static string CleanTitle(string title)
    {
        // A headline printed twice on its line (a page's heading and its title run together): once.
        if (Doubled().Match(title.Trim()) is { Success: true } doubled) title = doubled.Groups["once"].Value;
        // An official document's title a site quotes whole (《…的通知》): without the quotes.
        if (DocumentTitle.Unquoted(title.Trim()) is var unquoted && unquoted.Length < title.Trim().Length
            && DocumentTitle.IsOfficial(Punctuation.Compact(unquoted))) title = unquoted;
        var cleaned = Punctuation.CloseUpLetterSpacing(SpaceByDigits().Replace(TitleAdditions().Replace(title, "").Trim(' ', '|', '\u3000'), ""));
        return cleaned.Length > 0 ? cleaned : title.Trim();
    }

    /// <summary>
    /// The signature block of a notice: issuer lines over a date line (or both on one line), the first in the text after
    /// a paragraph. What follows it is an attachment (body) when it holds a paragraph, else the document's end (back
    /// matter); 附件 lines right above it are the attachment list (back matter). A report, which may quote another
    /// document's issuer and date, is signed <paramref name="atFoot"/>: the last block, with no paragraph after it.
    /// </summary>
    public (string? Signer, DateOnly? Date) TakeSignature(bool atFoot = false)
    {
        var body = Draft.Lines;
        for (var n = 1; n < body.Count; n++)
        {
            var d = atFoot ? body.Count - n : n;
            if (IssuerAndDate.Read(body[d].Folded) is not { Date: not null } dated) continue;
            var top = d;
            while (top > 0 && IssuerAndDate.Read(body[top - 1].Folded) is { Issuer: not null, Date: null }) top--;
            // A date alone in the text is no signature, unless the text has just closed (…现予印发。) or an attachment
            // follows it (二○○四年九月二十八日 / 附:…名单): the seal signs, and the attachment it heads stays in the body, unless
            // the copy kept its heading alone: back matter after the date.
            var sealedOverAttachment = top == d && dated.Issuer is null && d + 1 < body.Count && AttachmentHeadingOrFile().IsMatch(body[d + 1].Folded.Trim());
            if (top == d && dated.Issuer is null && !DocumentTitle.ClosesText(body[d - 1].Compact) && !sealedOverAttachment) continue;
            var signer = top < d ? Signers(body[top].Text) : dated.Issuer is null ? null : Signers(body[d].Cut(dated.IssuerIndex, dated.IssuerLength));
            var attachmentList = top;
            while (attachmentList > 0 && IsAttachmentLine(body[attachmentList - 1])) attachmentList--;
            var after = body.Skip(d + 1).ToList();
            // What follows the date is the attachment's text, kept in the body, when it holds sentences or, under a date
            // alone closing a formula (特此批复 / 2016年7月18日), lists names (名单附后: 1、南京东路街道新桥居委会 / 2、…).
            var afterIsBody = sealedOverAttachment && after.Count > 1 && !ListsAttachments(after) || after.Any(l => l.HasClauseMark && !l.IsLong || l.Text.Length > 60)
                              || top == d && dated.Issuer is null && !atFoot && ListsNames(after);
            if (atFoot && afterIsBody) return (null, null);
            var moved = body.Skip(attachmentList).Take(d + 1 - attachmentList).Concat(afterIsBody ? [] : after).Select(l => l.Text).ToList();
            BackMatter.InsertRange(0, moved);
            body.RemoveRange(attachmentList, body.Count - attachmentList);
            if (afterIsBody) body.AddRange(after);
            return (signer, dated.Date);
        }
        return (null, null);
    }

    /// <summary>
    /// Two numbered lines at least (1、…居委会 / 2、…) before any attachment heading, none a file or a form: the names an
    /// approval lists, not the files an attachment list names (附件: / 1.…汇总 / 2.…审批表.xlsx).
    /// </summary>
    private static bool ListsNames(List<SourceLine> lines)
    {
        var listed = lines.TakeWhile(l => !AttachmentHeading().IsMatch(l.Folded)).ToList();
        return listed.Count(l => ListedName().IsMatch(l.Folded)) >= 2 && !listed.Any(l => NumberedForm().IsMatch(l.Folded.Trim()));
    }

    /// <summary>
    /// A heading that only announces attachments, then numbered lines with no sentence (附件 / 1.…学员名单 / 2.…日程安排):
    /// the list of the files attached, not an attachment's text.
    /// </summary>
    private static bool ListsAttachments(List<SourceLine> lines) =>
        BareAttachmentHeading().IsMatch(lines[0].Folded)
        && lines.Skip(1).All(l => ListedName().IsMatch(l.Folded) && !l.HasClauseMark && !l.IsLong);

    /// <summary>The issuer of a signature; bodies issuing jointly, set side by side (中共怀宁县委组织部　怀宁县人力资源和社会保障局), joined by 、.</summary>
    private static string Signers(string line)
    {
        var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 1 && parts.All(p => Organization.IsName(Punctuation.FoldWidth(p)))
            ? string.Join("、", parts.Select(Punctuation.Compact))
            : Punctuation.Compact(line);
    }

    /// <summary>The extensions of the files a notice attaches.</summary>
    private const string FileExtension = @"\.(?:docx?|xlsx?|wps|et|pdf|rar|zip)$";

    /// <summary>An attachment's heading: any line opening with 附件 or 附表 (附件 alone, 附件清单, 附表:, 附件1), or 附 with a colon or number.</summary>
    private const string AttachmentHeadingPattern = @"^\s*(?:附件|附表|附\s*[:0-9])";

    [GeneratedRegex(AttachmentHeadingPattern + @"|^[^\s.,。]{2,40}" + FileExtension, RegexOptions.IgnoreCase)]
    private static partial Regex AttachmentHeadingOrFile();

    [GeneratedRegex(AttachmentHeadingPattern)]
    private static partial Regex AttachmentHeading();

    /// <summary>A heading that names no attachment, only announces them (附件 / 附件清单: / 附表).</summary>
    [GeneratedRegex(@"^\s*附[件表](?:清单|目录)?\s*:?\s*$")]
    private static partial Regex BareAttachmentHeading();

    [GeneratedRegex(@"^[0-9]{1,2}\s*[.、]\s*\S{2,40}(?:表$|" + FileExtension + ")", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedForm();

    [GeneratedRegex(@"^\s*[0-9]{1,3}\s*[、.]\s*[\u4e00-\u9fa5]")]
    private static partial Regex ListedName();

    /// <summary>A headline's words before a space opening a line: no punctuation but quotes and a title's marks.</summary>
    [GeneratedRegex(@"^\s*(?<title>[\u4e00-\u9fa5A-Za-z0-9“”《》、·\-]{6,40})[ \u3000]+(?=\S)")]
    private static partial Regex RunInHeadline();

    [GeneratedRegex(@"^(?<once>\S.{3,79}?)\s+\k<once>$")]
    private static partial Regex Doubled();

    [GeneratedRegex(@"^标题\s*:\s*(\S.{3,79})$")]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"\p{L}{3}")]
    private static partial Regex Word();

    /// <summary>An article of a rule opening its paragraph (第五条 …, 第12条 …).</summary>
    [GeneratedRegex(@"^\s*第[一二三四五六七八九十百零〇0-9]{1,4}条\s*\S")]
    private static partial Regex RuleArticle();

    /// <summary>A sidebar's box name (中图推荐, 热点内容, 最新文章), never a headline's words (召开专题会议).</summary>
    [GeneratedRegex(@"^[\u4e00-\u9fa5]{0,4}(?:推荐|热点|热门|排行|相关|最新|精选)(?:内容|新闻|文章|阅读|资讯|排行|榜)?$")]
    private static partial Regex SidebarBox();

    [GeneratedRegex(@"^(?:——|──|—|--)+\s*(?<text>.+)$")]
    private static partial Regex SubtitleLine();

    [GeneratedRegex(@"^第[一二三四五六七八九十0-9]{1,3}篇\s*[:：]|^正文$|^目录$")]
    private static partial Regex CopySiteMarker();

    /// <summary>The space a pdf puts between Chinese and digits (召开 2023 年): not the title's.</summary>
    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5])\s(?=[0-9])|(?<=[0-9])\s(?=[\u4e00-\u9fa5])")]
    private static partial Regex SpaceByDigits();

    [GeneratedRegex(@"^第[一二三四五六七八九十0-9]{1,3}篇(?:\s*[:：]|\s+(?=\S{4}))|^标\s*题\s*[:：]|[(（]全文[0-9]+字[)）]$|第[0-9]{1,3}页$|(?:\s*\|)+\s*$|\s+\.(?:pdf|docx?|txt)$|\s*[扫掃]描二[维維][码碼][访訪][问問][\u4e00-\u9fa5]{0,8}?(?:移[动動]版|手[机機]版|客[户戶]端|微信)\s*|\s+@\s+[0-9]{4}-[0-9]{2}-[0-9]{2}T.*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleAdditions();
}
