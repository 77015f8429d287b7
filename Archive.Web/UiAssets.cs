using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Archive.Web;

/// <summary>
/// The UI's stylesheet and script, read once from the assembly. Their URLs carry a hash of the content,
/// so browsers may keep them for a year and still never use a stale one.
/// </summary>
public sealed class UiAssets
{
    public const string PathPrefix = "/ui/";
    private const string ResourcePrefix = "Assets/";

    private readonly FrozenDictionary<string, UiAsset> _byName;

    public UiAssets()
    {
        var assembly = typeof(UiAssets).Assembly;
        _byName = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                var content = buffer.ToArray();
                var version = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
                return new UiAsset(name[ResourcePrefix.Length..], content, ContentTypeOf(name), version);
            })
            .ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
    }

    /// <summary>The versioned URL of an asset, e.g. /ui/site.css?v=3f2a…</summary>
    public string Url(string name) => $"{PathPrefix}{name}?v={_byName[name].Version}";

    public bool TryGet(string name, out UiAsset asset) => _byName.TryGetValue(name, out asset!);

    /// <summary>Answers GET /ui/{name}: 304 when the browser has it, long caching when the URL names the version.</summary>
    public IResult Serve(HttpContext context, string name)
    {
        if (!TryGet(name, out var asset)) return Results.NotFound();
        var etag = $"\"{asset.Version}\"";
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = context.Request.Query["v"] == asset.Version ? "public, max-age=31536000, immutable" : "no-cache";
        if (context.Request.Headers.IfNoneMatch == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    };
}

public sealed record UiAsset(string Name, byte[] Content, string ContentType, string Version);
