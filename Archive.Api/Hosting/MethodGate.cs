using Archive.Api.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace Archive.Api.Hosting;

/// <summary>
/// Methods before routing: HEAD is answered as GET without the body (the API maps only GET); the pages are
/// read-only, so any method but GET and HEAD gets a 405 with Allow, never a 400 or a 500 from deeper down.
/// </summary>
public sealed class MethodGate(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsHead(request.Method))
        {
            if (request.Path.StartsWithSegments("/api")) request.Method = HttpMethods.Get;
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
            return next(context);
        }
        if (request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(request.Method))
        {
            return next(context);
        }
        context.Response.Headers.Allow = "GET, HEAD";
        return ApiProblems.MethodNotAllowed().ExecuteAsync(context);
    }
}
