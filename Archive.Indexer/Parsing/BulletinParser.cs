using System.Text.RegularExpressions;
using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// 组工信息 and its relatives. The masthead (series, issue, publisher, date, in any order over a few lines), the
/// contents (with or without pages, grouped by section, entries wrapped), 编者按 and 领导批示, then the articles: each
/// opened by a bulleted line (△标题。正文), a contents title, or a headline standing apart from the body — flush where
/// the body is indented, or after an article a credit has closed — with its subtitle and source line; sections
/// (〔工作动态〕, ◎…, 一、…) between them; 简讯 items without a title; closing credits taken off each article; and
/// the 报/送/发 footer. Page furniture (page numbers, rules, running headers) is dropped and gives each article the
/// page its headline is printed on.
/// </summary>
internal sealed partial class BulletinParser(Gazetteer gazetteer)
{
    private const string Bullets = "△▲◎◆●■★◇□►▶☆";

    public ParsedDocument Parse(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        var pages = PrintedPages(lines, roles);
        var front = new List<string>();
        var back = new List<string>();
        var masthead = new Masthead();
        var i = ReadMasthead(lines, roles, masthead, front);
        var contents = WithoutSectionLeads(ReadContents(lines, roles, ref i, front), lines, i);
        var sections = contents.Select(c => c.Section).OfType<string>().ToHashSet();
        var index = new ContentsIndex(contents.Select(c => (Key(c.Title), c)));
        // Titles to look for: the contents', unless the contents match no line of the body (then the layout decides).
        var titles = contents.Select(c => Loose(Key(c.Title))).ToHashSet();
        if (titles.Count > 0 && !Enumerable.Range(i, lines.Count - i).Any(k => titles.Contains(Loose(lines[k]))
                || k + 1 < lines.Count && titles.Contains(Loose(Key(lines[k]) + lines[k + 1].CompactFolded))))
            titles.Clear();
        string? editorsNote = null, leader = null;

        var indented = BodyIsIndented(lines, roles, i);
        var hasHeadings = Enumerable.Range(i, lines.Count - i).Any(k => lines[k].HeadingLevel is not null);
        var distribution = new DistributionReader();
        var drafts = new List<ArticleDraft>();
        string? section = null;
        string? sectionLine = null;
        string? numbering = null;
        ArticleDraft? current = null;
        var announced = new PartsWatch();
        var footer = false;
        var footerTail = FooterTail(lines, roles);

        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            var role = roles[i];
            if (role.IsFurniture()) continue;
            var colophon = DistributionFooter.IsColophon(line.Folded);
            if (footer || (role == LineRole.DistributionFooter || colophon && i + 1 >= footerTail) && (drafts.Count > 0 || i > lines.Count / 2))
            {
                footer = true;
                back.Add(line.Text);
                distribution.Read(line);
                continue;
            }
            if (role == LineRole.EditorsNote && current is null)
            {
                editorsNote = line.From(EditorsNote.TextIndex(line.Folded)).Text.Trim();
                front.Add(line.Text);
                // A note wrapped at the page's width goes on over the body lines under it until its sentence ends:
                // its rest was read as an article of its own, untitled.
                while (!Punctuation.EndsSentence(lines[i].Folded.TrimEnd()) && i + 1 < lines.Count && roles[i + 1] == LineRole.Body)
                {
                    i++;
                    editorsNote += lines[i].Text.Trim();
                    front.Add(lines[i].Text);
                }
                continue;
            }
            if (i == masthead.Line)
            {
                // The masthead printed under the headline: kept whole in the front matter, its pen name an author.
                front.Add(line.Text);
                if (masthead.PenName is { } pen) current?.Authors.Add(pen);
                continue;
            }
            if (LeaderInstructions().Match(line.Folded) is { Success: true } instructions && current is null)
            {
                leader = ReadLeaderInstructions(lines, roles, ref i, line.From(instructions.Groups["text"].Index).Text, sections, contents);
                front.AddRange(Enumerable.Range(line.Number, i - line.Number + 1).Select(k => lines[k].Text));
                continue;
            }
            if (IsHeadingInside(line, current, numbering, titles, announced))
            {
                current!.Headings.Add(line.Number);
                current.Add(line);
                continue;
            }
            var name = SectionName(line, role, sections, lines, roles, i);
            if (name is not null && drafts.Count == 0 && InstructionsHeading().IsMatch(Punctuation.Compact(name)))
            {
                // 【领导批示】 over the instructions: the issue's front matter, as the labelled line is.
                leader = ReadLeaderInstructions(lines, roles, ref i, "", sections, contents);
                front.AddRange(Enumerable.Range(line.Number, i - line.Number + 1).Select(k => lines[k].Text));
                continue;
            }
            if (name is not null)
            {
                // A section no article fell under (a menu of the issue's sections, one a line) stays the issue's front matter.
                if (sectionLine is not null && !drafts.Exists(d => d.Section == section)) front.Add(sectionLine);
                section = name;
                sectionLine = line.Text;
                current = null;
                continue;
            }
            if (BracketedItem().Match(line.Folded) is { Success: true, Groups: var item } && line.HasClauseMark
                && (Organization.IsName(item["who"].Value) is var byBody && byBody || gazetteer.Match(item["who"].Value, (Place?)null, PlaceReading.Department) is not null))
            {
                // 【桐城市】近日，… : an item of its own, from the place or body in brackets, without headline.
                current = Start(null, section, index, pages[i], drafts);
                if (byBody) current.SourceDepartment = line.Cut(item["who"].Index, item["who"].Length);
                current.Add(line);
                continue;
            }
            if (IsBulleted(line, role))
            {
                var (title, body) = SplitBulletLine(line, index);
                current = Start(title, section, index, pages[i], drafts);
                if (body is not null) current.Add(body);
                continue;
            }
            if (TitleAt(lines, roles, i, titles, indented, hasHeadings, current, numbering) is { } at)
            {
                numbering = Numbering(line);
                current = Start(at.Title, section, index, pages[i], drafts);
                current.SourceDepartment ??= at.Source;
                i = ReadUnderTitle(lines, roles, at.End, current, indented);
                continue;
            }
            if (current is null)
            {
                // Text before any article and not the masthead's: an item of its own, untitled.
                current = Start(null, section, index, pages[i], drafts);
            }
            if (role == LineRole.Caption)
            {
                current.Captions.Add(line.Text);
                continue;
            }
            // An editor's or a contact line after an article (责任编辑：王芳, 联系电话：…), more articles after it, closes it
            // and names no author.
            if (colophon && current.Lines.Count > 0)
            {
                current.Credits.Add(line.Text.Trim());
                current.IsClosed = true;
                continue;
            }
            if (IsCredit(line, role) && current.Lines.Count > 0)
            {
                current.Credit(line);
                current.IsClosed = true;
                continue;
            }
            current.Add(line);
            // A credit closing the paragraph closes the article: the next headline may follow.
            if (Attribution.AtEnd(line.Folded) is not null) current.IsClosed = true;
        }
        if (sectionLine is not null && !drafts.Exists(d => d.Section == section)) front.Add(sectionLine);

