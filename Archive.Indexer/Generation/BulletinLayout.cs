using System.Globalization;

namespace Archive.Indexer.Generation;

/// <summary>
/// A bulletin issue laid out as the samples show: masthead (series, 第 N 期, publisher, date), a table of
/// contents under ★ section headings with page numbers (dot leaders or not, long titles wrapped), 领导批示：,
/// then each section's articles, each starting with △title。 and closing with its source department, and the
/// 报/送/发 distribution footer.
/// </summary>
internal sealed class BulletinLayout(TextComposer text)
{
    private static readonly string[] Leaders = [".....", "......", "... ", "……", " "];

    public GeneratedDocument Create(
        string file, BulletinSeries series, int issue, DateOnly date,
        IReadOnlyList<(ComposedArticle Article, string Section, string? Department, string Region)> articles)
    {
        var lines = new List<string> { "", "", series.Name, "", text.Chance(0.7) ? $"第 {issue} 期" : $"第{issue}期", "", series.Publisher, "" };
        lines.Add(text.Chance(0.6) ? $"{date.Year} 年 {date.Month} 月 {date.Day} 日" : $"{date.Year}年{date.Month}月{date.Day}日");
        lines.Add("");

        var pages = new List<int>();
        var characters = 0;
        foreach (var (article, _, _, _) in articles)
        {
            pages.Add(2 + characters / 1600);
            characters += article.BodyChars + 200;
        }

        foreach (var section in articles.Select(a => a.Section).Distinct())
        {
            lines.Add($"★ {section}");
            lines.Add("");
            foreach (var (entry, index) in articles.Select((a, i) => (a, i)).Where(x => x.a.Section == section))
            {
                var leader = text.Pick(Leaders);
                var title = entry.Article.Title;
                var wrapAt = WrapPoint(title);
                if (wrapAt > 0)
                {
                    lines.Add(title[..wrapAt]);
                    lines.Add("");
                    title = title[wrapAt..];
                }

                lines.Add($"{title}{leader}{pages[index]}");
                lines.Add("");
            }
        }

        lines.Add("领导批示：");
        lines.Add("");
        string? currentSection = null;
        var manifestArticles = new List<ManifestArticle>();
        foreach (var ((article, section, department, region), index) in articles.Select((a, i) => (a, i)))
        {
            if (section != currentSection)
            {
                lines.Add(section);
                lines.Add("");
                currentSection = section;
            }

            for (var p = 0; p < article.Paragraphs.Count; p++)
            {
                var paragraph = p == 0 ? $"△{article.Title}。{article.Paragraphs[0]}" : article.Paragraphs[p];
                var last = p == article.Paragraphs.Count - 1;
                if (last && department is not null && text.Chance(0.85))
                {
                    lines.Add($"{paragraph}（{department}）");
                }
                else
                {
                    lines.Add(paragraph);
                    if (last && department is not null)
                    {
                        lines.Add("");
                        lines.Add($"（{department}）");
                    }
                }

                lines.Add("");
            }

            manifestArticles.Add(new ManifestArticle
            {
                Title = article.Title,
                Section = section,
                SourceDepartment = department,
                Region = region,
                Page = pages[index],
                BodyStart = article.Paragraphs[0][..Math.Min(20, article.Paragraphs[0].Length)],
                BodyChars = article.BodyChars,
                RepublishedFrom = article.RepublishedFrom,
            });
        }

        lines.Add("报：省委组织部，本部领导。");
        lines.Add("");
        lines.Add("送：各县（市、区）委书记、组织部长，市委各部委负责同志。");
        lines.Add("");
        lines.Add($"发：电子版发县（市、区）委组织部、{series.City.ShortName}先锋网。");

        return new GeneratedDocument(new ManifestEntry
        {
            File = file,
            Format = "txt",
            Kind = "bulletin",
            Series = series.Name,
            IssueNumber = issue,
            Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Publisher = series.Publisher,
            Region = series.City.Path,
            Articles = manifestArticles,
        }, lines);
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
