using Archive.Api.Errors;
using Microsoft.AspNetCore.Routing.Template;

namespace Archive.Api.Endpoints;

/// <summary>
/// Everything under /api/v1 that no endpoint takes is answered here, as a problem: 405 (with Allow) when
/// the address exists for other methods, else 404. The API so keeps its own answers whatever catch-all
/// routes the web UI maps beside it.
/// </summary>
public static class ApiFallback
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapFallback("{**path}", Answer).ExcludeFromDescription();

    private static IResult Answer(HttpContext http, EndpointDataSource endpoints)
    {
        // The API's own endpoints: no catch-all parameter (that is this fallback, or the UI's).
        var allowed = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.Parameters.Any(p => p.IsCatchAll))
            .Select(e => (Endpoint: e, Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Methods.Count > 0 && Matches(e.Endpoint.RoutePattern, http.Request.Path))
            // MethodGate answers HEAD wherever GET is.
            .SelectMany(e => e.Methods.Contains(HttpMethods.Get) ? [.. e.Methods, HttpMethods.Head] : e.Methods)
            .Distinct()
            .ToList();
        if (allowed.Count == 0)
        {
            return ApiProblems.RouteNotFound();
        }
        http.Response.Headers.Allow = string.Join(", ", allowed);
        return ApiProblems.MethodNotAllowed();
    }

    private static bool Matches(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern, PathString path) =>
        new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary());
}
