using System.Globalization;
using Archive.Bench.Relevance;
using Archive.Indexer;
using Archive.Indexer.Chinese;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Twins;

namespace Archive.Bench;

/// <summary>
/// `similar [--work DIR] [--set NAME] [--show SOURCE[,SOURCE...]] [--pool FILE]`: ingests the judged corpus as `relevance` does and,
/// for every source article of corpus/relevance/similar, similar-2, similar-3 and similar-4 (each set printed apart; --set names one), measures the archive's similar articles beside Lucene's
/// MoreLikeThis over SmartChineseAnalyzer (the design card's peer, same process, same stored articles): nDCG@10, P@5,
/// Recall@10 and MRR against the graded judgments, in two modes: every place (the API's default) and other cities
/// only (the article page's 外地类似做法; the peer's list is filtered by the same rule, an article of no known place
/// left out). --show prints the keywords and the four lists of the sources named, with their grades; --pool writes, for every source,
/// the judged articles in any of the four top 10s, merged and sorted so that a judge cannot tell which system found them.
/// </summary>
public static class SimilarBenchmark
{
    private const int PeerDepth = 100;

    public static int Run(string[] args)
    {
        var work = Path.GetFullPath(BenchArguments.Text(args, "--work") ?? Path.Combine(".cache", "bench-similar"));
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var folder = JudgedSet.Folder();
        var collection = JudgedSet.Load(folder);
        var names = BenchArguments.Text(args, "--set") is { } named ? [named] : new[] { JudgedSet.Similar, JudgedSet.Similar2, JudgedSet.Similar3, JudgedSet.Similar4 };
        var sets = names.Select(name => (Name: name, Sources: JudgedSet.Load(folder, name))).ToList();

        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = Path.Combine(work, "data"), SearchCacheEntries = 0 });
        var corpus = JudgedCorpus.Ingest(archive, collection, folder);
        using var baseline = new SmartChineseBaseline(corpus.Articles);
        var regions = corpus.Articles.ToDictionary(a => a.ArticleId, a => archive.GetArticle(a.ArticleId) is { } d ? d.Article.RegionWithin(d.Document) : null);
        var sourceIds = sets.SelectMany(set => set.Sources.Queries).ToDictionary(s => s.Id, s => SourceArticle(s.Text, collection, corpus, archive));
        Console.WriteLine($"corpus: {corpus.Files} files, {corpus.Articles.Count} stored articles; {sourceIds.Count} sources in {string.Join(", ", names)}, " +
                          $"{sourceIds.Count(s => s.Value is null)} not found: " + string.Join(", ", sourceIds.Where(s => s.Value is null).Select(s => s.Key)));

        var systems = new (string Name, Func<string, bool, IReadOnlyList<string>> Similar)[]
        {
            ("Archive", (id, elsewhere) => archive.Similar(id, elsewhere, RankingMetrics.Depth)?.Select(h => h.ArticleId).ToList() ?? []),
            ("MoreLikeThis", (id, elsewhere) => baseline.MoreLikeThis(id, elsewhere ? PeerDepth : RankingMetrics.Depth)
                .Where(hit => !elsewhere || SimilarArticles.Elsewhere(regions[id], regions[hit])).Take(RankingMetrics.Depth).ToList()),
        };
        IReadOnlyList<string> Ranked(int system, string source, bool elsewhere) =>
            sourceIds[source] is { } id ? systems[system].Similar(id, elsewhere) : [];

        if (BenchArguments.Text(args, "--pool") is { } pool)
        {
            File.WriteAllLines(pool, sets.SelectMany(set => set.Sources.Queries).SelectMany(s =>
                new[] { false, true }.SelectMany(elsewhere => Enumerable.Range(0, systems.Length).SelectMany(i => Ranked(i, s.Id, elsewhere)))
                    .SelectMany(id => corpus.KeysById.GetValueOrDefault(id) ?? []).Distinct().Order(StringComparer.Ordinal).Select(key => $"{s.Id}\t{key}")));
            Console.WriteLine($"pool written to {Path.GetFullPath(pool)}");
            return 0;
        }

        foreach (var (name, sources) in sets)
        {
            foreach (var elsewhere in new[] { false, true })
            {
                var outcomes = Enumerable.Range(0, systems.Length)
                    .Select(i => RelevanceRun.Outcomes(sources, corpus, source =>
                    {
                        var ranked = Ranked(i, sources.Queries.First(q => q.Text == source).Id, elsewhere);
                        return (ranked, ranked.Count);
                    })).ToList();
                Report($"{name}, " + (elsewhere ? "other cities only (the article page's 外地类似做法)" : "every place (the API's default)"), outcomes, systems.Select(s => s.Name).ToList());
            }
        }

        var shown = (BenchArguments.Text(args, "--show") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var titles = corpus.Articles.ToDictionary(a => a.ArticleId, a => a.Title);
        var terms = new ArticleEnricher(KeywordExtractor.For(ChineseLanguage.Shared), ChineseLanguage.Shared.ScriptFolding);
        foreach (var source in sets.SelectMany(set => set.Sources.Queries).Where(s => shown.Contains(s.Id)))
        {
            var article = archive.GetArticle(sourceIds[source.Id]!)!.Article;
            Console.WriteLine($"\n{source.Id} {source.Text}, keywords: {string.Join(" ", article.Keywords)}");
            Console.WriteLine("candidate words by the keyword score (before the archive's idf weighs them and leaves out those no other article holds): " + string.Join(" ", terms.Terms(article, SimilarArticles.CandidateTerms)
                .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Word}:{w.Score:0.000}"))));
            foreach (var elsewhere in new[] { false, true })
            {
                for (var i = 0; i < systems.Length; i++)
                {
                    Console.WriteLine($"\n{systems[i].Name}, {source.Id} {source.Text}{(elsewhere ? ", other cities only" : "")}:");
                    foreach (var id in Ranked(i, source.Id, elsewhere))
                    {
                        var keys = corpus.KeysById.GetValueOrDefault(id) ?? [];
                        var grade = keys.Count == 0 ? "-" : keys.Max(k => source.Grades.GetValueOrDefault(k)).ToString(CultureInfo.InvariantCulture);
                        Console.WriteLine($"  {grade} {string.Join(",", keys),-36} {regions[id]} {titles[id]}");
                    }
                }
            }
        }
        return 0;
    }

    /// <summary>The stored article read from the source's own file (not a copy of it elsewhere).</summary>
    private static string? SourceArticle(string key, JudgedSet collection, JudgedCorpus corpus, ArchiveService archive)
    {
        var anchor = collection.Articles.First(a => a.Key == key);
        var holders = corpus.Articles.Where(a => a.Keys.Contains(anchor.Canonical)).Select(a => a.ArticleId).ToList();
        var stem = Path.GetFileNameWithoutExtension(anchor.FileName.Replace(".gb", "", StringComparison.Ordinal));
        return holders.FirstOrDefault(id => Path.GetFileNameWithoutExtension(archive.GetArticle(id)!.Document.FileName).StartsWith(stem, StringComparison.Ordinal))
               ?? holders.FirstOrDefault();
    }

    private static void Report(string mode, IReadOnlyList<IReadOnlyList<QueryOutcome>> outcomes, IReadOnlyList<string> names)
    {
        Console.WriteLine();
        Console.WriteLine($"=== similar articles, {mode}: {outcomes[0].Count} sources");
        Console.WriteLine($"{"source",-6} {"kind",-10} {"rel",3}  {"nDCG@10",13} {"P@5",11} {"hits",9}  article");
        Console.WriteLine($"{"",-6} {"",-10} {"",3}  {string.Join(" ", names.Select(n => n[..Math.Min(7, n.Length)])),13}");
        for (var q = 0; q < outcomes[0].Count; q++)
        {
            var (a, b) = (outcomes[0][q].Metrics, outcomes[1][q].Metrics);
            var s = outcomes[0][q].Query;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Id,-6} {s.Kind,-10} {s.Relevant,3}  {a.Ndcg10,6:0.00} {b.Ndcg10,6:0.00} {a.Precision5,5:0.00} {b.Precision5,5:0.00} {a.Hits,4} {b.Hits,4}  {s.Text}"));
        }
        Console.WriteLine($"means over the sources with a judged-relevant article:");
        Console.WriteLine($"{"system",-14} {"nDCG@10",8} {"P@5",6} {"R@10",6} {"MRR",6}  no result");
        for (var i = 0; i < names.Count; i++)
        {
            var m = RelevanceSummary.Of(outcomes[i]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[i],-14} {m.Ndcg10,8:0.000} {m.Precision5,6:0.000} {m.Recall10,6:0.000} {m.Mrr,6:0.000}  {m.Empty} of {m.Queries}"));
        }
    }
}
