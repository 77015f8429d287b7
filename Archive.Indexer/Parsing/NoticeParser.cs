using System.Text.RegularExpressions;
using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// 通知, 明电, 意见, 方案 …: the heading block (red header …文件, 文号 in any bracket, urgency, classification), the
/// title however it wraps (and the 文号 printed after it), the recipients (主送), the body with its numbered parts, and
/// the signature — issuer lines and a date line — at the end or before an attachment, which stays in the body. The
/// document's own number is the heading block's, never one its body cites; its date is the signature's.
/// </summary>
internal sealed partial class NoticeParser(Gazetteer gazetteer)
{
    public ParsedDocument Parse(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        var title = FindTitle(lines, roles);
        var page = new SingleArticle(lines, roles, gazetteer.Characters).Read(title, isTitle: null, stripDateline: false);
        // The portal's labels around the document: its views, its site, the 发文字号 of a disclosure block.
        var portal = new PageLabels();
        foreach (var label in page.Labels.Concat(page.Footer)) portal.Read(label, lines);

        string? docNumber = null, urgency = null, classification = null, redHeader = null, splitHeader = null, headedBy = null;
        var headingBlock = lines.Take(title?.Start ?? 0).Concat(page.HeadLines).Concat(page.Labels.Where(l => l.Number < (title?.Start ?? 0)));
        foreach (var line in headingBlock)
        {
            var f = line.Folded;
            if (DocumentNumber.ReadLine(f) is { } number && roles[line.Number] != LineRole.WebLabel) docNumber ??= number.Printed(line);
            if (Urgency().Match(f) is { Success: true } urgent && Punctuation.Compact(f).Length <= 40) urgency ??= Punctuation.Compact(urgent.Value);
            if (Secrecy().Match(f) is { Success: true } secret) classification ??= secret.Groups["level"].Value;
            // A breadcrumb ending in a column named …文件 (首页 > 政策文件 > 市政策文件) is no red header.
            if (!roles[line.Number].IsFurniture() && RedHeader().Match(Punctuation.Compact(f)) is { Success: true } header) redHeader ??= Punctuation.Compact(line.Text)[..header.Groups["issuer"].Length];
            // A red header a PDF's text splits over two lines (新疆维吾尔自治区人民政府 / 文件) is the banner beyond doubt,
            // before a portal's column named …文件 above it (自治区文件).
            if (Punctuation.Compact(f) == "文件" && line.Number > 0 && IssuerAndDate.Read(lines[line.Number - 1].Folded) is { Issuer: not null, Date: null })
                splitHeader ??= Punctuation.Compact(lines[line.Number - 1].Text);
        }
        redHeader = splitHeader ?? redHeader;
        docNumber ??= portal.DocNumber;
        // The number printed after the title, in brackets: …的通知(岳办发〔2017〕2号).
        if (title is { } t && DocumentNumber.FindAll(lines[t.End - 1].Folded).LastOrDefault() is { } appended)
            docNumber ??= appended.Printed(lines[t.End - 1]);
        // The issuer printed alone above a 关于… title (中共长乐镇委员会  长乐镇人民政府): its first body.
        if (title is { Start: > 0 } above && roles[above.Start - 1] == LineRole.IssuerAndDate
            && IssuerAndDate.Read(lines[above.Start - 1].Folded) is { Issuer: not null, Date: null })
            headedBy = FirstIssuer(lines[above.Start - 1].Text);
        // A document reposted under a portal's headline prints its issuer in its own heading block, under the headline.
        else if (page.HeadLines.FirstOrDefault(l => roles[l.Number] == LineRole.IssuerAndDate
                                                    && IssuerAndDate.Read(l.Folded) is { Issuer: not null, Date: null }) is { } issuerLine)
            headedBy = FirstIssuer(issuerLine.Text);
        var articleTitle = page.Draft.Title is { } printed ? AppendedNumber().Replace(printed, "") : null;
        if (articleTitle != page.Draft.Title) page.FrontMatter.Add(page.Draft.Title![articleTitle!.Length..].Trim());
        page.Draft.Title = articleTitle;

        string? recipients = null;
        foreach (var line in page.HeadLines)
            if (recipients is null && Recipients.Read(line.Folded) is { } who)
                recipients = line.Cut(who).Trim();
        if (recipients is null && page.HeadLines.LastOrDefault(UnmarkedRecipients) is { } unmarked)
        {
            recipients = unmarked.Text;
        }
        else if (recipients is null && page.Draft.Lines.Count > 0 && UnmarkedRecipients(page.Draft.Lines[0]))
        {
            recipients = page.Draft.Lines[0].Text;
            page.FrontMatter.Add(recipients);
            page.Draft.Lines.RemoveAt(0);
        }
        // A single body addressed without 各 (校党支部：, 市委组织部：) is the 主送 too, under the title.
        recipients ??= page.HeadLines.Select(SingleArticle.AddressedTo).FirstOrDefault(a => a is not null);

        var footer = new DistributionReader();
        TakeDistribution(page, roles, footer);
        foreach (var line in page.Footer.Where(l => roles[l.Number] == LineRole.DistributionFooter)) footer.Read(line);

        // A page carrying a second signed document after the first (第一批 … 中共X / 2020年3月27日, 第二批 … 中共X / 2020年3月28日):
        // the second is an article of its own, not the first's attachment; a batch's label over each is its section, never the title.
        var batch = BatchLabel(page.Draft.Title);
        if (batch is not null) page.Draft.Title = null;
        var second = TakeSecondDocument(page);

        var (signer, date) = page.TakeSignature();
        signer ??= TakeUndatedSignature(page);
        // A signature a copy site masked ((略)人民政府办公厅) closes the text but names no issuer.
        if (signer is not null && Organization.IsMasked(signer)) signer = null;
        TakeClosingFormula(page);
        date ??= TakeTrailingDate(page);
        TakeTrailingAttachmentList(page);
        date ??= page.HeadLines.Select(l => IssuerAndDate.Read(l.Folded)?.Date).FirstOrDefault(d => d is not null);
        date ??= footer.PrintedOn;
        date ??= portal.IssuedOn;
        // Signed nowhere in the text (cut before its signature): the date the page says it published it on.
        date ??= portal.PublishedOn;
        // No signature: the issuer the title names (中共襄阳一中委员会关于…), the red header's, the one above the title.
        var titleIssuer = articleTitle is null ? null : TitleIssuer().Match(Punctuation.FoldWidth(articleTitle)) is { Success: true } m
            && Organization.IsName(m.Groups["issuer"].Value) ? articleTitle[..m.Groups["issuer"].Length] : null;
        // Else the disclosure block's 发文机关.
        var publisher = signer ?? redHeader ?? titleIssuer ?? headedBy ?? portal.Publisher;
        page.Draft.SourceDepartment ??= signer ?? headedBy ?? titleIssuer ?? redHeader ?? portal.Publisher;

        var article = page.Build(null);
        // The issuer's place, or the one the title names; a place the body mentions is not the document's.
        var region = gazetteer.Match(publisher, (Place?)null, PlaceReading.Department)?.Place
                     ?? gazetteer.Match(article.SourceDepartment, (Place?)null, PlaceReading.Department)?.Place
                     ?? gazetteer.Match(article.Title)?.Place
                     // Else the province its number names, the text speaking as one (浙政发〔2004〕34号 … 我省).
                     ?? gazetteer.Match(ProvinceAbbreviation.OfNumber(docNumber, article.Body), (Place?)null, PlaceReading.Department)?.Place;
        var first = article with { Region = region?.Path, Page = null, Section = batch };
        return new ParsedDocument
        {
            Kind = DocumentKind.Notice,
            Title = article.Title,
            Date = date,
            Publisher = publisher,
            Region = region?.Path,
            DocNumber = docNumber,
            Urgency = urgency,
            Classification = classification,
            Recipients = recipients,
            Distribution = footer.Distribution.Count > 0 ? footer.Distribution : null,
            PrintRun = footer.PrintRun,
            Site = portal.Site ?? lines.Where(l => roles[l.Number].IsFurniture()).Select(SiteName.InText).FirstOrDefault(s => s is not null),
            Views = portal.Views,
            Articles = second is null ? [first] : [first, BuildSecond(second, page)],
            FrontMatter = page.FrontMatter,
            BackMatter = page.BackMatter,
        };
    }

