using System.Diagnostics;
using Archive.HostileInputs;
using Archive.Indexer;

namespace Archive.Bench;

/// <summary>
/// `abuse [--random N] [--seed S]`: every hostile file of the tests plus N randomly damaged ones (default 500)
/// ingested one by one into a fresh archive, then hostile queries (HostileQueries) searched; prints each answer's
/// time and outcome, the slowest, every answer over the 5 s target, and whether the archive still ingests,
/// finds, deletes and reopens afterwards. Exit code 1 when an answer took over 5 s, a reader crashed or the
/// archive stopped working.
/// </summary>
public static class AbuseBenchmark
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(5);

    public static int Run(string[] args)
    {
        var random = BenchArguments.Number(args, "--random", 500);
        var seed = BenchArguments.Number(args, "--seed", 1);
        var work = Directory.CreateTempSubdirectory("archive-bench-abuse-").FullName;
        var options = new ArchiveOptions { DataDirectory = Path.Combine(work, "data") };
        var failures = 0;
        try
        {
            var answers = new List<(string What, TimeSpan Time, string Outcome)>();
            using (var archive = ArchiveService.Open(options))
            {
                foreach (var file in HostileFiles.Known().Concat(HostileFiles.Random(seed, random)))
                {
                    var clock = Stopwatch.StartNew();
                    var outcome = archive.IngestUpload(file.FileName, file.Content);
                    answers.Add((file.ToString(), clock.Elapsed, outcome.Error is null ? $"{outcome.Status}, {outcome.Articles} articles" : $"{outcome.Status}: {outcome.Error}"));
                }
                foreach (var query in HostileQueries.All(seed, random))
                {
                    var clock = Stopwatch.StartNew();
                    var results = archive.Search(new SearchRequest { Query = query.Text, PageSize = 20 });
                    answers.Add(($"query: {query.Shape}", clock.Elapsed, $"{results.Total} hits, {results.Warnings.Count} warnings"));
                }
                failures += Check("ingest, find and delete a new file afterwards", () =>
                {
                    var good = archive.IngestUpload("after.txt", "关于做好干部教育培训工作的通知\n\n请认真做好红旗渠精神专题培训。"u8.ToArray());
                    return good.DocumentId is { } id && archive.Search(new SearchRequest { Query = "红旗渠精神" }).Total == 1
                           && archive.DeleteDocument(id) && archive.Search(new SearchRequest { Query = "红旗渠精神" }).Total == 0;
                });
                Console.WriteLine($"index refused {archive.IndexFailures().Count} articles");
            }
            failures += Check("reopen at once and search", () =>
            {
                var clock = Stopwatch.StartNew();
                using var reopened = ArchiveService.Open(options);
                var ok = reopened.Repair is null && reopened.Search(new SearchRequest { Query = "干部" }).Total >= 0;
                Console.WriteLine($"  reopened in {clock.ElapsedMilliseconds} ms");
                return ok;
            });

            foreach (var (what, time, outcome) in answers) Console.WriteLine($"{time.TotalMilliseconds,9:F0} ms  {what}  ->  {Shorten(outcome)}");
            var times = answers.Select(a => a.Time.TotalMilliseconds).ToList();
            Console.WriteLine($"\n{answers.Count} answers; p50 {BenchArguments.Percentile(times, 50):F0} ms, p99 {BenchArguments.Percentile(times, 99):F0} ms, max {times.Max():F0} ms");
            Console.WriteLine("slowest:");
            foreach (var (what, time, outcome) in answers.OrderByDescending(a => a.Time).Take(10)) Console.WriteLine($"{time.TotalMilliseconds,9:F0} ms  {what}  ->  {Shorten(outcome)}");
            var slow = answers.Count(a => a.Time > Target);
            var crashed = answers.Count(a => a.Outcome.Contains("crashed", StringComparison.Ordinal));
            Console.WriteLine($"over {Target.TotalSeconds:0} s: {slow}; reader crashes: {crashed}; checks failed: {failures}");
            return slow + crashed + failures == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static int Check(string what, Func<bool> check)
    {
        var ok = check();
        Console.WriteLine($"{(ok ? "ok" : "FAILED")}: {what}");
        return ok ? 0 : 1;
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
