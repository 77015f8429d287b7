using Archive.Api.Errors;
using Microsoft.Net.Http.Headers;

namespace Archive.Api.Security;

/// <summary>
/// Runs after routing and before the endpoint, so a refused request is answered before its body is read.
/// Refuses any API request that carries a key in its URL, and lets through to an endpoint marked
/// <see cref="RequiresApiKey"/> only a request with a configured key in X-Api-Key or Authorization: Bearer.
/// </summary>
public sealed class ApiKeyGate(RequestDelegate next, ApiKeyRing ring, ILogger<ApiKeyGate> logger)
{
    /// <summary>Query parameters people put keys in; a key there is already exposed, so it is refused outright.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<string> KeyParameters = ["api_key", "apikey", "api-key", "x-api-key", "key", "access_token", "token"];

    public const string KeyNameItem = "archive.api-key-name";

    /// <summary>Who writes, as the audit log names the holder of a key: "key:{key name}".</summary>
    public static string EditorOf(HttpContext context) => $"key:{context.Items[KeyNameItem]}";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api") && context.Request.QueryString.HasValue)
        {
            foreach (var parameter in KeyParameters)
            {
                if (context.Request.Query.ContainsKey(parameter))
                {
                    return ApiProblems.KeyInQueryString(parameter).ExecuteAsync(context);
                }
            }
        }
        if (context.GetEndpoint()?.Metadata.GetMetadata<RequiresApiKey>() is null)
        {
            return next(context);
        }
        if (ring.IsEmpty)
        {
            return ApiProblems.KeysNotConfigured().ExecuteAsync(context);
        }
        var presented = PresentedKey(context.Request);
        if (presented is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"archive\"";
            return ApiProblems.KeyMissing().ExecuteAsync(context);
        }
        var name = ring.Identify(presented);
        if (name is null)
        {
            logger.LogWarning("Refused {Method} {Path}: unknown API key", context.Request.Method, context.Request.Path.Value);
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"archive\", error=\"invalid_token\"";
            return ApiProblems.KeyInvalid().ExecuteAsync(context);
        }
        context.Items[KeyNameItem] = name;
        logger.LogInformation("{Method} {Path} by API key '{KeyName}'", context.Request.Method, context.Request.Path.Value, name);
        return next(context);
    }

    private static string? PresentedKey(HttpRequest request)
    {
        var header = request.Headers[RequiresApiKey.HeaderName].ToString();
        if (!string.IsNullOrWhiteSpace(header))
        {
            return header;
        }
        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        const string bearer = "Bearer ";
        return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) && authorization.Length > bearer.Length
            ? authorization[bearer.Length..]
            : null;
    }
}
