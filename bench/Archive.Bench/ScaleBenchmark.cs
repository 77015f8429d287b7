using System.Diagnostics;
using Archive.Bench.Queries;
using Archive.Indexer;
using Archive.Evaluation.Generation;
using Archive.Indexer.Store;

namespace Archive.Bench;

/// <summary>
/// `scale --articles N [--work DIR] [--seed S] [--no-peer]`: the whole path at one size, for the 10k / 100k / 1M curve.
/// Generates a corpus of N articles, ingests and indexes all of it through <see cref="ArchiveService"/> (files
/// read, parsed, keyworded, grouped, stored, indexed, committed), checks the store against the manifest, then draws
/// a query mix from the archive and measures it as the `query` benchmark does, Lucene.Net + SmartCN indexing the same
/// stored articles and answering the same searches beside it; then searches/s with 1, 2 and 8 concurrent clients,
/// and the time from opening the data folder to the first answered query. The corpus and data folder are new each
/// run (under --work, kept); `--queries-only` measures the queries again, `--verify-only` checks the manifest again,
/// on an earlier run's folders.
/// </summary>
public static class ScaleBenchmark
{
    private static readonly TimeSpan ThroughputWindow = TimeSpan.FromSeconds(10);

    public static int Run(string[] args)
    {
        var articles = BenchArguments.Number(args, "--articles", 10_000);
        var seed = BenchArguments.Number(args, "--seed", 1);
        var work = Path.GetFullPath(BenchArguments.Text(args, "--work") ?? Path.Combine(".cache", "bench-scale"));
        var corpusFolder = Path.Combine(work, $"corpus-{articles}");
        var data = Path.Combine(work, $"data-{articles}");
        var options = new ArchiveOptions { DataDirectory = data };
        var peer = args.Contains("--no-peer") ? null : Path.Combine(work, $"peer-{articles}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:0.0} GiB, .NET {Environment.Version}; load average {QueryBenchmark.LoadAverage()}");
        if (args.Contains("--queries-only") || args.Contains("--verify-only"))
        {
            if (args.Contains("--verify-only")) return Verify(corpusFolder, data);
            return Queries(options, peer, null, seed);
        }
        foreach (var folder in new[] { corpusFolder, data }.Where(Directory.Exists)) Directory.Delete(folder, recursive: true);

        var total = Stopwatch.StartNew();
        var corpus = new CorpusGenerator(CorpusGenerator.DefaultDataPackagesFolder).Generate(new GenerationOptions(articles, seed, corpusFolder));
        var generated = total.Elapsed;
        Console.WriteLine($"generate: {corpus.Articles:N0} articles in {corpus.Files:N0} files, {corpus.Bytes / 1048576.0:N0} MB, in {generated.TotalSeconds:N0} s");
        foreach (var line in corpus.Vocabulary.Lines()) Console.WriteLine($"  {line}");

        var cpu = ProcessTreeCpu.Now();
        var clock = Stopwatch.StartNew();
        IReadOnlyList<FileOutcome> report;
        var memory = new PrivateMemoryPeak();
        using (var archive = ArchiveService.Open(options))
        {
            report = archive.Ingest([corpus.FilesDirectory]);
        }
        memory.Stop();
        var ingested = clock.Elapsed;
        var cpuSeconds = (ProcessTreeCpu.Now() - cpu).TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"ingest + index: {report.Articles:N0} articles in {ingested.TotalSeconds:N0} s = {report.Articles / ingested.TotalSeconds:N0} articles/s, " +
                          $"{corpus.Bytes / 1048576.0 / ingested.TotalSeconds:N1} MB/s of files; {cpuSeconds:N0} CPU-s ({cpuSeconds * 1000 / report.Articles:N2} ms per article); " +
                          $"{report.Count(FileOutcomeStatus.Failed)} files failed");
        Console.WriteLine($"generate + ingest + index: {total.Elapsed.TotalMinutes:N1} min (1,000,000-article target < 60 min); peak working set {peak / 1048576.0:N0} MB " +
                          $"(target < 2,048 MB), of which the process's own memory (RssAnon) at most {memory.PeakBytes / 1048576.0:N0} MB; the rest are pages of index files mapped for merging");
        Console.WriteLine($"files {corpus.Bytes / 1048576.0:N0} MB");
        QueryBenchmark.PrintSizes(data);

        var verified = Verify(corpus.OutputDirectory, data);

        var ingest = new IndexingRun("ingest + index (read, parse, keywords, groups, store, index, merge)", report.Articles, ingested.TotalSeconds, cpuSeconds, Ingest: true);
        var queries = Queries(options, peer, ingest, seed);
        return report.HasFailures || verified != 0 || queries != 0 ? 1 : 0;
    }

    private static int Verify(string corpus, string data)
    {
        using var store = ArchiveStore.Open(Path.Combine(data, "archive.db"));
        var check = ManifestVerifier.Verify(corpus, store);
        Console.WriteLine($"manifest check: {check.ArticlesFound:N0}/{check.Articles:N0} articles found; {check.Mismatches.Count:N0} mismatches in {check.Fields:N0} fields " +
                          $"(every field, nulls, body lengths and hashes) = {check.FieldAccuracy:P2} right");
        foreach (var mismatch in check.Mismatches.Take(20)) Console.WriteLine($"  {mismatch}");
        return check.ArticlesFound == check.Articles ? 0 : 1;
    }

    private static int Queries(ArchiveOptions options, string? peer, IndexingRun? ingest, int seed)
    {
        var clock = Stopwatch.StartNew();
        // The mix repeats the same searches: with the result cache on they would be answered from memory.
        using var archive = ArchiveService.Open(options with { SearchCacheEntries = 0 });
        archive.Search(new SearchRequest { Query = "党建" });
        Console.WriteLine($"open to first answered query: {clock.Elapsed.TotalMilliseconds:N0} ms (data folder reopened in this process)");
        var mix = QueryMix.Draw(archive, 60, seed);
        var result = QueryBenchmark.Compare(archive, options.DataDirectory, peer, ingest, mix);
        foreach (var clients in new[] { 1, 2, 8 })
        {
            Console.WriteLine($"  {clients} concurrent client(s): {Throughput(archive, mix, clients):N0} searches/s over {ThroughputWindow.TotalSeconds:N0} s, result cache off");
        }
        return result;
    }

    /// <summary>Searches/s with <paramref name="clients"/> threads each running through the query mix.</summary>
    private static double Throughput(ArchiveService archive, IReadOnlyList<MixQuery> mix, int clients)
    {
        long done = 0;
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, clients).Select(client => new Thread(() =>
        {
            for (var i = client; clock.Elapsed < ThroughputWindow; i++)
            {
                archive.Search(mix[i % mix.Count].Request);
                Interlocked.Increment(ref done);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return done / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// The highest anonymous resident memory (RssAnon) seen, sampled every 200 ms: what the process itself holds,
    /// unlike the working set, which also counts pages of the memory-mapped index files that the OS can drop.
    /// </summary>
    private sealed class PrivateMemoryPeak
    {
        private readonly Timer _timer;
        private long _peak;

        public PrivateMemoryPeak() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(200));

        public long PeakBytes => Interlocked.Read(ref _peak);

        public void Stop()
        {
            _timer.Dispose();
            Sample();
        }

        private void Sample()
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
            if (line is null || !long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kilobytes)) return;
            long seen;
            while ((seen = Interlocked.Read(ref _peak)) < kilobytes * 1024 && Interlocked.CompareExchange(ref _peak, kilobytes * 1024, seen) != seen)
            {
            }
        }
    }
}
