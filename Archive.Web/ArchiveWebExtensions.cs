using System.Text.Encodings.Web;
using System.Text.Unicode;
using Archive.Web.Browse;
using Archive.Web.Editing;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace Archive.Web;

/// <summary>How Archive.Api mounts the UI: one call to register, one to map.</summary>
public static class ArchiveWebExtensions
{
    /// <param name="searchLimit">The host's rate-limiting policy for searches, which the pages that search count against; none in a host without a limiter (the page benchmark).</param>
    public static IServiceCollection AddArchiveWeb(this IServiceCollection services, string? searchLimit = null)
    {
        // Named as an application part so any host finds the pages, not only a Web SDK one that discovers them.
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizePage("/DocumentEdit", EditorPages.Policy);
                o.Conventions.AuthorizePage("/ArticleEdit", EditorPages.Policy);
                if (searchLimit is null) return;
                foreach (var page in TooManySearches.Pages)
                {
                    o.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(searchLimit)));
                }
            })
            .AddApplicationPart(typeof(ArchiveWebExtensions).Assembly)
            .AddMvcOptions(o => o.Filters.Add(new AntiforgeryFailureNotice()))
            .AddCookieTempDataProvider(o =>
            {
                o.Cookie.Name = EditorNotice.Cookie;
                o.Cookie.SameSite = SameSiteMode.Strict;
            });
        services.AddSingleton<UiAssets>();
        services.AddOptions<ArchiveWebOptions>().BindConfiguration("Archive:Web");
        AddEditors(services);
        // Chinese text as itself, not as &#x...; entities: a third of the bytes, and readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // The URL is the state: a hand-pasted 5,000-character Chinese q is ~45 KB encoded, past Kestrel's 8 KB
        // request line, and would get a bare 414. Let it through so the search page can explain the 500 limit.
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestLineSize = Math.Max(o.Limits.MaxRequestLineSize, MaxUrlBytes));
        return services;
    }

    /// <summary>
    /// Editors sign in with a name and password from Archive:Editors into a cookie that only this site's pages send
    /// back (SameSite=Strict, HttpOnly), lasting Archive:Editing:SessionMinutes without activity. Sign-in attempts are
    /// limited per address (<see cref="SignInAttempts"/>).
    /// </summary>
    private static void AddEditors(IServiceCollection services)
    {
        services.AddOptions<EditingOptions>().BindConfiguration("Archive:Editing")
            .Validate(o => o is { SessionMinutes: > 0, SignInsPerMinute: > 0 }, "Archive:Editing: SessionMinutes and SignInsPerMinute must be positive.")
            .ValidateOnStart();
        services.AddSingleton<EditorAccounts>();
        services.AddAuthentication(EditorPages.Scheme).AddCookie(EditorPages.Scheme, o =>
        {
            o.Cookie.Name = "archive-editor";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = EditorPages.SignIn;
            o.AccessDeniedPath = EditorPages.SignIn;
            o.ReturnUrlParameter = "return";
            o.SlidingExpiration = true;
        });
        services.AddOptions<CookieAuthenticationOptions>(EditorPages.Scheme)
            .Configure<IOptions<EditingOptions>>((cookie, editing) => cookie.ExpireTimeSpan = TimeSpan.FromMinutes(editing.Value.SessionMinutes));
        services.AddAuthorizationBuilder().AddPolicy(EditorPages.Policy, policy => policy.AddAuthenticationSchemes(EditorPages.Scheme).RequireAuthenticatedUser());
        services.AddSingleton<SignInAttempts>();
    }

    /// <summary>Who is signed in, for the pages that follow; after routing, before the pages.</summary>
    public static WebApplication UseArchiveWeb(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
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
        // Searches live at the home page; /search?q=… is the address people guess (and other sites link) first.
        app.MapGet("/search", (HttpContext context) => Results.Redirect($"{context.Request.PathBase}/{context.Request.QueryString}", permanent: true))
            .ExcludeFromDescription();
        // Unknown UI addresses get the UI's own helpful 404; /api keeps its own (problem details) answers.
        app.MapFallbackToPage("{*path:regex(^(?!api/).*$)}", "/NotFound");
        return app;
    }
}
