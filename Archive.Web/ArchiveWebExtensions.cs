using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web;

/// <summary>How Archive.Api mounts the UI: one call to register, one to map.</summary>
public static class ArchiveWebExtensions
{
    public static IServiceCollection AddArchiveWeb(this IServiceCollection services)
    {
        services.AddRazorPages();
        return services;
    }

    public static WebApplication MapArchiveWeb(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages();
        return app;
    }
}
