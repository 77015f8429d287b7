using System.Text.RegularExpressions;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// 组工信息 and its relatives: the masthead (series, issue, publisher, date), the table of contents (dot leaders or
/// not, titles wrapped over lines), 领导批示, sections (★ 市内信息, 【经验交流】, 一、…), articles (after △, or titles on
/// their own line) with their closing attribution, and the 报/送/发 footer.
/// </summary>
internal sealed partial class BulletinParser(Gazetteer gazetteer)
{
    private static readonly HashSet<string> KnownSections =
    [
        "市内信息", "市外参考", "县区动态", "基层动态", "工作动态", "经验交流", "他山之石", "工作研究", "典型经验", "基层风采",
        "信息摘编", "要情快报", "外地经验", "工作交流", "领导讲话", "重要讲话", "调查研究", "调研报告", "工作简讯", "简讯",
        "省内信息", "省外参考", "外地参考", "本地信息", "部务动态", "部门动态", "各地动态", "综合信息", "经验做法", "工作探索",
    ];

    public ParsedDocument Parse(IReadOnlyList<SourceLine> lines)
    {
        var i = 0;
        var masthead = ReadMasthead(lines, ref i);
        var contents = ReadContents(lines, ref i);
        var leader = ReadLeaderInstructions(lines, contents, ref i);

        var sectionNames = contents.Select(c => c.Section).OfType<string>().ToHashSet();
        var rest = lines.Skip(i).ToList();
        var hasBullets = rest.Any(IsBulleted);
        // Where the file marks headings (docx styles, markdown), only headings are titles; otherwise a short line may be.
        var hasHeadings = rest.Any(l => l.HeadingLevel is not null);
        var drafts = new List<ArticleDraft>();
        var distribution = new Dictionary<string, string>();
        string? section = null;
        string? lastKey = null;
        ArticleDraft? current = null;

        for (var k = 0; k < rest.Count; k++)
        {
            var text = rest[k].Text;
            var footer = DocumentPatterns.DistributionLine().Match(text);
            if (footer.Success && drafts.Count > 0 || lastKey is not null)
            {
                if (footer.Success)
                {
                    lastKey = Punctuation.Compact(footer.Groups["key"].Value);
                    distribution[lastKey] = footer.Groups["value"].Value.Trim();
                }
                else if (PrintRun().Match(text) is { Success: true } run)
                {
                    distribution["印数"] = run.Groups["n"].Value;
                }
                else
                {
                    distribution[lastKey!] = (distribution[lastKey!] + text).Trim();
                }
                continue;
            }
            if (SectionName(text, sectionNames, k + 1 < rest.Count ? rest[k + 1].Text : null) is { } name)
            {
                section = name;
                current = null;
                continue;
            }
            if (IsBulleted(rest[k]))
            {
                var (title, body) = SplitBulletLine(text[1..].Trim(), contents);
                current = Start(title, section, contents, rest[k].Page, drafts);
                if (body.Length > 0) current.Lines.Add(body);
                continue;
            }
            if (!hasBullets && TitleAt(rest, k, contents, hasHeadings, out var consumed) is { } ownLineTitle)
            {
                current = Start(ownLineTitle, section, contents, rest[k].Page, drafts);
                k += consumed - 1;
                continue;
            }
            if (current is null)
            {
                // Text before any article (an editor's note): an article of its own, titled by its first sentence.
                var note = EditorsNote().Match(text);
                var (title, body) = note.Success ? (note.Groups["label"].Value, note.Groups["text"].Value)
                    : text.Length <= 50 ? (text, "") : SplitBulletLine(text, []);
                current = Start(title, section, contents, rest[k].Page, drafts);
                if (body.Length > 0) current.Lines.Add(body);
                continue;
            }
            current.Lines.Add(text);
        }

        // A masthead that names no place leaves the issue to the city its articles point to.
        var region = gazetteer.Resolve(masthead.Publisher) ?? gazetteer.Resolve(masthead.Series)
            ?? gazetteer.InferRegion(string.Join("\n", lines.Select(l => l.Text)))?.Place.Path;
        var articles = drafts.Select(d =>
        {
            var lines = d.Lines;
            d.SourceDepartment = ClosingAttribution.Take(lines);
            var articleRegion = gazetteer.Resolve(d.SourceDepartment, region) ?? gazetteer.Resolve(d.Title, region) ?? region;
            return d.Build(articleRegion);
        }).ToList();

        return new ParsedDocument
        {
            Kind = DocumentKind.Bulletin,
            Series = masthead.Series,
            IssueNumber = masthead.Issue,
            TotalIssueNumber = masthead.Total,
            Date = masthead.Date,
            Publisher = masthead.Publisher,
            Region = region,
            Distribution = distribution.Count > 0 ? distribution : null,
            LeaderInstructions = leader,
            Contents = contents,
            Articles = articles,
        };
    }

