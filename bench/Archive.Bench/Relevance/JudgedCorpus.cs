using System.Text.Json;
using Archive.Indexer;

namespace Archive.Bench.Relevance;

/// <summary>
/// The judged development corpus as an archive stores it (the files of corpus/real's five folders and corpus/samples
/// that articles.tsv knows, ingested into
/// <paramref name="archive"/>), each stored article with the judged articles it holds: the anchors of its file (or of
/// the file it renders) found in its title or body, or their titles equal, spaces ignored (a reader who sees the title has
/// found the article, even where the parser misplaced its body); a copy stands for its original.
/// </summary>
public sealed class JudgedCorpus
{
    private static readonly string[] Folders = ["real/web", "real/notices", "real/newspapers", "real/reports", "real/bulletins", "samples"];

    private JudgedCorpus(IReadOnlyList<StoredText> articles, int files, int failed)
    {
        Articles = articles;
        KeysById = articles.ToDictionary(a => a.ArticleId, a => a.Keys);
        Files = files;
        Failed = failed;
    }

    public IReadOnlyList<StoredText> Articles { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> KeysById { get; }
    public int Files { get; }
    public int Failed { get; }

    /// <summary>Ingests the corpus into an empty archive and reads back every stored article.</summary>
    public static JudgedCorpus Ingest(ArchiveService archive, JudgedSet set, string relevanceFolder)
    {
        var corpus = Path.GetDirectoryName(relevanceFolder)!;
        var renders = Renderings(corpus);
        var anchors = set.Articles.ToLookup(a => a.FileName);
        // The documents the judgments were made over (articles.tsv): a document added to corpus/real since is no part
        // of the collection until it is judged, or its articles would rank as not relevant without anyone having read
        // them. (The manifests beside the documents are labels, not documents.)
        var files = Folders.SelectMany(f => Directory.GetFiles(Path.Combine(corpus, f)))
            .Where(f => anchors.Contains(renders.GetValueOrDefault(Path.GetFileName(f), Path.GetFileName(f))))
            .Order(StringComparer.Ordinal)
            .ToList();
        var report = archive.Ingest(files);
        // Rebuilt from the store, so that every run ranks alike: the batch indexes some articles twice (their twin
        // groups change as their twins arrive, at times that vary with the threads), and Lucene's statistics count the
        // replaced copies until a merge drops them; near ties then flipped from run to run (q66's tenth hit).
        archive.Reindex();
        var stored = new List<StoredText>();
        for (var page = 1; ; page++)
        {
            var results = archive.Search(new SearchRequest
            {
                Page = page, PageSize = SearchRequest.MaxPageSize, CollapseDuplicates = false, WithFacets = false, WithHighlights = false,
            });
            foreach (var hit in results.Hits)
            {
                var detail = archive.GetArticle(hit.ArticleId)!;
                var file = renders.GetValueOrDefault(detail.Document.FileName, detail.Document.FileName);
                var text = Compact(detail.Article.Title + detail.Article.Subtitle + detail.Article.Body);
                var title = Compact(detail.Article.Title);
                var keys = anchors[file]
                    .Where(a => text.Contains(Compact(a.Anchor), StringComparison.Ordinal) || (a.Title.Length > 0 && Compact(a.Title) == title))
                    .Select(a => a.Canonical).Distinct().ToList();
                stored.Add(new StoredText(hit.ArticleId, detail.Article.Title, detail.Article.Body, keys));
            }
            if (results.Hits.Count < SearchRequest.MaxPageSize) break;
        }
        return new JudgedCorpus(stored, report.Count, report.Count(FileOutcomeStatus.Failed));
    }

    /// <summary>Rendering file name (b002.pdf) to the file it renders (b002.txt), from the manifests.</summary>
    private static Dictionary<string, string> Renderings(string corpus)
    {
        var renders = new Dictionary<string, string>();
        foreach (var manifest in Directory.GetFiles(Path.Combine(corpus, "real"), "manifest.json", SearchOption.AllDirectories))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(manifest));
            foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                if (document.TryGetProperty("rendering_of", out var original))
                    renders[document.GetProperty("file").GetString()!] = original.GetString()!;
            }
        }
        return renders;
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

/// <summary>A stored article: its id, title and body, and the judged articles it holds.</summary>
public sealed record StoredText(string ArticleId, string Title, string Body, IReadOnlyList<string> Keys);
