using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using Archive.Api.Configuration;
using Archive.Api.Contracts;
using Archive.Api.Errors;
using Archive.Api.Feeds;
using Archive.Api.Hosting;
using Archive.Api.OpenApi;
using Archive.Web.Browse;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Archive.Api.Endpoints;

/// <summary>GET /search.atom: following a topic, the newest articles a search matches as an Atom feed.</summary>
public static class FeedEndpoints
{
    public const int DefaultEntries = 20;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/search.atom", Feed)
            .WithName("SearchFeed")
            .WithTags("Search")
            .WithSummary("A search as an Atom feed")
            .WithDescription("The newest articles (by date) that a search matches, as an Atom 1.0 feed to follow a topic in a feed reader: q and the facet filters are those of /search (sort and page do not apply). Each entry's id is urn:archive:article:{id}, stable for as long as the article exists; its summary is the GB/T 7714 citation, its alternate link the permalink. The feed's own id is the same for the same search. ETag and If-None-Match (304) let readers poll cheaply.")
            .RequireRateLimiting(SearchEndpoints.RateLimitPolicy)
            .ProducesBody(StatusCodes.Status200OK, "An Atom 1.0 feed (UTF-8).", AtomFeed.MediaType)
            .Produces(StatusCodes.Status304NotModified)
            .WithRequestHeader("If-None-Match", "The ETag of the feed as last read: 304 while nothing changed.")
            .WithResponseHeader("ETag", "The feed's version: send it back as If-None-Match.", StatusCodes.Status200OK, StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable)
            .WithSearchParameters((SearchParameters.Size, $"How many of the newest articles, 1 to {SearchRequest.MaxPageSize} (default {DefaultEntries}); a value outside is a 400."));

    private static async Task<IResult> Feed(
        HttpContext http, ArchiveHost host, IOptions<ArchiveApiOptions> options, CancellationToken cancellationToken)
    {
        // size counts the entries, read (and refused outside 1..100) as a page's size is; a search's page and sort do
        // not apply to a feed (the newest first), so a search URL reused as it is follows the same matches.
        var (request, _, problem) = SearchUrl.Read(http.Request, options.Value.Limits, DefaultEntries, strict: true, own: [SearchParameters.Page, SearchParameters.Sort]);
        if (problem is not null)
        {
            return problem;
        }
        var archive = await host.GetAsync(cancellationToken);
        if (SearchUrl.UnappliedQuery(archive, request) is { } ignored)
        {
            return ignored;
        }
        // The values as the engine selects them (scripts folded, a place's name as its region path), so one search
        // written two ways is one feed.
        var search = new SearchState { Query = request.Query, Filters = request.Filters }.WithFacetValues(archive.FacetValueOf);
        var (query, facetFilters) = (search.Query, search.Filters);
        var entries = archive.Feed(query, facetFilters, request.PageSize);
        var links = Links.For(http.Request);
        var feed = AtomFeed.Write(Id(query, facetFilters), Title(query, facetFilters), $"{links.BaseUrl}{http.Request.Path}{http.Request.QueryString}",
            links.BaseUrl + search.ToUrl(), entries, links);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(feed))[..32]}\"";
        http.Response.Headers.ETag = etag;
        return http.Request.Headers.IfNoneMatch.ToString() == etag
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(feed, $"{AtomFeed.MediaType}; charset=utf-8");
    }

    /// <summary>The same URN for the same search, whatever the order of its parameters and the spelling of its values.</summary>
    private static string Id(string? query, IReadOnlyDictionary<FacetField, IReadOnlyList<string>> filters)
    {
        var canonical = new StringBuilder(query ?? "");
        foreach (var (field, values) in filters.OrderBy(f => f.Key))
        {
            canonical.Append('\n').Append(SearchParameters.Name(field)).Append('=').AppendJoin('\u001F', values.Order(StringComparer.Ordinal));
        }
        return "urn:archive:search:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())))[..32];
    }

    /// <summary>组工信息档案 · “疫情防控”（栏目：市外参考）, or 最新文章 for the whole archive; values read as the page's chips (类型：简报).</summary>
    private static string Title(string? query, IReadOnlyDictionary<FacetField, IReadOnlyList<string>> filters)
    {
        var what = query is null ? (filters.Count == 0 ? "最新文章" : "") : $"“{query}”";
        var narrowings = filters.OrderBy(f => f.Key).Select(f => $"{SearchParameters.Label(f.Key)}：{string.Join("、", f.Value.Select(v => FacetDisplay.Chip(f.Key, v)))}");
        var narrowed = filters.Count == 0 ? "" : $"（{string.Join("；", narrowings)}）";
        return $"组工信息档案 · {what}{narrowed}";
    }
}
