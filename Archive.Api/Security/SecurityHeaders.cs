using Scalar.AspNetCore;

namespace Archive.Api.Security;

/// <summary>
/// The usual defensive headers on every answer: content only from this origin, never framed, no MIME
/// sniffing, no referrer leaking search terms to other sites.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // An answer that set its own (a stricter one, for a downloaded file) keeps it.
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = ContentSecurityPolicy(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static string ContentSecurityPolicy(HttpContext context)
    {
        // The API reference (Scalar) renders with inline styles and a per-request script nonce; all else is strict.
        var scripts = context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce ? $"'self' 'nonce-{nonce}'" : "'self'";
        var styles = context.Request.Path.StartsWithSegments("/api/docs") ? "'self' 'unsafe-inline'" : "'self'";
        return $"default-src 'self'; script-src {scripts}; style-src {styles}; img-src 'self' data:; " +
               "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