    /// <summary>
    /// The title: the first line (of the first twenty) that ends like an official document, with the lines above it
    /// that continue it (关于…的 / 通知); an issuer alone above a 关于 line is not part of it unless it ends on 印发 or 转发
    /// (X印发 / 关于…的通知), nor is a heading the title holds whole (the name of what it issues), nor an attachment list. A
    /// site's channel (通知公告) or a disclosure block's 标题： line is the title only when the printed one does not follow,
    /// nor a page's headline over the document's own issuer and the title right below it. Null when none ends so.
    /// </summary>
    private static (int Start, int End)? FindTitle(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        int? standIn = null; // a channel's name (通知公告) or a disclosure block's 标题： line, the title unless the printed one follows
        (int Start, int End)? pageHeadline = null; // a page's headline over the document's own issuer and title
        int? printedTitle = null; // where that title must start: the first line of text below the issuer
        for (var e = 0; e < Math.Min(lines.Count, 20); e++)
        {
            // Past the signature (…委员会 / 2021年1月8日) what ends like a title is its attachment's.
            if (IsSignatureDate(lines, roles, e)) break;
            if (roles[e] is not (LineRole.Heading or LineRole.Body or LineRole.DocumentNumber) || lines[e].IsLong || SingleArticle.IsAttachmentLine(lines[e])) continue;
            var compact = Punctuation.Compact(AppendedNumber().Replace(lines[e].Folded, ""));
            // 特 急　明 电: the heading block's marks, which end as a title would (明电 is a kind of document).
            if (HeadingMarks().IsMatch(compact) || !DocumentTitle.IsOfficial(SingleArticle.CleanTitle(compact)) || lines[e].HasFullStop) continue;
            // A channel's name (公告) is the title only when no printed one follows: see below.
            var start = PageChannel.IsName(lines[e]) ? e : WithIssuerAbove(lines, roles, e);
            while (start > 0 && e - start < 3 && roles[start - 1] == LineRole.Heading
                   && (!lines[start].Folded.StartsWith("关于", StringComparison.Ordinal) || DocumentTitle.EndsOnTransmittal(Punctuation.Compact(lines[start - 1].Folded))
                       // 关于转发《…局 / 关于…的通知》的通知: a line that opens a 《 the title closes below is its first.
                       || OpensBookTitle(lines[start - 1].Folded))
                   && !DocumentTitle.IsOfficial(Punctuation.Compact(lines[start - 1].Folded))
                   // A heading the title below holds whole (公文处理实施细则 over 关于印发公文处理实施细则的通知) names what it issues: no first half of it.
                   && !Punctuation.Compact(lines[start].Folded).Contains(Punctuation.Compact(lines[start - 1].Folded), StringComparison.Ordinal)
                   // A site's channel over a channel (新闻资讯 / 通知公告) is its menu, never a title's first line.
                   && !PageChannel.IsName(lines[start - 1]))
                start--;
            // Alone on its line, not the end of a title wrapped over several (关于…的 / 通知).
            if (start == e && (PageChannel.IsName(lines[e]) || TitleLabel().IsMatch(lines[e].Folded)))
            {
                standIn ??= e;
                continue;
            }
            if (standIn is { } s && PageChannel.IsName(lines[s]) && !PageChannel.IsUnder(lines[s], lines[e])) continue;
            // A page's headline over the document's own heading block (the issuer alone, then its title): the headline
            // may name what the document forwards (关于首届…的通知 over 关于转发《…的通知》的通知); the printed title wins.
            if (pageHeadline is null && TitleBelowIssuer(lines, roles, e + 1) is { } below)
            {
                (pageHeadline, printedTitle) = ((start, e + 1), below);
                continue;
            }
            // Only a title right below the issuer is the document's own; a line further down (a list of what it forwards:
            // 1.关于…的意见) leaves the headline the title.
            if (pageHeadline is { } headline && start != printedTitle) return headline;
            return (start, e + 1);
        }
        return pageHeadline ?? (standIn is { } line ? (WithIssuerAbove(lines, roles, line), line + 1) : null);
    }