        var region = gazetteer.Match(masthead.Publisher, (Place?)null, PlaceReading.Department)?.Place
                     ?? gazetteer.Match(masthead.Series, (Place?)null, PlaceReading.Department)?.Place
                     ?? gazetteer.InferRegion(lines.Select(l => ((string?)l.Text, 1.0)))?.Place;
        var articles = drafts.Select(d => Build(d, region)).ToList();
        return new ParsedDocument
        {
            Kind = DocumentKind.Bulletin,
            Series = masthead.Series,
            IssueNumber = masthead.Issue,
            TotalIssueNumber = masthead.Total,
            Date = masthead.Date ?? distribution.PrintedOn,
            Publisher = masthead.Publisher,
            Region = region?.Path,
            Distribution = distribution.Distribution.Count > 0 ? distribution.Distribution : null,
            PrintRun = distribution.PrintRun,
            LeaderInstructions = leader,
            EditorsNote = editorsNote,
            Contents = contents,
            Articles = articles,
            FrontMatter = front,
            BackMatter = back,
        };
    }

    private ParsedArticle Build(ArticleDraft draft, Place? issueRegion)
    {
        var paragraphs = draft.Paragraphs();
        ClosingCredits.Take(draft, paragraphs, gazetteer.Characters);
        var body = string.Join("\n", paragraphs);
        // The article's place: its department's or its headline's, the deeper where they agree; else what its text
        // names (inside the issue's region first); else the issue's.
        var department = gazetteer.Match(draft.SourceDepartment, issueRegion, PlaceReading.Department)?.Place;
        var titled = gazetteer.Match(draft.Title, issueRegion)?.Place;
        var named = department is not null && titled is not null
            ? titled.IsWithin(department) ? titled : department
            : department ?? titled;
        named ??= gazetteer.InferRegion([(draft.Subtitle, 2), (body, 1), (string.Join(" ", draft.Credits), 1)], issueRegion)?.Place;
        return draft.Build((named ?? issueRegion)?.Path, paragraphs);
    }

    /// <summary>
    /// A new article: its section and page from the contents entry of its title where it has none of its own. An issue
    /// may list two articles of the same title: the n-th of them takes the n-th such entry.
    /// </summary>
    private ArticleDraft Start(string? title, string? section, ContentsIndex contents, int? page, List<ArticleDraft> drafts)
    {
        var entry = title is null ? null : contents.Next(Key(title));
        var draft = new ArticleDraft(title, section ?? entry?.Section, entry?.Page ?? page);
        drafts.Add(draft);
        return draft;
    }

    /// <summary>The contents by title, each title's entries handed out in order.</summary>
    private sealed class ContentsIndex(IEnumerable<(string Key, ContentsEntry Entry)> entries)
    {
        private readonly Dictionary<string, List<ContentsEntry>> _byKey = entries.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Entry).ToList());
        private readonly Dictionary<string, int> _taken = [];

        /// <summary>The entry whose title the line opens with (△标题。正文), the longest such, and its length.</summary>
        public (ContentsEntry Entry, int Length)? Opening(string key)
        {
            for (var length = Math.Min(key.Length, 80); length >= 2; length--)
                if (_byKey.TryGetValue(key[..length], out var same)) return (same[0], length);
            return null;
        }

        public ContentsEntry? Next(string key)
        {
            if (!_byKey.TryGetValue(key, out var same)) return null;
            var n = _taken.GetValueOrDefault(key);
            _taken[key] = n + 1;
            return n < same.Count ? same[n] : same[0];
        }
    }

    /// <summary>The page each line is printed on: the number of the next page-number line (they stand at a page's foot),
    /// after the last one the page after it; a pdf's own page where nothing is printed.</summary>
    private static int?[] PrintedPages(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        var pages = new int?[lines.Count];
        int? next = null, last = null;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (roles[i] == LineRole.PageNumber && PageFurniture.PageNumber(lines[i].Folded) is { } n)
            {
                next = n;
                last ??= n;
            }
            pages[i] = next ?? (last is { } l ? l + 1 : lines[i].Page);
        }
        return pages;
    }

    /// <summary>
    /// A body an editing unit belongs to, as a masthead prints it over the unit (中国地质大学(武汉) over 发展研究中心): an
    /// institution's name, not a series' (铜陵先锋, 党建引领), which would be glued to the publisher of every citation.
    /// </summary>
    private static bool IsParentBody(string compactFolded) => Organization.IsName(compactFolded) || Institution().IsMatch(compactFolded);

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{2,16}(?:大学|学院|学校|研究院|科学院)(?:\([\u4e00-\u9fa5]{2,4}\))?$")]
    private static partial Regex Institution();

    private sealed class Masthead
    {
        public string? Series { get; private set; }
        public string? PenName;
        /// <summary>The series folded (simplified, half-width), as lines restating it are read.</summary>
        private string? _seriesFolded;

        /// <summary>Takes the series as printed on a line and as folded.</summary>
        public void SetSeries(string printed, string folded) => (Series, _seriesFolded) = (Punctuation.Compact(printed), Punctuation.Compact(folded));
        private string? publisher;
        /// <summary>The body above the editing unit when a masthead prints them on lines of their own (a university over its centre).</summary>
        public string? Parent;

        public string? Publisher
        {
            get => Parent is null || publisher is null || publisher.StartsWith(Parent, StringComparison.Ordinal) ? publisher : Parent + publisher;
            set => publisher = value;
        }

        public int? Issue, Total;
        public DateOnly? Date;
        /// <summary>The line of a masthead printed under the article's headline (a WeChat edition), or -1.</summary>
        public int Line = -1;

        /// <summary>Takes what a masthead line states: several fields may share one line.</summary>
        public bool Read(SourceLine line)
        {
            var f = line.Folded;
            var found = false;
            if (IssueLine.Read(f) is { } issue)
            {
                Issue ??= issue.Number;
                Total ??= issue.Total;
                f = Blank(f, issue.Index, issue.Length);
                found = true;
            }
            if (ChineseDate.FindAll(f).OrderBy(d => d.Index).FirstOrDefault() is { Length: > 0 } date)
            {
                Date ??= date.Date;
                f = Blank(f, date.Index, date.Length);
                found = true;
            }
            // What is left: the series, the publisher, chrome (内部资料, 专报, a year alone), in chunks apart (组工信息｜第5期:
            // a bar parts them too).
            f = f.Replace('|', ' ');
            var compact = Punctuation.Compact(f.Trim('(', ')', ' '));
            if (compact.Length == 0) return found;
            foreach (Match chunk in Chunk().Matches(f))
            {
                var value = chunk.Value;
                // The series, or the series stated again (a page's title restating the masthead under it: 组工信息第12期 / 组工信息 / 第12期).
                if (Recognizers.Masthead.Series(value) is not null && (Series is null || Restates(Punctuation.Compact(value), _seriesFolded!)))
                {
                    if (Series is null) SetSeries(line.Cut(chunk.Index, chunk.Length), value);
                }
                else if (Publisher is null && IssuerAndDate.Read(value) is { Issuer: not null } issuer)
                    Publisher = Punctuation.Compact(line.Cut(chunk.Index + issuer.IssuerIndex, issuer.IssuerLength));
                else if (!MastheadChrome().IsMatch(value)) continue;
                found = true;
            }
            return found;
        }

        private static bool Restates(string value, string series) =>
            series.Contains(value, StringComparison.Ordinal) || value.Contains(series, StringComparison.Ordinal);

        private static string Blank(string text, int index, int length) => text.Remove(index, length).Insert(index, new string(' ', length));
    }

    private static bool NextIsIssueLine(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i)
    {
        var next = i + 1;
        while (next < lines.Count && roles[next].IsFurniture()) next++;
        return next < lines.Count && roles[next] == LineRole.IssueLine;
    }

    /// <summary>The masthead: the first lines stating series, issue, publisher or date (or chrome such as 内部资料).</summary>
    private static int ReadMasthead(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, Masthead masthead, List<string> front)
    {
        var i = 0;
        for (; i < lines.Count && i < 12; i++)
        {
            if (roles[i].IsFurniture()) continue;
            var line = lines[i];
            // The circulation note may head the issue (（此件发至县级）): the masthead's chrome.
            if (roles[i] == LineRole.DistributionFooter && DistributionFooter.Read(line.Folded) is ("发至", _))
            {
                front.Add(line.Text);
                continue;
            }
            // A masthead line may label its date (中共某某县委组织部编    日期：2023年6月12日), or a copy its date and source
            // (来源：蒙城组工　2023-04-12 09:30, as an account posting its issues prints them).
            var datedByLabel = roles[i] == LineRole.WebLabel && WebLabels.Read(line.Folded) is var labels
                && (labels is [{ Name: "日期" or "时间" }] || labels.Count > 0 && labels.All(l => l.Name is "日期" or "时间" or "发布时间" or "发布日期" or "来源")
                    && ChineseDate.FindAll(line.Folded).Any());
            if (roles[i] is not (LineRole.Masthead or LineRole.IssueLine or LineRole.IssuerAndDate or LineRole.Heading or LineRole.SectionHeading) && !datedByLabel
                || line.Text.Length > 60 || IsBulleted(line, roles[i]))
                break;
            // The editing body printed over two lines, its parent above the issue line (中国地质大学(武汉) / 发展研究中心编 第1期…):
            // the masthead's, and the first part of the publisher.
            if (roles[i] == LineRole.Heading && masthead.Issue is null && masthead.Total is null && masthead.Parent is null
                && NextIsIssueLine(lines, roles, i) && Punctuation.Compact(line.Text).Length <= 20 && IsParentBody(Punctuation.Compact(line.Folded)))
            {
                masthead.Parent = Punctuation.Compact(line.Text);
                front.Add(line.Text);
                continue;
            }
            // A name no pattern knows (铜陵先锋) printed right above the issue line before any series: the series.
            if (roles[i] == LineRole.Heading && masthead.Series is null && masthead.Issue is null && masthead.Total is null
                && NextIsIssueLine(lines, roles, i) && Punctuation.Compact(line.Text).Length <= 12 && !line.HasClauseMark)
            {
                masthead.SetSeries(line.Text, line.Folded);
                front.Add(line.Text);
                continue;
            }
            // A heading is a masthead's only before the issue is known and when short (内部资料, 专　报).
            if (roles[i] is LineRole.Heading or LineRole.SectionHeading && (masthead.Issue is not null || masthead.Total is not null || Punctuation.Compact(line.Text).Length > 6)
                && !MastheadChrome().IsMatch(Punctuation.Compact(line.Folded)))
                break;
            if (!masthead.Read(line) && !MastheadChrome().IsMatch(Punctuation.Compact(line.Folded))) break;
            front.Add(line.Text);
        }
        if (masthead.Series is null && masthead.Issue is null && masthead.Total is null)
        {
            // A page that carries its masthead under the article's headline (吉组轩 第1553期 吉安组工微讯 2023-03-04).
            for (var k = 0; k < Math.Min(lines.Count, 6); k++)
            {
                if (roles[k] != LineRole.IssueLine) continue;
                masthead.Read(lines[k]);
                var words = lines[k].Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0 && PersonName.IsLikely(words[0])) masthead.PenName = lines[k].Cut(0, words[0].Length);
                masthead.Line = k;
                return 0;
            }
            return 0;
        }
        return i;
    }

    /// <summary>
    /// The table of contents after the masthead: under a label (本期目录) or as entries with pages; entries grouped by
    /// section lines, numbered (1. 一、) or marked (◆); an entry wrapped onto a second line where entries carry pages.
    /// Without label or pages, the short lines before the first article that its titles repeat. Ends before the body:
    /// before a line repeating an entry or a section it listed, or a paragraph; sections after its last entry are the body's.
    /// </summary>
    private List<ContentsEntry> ReadContents(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, ref int i, List<string> front)
    {
        var start = i;
        while (start < lines.Count && roles[start].IsFurniture()) start++;
        if (start >= lines.Count) return [];
        if (NumberedContents(lines, roles, start) is { } numbered)
        {
            front.AddRange(numbered.Select(k => lines[k].Text));
            i = numbered[^1] + 1;
            return numbered.Select(k => new ContentsEntry(StripMarker(lines[k].Text.Trim()), null, null)).ToList();
        }
        var labelled = roles[start] == LineRole.ContentsLabel;
        var withPages = false;
        int end = -1, lastPaged = -1, lastListed = -1;
        // What the contents listed, and every opening of it (a title wrapped in the body shows its first part).
        var listed = new HashSet<string>();
        var openings = new HashSet<string>();
        for (var k = labelled ? start + 1 : start; k < lines.Count; k++)
        {
            var role = roles[k];
            if (role.IsFurniture()) continue;
            var line = lines[k];
            var key = Loose(line);
            // The body starts where a line repeats what the contents listed (its source in brackets after it or not), or
            // the first part of it (a title wrapped in the body).
            if (listed.Contains(key) || key.Length >= 4 && openings.Contains(key) || listed.Contains(Loose(HeadlineAndSource(line).Headline)) || line.Folded.Contains('。') || line.IsLong || line.Text.Length > 60 || LeaderInstructions().IsMatch(line.Folded)
                || role is LineRole.EditorsNote or LineRole.DistributionFooter or LineRole.Attribution or LineRole.Byline or LineRole.WebLabel)
                break;
            var entryKey = role == LineRole.ContentsEntry && ContentsLine.Read(line.Folded) is { } listedEntry ? Loose(Key(line.Cut(0, listedEntry.TitleLength))) : key;
            listed.Add(entryKey);
            for (var length = 4; length < entryKey.Length; length++) openings.Add(entryKey[..length]);
            if (role == LineRole.ContentsEntry)
            {
                withPages = true;
                end = lastPaged = k + 1;
            }
            else if (role != LineRole.SectionHeading && SectionHeading.NumberedName(line) is null && labelled)
            {
                end = k + 1;
            }
            lastListed = k;
        }
        // A section named last in a labelled list, marked as its entries are (●简讯 under ●…), groups no entry: it is one,
        // the section the issue closes with, and the body starts after it.
        var sectionListed = labelled && !withPages && lastListed >= end && end > start + 1 && roles[lastListed] == LineRole.SectionHeading
                            && Marker(lines[lastListed]) is { } marker && marker == Marker(lines[end - 1]) ? lastListed : -1;
        if (sectionListed >= 0) end = sectionListed + 1;
        if (!labelled && !withPages) return ContentsWithoutPages(lines, roles, ref i, front);
        // Where entries carry pages, a line after the last of them is the body's (a headline the contents do not list).
        if (withPages) end = lastPaged;
        if (end < 0) end = start + 1;

        var entries = new List<ContentsEntry>();
        string? section = null;
        var pending = "";
        for (var k = start; k < end; k++)
        {
            if (roles[k].IsFurniture()) continue;
            var line = lines[k];
            front.Add(line.Text);
            if (roles[k] == LineRole.ContentsLabel) continue;
            var entry = ContentsLine.Read(line.Folded);
            if (pending.Length == 0 && entry is null && k != sectionListed && (SectionHeading.Name(line) ?? SectionHeading.NumberedName(line)) is { } name)
            {
                section = name;
                continue;
            }
            if (entry is { } e)
            {
                entries.Add(new ContentsEntry(StripMarker(pending + line.Cut(0, e.TitleLength).Trim()), section, e.Page));
                pending = "";
            }
            else if (withPages)
            {
                pending += line.Text.Trim(); // an entry wrapped onto the next line, joined without a space
            }
            else
            {
                entries.Add(new ContentsEntry(StripMarker(line.Text.Trim()), section, null));
            }
        }
        if (pending.Length > 0) entries.Add(new ContentsEntry(StripMarker(pending), section, null));
        i = end;
        return withPages ? entries : JoinWrappedEntries(entries, lines, end);
    }

    /// <summary>
    /// An entry led by a section or a speaker (外地经验：浙江省衢州市…, 习近平：把党的政治建设摆在首位) where the body prints the
    /// headline without the lead: the rest is the title, and the lead its section where the issue has a section of that
    /// name (a 【外地经验】 heading). A lead the body's headline keeps (常德：让“红色物业”暖民心) stays.
    /// </summary>
    private List<ContentsEntry> WithoutSectionLeads(List<ContentsEntry> contents, IReadOnlyList<SourceLine> lines, int bodyStart)
    {
        if (contents.Count == 0) return contents;
        var body = Enumerable.Range(bodyStart, lines.Count - bodyStart).Where(k => lines[k].Text.Length <= 60).Select(k => lines[k]).ToList();
        var headlines = body.Select(l => Loose(l)).ToHashSet();
        // A headline the body breaks after its lead's colon (教育部: / 进一步…) keeps the lead: two lines that follow each other.
        headlines.UnionWith(body.Zip(body.Skip(1)).Where(p => p.Second.Number == p.First.Number + 1 && p.First.Folded.TrimEnd().EndsWith(':'))
            .Select(p => Loose(Key(p.First.Text.Trim() + p.Second.Text.Trim()))));
        var sections = body.Select(l => SectionHeading.Name(l) ?? SectionHeading.NumberedName(l)).OfType<string>().ToHashSet();
        return contents.Select(entry =>
        {
            if (headlines.Contains(Loose(Key(entry.Title))) || SectionLead().Match(Punctuation.FoldWidth(entry.Title)) is not { Success: true } lead
                || !headlines.Contains(Loose(Key(lead.Groups["title"].Value))))
                return entry;
            var named = lead.Groups["section"].Value;
            return new ContentsEntry(entry.Title[lead.Groups["title"].Index..].Trim(), entry.Section ?? (sections.Contains(named) ? named : null), entry.Page);
        }).ToList();
    }

    /// <summary>Entries without pages cannot show where one wraps: two that together (and not alone) open a line of the body are one.</summary>
    private List<ContentsEntry> JoinWrappedEntries(List<ContentsEntry> entries, IReadOnlyList<SourceLine> lines, int bodyStart)
    {
        var openings = new HashSet<string>();
        for (var k = bodyStart; k < lines.Count && k < bodyStart + 400; k++)
        {
            var text = lines[k].Text.TrimStart(Bullets.ToCharArray());
            var cut = text.IndexOfAny(['。', '！', '？']);
            if (cut is > 0 and <= 60) text = text[..cut];
            if (text.Length <= 60) openings.Add(Key(text));
        }
        var joined = new List<ContentsEntry>();
        for (var k = 0; k < entries.Count; k++)
        {
            if (k + 1 < entries.Count && !openings.Contains(Key(entries[k].Title)) && openings.Contains(Key(entries[k].Title + entries[k + 1].Title)))
            {
                joined.Add(entries[k] with { Title = entries[k].Title + entries[k + 1].Title });
                k++;
            }
            else
            {
                joined.Add(entries[k]);
            }
        }
        return joined;
    }

    /// <summary>
    /// Contents without label or pages, told by their numbering: three or more headline-short lines right after the masthead
    /// numbered 1., 2., 3. in turn (a digest's list of what follows); the lines they stand on, or null.
    /// </summary>
    private static List<int>? NumberedContents(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int start)
    {
        var taken = new List<int>();
        for (var k = start; k < lines.Count; k++)
        {
            if (roles[k].IsFurniture()) continue;
            var line = lines[k];
            if (NumberedTitle().Match(line.Folded) is not { Success: true } m || int.Parse(m.Groups["n"].Value) != taken.Count + 1
                || line.IsLong || line.Text.Length > 60 || line.Folded.Contains('。'))
                break;
            taken.Add(k);
        }
        return taken.Count >= 3 ? taken : null;
    }

    /// <summary>Contents without label or pages (the samples' layout): short lines that the bulleted titles below start with.</summary>
    private static List<ContentsEntry> ContentsWithoutPages(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, ref int i, List<string> front)
    {
        var titles = Enumerable.Range(i, lines.Count - i).Where(k => IsBulleted(lines[k], roles[k]))
            .Select(k => Punctuation.Compact(lines[k].Text[1..])).Take(200).ToList();
        var entries = new List<ContentsEntry>();
        if (titles.Count == 0) return entries;
        string? section = null;
        var pending = "";
        var after = i;
        var taken = new List<string>();
        for (var k = i; k < lines.Count; k++)
        {
            var line = lines[k];
            if (roles[k].IsFurniture()) continue;
            if (IsBulleted(line, roles[k]) || LeaderInstructions().IsMatch(line.Folded) || line.IsLong || line.Folded.Contains('。')) break;
            if (pending.Length == 0 && SectionHeading.Name(line) is { } name)
            {
                section = name;
                taken.Add(line.Text);
                continue;
            }
            var candidate = pending + line.Compact;
            if (titles.Any(t => t.StartsWith(candidate, StringComparison.Ordinal) && (t.Length == candidate.Length || "。!?:：".Contains(t[candidate.Length]))))
            {
                entries.Add(new ContentsEntry(candidate, section, null));
                pending = "";
                taken.Add(line.Text);
                front.AddRange(taken);
                taken.Clear();
                after = k + 1;
            }
            else if (titles.Any(t => t.StartsWith(candidate, StringComparison.Ordinal)))
            {
                pending = candidate;
                taken.Add(line.Text);
            }
            else
            {
                break;
            }
        }
        i = after;
        return entries;
    }

    /// <summary>A title as contents and body both print it: simplified, half-width, no spaces, no number or mark.</summary>
    private string Key(string text) => StripMarker(Punctuation.Compact(SourceLine.Fold(text, gazetteer.Characters)));

    private static string Key(SourceLine line) => StripMarker(line.CompactFolded);

    /// <summary>
    /// A key's letters and digits, for telling whether a line is a headline the contents list: an entry and its headline
    /// often differ in punctuation alone (湘东区：“三个一批”… over 湘东区“三个一批”…, quotes of either width).
    /// </summary>
    private static string Loose(string key) => key.Any(IsMark) ? string.Concat(key.Where(c => !IsMark(c))) : key;

    private static string Loose(SourceLine line) => Loose(Key(line));

    private static bool IsMark(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    /// <summary>The bullet a line opens with (●, ◆ …), or null.</summary>
    private static char? Marker(SourceLine line) => line.Text.TrimStart() is [var first, ..] && Bullets.Contains(first) ? first : null;

    /// <summary>A contents entry or headline without its number or mark: 1. 一、 ◆ 【…】.</summary>
    private static string StripMarker(string title)
    {
        if (title.Length == 0 || !(Bullets.Contains(title[0]) || title[0] == '【' || char.IsDigit(title[0]) || "一二三四五六七八九十".Contains(title[0])))
            return title;
        var stripped = TitleMarker().Replace(title, "");
        if (stripped.StartsWith('【') && stripped.EndsWith('】')) stripped = stripped[1..^1];
        return stripped.Length > 0 ? stripped : title;
    }

    /// <summary>
    /// Whether the body's paragraphs are indented (so a flush short line is a headline), judged by the lines that open
    /// them: a long sentence-holding line, or the indented first line of a paragraph wrapped at the page's width, whose
    /// flush lines after it continue it and say nothing of the layout.
    /// </summary>
    private static bool BodyIsIndented(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int from)
    {
        int indented = 0, flush = 0;
        for (var k = from; k < lines.Count; k++)
        {
            if (roles[k] != LineRole.Body) continue;
            if (ContinuesParagraph(lines, roles, k) || !(lines[k].HasFullStop && lines[k].Text.Length >= 30 || LineClassifier.OpensWrappedParagraph(lines, roles, k))) continue;
            if (lines[k].Indented) indented++;
            else flush++;
        }
        return indented > 0 && indented >= flush;
    }

    /// <summary>
    /// A flush line under a full body line that stops mid-sentence: the rest of a paragraph wrapped at the page's width
    /// (…612名，其 / 中35岁以下的占78%。), never a headline however short.
    /// </summary>
    private static bool ContinuesParagraph(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i)
    {
        var before = i - 1;
        while (before >= 0 && roles[before].IsFurniture()) before--;
        return before >= 0 && !lines[i].Indented && roles[before] == LineRole.Body && lines[before].Text.Trim().Length >= 20
               && !Punctuation.EndsSentence(lines[before].Folded.TrimEnd());
    }

    private static bool IsBulleted(SourceLine line, LineRole role) =>
        line.Text.Length > 2 && Bullets.Contains(line.Text[0]) && role is not (LineRole.SectionHeading or LineRole.Byline);

    /// <summary>The section a heading line opens: a marked one, one the contents named, or a usual name alone.</summary>
    private static string? SectionName(SourceLine line, LineRole role, IReadOnlySet<string> listed, IReadOnlyList<SourceLine> lines,
        IReadOnlyList<LineRole> roles, int i)
    {
        // Past the masthead, a line shaped like a series name (县区动态) is a section's.
        if (role is LineRole.SectionHeading or LineRole.Masthead) return SectionHeading.Name(line);
        if (listed.Contains(line.Compact)) return line.Compact;
        // 一、图片新闻 before a numbered headline (1.党员在行动): numbered sections over numbered articles.
        if (SectionHeading.NumberedName(line) is { } numbered && (listed.Contains(numbered) || NextLine(lines, roles, i) is { } next
                && NumberedTitle().IsMatch(next.Folded)))
            return numbered;
        return null;
    }

    private static SourceLine? NextLine(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i)
    {
        for (var k = i + 1; k < lines.Count; k++)
            if (!roles[k].IsFurniture()) return lines[k];
        return null;
    }

    /// <summary>△ line -> title and the body that follows it on the line; an item whose opening is no title (简讯) has none.</summary>
    private (string? Title, SourceLine? Body) SplitBulletLine(SourceLine line, ContentsIndex contents)
    {
        var start = 1;
        while (start < line.Folded.Length && line.Folded[start] == ' ') start++;
        var rest = line.From(start);
        var folded = rest.Folded;
        int cut;
        if (contents.Opening(Punctuation.Compact(folded)) is { } listed)
        {
            // Walk the folded text until as many non-space characters as the contents title holds.
            var needed = listed.Length;
            cut = 0;
            for (var seen = 0; cut < folded.Length && seen < needed; cut++)
                if (!char.IsWhiteSpace(folded[cut])) seen++;
        }
        else
        {
            cut = folded.AsSpan().IndexOfAny("。!?");
            if (cut < 0) return (rest.Text.Trim(), null);
            var opening = folded[..cut];
            // 2月9日下午,县委组织部召开…: a sentence, not a headline.
            if (cut > 50 || opening.AsSpan().IndexOfAny(",;") >= 0 || EventDate().IsMatch(opening)) return (null, rest);
        }
        var title = rest.Cut(0, cut).Trim();
        var after = cut;
        while (after < folded.Length && folded[after] is '。' or '!' or '?' or ':' or ' ') after++;
        return (title, after < folded.Length ? rest.From(after) : null);
    }

    /// <summary>
    /// A headline on its own line (and the next line when it wraps): a contents title; a heading-styled line (docx,
    /// markdown); else a short line standing apart — flush above an indented body, or where the article before it is
    /// closed or has no text yet.
    /// </summary>
    private (string Title, int End, string? Source)? TitleAt(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i,
        IReadOnlySet<string> titles, bool indented, bool hasHeadings, ArticleDraft? current, string? numbering)
    {
        var line = lines[i];
        // The first article's headline wrapped after its colon (教育部长周济强调: / 人才是…头等大事), the body under it.
        if ((current is null || current.IsClosed || current.Lines.Count == 0) && WrappedAtColon(lines, roles, i) is { } end)
            return (StripMarker(line.Text.Trim() + lines[end - 1].Text.Trim()), end, null);
        if (!IsTitleShaped(line, roles[i]) || LineClassifier.OpensWrappedParagraph(lines, roles, i) || ContinuesParagraph(lines, roles, i)) return null;
        // A headline may carry its source in brackets at its end (弥陀镇推行党员“积分制”管理（弥陀镇党委）).
        if (HeadlineAndSource(line) is (var headline, { } source)
            && TitleAt(lines, roles, i, titles, indented, hasHeadings, current, numbering, headline, BetweenParagraphs(lines, roles, i)) is { } bare)
            return bare with { Source = source };
        return TitleAt(lines, roles, i, titles, indented, hasHeadings, current, numbering, line, LedByPlace(line, current) && BetweenParagraphs(lines, roles, i));
    }

    /// <summary>
    /// A headline broken after the colon of its lead: a short line ending in a colon, no item of a list, then a title-shaped
    /// heading, then a paragraph longer than both. The line after the headline, or null.
    /// </summary>
    private static int? WrappedAtColon(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i)
    {
        var line = lines[i];
        var f = line.Folded.TrimEnd();
        if (roles[i] is not (LineRole.Body or LineRole.Heading) || f.Length is < 4 or > 30 || f[^1] != ':' || line.Indented
            || f.AsSpan().IndexOfAny("。;,!?") >= 0 || ListItem().IsMatch(f) || TitleMarker().IsMatch(f))
            return null;
        var next = NextIndex(roles, i);
        if (next >= lines.Count || roles[next] != LineRole.Heading || !IsTitleShaped(lines[next], roles[next]) || ListItem().IsMatch(lines[next].Folded)
            || TitleMarker().IsMatch(lines[next].Folded))
            return null;
        var after = NextIndex(roles, next);
        return after < lines.Count && roles[after] == LineRole.Body && lines[after].HasFullStop
               && lines[after].Text.Length > line.Text.Length + lines[next].Text.Length ? next + 1 : null;
    }

    /// <summary>
    /// A headline led by the place or body it reports on, with a colon or in brackets (立仓镇：“红色议事厅”让群众事群众议,
    /// 【笔架山街道】“红色管家”进小区), or a place the gazetteer knows opening it as its subject, in one clause, that the
    /// article before it does not name (义安区实施“墩苗计划”… after an article on the city's meeting; a caption or a
    /// subheading inside the article on that place, 义安区党员志愿者在社区开展服务, 枞阳县经验做法, is its text, and a
    /// caption between paragraphs, 木李镇…成立大会上，党员们…, runs on past a comma).
    /// </summary>
    private bool LedByPlace(SourceLine line, ArticleDraft? current) =>
        PlaceLead().Match(line.Folded) is { Success: true, Groups: var groups } && groups["lead"].Value is var lead
            ? PlaceLevels.EndsInLevel(lead) || Organization.IsName(lead) || gazetteer.Match(lead, (Place?)null, PlaceReading.Department) is not null
            : !line.HasClauseMark && PlaceSubject().Match(line.Folded) is { Success: true } subject
              && current?.Names(subject.Value) != true && gazetteer.Match(subject.Value, (Place?)null, PlaceReading.Department) is not null;

    /// <summary>
    /// The headline <paramref name="line"/> reads as where it stands; a source closing it does not set it apart on its own
    /// (a work plan's 一是深化党员教育管理（县委组织部） is a line of its article), unless it stands between two paragraphs.
    /// </summary>
    private (string Title, int End, string? Source)? TitleAt(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i,
        IReadOnlySet<string> titles, bool indented, bool hasHeadings, ArticleDraft? current, string? numbering, SourceLine line, bool betweenParagraphs)
    {
        var next = NextIndex(roles, i);
        if (titles.Count > 0)
        {
            if (titles.Contains(Loose(line))) return (StripMarker(line.Text.Trim()), i + 1, null);
            if (next < lines.Count && titles.Contains(Loose(Key(line) + lines[next].CompactFolded))) return (StripMarker(line.Text.Trim() + lines[next].Text.Trim()), next + 1, null);
            return null;
        }
        if (hasHeadings) return line.HeadingLevel is not null ? (StripMarker(line.Text.Trim()), i + 1, null) : null;
        if (line.Indented && indented) return null;
        // A headline wrapped onto a second flush line, the body (or its source line) after it.
        // (In a flush layout only where a source line follows: 二、山东鱼台:全覆盖升 / 级“党群服务中心”… / 来源：….)
        if (next < lines.Count && !lines[next].Indented && IsTitleShaped(lines[next], roles[next], minLength: 1) && !SubtitleLine().IsMatch(lines[next].Text)
            && roles[next] is LineRole.Heading && NextIndex(roles, next) is var after && after < lines.Count
            && (indented ? FollowsTitle(lines, roles, after, indented) : roles[after] is LineRole.Byline or LineRole.WebLabel)
            && !(lines[after].Text.Length < 60 && !lines[after].Indented && roles[after] is LineRole.Body && lines[after].HasFullStop))
            return (StripMarker(line.Text.Trim() + lines[next].Text.Trim()), next + 1, null);
        if (next >= lines.Count || !FollowsTitle(lines, roles, next, indented)) return null;
        // Flush over an indented body, a headline; in a flush layout it must stand apart from the article before it: that
        // one closed by its credit or still empty, a source line under it, or the numbering the issue's headlines follow.
        var apart = indented || betweenParagraphs || current is null || current.IsClosed || current.Lines.Count == 0
                    || roles[next] is LineRole.Byline or LineRole.WebLabel or LineRole.IssueLine || IsSourceName(lines, roles, next)
                    || numbering is not null && Numbering(line) == numbering;
        return apart ? (StripMarker(line.Text.Trim()), i + 1, null) : null;
    }

    /// <summary>
    /// Whether a line closing with its source stands between two paragraphs: one ends above it and a longer one opens
    /// below, as a flush issue without contents prints its headlines. A line of a list inside an article (一是…, （一）…)
    /// never does.
    /// </summary>
    private static bool BetweenParagraphs(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int i)
    {
        var before = i - 1;
        while (before >= 0 && roles[before].IsFurniture()) before--;
        var after = NextIndex(roles, i);
        return before >= 0 && after < lines.Count && !ListItem().IsMatch(lines[i].Folded)
               && roles[before] is LineRole.Body && lines[before].Folded.TrimEnd().TrimEnd('"', '”', ')') is [.., '。' or '!' or '?']
               && roles[after] is LineRole.Body && lines[after].HasFullStop && lines[after].Text.Length > lines[i].Text.Length;
    }

    /// <summary>A department's name and nothing else (春秋乡党委); not a profile's 记…党支部, 走进….</summary>
    private static bool IsDepartmentAlone(string folded) => !ProfileLead().IsMatch(folded) && Organization.IsName(folded);

    [GeneratedRegex(@"^(?:记|访|走进|写在|献给|致|追记)")]
    private static partial Regex ProfileLead();

    /// <summary>The shortest run of characters opening a line that ends as a place's name does: 义安区 of 义安区实施…. Reads folded text.</summary>
    [GeneratedRegex(@"^[\u4e00-\u9fa5]{1,8}?(?:街道|省|市|县|区|旗|镇|乡)")]
    private static partial Regex PlaceSubject();

    /// <summary>A place or body and a colon opening a line, or it in brackets: 立仓镇：…, 湘东区:…, 【笔架山街道】…. Reads folded text.</summary>
    [GeneratedRegex(@"^(?:【(?<lead>[^【】\s]{2,16})】|(?<lead>[\u4e00-\u9fa5]{2,14}?)\s*:)\s*\S")]
    private static partial Regex PlaceLead();

    /// <summary>An item of a list inside an article: 一是…, 其二…, (一)…, (1)…. Reads folded text.</summary>
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]|\(\s*[一二三四五六七八九十0-9]{1,3}\s*\))")]
    private static partial Regex ListItem();

    /// <summary>
    /// A numbered line in an unnumbered article that announced its parts (现将有关情况报告如下。, 下面我讲三点意见。): a
    /// heading inside it (一、主要做法), not a section of the issue nor the next article's headline.
    /// </summary>
    private static bool IsHeadingInside(SourceLine line, ArticleDraft? current, string? numbering, IReadOnlySet<string> titles, PartsWatch announced) =>
        titles.Count == 0 && current is { Title: not null, IsClosed: false, Lines.Count: > 0 } && numbering is null
        && Numbering(line) is not null && line.Text.Length <= 40 && !line.HasFullStop && announced.Takes(current, line);

    /// <summary>
    /// The headings an article announced (…报告如下。 right above its 一、), taken in order: the first must follow the
    /// announcement, each next one continue the count (二、 after 一、); a section of the issue (二、基层经验 with no 一、
    /// inside the article) does not.
    /// </summary>
    private sealed class PartsWatch
    {
        private ArticleDraft? _draft;
        private int _next;

        public bool Takes(ArticleDraft draft, SourceLine line)
        {
            if (!ReferenceEquals(draft, _draft)) (_draft, _next) = (draft, 0);
            var number = HeadingNumber(line);
            var taken = _next == 0
                ? number == 1 && PartsAnnounced().IsMatch(draft.Lines[^1].Folded)
                : number == _next;
            if (taken) _next = number + 1;
            return taken;
        }

        /// <summary>The number of a line <see cref="Numbering"/> reads as numbered (一、 is 1, 3. is 3); 0 otherwise.</summary>
        private static int HeadingNumber(SourceLine line) =>
            (HanNumbered().Match(line.Folded) is { Success: true } han ? han : NumberedTitle().Match(line.Folded)) is { Success: true } m
                ? ChineseNumber.Parse(m.Groups["n"].Value) ?? 0
                : 0;
    }

    /// <summary>A paragraph announcing the parts that follow: …报告如下。, …通知如下:, …讲三点意见。 Reads folded text.</summary>
    [GeneratedRegex(@"(?:如下|[一二三四五六七八九十几]点(?:意见|体会|建议|看法|思考))\s*[。:]?\s*$")]
    private static partial Regex PartsAnnounced();

    /// <summary>How a headline is numbered (一、 or 1.), or null: later headlines numbered the same way are headlines too.</summary>
    private static string? Numbering(SourceLine line) =>
        HanNumbered().IsMatch(line.Folded) ? "一、" : NumberedTitle().IsMatch(line.Folded) ? "1." : null;

    /// <summary>What may come under a headline: the body (indented where the layout indents it), a subtitle, a source line,
    /// the masthead of a page that prints it under the headline.</summary>
    private static bool FollowsTitle(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int k, bool indented) =>
        roles[k] is LineRole.Byline or LineRole.WebLabel or LineRole.IssueLine || IsSourceName(lines, roles, k) || SubtitleLine().IsMatch(lines[k].Text)
        || (!indented || lines[k].Indented) && roles[k] is LineRole.Body or LineRole.Heading && (lines[k].HasClauseMark || lines[k].Indented)
        || indented && !lines[k].Indented && lines[k].HasFullStop && lines[k].Text.Length <= 60;

    /// <summary>
    /// Where the run of lines that can only be the footer starts (colophon and distribution lines, a wrapped one, page
    /// furniture), the text's end when there is none: a colophon opens the footer only where nothing else follows it.
    /// One pass from the end, so that a text of many colophon lines costs no pass per line.
    /// </summary>
    private static int FooterTail(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        var tail = lines.Count;
        while (tail > 0 && (roles[tail - 1].IsFurniture() || roles[tail - 1] == LineRole.DistributionFooter
                            || DistributionFooter.IsColophon(lines[tail - 1].Folded) || lines[tail - 1].Text.Length <= 40 && !lines[tail - 1].HasFullStop))
            tail--;
        return tail;
    }

    /// <summary>
    /// The source a headline names on the line under it, an organization's name alone (松口镇党委, 枞阳县委组织部), with
    /// the body after it: a line of its own between headline and text is a source line, never an issuer signing off.
    /// </summary>
    private static bool IsSourceName(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int k) =>
        roles[k] is LineRole.IssuerAndDate or LineRole.Heading && Organization.IsName(lines[k].Folded.Trim())
        && NextIndex(roles, k) is var after && after < lines.Count && roles[after] is LineRole.Body && lines[after].HasClauseMark;

    /// <summary>
    /// A credit alone on its line, closing the article above: （宜秀区委组织部）. Without a date it also reads as an issuer,
    /// and a reprint's source ((来源:浙江在线)) as a web page's label, which in a bulletin, between articles, they are not.
    /// </summary>
    private static bool IsCredit(SourceLine line, LineRole role) =>
        role == LineRole.Attribution || role is LineRole.IssuerAndDate or LineRole.WebLabel && Attribution.AloneOnLine(line.Folded) is not null;

    /// <param name="minLength">4; a headline's wrapped end may be shorter (…抓实村级后备力 / 量培养).</param>
    private static bool IsTitleShaped(SourceLine line, LineRole role, int minLength = 4)
    {
        if (role is not (LineRole.Heading or LineRole.Body or LineRole.ContentsEntry or LineRole.IssuerAndDate) || line.Text.Length > 60
            || IsCredit(line, role)) return false;
        var f = line.Folded.TrimEnd();
        // A headline may end with ! or ?, never holds a full stop or a semicolon, never ends at a comma or colon.
        return f.Length >= minLength && f.IndexOf('。') < 0 && f.IndexOf(';') < 0 && f.TrimEnd('!', '?').AsSpan().IndexOfAny("!?") < 0
               && f[^1] is not (',' or '、' or ':');
    }

    private static int NextIndex(IReadOnlyList<LineRole> roles, int i)
    {
        var k = i + 1;
        while (k < roles.Count && roles[k].IsFurniture()) k++;
        return k;
    }

    /// <summary>Under a headline: a subtitle (——…, or a deck line), the source line (来源：…, 岷县县委组织部　吕鹏飞).</summary>
    private int ReadUnderTitle(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, int from, ArticleDraft draft, bool indented)
    {
        var k = from;
        for (; k < lines.Count && k < from + 4; k++)
        {
            if (roles[k].IsFurniture()) continue;
            var line = lines[k];
            if (draft.Subtitle is null && SubtitleLine().Match(line.Text) is { Success: true } dash)
            {
                // ——春秋乡党委: the source under a dash, as some issues print it, is no subtitle; ——记…党支部 is one.
                var text = dash.Groups["text"].Value.Trim();
                if (IsDepartmentAlone(SourceLine.Fold(text, gazetteer.Characters).Trim())) draft.SourceDepartment ??= text;
                else draft.Subtitle = text;
                continue;
            }
            if (roles[k] is LineRole.Byline || roles[k] == LineRole.WebLabel && WebLabels.Read(line.Folded) is [{ Name: "来源" or "稿源" }]
                || IsSourceName(lines, roles, k))
            {
                draft.Credit(line);
                continue;
            }
            // A deck: a flush sentence right under the headline, over an indented body.
            if (indented && draft.Subtitle is null && !line.Indented && line.HasFullStop && line.Text.Length <= 60)
            {
                draft.Subtitle = line.Text;
                continue;
            }
            break;
        }
        return k - 1;
    }

    private static string? ReadLeaderInstructions(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles, ref int i, string first,
        IReadOnlySet<string> sections, IReadOnlyList<ContentsEntry> contents)
    {
        var parts = new List<string>();
        if (first.Trim().Length > 0) parts.Add(first.Trim());
        var titles = contents.Select(c => Punctuation.Compact(c.Title)).ToHashSet();
        var j = i + 1;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (IsBulleted(line, roles[j]) || roles[j] == LineRole.SectionHeading || sections.Contains(line.Compact)
                || titles.Contains(line.Compact) || SectionHeading.Name(line) is not null)
                break;
            parts.Add(line.Text);
        }
        // Without a section, article or known title to stop at, only the label's own line is an instruction.
        if (j == lines.Count) parts = parts.Take(first.Trim().Length > 0 ? 1 : 0).ToList();
        else i = j - 1;
        return parts.Count > 0 ? string.Join("\n", parts) : null;
    }

    /// <summary>
    /// A headline line without the organization in brackets closing it (…管理（弥陀镇党委）), and that organization; the
    /// line itself and null where it closes with none. Only a line short enough for a headline is looked at.
    /// </summary>
    private static (SourceLine Headline, string? Source) HeadlineAndSource(SourceLine line)
    {
        var folded = line.Folded.TrimEnd();
        if (folded.Length > 60 || !folded.EndsWith(')') || HeadlineSource().Match(folded) is not { Success: true } sourced
            || !Organization.IsName(sourced.Groups["source"].Value))
            return (line, null);
        return (line.Until(sourced.Index), line.Cut(sourced.Groups["source"].Index, sourced.Groups["source"].Length));
    }

    /// <summary>An organization in brackets closing a headline: …管理(弥陀镇党委). Reads folded text.</summary>
    [GeneratedRegex(@"(?<=\S{6,})\s*\((?<source>[^()]{3,20})\)$")]
    private static partial Regex HeadlineSource();

    /// <summary>A contents entry led by a section: 外地经验：…, 【他山之石】…. Reads folded text.</summary>
    [GeneratedRegex(@"^(?:【(?<section>[\u4e00-\u9fa5]{2,8})】|(?<section>[\u4e00-\u9fa5]{2,8})\s*:)\s*(?<title>\S.{3,})$")]
    private static partial Regex SectionLead();

    /// <summary>An item led by its place or body in brackets: 【桐城市】近日，…</summary>
    [GeneratedRegex(@"^【(?<who>[^【】\s]{2,16})】\s*\S")]
    private static partial Regex BracketedItem();

    private const string InstructionsLabel = "领导批示|批示|领导签批";

    [GeneratedRegex(@"^(?:" + InstructionsLabel + @")\s*:\s*(?<text>.*)$")]
    private static partial Regex LeaderInstructions();

    [GeneratedRegex(@"^(?:" + InstructionsLabel + ")$")]
    private static partial Regex InstructionsHeading();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}\s*[、.]|[0-9]{1,2}\s*[、.](?![0-9])|[△▲◎◆●■★◇□►▶☆]\s*)")]
    private static partial Regex TitleMarker();

    [GeneratedRegex(@"^(?<n>[0-9]{1,2})\s*[.、](?![0-9])")]
    private static partial Regex NumberedTitle();

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})\s*[、.]")]
    private static partial Regex HanNumbered();

    [GeneratedRegex(@"^(?:——|──|—|--)+\s*(?<text>.+)$")]
    private static partial Regex SubtitleLine();

    [GeneratedRegex(@"^[0-9]{1,2}月[0-9]{1,2}日|^近日|^日前|^近年来|^今年以来")]
    private static partial Regex EventDate();

    [GeneratedRegex(@"\S+(?:\s\S+)*?(?=\s{2,}|$)")]
    private static partial Regex Chunk();

    [GeneratedRegex(@"^(?:内部资料|内部刊物|注意保存|内部资料注意保存|仅供参考|秘密|机密|绝密|专报|专刊|增刊|\(.{0,12}\)|[0-9]{4}年?)$")]
    private static partial Regex MastheadChrome();
}
