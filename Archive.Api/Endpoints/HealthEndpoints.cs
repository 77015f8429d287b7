using Archive.Api.Contracts;
using Archive.Api.Hosting;
using Archive.Api.OpenApi;

namespace Archive.Api.Endpoints;

/// <summary>GET /health, /health/live and /health/ready, for people and for orchestrators.</summary>
public static class HealthEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/health", Health)
            .WithName("Health")
            .WithTags("Health")
            .WithSummary("Liveness and readiness")
            .WithDescription("status is ready (store and index open, with their counts and the search result cache's size and hit ratio), starting, or failed (see the server log). 200 when ready, 503 otherwise.")
            .Produces<HealthResponse>()
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/health/live", (ArchiveHost host) => TypedResults.Ok(new HealthResponse("live", true, host.IsReady, null, null, null)))
            .WithName("Liveness")
            .WithTags("Health")
            .WithSummary("Liveness")
            .WithDescription("200 as long as the process answers, whatever the state of the archive (ready tells it, without opening anything).")
            .Produces<HealthResponse>();

        api.MapGet("/health/ready", Health)
            .WithName("Readiness")
            .WithTags("Health")
            .WithSummary("Readiness")
            .WithDescription("200 once the store and the index are open; 503 while starting or after a failure to open.")
            .Produces<HealthResponse>()
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
    }

    private static IResult Health(ArchiveHost host)
    {
        if (!host.IsReady)
        {
            return TypedResults.Json(new HealthResponse(host.HasFailed ? "failed" : "starting", true, false, null, null, null),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        var archive = host.Get();
        var stats = archive.Stats();
        return TypedResults.Ok(new HealthResponse("ready", true, true, stats.Documents, stats.Articles, stats.IndexedArticles)
        {
            SearchCache = archive.SearchCache,
        });
    }
}