    /// <summary>
    /// Where a title ending on line <paramref name="e"/> starts when it is the genre alone: a 通告 or 公告 is titled by
    /// its issuer (…疫情防控指挥部 / 通 告), so the issuer's lines above are its title's.
    /// </summary>
    private static int WithIssuerAbove(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int e)
    {
        var start = e;
        if (BareGenre().IsMatch(Punctuation.Compact(lines[e].Folded)))
            while (start > 0 && e - start < 3 && IsIssuerPart(lines[start - 1], roles[start - 1])) start--;
        return start;
    }

    /// <summary>
    /// Where a document's own title starts below a page's headline: when the next line of text from
    /// <paramref name="from"/>, past the page's labels, is an issuer alone (西安开放大学长安分校), the line of text after it;
    /// otherwise null.
    /// </summary>
    private static int? TitleBelowIssuer(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int from)
    {
        var issuer = PastLabels(lines, roles, from);
        return issuer < lines.Count && roles[issuer] == LineRole.IssuerAndDate && IssuerAndDate.Read(lines[issuer].Folded) is { Issuer: not null, Date: null }
            ? PastLabels(lines, roles, issuer + 1)
            : null;

        static int PastLabels(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int k)
        {
            while (k < lines.Count && (roles[k].IsFurniture() || roles[k] == LineRole.WebLabel)) k++;
            return k;
        }
    }

