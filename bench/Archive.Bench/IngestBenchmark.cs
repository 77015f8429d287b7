using System.Diagnostics;
using Archive.Evaluation.Generation;
using Archive.Indexer.Ingestion;
using Archive.Indexer.Store;

namespace Archive.Bench;

/// <summary>
/// `ingest [--articles N] [--seed S] [--keep DIR]`: generates a corpus, then times parse + store of its .txt
/// files (indexing excluded): articles/s, MB/s, peak memory. Then ingests the other formats and checks the whole
/// store against the manifest.
/// </summary>
public static class IngestBenchmark
{
    public static int Run(string[] args)
    {
        var articles = BenchArguments.Number(args, "--articles", 10_000);
        var seed = BenchArguments.Number(args, "--seed", 1);
        var keep = BenchArguments.Text(args, "--keep");
        var work = keep ?? Directory.CreateTempSubdirectory("archive-bench-ingest-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var corpus = new CorpusGenerator(CorpusGenerator.DefaultDataPackagesFolder)
                .Generate(new GenerationOptions(articles, seed, Path.Combine(work, "corpus")));
            var generated = clock.Elapsed;
            var textFiles = Directory.GetFiles(corpus.FilesDirectory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var textBytes = textFiles.Sum(f => new FileInfo(f).Length);

            var parser = Archive.Indexer.Parsing.DocumentParser.CreateDefault();
            GC.Collect();
            clock.Restart();
            var parsedArticles = textFiles.Sum(f => parser.Parse(Archive.Indexer.Text.DocumentReader.Read(f, File.ReadAllBytes(f))).Articles.Count);
            var parseOnly = clock.Elapsed;

            using var store = ArchiveStore.Open(Path.Combine(work, "data", "archive.db"));
            var pipeline = IngestionPipeline.Create(store);
            GC.Collect();
            clock.Restart();
            var report = pipeline.Ingest(textFiles);
            var ingested = clock.Elapsed;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            var rest = pipeline.Ingest([corpus.FilesDirectory]);
            var check = ManifestVerifier.Verify(corpus.OutputDirectory, store);
            var database = new FileInfo(store.DatabasePath).Length + (File.Exists(store.DatabasePath + "-wal") ? new FileInfo(store.DatabasePath + "-wal").Length : 0);

            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:0.0} GiB, {Environment.OSVersion}, .NET {Environment.Version}");
            Console.WriteLine($"corpus: {corpus.Articles} articles in {corpus.Files} files, {corpus.Bytes / 1048576.0:0.0} MB, generated in {generated.TotalSeconds:0.0} s ({corpus.Articles / generated.TotalSeconds:0} articles/s)");
            Console.WriteLine($"ingest .txt (parse + store, no index): {textFiles.Count} files, {report.Articles} articles, {textBytes / 1048576.0:0.0} MB in {ingested.TotalSeconds:0.00} s");
            Console.WriteLine($"  {report.Articles / ingested.TotalSeconds:0} articles/s, {textBytes / 1048576.0 / ingested.TotalSeconds:0.00} MB/s, {textFiles.Count / ingested.TotalSeconds:0} files/s (target >= 500 articles/s)");
            Console.WriteLine($"  of which read + parse alone: {parseOnly.TotalSeconds:0.00} s ({parsedArticles / parseOnly.TotalSeconds:0} articles/s)");
            Console.WriteLine($"  peak working set {peak / 1048576.0:0} MB; failures {report.Count(FileOutcomeStatus.Failed)}");
            Console.WriteLine($"other formats (docx, html): {rest.Count(FileOutcomeStatus.New)} new files, failures {rest.Count(FileOutcomeStatus.Failed)}; archive.db {database / 1048576.0:0} MB");
            Console.WriteLine($"manifest check: {check.ArticlesFound}/{check.Articles} articles found, {check.Mismatches.Count} metadata mismatches");
            foreach (var mismatch in check.Mismatches.Take(10))
            {
                Console.WriteLine($"  {mismatch}");
            }

            return check.Exact && !report.HasFailures && !rest.HasFailures ? 0 : 1;
        }
        finally
        {
            if (keep is null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
