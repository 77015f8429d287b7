using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace Archive.Web;

/// <summary>How Archive.Api mounts the UI: one call to register, one to map.</summary>
public static class ArchiveWebExtensions
{
    public static IServiceCollection AddArchiveWeb(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddSingleton<UiAssets>();
        services.AddOptions<ArchiveWebOptions>().BindConfiguration("Archive:Web");
        // Chinese text as itself, not as &#x...; entities: a third of the bytes, and readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

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