    /// <summary>A line that opens a book-title mark it does not close (关于转发《西安市长安区教育局).</summary>
    private static bool OpensBookTitle(string folded) => folded.Count(c => c == '《') > folded.Count(c => c == '》');

    /// <summary>The date line of a signature: dated, with its issuer on it or alone on the line above.</summary>
    private static bool IsSignatureDate(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i) =>
        roles[i] == LineRole.IssuerAndDate && IssuerAndDate.Read(lines[i].Folded) is { Date: not null } dated
        && (dated.Issuer is not null || i > 0 && IssuerAndDate.Read(lines[i - 1].Folded) is { Issuer: not null, Date: null });

    /// <summary>A batch's label standing as a heading (第一批, 第二批): a section of the page, no document's title.</summary>
    private static string? BatchLabel(string? title) => title is not null && Batch().IsMatch(title) ? title : null;

    /// <summary>
    /// Takes off the body a second document the page prints after the first: a signature (its issuer over its date, or both on
    /// one line) after a paragraph, then a paragraph and another signature closing the text. Its lines, or null.
    /// </summary>
    private static List<SourceLine>? TakeSecondDocument(SingleArticle page)
    {
        var body = page.Draft.Lines;
        var firstParagraph = body.FindIndex(l => l.HasClauseMark);
        if (body.Count < 5 || firstParagraph < 0 || SignatureTop(body, body.Count - 1) is not { } lastTop || firstParagraph >= lastTop) return null;
        for (var d = firstParagraph + 1; d < lastTop - 1; d++)
        {
            if (SignatureTop(body, d) is not { } top || top <= firstParagraph) continue;
            if (!body.Skip(d + 1).Take(lastTop - d - 1).Any(l => l.HasClauseMark)) return null;
            var second = body.GetRange(d + 1, body.Count - d - 1);
            body.RemoveRange(d + 1, body.Count - d - 1);
            return second;
        }
        return null;
    }