    private static ArticleDraft Start(string title, string? section, IReadOnlyList<ContentsEntry> contents, int? page,
        List<ArticleDraft> drafts)
    {
        var compact = Punctuation.Compact(title);
        // An issue may list two articles of the same title: the n-th of them takes the n-th such contents line.
        var sameTitle = contents.Where(c => Punctuation.Compact(c.Title) == compact).ToList();
        var entry = sameTitle.ElementAtOrDefault(drafts.Count(d => Punctuation.Compact(d.Title) == compact)) ?? sameTitle.FirstOrDefault();
        var draft = new ArticleDraft(title, section ?? entry?.Section, entry?.Page ?? page);
        drafts.Add(draft);
        return draft;
    }

    private sealed record Masthead(string? Series, int? Issue, int? Total, string? Publisher, DateOnly? Date);

    private static Masthead ReadMasthead(IReadOnlyList<SourceLine> lines, ref int i)
    {
        string? series = null, publisher = null;
        int? issue = null, total = null;
        DateOnly? date = null;
        for (; i < lines.Count && i < 14; i++)
        {
            var text = lines[i].Text;
            if (IsBulleted(lines[i]) || DocumentPatterns.MarkedSection().IsMatch(text) || DocumentPatterns.ContentsLabel().IsMatch(text)
                || DocumentPatterns.LeaderInstructions().IsMatch(text) || text.Length > 60
                || DocumentPatterns.ContentsEntry().IsMatch(text) && issue is not null)
                break;
            // One masthead line may carry several fields (安庆组工信息 第8期 中共…研究室 2022年3月10日): take each out in turn.
            var found = false;
            var rest = text;
            if (date is null && ChineseDate.FindAll(rest).OrderBy(m => m.Index).FirstOrDefault() is { Length: > 0 } d)
            {
                date = d.Date;
                rest = rest.Remove(d.Index, d.Length);
                found = true;
            }
            if (DocumentPatterns.TotalIssueNumber().Match(rest) is { Success: true } t)
            {
                total ??= int.Parse(t.Groups["n"].Value);
                rest = rest.Remove(t.Index, t.Length);
                found = true;
            }
            if (DocumentPatterns.IssueNumber().Match(rest) is { Success: true } n)
            {
                issue ??= int.Parse(n.Groups["n"].Value);
                rest = rest.Remove(n.Index, n.Length);
                found = true;
            }
            rest = EmptyBrackets().Replace(rest, " ");
            // A spaced-out masthead (安 庆 组 工 信 息) is one name; otherwise the fields are separated by spaces.
            var chunks = DocumentPatterns.SeriesLine().IsMatch(Punctuation.Compact(rest)) ? [rest] : rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            foreach (var chunk in chunks)
            {
                var compact = Punctuation.Compact(chunk);
                if (compact.Length == 0) continue;
                if (series is null && DocumentPatterns.SeriesLine().Match(compact) is { Success: true } s)
                {
                    series = s.Groups["series"].Value;
                    found = true;
                }
                else if (publisher is null && Publisher().Match(compact) is { Success: true } p)
                {
                    publisher = p.Groups["who"].Value;
                    found = true;
                }
                else if (Chrome().IsMatch(compact))
                {
                    found = true;
                }
            }
            // Before the series is known, a short unknown line (机密, 内部资料) is masthead chrome; after it, the masthead has ended.
            if (!found && (series is not null || issue is not null || text.Length > 12)) break;
        }
        return new Masthead(series, issue, total, publisher, date);
    }

