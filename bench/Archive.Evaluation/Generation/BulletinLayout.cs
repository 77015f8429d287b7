using System.Globalization;

namespace Archive.Evaluation.Generation;

/// <summary>
/// A bulletin issue in its series' house style (<see cref="BulletinStyle"/>): masthead (series, issue line,
/// publisher, date), a table of contents under marked section headings with page numbers (dot leaders or not, long
/// titles wrapped), 领导批示：, then each section's articles, each starting with △title。 and closing with its
/// source department, and the distribution footer. Page numbers are where each article starts when the issue is
/// printed as the generator's PDFs are, so a PDF's pages and its table of contents agree.
/// </summary>
internal sealed class BulletinLayout(TextComposer text)
{
    private static readonly string[] Leaders = [".....", "......", "... ", "……", " "];

    public GeneratedDocument Create(
        string file, BulletinSeries series, int issue, DateOnly date,
        IReadOnlyList<(ComposedArticle Article, string Section, string? Department, string? Region)> articles)
    {
        var style = series.Style;
        var issueLine = style.Issue(issue, date);
        var dateLine = style.Date(date, spaced: text.Chance(0.6));
        var leaders = articles.Select(_ => text.Pick(Leaders)).ToList();
        var wraps = articles.Select(a => WrapPoint(a.Article.Title)).ToList();
        var inlineAttribution = articles.Select(_ => text.Chance(0.85)).ToList();

        var pages = articles.Select(_ => 2).ToList();
        List<string> lines;
        // The contents' page numbers move the text they precede only when one gains a digit: a few rounds settle it.
        for (var round = 0; ; round++)
        {
            (lines, var firstLines) = Lines(series, issueLine, dateLine, articles, pages, leaders, wraps, inlineAttribution);
            var printed = Printed(lines, firstLines);
            if (printed.SequenceEqual(pages) || round == 4)
            {
                break;
            }

            pages = printed;
        }

        return new GeneratedDocument(new ManifestEntry
        {
            File = file,
            Format = "txt",
            Kind = "bulletin",
            Series = series.Name,
            IssueNumber = issue,
            TotalIssueNumber = style.TotalIssue(issue, date),
            Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Publisher = series.Publisher,
            Region = series.City.Path,
            Articles = articles.Select((a, i) => ManifestBody.Article(a.Article, a.Article.Paragraphs) with
            {
                Section = a.Section,
                SourceDepartment = a.Department,
                Region = a.Region,
                Page = pages[i],
            }).ToList(),
        }, lines, articles.Select(a => a.Article).ToList());
    }

    /// <summary>The PDF page on which each article's first line (given by index into lines) is printed.</summary>
    private static List<int> Printed(List<string> lines, List<int> firstLines)
    {
        var paragraphIndex = new int[lines.Count];
        var paragraphs = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            paragraphIndex[i] = paragraphs.Count;
            if (lines[i].Trim().Length > 0)
            {
                paragraphs.Add(lines[i]);
            }
        }

        var starts = PdfTextFile.StartPages(paragraphs);
        return firstLines.Select(line => starts[paragraphIndex[line]]).ToList();
    }

    private static (List<string> Lines, List<int> FirstLines) Lines(
        BulletinSeries series, string issueLine, string dateLine,
        IReadOnlyList<(ComposedArticle Article, string Section, string? Department, string? Region)> articles,
        List<int> pages, List<string> leaders, List<int> wraps, List<bool> inlineAttribution)
    {
        var style = series.Style;
        var lines = new List<string> { "", "", series.Name, "", issueLine, "", series.Publisher, "", dateLine, "" };
        if (style.ContentsHeading is { } heading)
        {
            lines.Add(heading);
            lines.Add("");
        }
        foreach (var section in articles.Select(a => a.Section).Distinct())
        {
            lines.Add(style.Section(section));
            lines.Add("");
            for (var i = 0; i < articles.Count; i++)
            {
                if (articles[i].Section != section)
                {
                    continue;
                }

                var title = articles[i].Article.Title;
                if (wraps[i] > 0)
                {
                    lines.Add(title[..wraps[i]]);
                    lines.Add("");
                    title = title[wraps[i]..];
                }

                lines.Add($"{title}{leaders[i]}{pages[i]}");
                lines.Add("");
            }
        }

        lines.Add("领导批示：");
        lines.Add("");
        string? currentSection = null;
        var firstLines = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            var (article, section, department, _) = articles[i];
            if (section != currentSection)
            {
                lines.Add(style.SectionMark.Close.Length > 0 ? style.Section(section) : section);
                lines.Add("");
                currentSection = section;
            }

            firstLines.Add(lines.Count);
            for (var p = 0; p < article.Paragraphs.Count; p++)
            {
                var paragraph = p == 0 ? $"△{article.Title}。{article.Paragraphs[0]}" : article.Paragraphs[p];
                var last = p == article.Paragraphs.Count - 1;
                if (last && department is not null && inlineAttribution[i] && !style.SuppliedBy)
                {
                    lines.Add($"{paragraph}（{department}）");
                }
                else
                {
                    lines.Add(paragraph);
                    if (last && department is not null)
                    {
                        lines.Add("");
                        lines.Add(style.SuppliedBy ? $"{department}供稿" : $"（{department}）");
                    }
                }

                lines.Add("");
            }
        }

        if (style.CopyFooter)
        {
            lines.Add("抄送：省委组织部，市委领导同志，各县（市、区）委组织部。");
            lines.Add("");
            lines.Add($"{series.Publisher}    {dateLine}印发");
            lines.Add("");
            lines.Add($"（共印{style.TotalIssueBase % 90 + 10}份）");
            return (lines, firstLines);
        }
        lines.Add("报：省委组织部，本部领导。");
        lines.Add("");
        lines.Add("送：各县（市、区）委书记、组织部长，市委各部委负责同志。");
        lines.Add("");
        lines.Add($"发：电子版发县（市、区）委组织部、{series.City.ShortName}先锋网。");
        return (lines, firstLines);
    }

    /// <summary>Where a long title wraps in the table of contents (0: it does not), never beside a space.</summary>
    private int WrapPoint(string title)
    {
        if (title.Length < 18 || !text.Chance(0.3))
        {
            return 0;
        }

        var at = text.Between(10, title.Length - 5);
        return title[at - 1] == ' ' || title[at] == ' ' ? 0 : at;
    }
}