    /// <summary>Where the signature whose date stands on line <paramref name="d"/> starts (its issuer's line), or null.</summary>
    private static int? SignatureTop(List<SourceLine> body, int d) =>
        IssuerAndDate.Read(body[d].Folded) is not { Date: not null } dated ? null
        : dated.Issuer is not null ? d
        : d > 0 && IssuerAndDate.Read(body[d - 1].Folded) is { Issuer: not null, Date: null } ? d - 1 : null;

    /// <summary>The second document's article: its batch label the section, its signature the source department, taken off the text.</summary>
    private ParsedArticle BuildSecond(List<SourceLine> lines, SingleArticle page)
    {
        var section = BatchLabel(lines[0].Text.Trim());
        var top = SignatureTop(lines, lines.Count - 1)!.Value;
        var signature = IssuerAndDate.Read(lines[top].Folded)!;
        var signer = Punctuation.Compact(top < lines.Count - 1 ? lines[top].Text : lines[top].Cut(signature.IssuerIndex, signature.IssuerLength));
        page.BackMatter.AddRange(lines.Skip(top).Select(l => l.Text));
        var draft = new ArticleDraft(null, section, null) { SourceDepartment = signer };
        draft.Lines.AddRange(lines.Take(top).Skip(section is null ? 0 : 1));
        return draft.Build(gazetteer.Match(signer, (Place?)null, PlaceReading.Department)?.Place.Path);
    }

    [GeneratedRegex(@"^第[一二三四五六七八九十0-9]{1,3}批$")]
    private static partial Regex Batch();

    /// <summary>
    /// An issuer alone after the closing formula (特此通知 / 中国地质大学(武汉)党委组织部): a signature without its date; or
    /// over a date of its year and month alone (校党委宣传部 / 二〇一七年十月), which gives the document no day.
    /// </summary>
    private static string? TakeUndatedSignature(SingleArticle page)
    {
        var body = page.Draft.Lines;
        var month = body.Count > 0 && YearAndMonth().IsMatch(body[^1].Compact) ? 1 : 0;
        if (body.Count < 3 + month || !DocumentTitle.IsClosingFormula(body[^(2 + month)].Compact)
            || IssuerAndDate.Read(body[^(1 + month)].Folded) is not { Issuer: not null, Date: null })
            return null;
        var signature = body[^(1 + month)];
        page.BackMatter.InsertRange(0, body.Skip(body.Count - 1 - month).Select(l => l.Text));
        body.RemoveRange(body.Count - 1 - month, 1 + month);
        return Punctuation.Compact(signature.Text);
    }

    [GeneratedRegex(@"^(?:[0-9]{4}|[〇零○一二三四五六七八九][〇零○Oo0一二三四五六七八九]{3})年(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月$")]
    private static partial Regex YearAndMonth();

    /// <summary>The closing formula (特此通知) the body ends with, before the signature: no part of the text.</summary>
    private static void TakeClosingFormula(SingleArticle page)
    {
        var body = page.Draft.Lines;
        if (body.Count < 2 || !DocumentTitle.IsClosingFormula(body[^1].Compact)) return;
        page.BackMatter.Insert(0, body[^1].Text);
        body.RemoveAt(body.Count - 1);
    }

