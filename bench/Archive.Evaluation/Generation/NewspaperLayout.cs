namespace Archive.Evaluation.Generation;

/// <summary>
/// A city newspaper page converted to Markdown, as the newspaper sample: # starts an article, ## ——… is its
/// subtitle, then a byline line or 本报讯（…） opening the first paragraph, ### headings inside, photo captions.
/// The page states neither date nor publication, so the manifest leaves them out; its region is what its articles'
/// regions share.
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
                subtitle = $"{county}{text.Pick(DomainPhrases.TopicNames)}工作侧记";
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

            var body = new List<string>();
            for (var p = 0; p < article.Paragraphs.Count; p++)
            {
                if (p > 0 && p % 4 == 0 && p <= 12)
                {
                    body.Add(text.Pick(DomainPhrases.Headings));
                    lines.Add($"### {body[^1]}");
                    lines.Add("");
                }

                body.Add(p == 0 ? firstParagraph : article.Paragraphs[p]);
                lines.Add(body[^1]);
                lines.Add("");
            }

            manifestArticles.Add(ManifestBody.Article(article, body) with
            {
                Subtitle = subtitle,
                Authors = authors,
                Region = article.Place.PathNamedIn($"{article.Title}\n{subtitle}\n{string.Join("\n", body)}"),
            });
        }

        return new GeneratedDocument(new ManifestEntry
        {
            File = file,
            Format = "txt",
            Kind = "newspaper_page",
            Region = CommonRegion(manifestArticles.Select(a => a.Region)),
            Articles = manifestArticles,
        }, lines, articles.Select(a => a.Article).ToList());
    }

    /// <summary>The deepest path all the regions share (安徽省/安庆市 for two of its counties), null when one is unknown.</summary>
    private static string? CommonRegion(IEnumerable<string?> regions)
    {
        string[]? common = null;
        foreach (var region in regions)
        {
            if (region is null) return null;
            var parts = region.Split('/');
            common = common is null ? parts : common.Zip(parts).TakeWhile(p => p.First == p.Second).Select(p => p.First).ToArray();
        }
        return common is { Length: > 0 } ? string.Join('/', common) : null;
    }
}
