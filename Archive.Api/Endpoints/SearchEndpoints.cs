using System.Diagnostics;
using Archive.Api.Configuration;
using Archive.Api.Contracts;
using Archive.Api.Hosting;
using Archive.Api.OpenApi;
using Microsoft.Extensions.Options;

namespace Archive.Api.Endpoints;

/// <summary>GET /search and GET /facets: one page of hits with facet counts, or the counts alone.</summary>
public static class SearchEndpoints
{
    public const string RateLimitPolicy = "search";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithTags("Search")
            .WithSummary("Search articles")
            .WithDescription("Full-text search with facet filters. Returns total, took_ms, one page of hits (title, highlighted title, snippets, metadata, permalink, duplicates), facet counts of all matches, the parsed query (with the synonyms added) and warnings about it. Several values of one facet are OR'ed; different facets are AND'ed. When fewer articles than a page hold every word, partial_matches is true and the hits go on with articles holding most of the words, each with its missing_words; full_matches counts the articles holding them all.")
            .RequireRateLimiting(RateLimitPolicy)
            .Produces<SearchResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable)
            .WithSearchParameters((SearchParameters.Sort, SearchParameterDocs.Sort), (SearchParameters.Page, SearchParameterDocs.Page), (SearchParameters.Size, SearchParameterDocs.Size))
            .WithResponseExample("""
                {"total":1,"full_matches":1,"partial_matches":false,"took_ms":3.2,"page":1,"size":10,"query":"考察识别 干部","parsed_query":"考察识别 干部","warnings":[],
                 "hits":[{"id":"2a827c17cdd57db0-2","document_id":"2a827c17cdd57db0","title":"大观区在疫情防控一线考察识别干部",
                 "title_html":"大观区在疫情防控一线<mark>考察识别</mark><mark>干部</mark>","snippets":["……在疫情防控一线<mark>考察识别</mark><mark>干部</mark>……"],
                 "kind":"bulletin","series":"安庆组工信息","issue_number":8,"date":"2022-03-10","section":"市内信息",
                 "source_department":"大观区委组织部","region":"安徽省/安庆市/大观区","score":7.1,"missing_words":[],
                 "permalink":"http://localhost:5080/articles/2a827c17cdd57db0-2","api_url":"http://localhost:5080/api/v1/articles/2a827c17cdd57db0-2","duplicates":[]}],
                 "facets":[{"field":"section","values":[{"value":"市内信息","count":1,"selected":false,"children":[]}]}]}
                """);

        api.MapGet("/facets", Facets)
            .WithName("Facets")
            .WithTags("Search")
            .WithSummary("Facet counts")
            .WithDescription("The counts of every facet (section, dept, region, year, kind, series, keyword) over the whole archive, or over what q and the filters match. Each facet's field is the name of the search parameter that filters by it.")
            .RequireRateLimiting(RateLimitPolicy)
            .Produces<FacetsResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable)
            .WithSearchParameters();
    }

    private static async Task<IResult> Search(
        HttpContext http, ArchiveHost host, IOptions<ArchiveApiOptions> options, CancellationToken cancellationToken)
    {
        var (request, warnings, problem) = SearchUrl.Read(http.Request, options.Value.Limits);
        if (problem is not null)
        {
            return problem;
        }
        var archive = await host.GetAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var results = archive.Search(request);
        // Server-Timing: the whole engine call as the API saw it (took_ms is the engine's own measure).
        http.Response.Headers["Server-Timing"] = FormattableString.Invariant($"search;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0}");
        // The page says so with a 404 (没有这一页); a client paging on gets its empty page, and why.
        IReadOnlyList<string> said = results.PastTheLastPage
            ? [.. warnings, FormattableString.Invariant($"page={results.Page} is past the last page: {results.Total:N0} {(results.Total == 1 ? "match fills" : "matches fill")} {results.PageCount} {(results.PageCount == 1 ? "page" : "pages")} of {results.PageSize}. / 第 {results.Page} 页超出范围：共 {results.Total:N0} 篇，每页 {results.PageSize} 篇，只有 {results.PageCount} 页。")]
            : warnings;
        return TypedResults.Ok(SearchResponse.From(results, request.Query, said, Links.For(http.Request)));
    }

    private static async Task<IResult> Facets(
        HttpRequest http, ArchiveHost host, IOptions<ArchiveApiOptions> options, CancellationToken cancellationToken)
    {
        // Counts have no page, size or order: a search URL reused as it is counts the same matches, with no warning
        // about a page=0 that changes nothing here (as the export leaves them out).
        var (request, warnings, problem) = SearchUrl.Read(http, options.Value.Limits, own: [SearchParameters.Page, SearchParameters.Size, SearchParameters.Sort]);
        if (problem is not null)
        {
            return problem;
        }
        var archive = await host.GetAsync(cancellationToken);
        var results = archive.Search(request with { PageSize = 1, WithHighlights = false });
        return TypedResults.Ok(new FacetsResponse(results.Total, request.Query, [.. warnings, .. results.Warnings], Facet.Of(results.Facets)));
    }
}