    private static List<ContentsEntry> ReadContents(IReadOnlyList<SourceLine> lines, ref int i)
    {
        var end = i;
        for (var j = i; j < lines.Count; j++)
        {
            var text = lines[j].Text;
            // Contents lines are short and hold no full stop; the first body paragraph ends them.
            if (IsBulleted(lines[j]) || DocumentPatterns.LeaderInstructions().IsMatch(text) || text.Length > 60
                || text.AsSpan().IndexOfAny("。；！？") >= 0)
                break;
            if (DocumentPatterns.ContentsEntry().IsMatch(text)) end = j + 1;
        }
        if (end == i) return ReadContentsWithoutPages(lines, ref i);
        var entries = new List<ContentsEntry>();
        string? section = null;
        var pending = "";
        for (; i < end; i++)
        {
            var text = lines[i].Text;
            if (DocumentPatterns.ContentsLabel().IsMatch(Punctuation.Compact(text))) continue;
            var entry = DocumentPatterns.ContentsEntry().Match(text);
            if (!entry.Success && pending.Length == 0 && SectionName(text, new HashSet<string>(), null, inContents: true) is { } name)
            {
                section = name;
                continue;
            }
            if (entry.Success)
            {
                entries.Add(new ContentsEntry((pending + entry.Groups["title"].Value.Trim()).Trim(), section, int.Parse(entry.Groups["page"].Value)));
                pending = "";
            }
            else
            {
                pending += text; // a title wrapped over two lines: joined without a space
            }
        }
        if (pending.Length > 0) entries.Add(new ContentsEntry(pending, section, null));
        return entries;
    }

    /// <summary>
    /// A table of contents without page numbers: the short lines before the first △ article, recognized because the
    /// articles' titles start with them; a title wrapped over two lines is joined where the articles show it.
    /// </summary>
    private static List<ContentsEntry> ReadContentsWithoutPages(IReadOnlyList<SourceLine> lines, ref int i)
    {
        var titles = lines.Skip(i).Where(IsBulleted).Select(l => Punctuation.Compact(l.Text[1..])).ToList();
        var entries = new List<ContentsEntry>();
        if (titles.Count == 0) return entries;
        string? section = null;
        var pending = "";
        var after = i;
        for (var j = i; j < lines.Count; j++)
        {
            var line = lines[j];
            if (IsBulleted(line) || DocumentPatterns.LeaderInstructions().IsMatch(line.Text) || line.Text.Length > 60
                || Punctuation.HasSentencePunctuation(line.Text))
                break;
            if (DocumentPatterns.ContentsLabel().IsMatch(line.Compact)) continue;
            if (pending.Length == 0 && SectionName(line.Text, new HashSet<string>(), null, inContents: true) is { } name)
            {
                section = name;
                continue;
            }
            var candidate = pending + line.Compact;
            if (titles.Any(t => t.StartsWith(candidate, StringComparison.Ordinal) && (t.Length == candidate.Length || EndsTitle(t[candidate.Length]))))
            {
                entries.Add(new ContentsEntry(candidate, section, null));
                pending = "";
                after = j + 1;
            }
            else if (titles.Any(t => t.StartsWith(candidate, StringComparison.Ordinal)))
            {
                pending = candidate;
            }
            else
            {
                break;
            }
        }
        // The body's first section heading, right after the contents, stays with the body.
        i = after;
        return entries;

        static bool EndsTitle(char c) => c is '。' or '！' or '？' or '：' or ':' or '.';
    }

