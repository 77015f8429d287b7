using System.ComponentModel;
using Archive.Api.Contracts;
using Archive.Api.Errors;
using Archive.Api.Hosting;
using Archive.Api.OpenApi;
using Archive.Indexer.Model;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Endpoints;

/// <summary>GET /series: the timeline of past bulletins.</summary>
public static class SeriesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/series", Get)
            .WithName("Series")
            .WithTags("Series")
            .WithSummary("Publications and their issues")
            .WithDescription("Every publication the archive holds issues of (刊物, e.g. 安庆组工信息) with its issues by year, each issue with its articles: the archive of past bulletins. A paper known only as a newspaper page's publisher (人民日报, which the search's series facet lists as the page's 刊物) has no issues here: search with series for its pages. An issue held in several files (.txt, .docx, .pdf) is listed once, as the file stored first. series and year narrow it to one publication or one year, which costs far less than the whole timeline.")
            .Produces<SeriesResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> Get(
        [FromQuery(Name = SearchParameters.Series), Description("Only this publication, named in either script (本溪組工 or 本溪组工); none when the archive holds no issue of such a publication.")] string? series,
        [FromQuery(Name = SearchParameters.Year), Description("Only this year's issues, four digits (1900-2100, full-width too); a year no issue is dated in gives none; undated issues are listed only without it.")] string? year,
        HttpContext http, ArchiveHost host, CancellationToken cancellationToken)
    {
        // Two publications are not read as one named "A,B", which the archive never holds.
        if (OwnParameters.Repeated(http.Request, SearchParameters.Series) is { } repeated) return repeated;
        var (yearAsked, refused) = SearchParameters.ReadYear(year);
        if (refused is not null) return ApiProblems.InvalidParameter(refused.Field, refused.MessageEn, refused.MessageZh);
        var archive = await host.GetAsync(cancellationToken);
        var links = Links.For(http.Request);
        var warnings = OwnParameters.Unknown(http.Request, SearchParameters.Series, SearchParameters.Year);
        if (string.IsNullOrWhiteSpace(series) && yearAsked is null) return TypedResults.Ok(SeriesResponse.From(archive.Series(), warnings, links));
        // One publication or one year: its issues read year by year from the overview, not the whole timeline built.
        var chosen = archive.SeriesOverviews(string.IsNullOrWhiteSpace(series) ? null : series.Trim())
            .Select(timeline => timeline with
            {
                Years = [.. timeline.Years.Where(y => yearAsked is null || y.Year > 0 && y.Year == yearAsked).Select(y => archive.SeriesIssues(timeline.Series, y.Year)).OfType<SeriesYear>()],
            })
            .Where(timeline => timeline.Years.Count > 0)
            .ToList();
        return TypedResults.Ok(SeriesResponse.From(chosen, warnings, links));
    }
}
