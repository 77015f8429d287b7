using System.Diagnostics;
using System.Text;
using Archive.Bench.Peers;
using Archive.Bench.Queries;
using Archive.Indexer;
using Archive.Evaluation.Generation;
using Archive.Indexer.Store;

namespace Archive.Bench;

/// <summary>
/// `query [--articles N] [--work DIR] [--queries N] [--seed S] [--queries-only] [--no-peer] [--dump FILE] [--only TEXT]`:
/// on a generated corpus of N articles (100,000 by default, generated and ingested once, then kept in the work
/// folder), times a full reindex (segmentation included), gives the index and store sizes against the text, then
/// draws a mix of searches from the archive itself (<see cref="QueryMix"/>), prints how many hits they find, checks
/// that every search's total, pages and export agree, and times the mix single-threaded with all facets and the
/// highlights of the top 10. Lucene.Net with SmartChineseAnalyzer indexes the same stored articles and answers the
/// same searches in the same process (<see cref="SmartChinesePeer"/>), its times beside the archive's, as ratios.
/// --dump writes the mix's answers as JSON lines (took_ms left out), to check that a change keeps them identical;
/// --only times only the searches whose query contains TEXT. Exit code 1 when the counts disagree or more than 5%
/// of the searches find nothing without being meant to.
/// </summary>
public static class QueryBenchmark
{
    private const int Rounds = 20;