    private static string? ReadLeaderInstructions(IReadOnlyList<SourceLine> lines, IReadOnlyList<ContentsEntry> contents, ref int i)
    {
        if (i >= lines.Count || DocumentPatterns.LeaderInstructions().Match(lines[i].Text) is not { Success: true } m) return null;
        var parts = new List<string>();
        if (m.Groups["text"].Value.Trim().Length > 0) parts.Add(m.Groups["text"].Value.Trim());
        var sections = contents.Select(c => c.Section).OfType<string>().ToHashSet();
        var j = i + 1;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (IsBulleted(line) || SectionName(line.Text, sections, null) is not null
                || contents.Any(c => Punctuation.Compact(c.Title) == line.Compact))
                break;
            parts.Add(line.Text);
        }
        // Without a section, article or known title to stop at, only the label's own line is an instruction.
        if (j == lines.Count) parts = parts.Take(m.Groups["text"].Value.Trim().Length > 0 ? 1 : 0).ToList();
        else i = j - 1;
        i++;
        return parts.Count > 0 ? string.Join("\n", parts) : null;
    }

    private static bool IsBulleted(SourceLine line) =>
        line.Text.Length > 2 && DocumentPatterns.ArticleBullets.Contains(line.Text[0])
        && !DocumentPatterns.MarkedSection().IsMatch(line.Text);

    /// <summary>The section a heading line opens, or null when the line is not a section heading.</summary>
    private static string? SectionName(string text, IReadOnlySet<string> known, string? nextLine, bool inContents = false)
    {
        var compact = Punctuation.Compact(text);
        if (DocumentPatterns.MarkedSection().Match(compact) is { Success: true } marked) return marked.Groups["name"].Value.Trim();
        if (known.Contains(compact) || KnownSections.Contains(compact)) return compact;
        if (DocumentPatterns.NumberedSection().Match(compact) is { Success: true } numbered
            && (inContents || known.Contains(numbered.Groups["name"].Value)
                || nextLine is not null && nextLine.Length > 1 && DocumentPatterns.ArticleBullets.Contains(nextLine[0])))
            return numbered.Groups["name"].Value;
        return null;
    }

    /// <summary>△ line -> title and the body text that follows it on the same line.</summary>
    private static (string Title, string Body) SplitBulletLine(string text, IReadOnlyList<ContentsEntry> contents)
    {
        var compact = Punctuation.Compact(text);
        var entry = contents.Where(c => c.Title.Length > 0 && compact.StartsWith(Punctuation.Compact(c.Title), StringComparison.Ordinal))
            .MaxBy(c => c.Title.Length);
        int cut;
        if (entry is not null)
        {
            // Walk the original text until as many non-space characters as the contents title holds.
            var needed = Punctuation.Compact(entry.Title).Length;
            cut = 0;
            for (var seen = 0; cut < text.Length && seen < needed; cut++)
                if (!char.IsWhiteSpace(text[cut])) seen++;
        }
        else
        {
            cut = text.AsSpan().IndexOfAny("。！？!?");
            if (cut < 0) return (text.Trim(), "");
        }
        var title = text[..cut].Trim();
        var body = text[cut..].TrimStart('。', '！', '？', '!', '?', '：', ':', ' ', '\u3000');
        return (title, body.Trim());
    }

    /// <summary>An article title on its own line (bulletins without △): a contents title, possibly wrapped, or a short heading.</summary>
    private static string? TitleAt(IReadOnlyList<SourceLine> lines, int k, IReadOnlyList<ContentsEntry> contents, bool hasHeadings,
        out int consumed)
    {
        consumed = 1;
        var line = lines[k];
        if (contents.Count > 0)
        {
            var titles = contents.Select(c => Punctuation.Compact(c.Title)).ToList();
            if (titles.Contains(line.Compact)) return line.Text;
            if (k + 1 < lines.Count && titles.Contains(line.Compact + lines[k + 1].Compact))
            {
                consumed = 2;
                return line.Text + lines[k + 1].Text;
            }
            return null;
        }
        var text = line.Text;
        if (hasHeadings) return line.HeadingLevel is not null ? text : null;
        // 一、强化组织领导 inside a single-article issue is a part of that article, not a new one.
        if (ListItem().IsMatch(text)) return null;
        var looksLikeHeading = text.Length is >= 6 and <= 50 && !text.Contains('\t') && !Bracketed().IsMatch(text) && text.AsSpan().IndexOfAny("。；！？;!?") < 0
               && !Punctuation.Continuing.Contains(text[^1]) && text[^1] is not ('：' or ':')
               && k + 1 < lines.Count && lines[k + 1].Text.Length > text.Length;
        return looksLikeHeading ? text : null;
    }

    [GeneratedRegex(@"^(?<label>编者按|编者的话|按语|本期导语|导语)\s*[:：]\s*(?<text>.*)$")]
    private static partial Regex EditorsNote();

    [GeneratedRegex(@"^[（(]?\s*共印\s*(?<n>\d+)\s*份\s*[）)]?$")]
    private static partial Regex PrintRun();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d))")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^[（(【\[].*[）)】\]]$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"[（(]\s*[）)]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"^(?:编印单位|编印|主办单位|主办|编发单位)?[:：]?(?<who>[\u4e00-\u9fa5（）()]{2,40}?(?:组织部|研究室|办公室|委员会|党委|党组|政府|编辑部|信息科|调研科|宣传部|工委|局|厅|中心|处|科))(?:编印|编发|主办|编|印)?$")]
    private static partial Regex Publisher();

    [GeneratedRegex(@"^(?:内部资料|内部刊物|注意保存|内部资料注意保存|仅供参考|秘密|机密|绝密|[（(].{0,12}[）)]|\d{4}年?)$")]
    private static partial Regex Chrome();
}
