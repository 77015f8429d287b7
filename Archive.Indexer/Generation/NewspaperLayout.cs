namespace Archive.Indexer.Generation;

/// <summary>
/// A city newspaper page converted to Markdown, as the newspaper sample: # starts an article, ## ——… is its
/// subtitle, then a byline line or 本报讯（…） opening the first paragraph, ### headings inside, photo captions.
/// The page states neither date nor publication, so the manifest leaves them out.
/// </summary>
internal sealed class NewspaperLayout(TextComposer text)
{
    public GeneratedDocument Create(string file, City city, IReadOnlyList<(ComposedArticle Article, string County)> articles)
    {
        var lines = new List<string> { "", "" };
        var manifestArticles = new List<ManifestArticle>();
        foreach (var (article, county) in articles)
        {
            var authors = Enumerable.Range(0, text.Between(1, 2)).Select(_ => text.PersonName()).Distinct().ToList();
            string? subtitle = null;
            lines.Add($"# {article.Title}");
            lines.Add("");
            var firstParagraph = article.Paragraphs[0];
            if (text.Chance(0.5))
            {
                subtitle = $"{county}{article.Topic.Name}工作侧记";
                lines.Add($"## ——{subtitle}");
                lines.Add("");
                lines.Add(string.Join(" ", authors));
                lines.Add("");
            }
            else
            {
                authors = authors.Take(1).ToList();
                firstParagraph = $"本报讯（{authors[0]}）{firstParagraph}";
            }

            for (var p = 0; p < article.Paragraphs.Count; p++)
            {
                if (p > 0 && p % 3 == 0)
                {
                    lines.Add($"### {text.Pick(DomainPhrases.Headings)}");
                    lines.Add("");
                }

                lines.Add(p == 0 ? firstParagraph : article.Paragraphs[p]);
                lines.Add("");
            }

            manifestArticles.Add(new ManifestArticle
            {
                Title = article.Title,
                Subtitle = subtitle,
                Authors = authors,
                BodyStart = article.Paragraphs[0][..Math.Min(20, article.Paragraphs[0].Length)],
                BodyChars = article.BodyChars,
                RepublishedFrom = article.RepublishedFrom,
            });
        }

        return new GeneratedDocument(new ManifestEntry
        {
            File = file,
            Format = "txt",
            Kind = "newspaper_page",
            Articles = manifestArticles,
        }, lines);
    }
}