    public static int Run(string[] args)
    {
        var articles = BenchArguments.Number(args, "--articles", 100_000);
        var work = Path.GetFullPath(BenchArguments.Text(args, "--work") ?? Path.Combine(".cache", "bench-query"));
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024)} MB available, .NET {Environment.Version}; load average {LoadAverage()}");

        var corpus = Path.Combine(work, $"corpus-{articles}");
        if (!File.Exists(Path.Combine(corpus, "manifest.jsonl")))
        {
            if (Directory.Exists(corpus)) Directory.Delete(corpus, recursive: true);
            var clock = Stopwatch.StartNew();
            var summary = new CorpusGenerator(CorpusGenerator.DefaultDataPackagesFolder).Generate(new GenerationOptions(articles, 1, corpus));
            Console.WriteLine($"generated {summary.Articles:N0} articles in {summary.Files:N0} files ({summary.Bytes / 1048576.0:F0} MB) in {clock.Elapsed.TotalSeconds:F0} s");
            foreach (var line in summary.Vocabulary.Lines()) Console.WriteLine($"  {line}");
        }

        var data = Path.Combine(work, $"data-{articles}");
        // The mix repeats the same searches: with the result cache on, every round after the first would be a hit.
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = data, SearchCacheEntries = 0 });
        IndexingRun? indexing = null;
        if (archive.Stats().Articles == 0)
        {
            indexing = IndexingRun.Measure("ingest + index (read, parse, keywords, groups, store, index, merge)", ingest: true, () => archive.Ingest([Path.Combine(corpus, "files")]).Articles);
        }
        else if (!args.Contains("--queries-only"))
        {
            indexing = IndexingRun.Measure("reindex from the store (segmentation, index, merge)", ingest: false, () =>
            {
                archive.Reindex();
                return (int)archive.Stats().IndexedArticles;
            });
        }
        indexing?.Print();
        PrintSizes(data);

        if (BenchArguments.Text(args, "--dump") is { } dump) Dump(archive, dump, Mix(archive, args));
        var only = BenchArguments.Text(args, "--only");
        var mix = Mix(archive, args).Where(m => only is null || m.Request.Query?.Contains(only, StringComparison.Ordinal) == true).ToList();
        return Compare(archive, data, args.Contains("--no-peer") ? null : Path.Combine(work, $"peer-{articles}"), indexing, mix);
    }

    private static List<MixQuery> Mix(ArchiveService archive, string[] args) =>
        QueryMix.Draw(archive, BenchArguments.Number(args, "--queries", 60), BenchArguments.Number(args, "--seed", 1));

    /// <summary>
    /// The mix's hits and count agreement, then, when <paramref name="peerFolder"/> is given, the peer indexing the
    /// same stored articles, and the mix's latencies beside the peer's. 0 when the counts hold and the mix finds things.
    /// </summary>
    internal static int Compare(ArchiveService archive, string data, string? peerFolder, IndexingRun? indexing, IReadOnlyList<MixQuery> mix)
    {
        var distribution = new HitDistribution();
        var totals = new Dictionary<int, long>();
        var disagreements = new List<string>();
        for (var q = 0; q < mix.Count; q++)
        {
            totals[q] = archive.Search(mix[q].Request with { WithHighlights = false }).Total;
            distribution.Add(totals[q], mix[q].MeantToMatchNothing);
            if (CountAgreement.Check(archive, mix[q].Request) is { } problem) disagreements.Add($"{mix[q].Describe()}: {problem}");
        }
        Console.WriteLine($"mix: {mix.Count} searches drawn from this archive ({string.Join(", ", mix.GroupBy(m => m.Kind).Select(g => $"{g.Key} {g.Count()}"))})");
        Console.WriteLine($"  {distribution}");
        Console.WriteLine($"  totals, pages (of 100 and of 7, first 10 each) and export agree on {mix.Count - disagreements.Count} of {mix.Count} searches");
        foreach (var problem in disagreements) Console.WriteLine($"  DISAGREE: {problem}");
        if (distribution.TooManyUnintendedZeros) Console.WriteLine("  FAIL: more than 5% of the searches find nothing without being meant to: the mix measures empty answers");

        using var peer = peerFolder is null ? null : new SmartChinesePeer(peerFolder);
        if (peer is not null) IndexPeer(peer, data, indexing);
        Latencies(archive, peer, mix, totals);
        return disagreements.Count == 0 && !distribution.TooManyUnintendedZeros ? 0 : 1;
    }

    private static void IndexPeer(SmartChinesePeer peer, string data, IndexingRun? archiveIndexing)
    {
        using var store = ArchiveStore.Open(Path.Combine(data, "archive.db"));
        var peerRun = peer.Index(store.ReadActiveArticles().SelectMany(batch => batch).Select(item => new PeerArticle(
            item.Article.Id, item.Article.Title + item.Article.Subtitle, item.Article.Body,
            item.Document.Date is { } date ? date.Year * 10000 + date.Month * 100 + date.Day : 0,
            KindNames.Code(item.Document.Kind), item.Article.RegionWithin(item.Document)?.Split('/')[0], item.Article.Section)));
        var figures = new IndexingRun("Lucene.Net + SmartCN, the same stored articles (analyze, index with stored text, merge)", peerRun.Articles, peerRun.Seconds, peerRun.CpuSeconds, Ingest: false);
        figures.Print();
        Console.WriteLine($"  peer index {peerRun.IndexBytes / 1048576.0:N1} MB");
        if (archiveIndexing is null) return;
        // The targets are set for ingest + index (files read, parsed, stored, indexed); a reindex from the store is
        // the index alone, beside them for where the time goes, not against them.
        var against = archiveIndexing.Ingest ? "target >= 2x" : "a reindex: the target (>= 2x) is for ingest + index, run `scale`";
        Console.WriteLine($"  ratios archive / peer: {archiveIndexing.PerSecond / figures.PerSecond:F2}x the articles/s ({against}), " +
                          $"{archiveIndexing.CpuMsPerArticle / figures.CpuMsPerArticle:F2}x the CPU per article ({(archiveIndexing.Ingest ? "target <= 1x" : "index alone")})");
    }

    internal static void PrintSizes(string data)
    {
        long textBytes = 0, articles = 0;
        using (var store = ArchiveStore.Open(Path.Combine(data, "archive.db")))
        {
            foreach (var (article, _) in store.ReadActiveArticles().SelectMany(batch => batch))
            {
                textBytes += Encoding.UTF8.GetByteCount(article.Title + article.Subtitle + article.Body);
                articles++;
            }
        }
        var index = Directory.EnumerateFiles(Path.Combine(data, "index")).Sum(f => new FileInfo(f).Length);
        var database = Directory.EnumerateFiles(data, "archive.db*").Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"sizes: {articles:N0} articles, {textBytes / 1048576.0:N1} MB of UTF-8 text ({textBytes / (double)Math.Max(1, articles):N0} bytes each); " +
                          $"index {index / 1048576.0:N1} MB = {index / (double)textBytes:F2}x, archive.db {database / 1048576.0:N1} MB = {database / (double)textBytes:F2}x, " +
                          $"store + index {(index + database) / (double)textBytes:F2}x the text (target <= 2x)");
    }

    /// <summary>The mix single-threaded, <see cref="Rounds"/> rounds, the archive and the peer taking turns search by search.</summary>
    private static void Latencies(ArchiveService archive, SmartChinesePeer? peer, IReadOnlyList<MixQuery> mix, IReadOnlyDictionary<int, long> totals)
    {
        foreach (var search in mix)
        {
            for (var i = 0; i < 20; i++)
            {
                archive.Search(search.Request); // past tiered JIT, into the OS cache
                peer?.Search(search);
            }
        }
        var ours = new QueryLatency("archive");
        var theirs = new QueryLatency("peer");
        for (var round = 0; round < Rounds; round++)
        {
            for (var q = 0; q < mix.Count; q++)
            {
                ours.Time(q, mix[q].Kind, () => archive.Search(mix[q].Request));
                if (peer is not null) theirs.Time(q, mix[q].Kind, () => peer.Search(mix[q]));
            }
        }
        Console.WriteLine($"latency: {mix.Count} searches x {Rounds} rounds, single-threaded, result cache off, load average {LoadAverage()} on {Environment.ProcessorCount} cores; " +
                          "archive: all facets, highlights of the top 10, twins collapsed; peer: one facet (year), stored titles of the top 10");
        ours.Print(mix, totals);
        if (peer is null) return;
        theirs.Print(mix, totals);
        Console.WriteLine($"  ratios archive / peer: p50 {ours.Percentile(50) / theirs.Percentile(50):F2}x, p99 {ours.Percentile(99) / theirs.Percentile(99):F2}x, " +
                          $"CPU per search {ours.CpuPerSearchMs / theirs.CpuPerSearchMs:F2}x (target: archive p99 with facets <= the peer's p99 with one facet)");
    }

    private static void Dump(ArchiveService archive, string path, IReadOnlyList<MixQuery> mix)
    {
        using var writer = new StreamWriter(path);
        foreach (var search in mix)
        {
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(archive.Search(search.Request) with { TookMs = 0 }));
        }
        Console.WriteLine($"answers of the mix written to {path}");
    }

    internal static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}

/// <summary>
/// One run of indexing: what, how many articles, in how long, on how much CPU (all threads, GC included, and the
/// isolated reader processes' CPU).
/// </summary>
internal sealed record IndexingRun(string What, long Articles, double Seconds, double CpuSeconds, bool Ingest)
{
    public double PerSecond => Articles / Seconds;

    public double CpuMsPerArticle => CpuSeconds * 1000 / Articles;

    public static IndexingRun Measure(string what, bool ingest, Func<int> run)
    {
        GC.Collect();
        var cpu = ProcessTreeCpu.Now();
        var clock = Stopwatch.StartNew();
        var articles = run();
        return new IndexingRun(what, articles, clock.Elapsed.TotalSeconds, (ProcessTreeCpu.Now() - cpu).TotalSeconds, ingest);
    }

    public void Print() =>
        Console.WriteLine($"{What}: {Articles:N0} articles in {Seconds:N1} s = {PerSecond:N0} articles/s; {CpuSeconds:N1} CPU-s = {CpuMsPerArticle:N2} ms CPU per article " +
                          $"({CpuSeconds / Seconds:N1} of {Environment.ProcessorCount} cores busy; load average {QueryBenchmark.LoadAverage()})");
}
