using Archive.Api.Errors;
using Archive.Web.Editing;
using Microsoft.AspNetCore.Http.Features;

namespace Archive.Api.Hosting;

/// <summary>
/// Methods before routing: HEAD is answered as GET without the body (the API maps only GET); the pages are
/// read-only, so any method but GET and HEAD gets a 405 with Allow, never a 400 or a 500 from deeper down. The
/// editors' pages alone (signing in and out, correcting) also take POST, each form guarded by an antiforgery token
/// and refused (413) over <see cref="EditorPages.MaxFormBytes"/>.
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
        var takesPost = EditorPages.TakesPost(request.Path);
        if (takesPost && HttpMethods.IsPost(request.Method))
        {
            // A form of these pages is small: a larger one is refused before it is read, whoever sends it.
            if (request.ContentLength > EditorPages.MaxFormBytes) return AntiforgeryFailureNotice.FormTooLarge(context);
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = EditorPages.MaxFormBytes;
        }
        if (request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(request.Method) || (takesPost && HttpMethods.IsPost(request.Method)))
        {
            return next(context);
        }
        context.Response.Headers.Allow = takesPost ? "GET, HEAD, POST" : "GET, HEAD";
        return ApiProblems.MethodNotAllowed().ExecuteAsync(context);
    }
}