    /// <summary>
    /// The copy list closing the text (抄送：…, its lines wrapped, the printing line): read into the footer and moved to
    /// the back matter. It follows the signature (an issuer or a date on a line of its own); only lines of the footer,
    /// and short lines continuing them, may follow where it starts. A 报送：… or 发送：… line above the signature is text.
    /// </summary>
    private static void TakeDistribution(SingleArticle page, IReadOnlyList<LineRole> roles, DistributionReader footer)
    {
        var body = page.Draft.Lines;
        var signed = body.FindIndex(l => IssuerAndDate.Read(l.Folded) is not null);
        if (signed < 0) return;
        // The run of footer lines and short lines the text ends with, found in one pass from the end.
        var tail = body.Count;
        while (tail > signed && (roles[body[tail - 1].Number] == LineRole.DistributionFooter || body[tail - 1].Text.Length <= 60)) tail--;
        var start = body.FindIndex(tail, l => roles[l.Number] == LineRole.DistributionFooter);
        if (start < 0) return;
        foreach (var line in body.Skip(start)) footer.Read(line);
        page.BackMatter.InsertRange(0, body.Skip(start).Select(l => l.Text));
        body.RemoveRange(start, body.Count - start);
    }

    /// <summary>
    /// A date run onto the end of the last line (…推荐审批表二oo八年六月十五日), or alone under the last paragraph of a
    /// notice that is not signed (…服务事项。 / 二〇〇九年三月二十五日), or under its contact lines (联系电话:88781462): the
    /// signature's, the signer's line lost or never printed. The attachment list under it (附:代表候选人名单) goes with it, and so
    /// do a portal's release note ((此件公开发布)) and a table's stray bar (|) under the date.
    /// </summary>
    private static DateOnly? TakeTrailingDate(SingleArticle page)
    {
        var lines = page.Draft.Lines;
        var end = lines.Count;
        while (end > 1 && (SingleArticle.IsAttachmentLine(lines[end - 1]) || IsReleaseNote(lines[end - 1]))) end--;
        if (end == 0) return null;
        var last = lines[end - 1];
        var folded = last.Folded.TrimEnd(' ', '|');
        if (ChineseDate.FindAll(folded).OrderBy(d => d.Index).LastOrDefault() is not { Length: > 0 } date
            || date.Index + date.Length != folded.Length)
            return null;
        // A date that ends a period or a deadline (公示期为2023年3月1日至2023年3月7日, 截至2023年3月7日) is the text's.
        if (PeriodEnd().IsMatch(folded[..date.Index])) return null;
        var attachments = lines.Skip(end).Select(l => l.Text).ToList();
        if (folded[..date.Index].Trim().Length == 0)
        {
            if (end < 2 || !Punctuation.EndsSentence(lines[end - 2].Text) && !ContactLine().IsMatch(lines[end - 2].Folded)) return null;
            lines.RemoveRange(end - 1, lines.Count - end + 1);
            page.BackMatter.InsertRange(0, [last.Text, .. attachments]);
            return date.Date;
        }
        lines.RemoveRange(end, lines.Count - end);
        lines[^1] = last.Until(date.Index);
        page.BackMatter.InsertRange(0, [last.From(date.Index).Text, .. attachments]);
        return date.Date;
    }

    /// <summary>
    /// The attachment list a text closes on with no signature under it (…邮政编码:100721 / 附件:1.拟表彰名单), as a page
    /// printing a 公示 without its seal stores it, and a portal's release note ((此件公开发布)): the list, no part of the text.
    /// The list opens at its heading or a linked file; a numbered line above it that reads like a listed form is the
    /// text's last requirement (3.请各党支部于4月20日前报送党员信息采集表).
    /// </summary>
    private static void TakeTrailingAttachmentList(SingleArticle page)
    {
        var lines = page.Draft.Lines;
        var start = lines.Count;
        while (start > 1 && (SingleArticle.IsAttachmentLine(lines[start - 1]) || IsReleaseNote(lines[start - 1]))) start--;
        while (start < lines.Count && !SingleArticle.OpensAttachmentList(lines[start]) && !IsReleaseNote(lines[start])) start++;
        if (start == lines.Count) return;
        page.BackMatter.InsertRange(0, lines.Skip(start).Select(l => l.Text));
        lines.RemoveRange(start, lines.Count - start);
    }

