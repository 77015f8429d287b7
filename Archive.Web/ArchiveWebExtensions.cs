using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace Archive.Web;

/// <summary>How Archive.Api mounts the UI: one call to register, one to map.</summary>
public static class ArchiveWebExtensions
{
    public static IServiceCollection AddArchiveWeb(this IServiceCollection services)
    {
        // Named as an application part so any host finds the pages, not only a Web SDK one that discovers them.
        services.AddRazorPages().AddApplicationPart(typeof(ArchiveWebExtensions).Assembly);
        services.AddSingleton<UiAssets>();
        services.AddOptions<ArchiveWebOptions>().BindConfiguration("Archive:Web");
        // Chinese text as itself, not as &#x...; entities: a third of the bytes, and readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // The URL is the state: a hand-pasted 5,000-character Chinese q is ~45 KB encoded, past Kestrel's 8 KB
        // request line, and would get a bare 414. Let it through so the search page can explain the 500 limit.
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestLineSize = Math.Max(o.Limits.MaxRequestLineSize, MaxUrlBytes));
        return services;
    }

    /// <summary>
    /// The longest request line let through to the pages and the API, which then explain their own limits (500
    /// characters of query) instead of the server's bare 414: a 10,000-character Chinese query is 90 KB encoded.
    /// </summary>
    public const int MaxUrlBytes = 1024 * 1024;

    public static WebApplication MapArchiveWeb(this WebApplication app)
    {
        app.MapGet(UiAssets.PathPrefix + "{name}", (HttpContext context, string name, UiAssets assets) => assets.Serve(context, name))
            .ExcludeFromDescription();
        app.MapRazorPages();
        // Unknown UI addresses get the UI's own helpful 404; /api keeps its own (problem details) answers.
        app.MapFallbackToPage("{*path:regex(^(?!api/).*$)}", "/NotFound");
        return app;
    }
}
