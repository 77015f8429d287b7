using System.ComponentModel;
using System.Numerics;
using Archive.Api.Contracts;
using Archive.Api.Corrections;
using Archive.Api.Errors;
using Archive.Api.Hosting;
using Archive.Api.OpenApi;
using Archive.Indexer;
using Archive.Indexer.Model;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Endpoints;

/// <summary>GET /articles/{id} and GET /articles/{id}/similar.</summary>
public static class ArticleEndpoints
{
    public const int MaxSimilar = 50;
    private const int DefaultSimilar = 10;
    private const string OtherRegions = "other_regions";
    private const string Count = "count";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/articles/{id}", Get)
            .WithName("GetArticle")
            .WithTags("Articles")
            .WithSummary("An article")
            .WithDescription("Full text and all metadata of an article, its document, the other articles of the same issue, its keywords (主题词), its duplicates elsewhere, and ready citations: GB/T 7714-2015 and the short form (《安庆组工信息》2022年第8期). The ETag is its document's revision (send it as If-Match to correct the article). An article editors merged into its neighbour answers 301 to that article.")
            .Produces<ArticleResponse>()
            .WithResponseHeader("ETag", RevisionTag.Description, StatusCodes.Status200OK)
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)
            .WithParameterExamples(("id", "2a827c17cdd57db0-2"));

        api.MapGet("/articles/{id}/similar", Similar)
            .WithName("SimilarArticles")
            .WithTags("Articles")
            .WithSummary("Similar articles")
            .WithDescription("The articles most like this one. With other_regions=true, none known to be from its own city (any, for an article of no known place): similar measures in other cities.")
            .RequireRateLimiting(SearchEndpoints.RateLimitPolicy)
            .Produces<SimilarResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable)
            .WithParameterRange(Count, 1, _ => MaxSimilar)
            .WithParameterExamples(("id", "2a827c17cdd57db0-2"), (OtherRegions, "true"), (Count, "10"));
    }

    private static async Task<IResult> Get(
        [Description("The article id, as in search hits (document id, '-', position).")] string id,
        HttpContext http, ArchiveHost host, CancellationToken cancellationToken)
    {
        if (!ArchiveId.IsWellFormed(id))
        {
            return ApiProblems.InvalidId("article", id);
        }
        var archive = await host.GetAsync(cancellationToken);
        var detail = archive.GetArticle(id);
        if (detail is null)
        {
            return MergedAway(archive, id, into => Links.For(http.Request).ApiArticle(into)) ?? ApiProblems.ArticleNotFound(id);
        }
        http.Response.Headers.ETag = RevisionTag.Of(detail.Document.Id, detail.Document.Revision);
        return TypedResults.Ok(ArticleResponse.From(detail, Links.For(http.Request)));
    }

    /// <summary>
    /// An article editors merged into its neighbour answers with a permanent redirect to the same address of the
    /// article holding its text, so its links keep working; null when it was never merged.
    /// </summary>
    private static IResult? MergedAway(ArchiveService archive, string id, Func<string, string> address) =>
        archive.MergedInto(id) is { } into ? TypedResults.Redirect(address(into), permanent: true) : null;

    private static async Task<IResult> Similar(
        [Description("The article id.")] string id,
        [FromQuery(Name = OtherRegions), Description("true: only articles from other regions than the article's own (default false).")] bool? otherRegions,
        [FromQuery(Name = Count), Description("How many, 1 to 50 (default 10); a value outside is clamped, and warnings says so.")] BigInteger? count,
        HttpContext http, ArchiveHost host, CancellationToken cancellationToken)
    {
        if (!ArchiveId.IsWellFormed(id))
        {
            return ApiProblems.InvalidId("article", id);
        }
        var archive = await host.GetAsync(cancellationToken);
        var onlyOtherRegions = otherRegions ?? false;
        // Any run of digits is a whole number however long, clamped as a search's size is (count=99999999999 was a 400).
        var wanted = SearchParameters.Clamp(Count, "条数", count ?? DefaultSimilar, 1, MaxSimilar, out var clamped);
        var hits = archive.Similar(id, onlyOtherRegions, wanted);
        if (hits is null)
        {
            return MergedAway(archive, id, into => $"{Links.For(http.Request).ApiArticle(into)}/similar{http.Request.QueryString}") ?? ApiProblems.ArticleNotFound(id);
        }
        var links = Links.For(http.Request);
        // A count outside its range is said, as a search says so of page and size, and so is a parameter of another name.
        IReadOnlyList<string> warnings = [.. new[] { clamped }.OfType<FieldProblem>().Select(c => $"{c.MessageEn} / {c.MessageZh}"), .. OwnParameters.Unknown(http.Request, OtherRegions, Count)];
        return TypedResults.Ok(new SimilarResponse(id, onlyOtherRegions, warnings, [.. hits.Select(h => Hit.From(h, links))]));
    }
}
