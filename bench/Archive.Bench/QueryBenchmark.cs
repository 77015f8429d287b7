using System.Diagnostics;
using System.Text;
using Archive.Indexer;
using Archive.Indexer.Generation;
using Archive.Indexer.Search;
using Archive.Indexer.Store;

namespace Archive.Bench;

/// <summary>
/// `query [--articles N] [--work DIR] [--queries-only] [--dump FILE] [--only TEXT]`: on a synthetic corpus of N articles (100,000 by default, made by the
/// corpus generator and ingested once, then kept in the work folder), prints the indexing rate of a full reindex
/// (segmentation included), the index size against the UTF-8 size of the text indexed, and the latency
/// percentiles of a fixed mix of queries, single-threaded, each with all facets and the highlights of the top 10.
/// --dump writes the answers of the mix as JSON lines (took_ms left out), to check that a change keeps them identical;
/// --only times only the searches of the mix whose query contains TEXT.
/// </summary>
public static class QueryBenchmark
{
    private const int Rounds = 20;

    /// <summary>1-3 word queries, phrases, filtered and negated queries, browsing with facet selections, run-on, synonym and traditional-script queries.</summary>
    internal static readonly (string Kind, SearchRequest Request)[] Mix =
    [
        ("word", Query("疫情防控")),
        ("word", Query("敲门行动")),
        ("word", Query("网格长")),
        ("word", Query("年轻干部")),
        ("word", Query("党建引领")),
        ("word", Query("谈心谈话")),
        ("word", Query("人才")),
        ("word", Query("后备力量")),
        ("words", Query("年轻干部 培养")),
        ("words", Query("党建引领 基层治理")),
        ("words", Query("疫情防控 网格长 志愿者")),
        ("words", Query("敲门行动 摸底排查")),
        ("words", Query("三会一课 制度 落实")),
        ("words", Query("连心卡 OR 背包上门")),
        ("phrase", Query("\"最后一公里\"")),
        ("phrase", Query("\"双联系双报到\"")),
        ("phrase", Query("\"四不两直\"")),
        ("phrase", Query("\"红色引擎\"")),
        ("filtered", Query("疫情防控 年份:2020")),
        ("filtered", Query("年轻干部 地区:河南省")),
        ("filtered", Query("党建引领 栏目:市外参考")),
        ("filtered", Query("类型:通知 日期:2020..2022")),
        ("filtered", Query("敲门行动 -疫情")),
        ("filtered", Query("考察识别 标题:干部")),
        ("facets", new SearchRequest { Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Kind] = ["bulletin"], [FacetField.Year] = ["2021", "2022"] } }),
        ("facets", new SearchRequest { Query = "疫情防控", Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Section] = ["市外参考"] } }),
        ("browse", new SearchRequest()),
        ("sorted", new SearchRequest { Query = "组织优势", Sort = SearchSort.Newest }),
        // As users type: runs of characters, synonyms, traditional script; the first two runs match all their words
        // in too few articles, so the answer goes on with partial matches (a second pass).
        ("run-on", Query("软弱涣散村党组织整顿人才公寓子女入学")),
        ("run-on", Query("选调生谈心谈话微党课宣讲")),
        ("run-on", Query("疫情防控网格长敲门行动")),
        ("synonym", Query("两新组织党建")),
        ("synonym", Query("组工干部 谈心谈话")),
        ("script", Query("雙報到 網格長")),
    ];

    public static int Run(string[] args)
    {
        var articles = BenchArguments.Number(args, "--articles", 100_000);
        var work = Path.GetFullPath(BenchArguments.Text(args, "--work") ?? Path.Combine(".cache", "bench-query"));
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024)} MB available, {Environment.Version}");

        var corpus = Path.Combine(work, $"corpus-{articles}");
        if (!File.Exists(Path.Combine(corpus, "manifest.jsonl")))
        {
            if (Directory.Exists(corpus)) Directory.Delete(corpus, recursive: true);
            var clock = Stopwatch.StartNew();
            var summary = new CorpusGenerator(CorpusGenerator.DefaultDataPackagesFolder).Generate(new GenerationOptions(articles, 1, corpus));
            Console.WriteLine($"generated {summary.Articles:N0} articles in {summary.Files:N0} files ({summary.Bytes / 1048576.0:F0} MB) in {clock.Elapsed.TotalSeconds:F0} s");
        }

        var data = Path.Combine(work, $"data-{articles}");
        // The mix repeats the same searches: with the result cache on, every round after the first would be a hit.
        var options = new ArchiveOptions { DataDirectory = data, SearchCacheEntries = 0 };
        using var archive = ArchiveService.Open(options);
        if (archive.Stats().Articles == 0)
        {
            var clock = Stopwatch.StartNew();
            var report = archive.Ingest([Path.Combine(corpus, "files")]);
            Console.WriteLine($"ingested {report.Articles:N0} articles from {report.Files.Count:N0} files in {clock.Elapsed.TotalSeconds:F0} s " +
                              $"({report.Articles / clock.Elapsed.TotalSeconds:F0} articles/s: read, parse, keywords, store, index); {report.Count(FileOutcomeStatus.Failed)} failed");
        }

        if (!args.Contains("--queries-only")) Reindex(archive, data);
        if (BenchArguments.Text(args, "--dump") is { } dump) Dump(archive, dump);
        var only = BenchArguments.Text(args, "--only");
        Latencies(archive, only is null ? Mix : Mix.Where(m => m.Request.Query?.Contains(only) == true).ToArray());
        return 0;
    }

    private static void Reindex(ArchiveService archive, string data)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var lastBatch = new LastReport(clock);
        archive.Reindex(lastBatch);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var stats = archive.Stats();

        long textBytes = 0, textChars = 0;
        using (var store = ArchiveStore.Open(Path.Combine(data, "archive.db")))
        {
            foreach (var batch in store.ReadActiveArticles())
            {
                foreach (var (article, _) in batch)
                {
                    var text = article.Title + article.Subtitle + article.Body;
                    textBytes += Encoding.UTF8.GetByteCount(text);
                    textChars += text.Length;
                }
            }
        }
        var indexBytes = Directory.EnumerateFiles(Path.Combine(data, "index")).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"reindex: {stats.IndexedArticles:N0} articles ({textChars / (double)stats.IndexedArticles:F0} chars each) in {seconds:F1} s = {stats.IndexedArticles / seconds:F0} articles/s " +
                          $"({textChars / 1e6 / seconds:F2} M chars/s), segmentation included (target >= 1,500 articles/s of 1,000 chars); " +
                          $"{cpuSeconds:F1} CPU-s = {stats.IndexedArticles / cpuSeconds:F0} articles per CPU-second");
        Console.WriteLine($"  of which: every article handed to the index writer after {lastBatch.At.TotalSeconds:F1} s = {stats.IndexedArticles / lastBatch.At.TotalSeconds:F0} articles/s " +
                          $"({textChars / 1e6 / lastBatch.At.TotalSeconds:F2} M chars/s); then the merge to 4 segments and the commit, {seconds - lastBatch.At.TotalSeconds:F1} s");
        Console.WriteLine($"index size: {indexBytes / 1048576.0:F1} MB for {textBytes / 1048576.0:F1} MB of UTF-8 text = {indexBytes / (double)textBytes:F2}x (target <= 1.5x)");
    }

    internal static void Latencies(ArchiveService archive, (string Kind, SearchRequest Request)[] mix)
    {
        foreach (var (_, request) in mix)
        {
            for (var i = 0; i < 40; i++) archive.Search(request); // past tiered JIT, into the OS cache
        }
        var all = new List<double>();
        var byKind = new Dictionary<string, List<double>>();
        var byQuery = new Dictionary<int, List<double>>();
        var matches = new Dictionary<int, long>();
        var clock = new Stopwatch();
        long totalHits = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var round = 0; round < Rounds; round++)
        {
            for (var q = 0; q < mix.Length; q++)
            {
                var (kind, request) = mix[q];
                clock.Restart();
                var results = archive.Search(request);
                var ms = clock.Elapsed.TotalMilliseconds;
                totalHits += results.Total;
                matches[q] = results.Total;
                all.Add(ms);
                if (!byQuery.TryGetValue(q, out var times)) byQuery[q] = times = [];
                times.Add(ms);
                if (!byKind.TryGetValue(kind, out var list)) byKind[kind] = list = [];
                list.Add(ms);
            }
        }
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / all.Count;
        Console.WriteLine($"queries: {mix.Length} in the mix x {Rounds} rounds, single-threaded, all facets, highlights of the top 10 (avg {totalHits / all.Count:N0} matches); result cache off: every search computed");
        Console.WriteLine($"  load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores; mean CPU time per query {cpuMs:F1} ms (all threads, GC included)");
        Console.WriteLine($"  all      p50 {BenchArguments.Percentile(all, 50):F1} ms  p95 {BenchArguments.Percentile(all, 95):F1} ms  p99 {BenchArguments.Percentile(all, 99):F1} ms  max {all.Max():F1} ms  (targets: p50 <= 10, p99 <= 50 ms at 100,000 articles; p50 <= 20, p99 <= 100 ms at 1,000,000)");
        foreach (var (kind, list) in byKind)
        {
            Console.WriteLine($"  {kind,-8} p50 {BenchArguments.Percentile(list, 50):F1} ms  p95 {BenchArguments.Percentile(list, 95):F1} ms  max {list.Max():F1} ms");
        }
        Console.WriteLine("  slowest searches (p50):");
        foreach (var (q, times) in byQuery.OrderByDescending(b => BenchArguments.Percentile(b.Value, 50)).Take(8))
        {
            Console.WriteLine($"    {BenchArguments.Percentile(times, 50),7:F1} ms  {matches[q],9:N0} matches  {Describe(mix[q].Request)}");
        }
    }

    private static void Dump(ArchiveService archive, string path)
    {
        using var writer = new StreamWriter(path);
        foreach (var (_, request) in Mix)
        {
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(archive.Search(request) with { TookMs = 0 }));
        }
        Console.WriteLine($"answers of the mix written to {path}");
    }

    /// <summary>When the reindex last reported progress: after its last batch, before the final merge and commit.</summary>
    private sealed class LastReport(Stopwatch clock) : IProgress<IngestProgress>
    {
        public TimeSpan At { get; private set; }

        public void Report(IngestProgress value) => At = clock.Elapsed;
    }

    private static string Describe(SearchRequest request) =>
        $"{request.Query}{string.Concat(request.Filters.Select(f => $" [{f.Key}: {string.Join(", ", f.Value)}]"))}{(request.Sort == SearchSort.Relevance ? "" : $" sorted {request.Sort}")}";

    private static SearchRequest Query(string query) => new() { Query = query };
}
