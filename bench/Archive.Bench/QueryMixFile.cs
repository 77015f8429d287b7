using Archive.Bench.Queries;
using Archive.Indexer;

namespace Archive.Bench;

/// <summary>
/// `query-mix --data DIR --out FILE [--count N] [--seed S]`: draws N searches (1,000 by default) from the archive in
/// DIR (<see cref="QueryMix"/>) for the load benchmark (bench/load/search.lua), one a line: "some" or "none" (meant to
/// match nothing), a tab, and the search as /api/v1/search's query string. Prints how many hits they find; exit code
/// 1 when more than 5% find nothing without being meant to.
/// </summary>
public static class QueryMixFile
{
    public static int Write(string[] args)
    {
        var data = BenchArguments.Text(args, "--data") ?? throw new ArgumentException("--data DIR is required");
        var output = BenchArguments.Text(args, "--out") ?? throw new ArgumentException("--out FILE is required");
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = data, SearchCacheEntries = 0 });
        var mix = QueryMix.Draw(archive, BenchArguments.Number(args, "--count", 1000), BenchArguments.Number(args, "--seed", 1));
        var distribution = new HitDistribution();
        using (var writer = new StreamWriter(output))
        {
            foreach (var search in mix)
            {
                distribution.Add(archive.Search(search.Request with { WithHighlights = false, WithFacets = false }).Total, search.MeantToMatchNothing);
                writer.WriteLine($"{(search.MeantToMatchNothing ? "none" : "some")}\t{search.QueryString()}");
            }
        }
        Console.WriteLine($"query mix: {mix.Count:N0} searches drawn from {archive.Stats().Articles:N0} articles, written to {output}");
        Console.WriteLine($"  {distribution}");
        return distribution.TooManyUnintendedZeros ? 1 : 0;
    }
}
