using Archive.Api.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace Archive.Api.Hosting;

/// <summary>
/// Methods before routing: HEAD on the API is its GET without the body (as HTTP says it should be); the pages
/// are read-only, so any method but GET and HEAD gets a 405 with Allow, never a 400 or a 500 from deeper down.
/// </summary>
public sealed class MethodGate(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api"))
        {
            if (HttpMethods.IsHead(request.Method))
            {
                request.Method = HttpMethods.Get;
                context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
            }
            return next(context);
        }
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }
        context.Response.Headers.Allow = "GET, HEAD";
        return ApiProblems.MethodNotAllowed().ExecuteAsync(context);
    }
}