    [GeneratedRegex(@"(?:至|到|[-—~～]|截止|截至|止于|于|在)\s*$")]
    private static partial Regex PeriodEnd();

    /// <summary>How a portal releases the document ((此件公开发布), (此件主动公开), (此件不公开)), or a bar a table left alone on a line.</summary>
    [GeneratedRegex(@"^(?:\(此件[\u4e00-\u9fa5]{2,8}\)|\|+)$")]
    private static partial Regex ReleaseNote();

    private static bool IsReleaseNote(SourceLine line) => ReleaseNote().IsMatch(line.Folded.Trim());

    /// <summary>各工作片、镇级机关各部门、行政村: recipients printed without their colon, right under the title.</summary>
    private static bool UnmarkedRecipients(SourceLine line) =>
        line.Text.Length <= 80 && !line.HasFullStop && line.Folded.StartsWith('各') && line.Folded.Contains('、');

    /// <summary>A line of an issuer's name: alone on its line, or the first part of one wrapped (石门县…感染的 / 肺炎疫情防控指挥部).</summary>
    private static bool IsIssuerPart(SourceLine line, LineRole role) =>
        role == LineRole.IssuerAndDate ? IssuerAndDate.Read(line.Folded) is { Issuer: not null, Date: null }
        : role == LineRole.Heading && !line.HasFullStop && Punctuation.Compact(line.Folded).Length <= 20
          && !DocumentTitle.IsOfficial(Punctuation.Compact(line.Folded)) && !RedHeader().IsMatch(Punctuation.Compact(line.Folded));

    private static string FirstIssuer(string line) =>
        Punctuation.Compact(line.Split(["  ", "\u3000", " "], StringSplitOptions.RemoveEmptyEntries)[0]);

    /// <summary>A contact line ending the text: a label and its number or address (党员服务中心 联系电话:88781462).</summary>
    [GeneratedRegex(@"(?:联系(?:电话|人)|电\s*话|传\s*真|邮\s*编|邮\s*箱|(?:通讯|通信|联系)?地址)\s*:\s*[^\s:。!?]+$")]
    private static partial Regex ContactLine();

    /// <summary>The urgency, letter-spaced or not (特急, 特 急).</summary>
    [GeneratedRegex(@"特\s*急|加\s*急|特\s*提|平\s*急|急\s*件")]
    private static partial Regex Urgency();

    /// <summary>A line of the heading block's marks alone: urgency, secrecy, 明电 (compact, folded).</summary>
    [GeneratedRegex(@"^(?:等级|特急|加急|特提|平急|急件|明电|密电|绝密|机密|秘密|★|\*|·)+$")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"(?<level>绝密|机密|秘密)\s*(?:★|\*)")]
    private static partial Regex Secrecy();

    [GeneratedRegex(@"^(?<issuer>.{2,30}?)文件$")]
    private static partial Regex RedHeader();

    [GeneratedRegex(@"\s*[(（][^()（）]{2,20}[〔\[［(（【]\s*[0-9]{4}\s*[〕\]］)）】]\s*[0-9]{1,5}\s*号[)）]\s*$")]
    private static partial Regex AppendedNumber();

    [GeneratedRegex(@"^(?<issuer>.{2,30}?)关于|^(?<issuer>.{2,40}?)(?:" + Proclamations + ")$")]
    private static partial Regex TitleIssuer();

    /// <summary>A title that is the genre alone, which its issuer names (compact, folded).</summary>
    [GeneratedRegex(@"^(?:" + Proclamations + ")$")]
    private static partial Regex BareGenre();

    /// <summary>The genres titled by their issuer's name (宿松县人民政府公告) rather than by 关于….</summary>
    private const string Proclamations = "通告|公告|布告";

    [GeneratedRegex(@"^标\s*题\s*:")]
    private static partial Regex TitleLabel();
}
