using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Archive.Indexer;
using Archive.Evaluation.Generation;
using Archive.Web;
using Archive.Web.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Bench;

/// <summary>
/// `pages [--articles N] [--data DIR] [--rounds R]`: the server time of every kind of UI page over a generated
/// archive (100,000 articles by default; generated and ingested into DIR the first time, reused after).
/// The UI runs in-process on a loopback Kestrel port, as Archive.Api mounts it; requests go one at a time,
/// and each is timed on the server, from the request entering the pipeline to its last byte written.
/// Prints p50, p95 and max per page kind, the process CPU time per page (server and client, both in this process:
/// steadier than wall time on a shared machine) and the largest page size; the target is p95 &lt;= 100 ms, &lt;= 200 KB.
/// </summary>
public static class PageBenchmark
{
    private const string RequestIdHeader = "X-Bench-Request";

    public static async Task<int> RunAsync(string[] args)
    {
        var articles = BenchArguments.Number(args, "--articles", 100_000);
        var rounds = BenchArguments.Number(args, "--rounds", 30);
        var data = BenchArguments.Text(args, "--data") ?? Path.Combine(Path.GetTempPath(), $"archive-pages-{articles}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024)} MB available, {Environment.Version}");

        if (!File.Exists(Path.Combine(data, "archive.db"))) Prepare(data, articles);
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = data });
        Console.WriteLine($"archive: {archive.Stats()}");

        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(archive);
        builder.Services.AddArchiveWeb();
        var app = builder.Build();
        var serverTimes = new ConcurrentDictionary<string, double>();
        app.Use(async (context, next) =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await next(context);
            }
            finally
            {
                serverTimes[context.Request.Headers[RequestIdHeader].ToString()] = clock.Elapsed.TotalMilliseconds;
            }
        });
        app.UseArchiveWeb();
        app.MapArchiveWeb();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var pages = PagesToTime(archive);
        Console.WriteLine($"{"page",-34} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"CPU ms",7} {"KB",7} {"façade p50",11}");
        var worstP95 = 0.0;
        var requests = 0;
        foreach (var (kind, urls) in pages)
        {
            var times = new List<double>();
            long largest = 0;
            var cpu = TimeSpan.Zero;
            for (var round = -3; round < rounds; round++) // three warm-up rounds are not counted
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var url = urls[(round + 3) % urls.Count];
                var id = (++requests).ToString(CultureInfo.InvariantCulture);
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Add(RequestIdHeader, id);
                using var response = await client.SendAsync(request);
                var bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
                if (!response.IsSuccessStatusCode) Console.WriteLine($"  {kind}: {(int)response.StatusCode} for {url}");
                if (round < 0) continue;
                cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                double time;
                var waited = Stopwatch.StartNew();
                while (!serverTimes.TryGetValue(id, out time))
                {
                    if (waited.Elapsed > TimeSpan.FromSeconds(5)) throw new InvalidOperationException($"no server time recorded for {url}");
                    await Task.Delay(1);
                }
                times.Add(time);
                largest = Math.Max(largest, bytes);
            }
            times.Sort();
            var p95 = BenchArguments.Percentile(times, 95);
            worstP95 = Math.Max(worstP95, p95);
            var engine = EngineTime(archive, urls, rounds);
            Console.WriteLine($"{kind,-34} {BenchArguments.Percentile(times, 50),8:F1} {p95,8:F1} {times[^1],8:F1} {cpu.TotalMilliseconds / rounds,7:F1} {largest / 1024.0,7:F1} {(engine is { } e ? e.ToString("F1", CultureInfo.InvariantCulture) : "-"),11}");
        }
        Console.WriteLine($"worst p95: {worstP95:F1} ms (target <= 100 ms)");
        await app.StopAsync();
        return 0;
    }

    /// <summary>Real addresses drawn from the archive itself: its facet values, keywords and articles.</summary>
    private static List<(string Kind, List<string> Urls)> PagesToTime(ArchiveService archive)
    {
        var browse = archive.Search(new SearchRequest { Sort = SearchSort.Newest, PageSize = 20 });
        string[] Values(FacetField field, int count) =>
            browse.Facets.GetValueOrDefault(field)?.OrderByDescending(v => v.Count).Take(count).Select(v => v.Value).ToArray() ?? [];
        var keywords = Values(FacetField.Keyword, 12);
        var sections = Values(FacetField.Section, 2);
        var years = Values(FacetField.Year, 4);
        var regions = Values(FacetField.Region, 4);
        var queries = keywords.Length > 0 ? keywords : ["党建"];
        var articleUrls = queries
            .SelectMany(q => archive.Search(new SearchRequest { Query = q, PageSize = 3, WithFacets = false }).Hits.Select(h => ArticlePaths.Of(h.ArticleId, q)))
            .ToList();
        var series = archive.SeriesOverviews();

        var state = new SearchState();
        return
        [
            ("home (browse, all facets)", ["/"]),
            ("query", [.. queries.Select(q => (state with { Query = q }).ToUrl())]),
            ("two-word query", [.. queries.Zip(queries.Skip(1)).Select(p => (state with { Query = $"{p.First} {p.Second}" }).ToUrl())]),
            ("quoted phrase", [.. queries.Select(q => (state with { Query = $"\"{q}\"" }).ToUrl())]),
            ("query + section + year", [.. queries.SelectMany(q => sections.Zip(years).Select(f => (state with { Query = q }).Toggle(FacetField.Section, f.First).Toggle(FacetField.Year, f.Second).ToUrl()))]),
            ("browse by region", [.. regions.Select(r => state.Toggle(FacetField.Region, r).ToUrl())]),
            ("query, sorted newest, page 5", [.. queries.Select(q => (state with { Query = q }).WithSort(SearchSort.Newest).WithPage(5).ToUrl())]),
            ("article (from a query)", articleUrls.Count > 0 ? articleUrls : ["/articles/none"]),
            ("bulletins (newest year)", ["/bulletins"]),
            ("bulletins (one series, one year)", [.. series.SelectMany(s => s.Years.Select(y => $"/bulletins?series={Uri.EscapeDataString(s.Series)}&year={y.Year}")).DefaultIfEmpty("/bulletins")]),
            ("help", ["/help"]),
        ];
    }

    /// <summary>
    /// The median time of the façade calls a page makes, made directly: Search for search pages, GetArticle and
    /// Similar for articles, SeriesOverviews for bulletins. The difference from the page's time is what the UI costs.
    /// </summary>
    private static double? EngineTime(ArchiveService archive, List<string> urls, int rounds)
    {
        Action<int>? call = null;
        if (urls[0] == "/" || urls[0].StartsWith("/?", StringComparison.Ordinal))
        {
            var requests = urls
                .Select(url => SearchState.Read(new QueryCollection(QueryHelpers.ParseQuery(url.Length > 1 ? url[1..] : ""))))
                .Where(reading => reading.Problems.Count == 0)
                .Select(reading => reading.State.ToRequest())
                .ToList();
            call = round => archive.Search(requests[round % requests.Count]);
        }
        else if (urls[0].StartsWith("/articles/", StringComparison.Ordinal))
        {
            var ids = urls.Select(url => Uri.UnescapeDataString(url["/articles/".Length..].Split('?')[0])).ToList();
            call = round =>
            {
                archive.GetArticle(ids[round % ids.Count]);
                archive.Similar(ids[round % ids.Count], otherRegionsOnly: true, 5);
            };
        }
        else if (urls[0].StartsWith("/bulletins", StringComparison.Ordinal))
        {
            call = _ => archive.SeriesOverviews();
        }
        if (call is null) return null;
        var times = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            call(round);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return BenchArguments.Percentile(times, 50);
    }

    private static void Prepare(string data, int articles)
    {
        var corpus = Path.Combine(data, "corpus");
        var clock = Stopwatch.StartNew();
        var generated = new CorpusGenerator(CorpusGenerator.DefaultDataPackagesFolder).Generate(new GenerationOptions(articles, 1, corpus));
        Console.WriteLine($"generated {generated.Articles:N0} articles in {generated.Files:N0} files in {clock.Elapsed.TotalSeconds:F0} s");
        clock.Restart();
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = data });
        var report = archive.Ingest([generated.FilesDirectory]);
        Console.WriteLine($"ingested {report.Articles:N0} articles ({report.Count(FileOutcomeStatus.Failed)} failed files) in {clock.Elapsed.TotalSeconds:F0} s");
    }
}
