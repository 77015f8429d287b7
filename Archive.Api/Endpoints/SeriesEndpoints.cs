using Archive.Api.Contracts;
using Archive.Api.Hosting;
using Archive.Api.OpenApi;

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
            .WithDescription("Every publication (刊物, e.g. 安庆组工信息) with its issues by year, each issue with its articles: the archive of past bulletins. An issue held in several files (.txt, .docx, .pdf) is listed once, as the file stored first.")
            .Produces<SeriesResponse>()
            .ProducesProblems(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> Get(HttpContext http, ArchiveHost host, CancellationToken cancellationToken)
    {
        var archive = await host.GetAsync(cancellationToken);
        return TypedResults.Ok(SeriesResponse.From(archive.Series(), Links.For(http.Request)));
    }
}
