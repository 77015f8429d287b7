using System.Text.RegularExpressions;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// A newspaper page: several articles, each opened by a top-level heading (# in converted text); a —— line under
/// the title is its subtitle; bylines (names alone, 本报讯（许睿）, 本报记者 …, 通讯员 …) give authors; photo captions
/// (… 于晓宇 摄) are captions, not body. A title stranded at the foot of the page with its byline takes back the run
/// of paragraphs that names its quoted words. The page's region is the city its places point to.
/// </summary>
internal sealed partial class NewspaperParser(Gazetteer gazetteer)
{
    public ParsedDocument Parse(IReadOnlyList<SourceLine> lines, string fullText)
    {
        // Articles open at the page's top heading level; a page without headings is one article under its first line.
        var top = lines.Where(l => l.HeadingLevel is not null).Select(l => l.HeadingLevel!.Value).DefaultIfEmpty(1).Min();
        if (lines.Count > 0 && lines.All(l => l.HeadingLevel is null))
            lines = MarkTitles(lines, top);
        var drafts = new List<ArticleDraft>();
        var head = new List<string>();
        ArticleDraft? current = null;
        var expectByline = false;

        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            var text = line.Text;
            if (line.HeadingLevel == top)
            {
                current = new ArticleDraft(text, null, line.Page);
                drafts.Add(current);
                expectByline = true;
                continue;
            }
            if (current is null)
            {
                head.Add(text);
                continue;
            }
            if (expectByline && current.Lines.Count == 0 && current.Subtitle is null && Subtitle(text) is { } subtitle)
            {
                current.Subtitle = subtitle;
                continue;
            }
            if (expectByline && current.Lines.Count == 0 && DocumentPatterns.NamesLine().IsMatch(text) && text.Length <= 20)
            {
                current.Authors.AddRange(Names(text));
                expectByline = false;
                continue;
            }
            expectByline = false;
            if (current.Lines.Count > 0 && IsStrandedTitle(lines, k))
            {
                current = new ArticleDraft(text, null, line.Page);
                drafts.Add(current);
                continue;
            }
            if (DocumentPatterns.RoleByline().Match(text) is { Success: true } role)
            {
                current.Authors.AddRange(Names(role.Groups["names"].Value));
                continue;
            }
            if (DocumentPatterns.PhotoCaption().IsMatch(text) && text.Length > 6)
            {
                current.Captions.Add(text);
                continue;
            }
            if (line.HeadingLevel is not null) current.Headings.Add(text);
            if (current.Lines.Count == 0 && DocumentPatterns.NewsFlashByline().Match(text) is { Success: true } flash)
                current.Authors.AddRange(Names(flash.Groups["names"].Value));
            current.Lines.Add(text);
        }

        RecoverStrandedTitle(drafts);

        var region = gazetteer.InferRegion(fullText)?.Place;
        var regionPath = region?.Path;
        var articles = drafts.Select(d =>
        {
            var own = gazetteer.Resolve(d.Title, regionPath);
            if (own is null && region is not null)
            {
                // A report about one district of the city (守护“菜篮子” names only 裕安区) belongs to that district.
                var area = gazetteer.InferRegion([(string.Join("\n", d.Lines), 1.0)], region)?.Place;
                if (area is { Level: PlaceLevel.Area } && area.IsWithin(region)) own = area.Path;
            }
            return d.Build(own ?? regionPath);
        }).ToList();

        // The date of the page, where its head states one; never guessed from the articles' text.
        var date = head.Select(ChineseDate.FindFirst).FirstOrDefault(d => d is not null);
        return new ParsedDocument
        {
            Kind = DocumentKind.NewspaperPage,
            Title = head.FirstOrDefault(),
            Date = date,
            Region = regionPath,
            Articles = articles,
        };
    }

    /// <summary>
    /// The last article may be nothing but a title and a byline: its body was laid out earlier on the page. It takes
    /// back the paragraphs, from the first one (not an article's opening) that names all the title's quoted words,
    /// up to the end of that article.
    /// </summary>
    private static void RecoverStrandedTitle(List<ArticleDraft> drafts)
    {
        if (drafts.Count < 2 || drafts[^1].Lines.Count > 0) return;
        var stranded = drafts[^1];
        var words = QuotedWords().Matches(stranded.Title).Select(m => m.Groups[1].Value).ToList();
        if (words.Count == 0) return;
        for (var a = 0; a < drafts.Count - 1; a++)
        {
            var lines = drafts[a].Lines;
            for (var p = 1; p < lines.Count; p++)
            {
                if (!words.All(w => lines[p].Contains(w, StringComparison.Ordinal))) continue;
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
    /// A page without headings: a short line without a full stop followed by a byline (本报记者 …) or a 本报讯
    /// paragraph is a title.
    /// </summary>
    private static List<SourceLine> MarkTitles(IReadOnlyList<SourceLine> lines, int level)
    {
        var marked = new List<SourceLine>(lines.Count);
        for (var k = 0; k < lines.Count; k++)
        {
            var text = lines[k].Text;
            var next = k + 1 < lines.Count ? lines[k + 1].Text : "";
            var isTitle = text.Length <= 40 && text.AsSpan().IndexOfAny("。；！？") < 0 && !DocumentPatterns.RoleByline().IsMatch(text)
                   && !DocumentPatterns.NamesLine().IsMatch(text) && k + 2 < lines.Count
                   && (DocumentPatterns.RoleByline().IsMatch(next) || next.StartsWith("本报讯", StringComparison.Ordinal));
            marked.Add(isTitle ? lines[k] with { HeadingLevel = level } : lines[k]);
        }
        // Lines above the first title are the page's head (paper, date, page number); with no title found, the first line is one.
        if (marked.All(l => l.HeadingLevel is null)) marked[0] = marked[0] with { HeadingLevel = level };
        return marked;
    }

    /// <summary>A short line with no sentence punctuation followed by nothing but bylines to the end of the page.</summary>
    private static bool IsStrandedTitle(IReadOnlyList<SourceLine> lines, int k)
    {
        var text = lines[k].Text;
        if (lines.Count - k - 1 is < 1 or > 3 || text.Length > 30 || Punctuation.HasSentencePunctuation(text) || Punctuation.EndsSentence(text) && !text.EndsWith('」')
            && !text.EndsWith('”'))
            return false;
        return lines.Skip(k + 1).All(l => DocumentPatterns.RoleByline().IsMatch(l.Text));
    }

    private static string? Subtitle(string text)
    {
        var m = SubtitleLine().Match(text);
        return m.Success ? m.Groups["text"].Value.Trim() : null;
    }

    private static IEnumerable<string> Names(string text) =>
        NameSeparator().Split(text.Trim()).Select(n => n.Trim()).Where(n => n.Length >= 2 && !Roles.Contains(n));

    private static readonly HashSet<string> Roles = ["本报记者", "记者", "通讯员", "实习生", "见习记者", "特约撰稿人", "摄"];

    [GeneratedRegex(@"^(?:——|──|—|--)\s*(?<text>.+)$")]
    private static partial Regex SubtitleLine();

    [GeneratedRegex(@"[「“‘『]([^」”’』]{1,12})[」”’』]")]
    private static partial Regex QuotedWords();

    [GeneratedRegex(@"[\s、，,]+")]
    private static partial Regex NameSeparator();
}
