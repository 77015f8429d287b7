using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Archive.Api.Configuration;
using Archive.Api.DropFolders;
using Archive.Api.Endpoints;
using Archive.Api.Errors;
using Archive.Api.OpenApi;
using Archive.Api.Security;
using Archive.Api.Uploads;
using Archive.Indexer;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Archive.Api.Hosting;

/// <summary>
/// How the host is put together: services (options, the archive, JSON, limits, CORS, rate limiting,
/// OpenAPI), the middleware pipeline in its order, and the endpoints under /api/v1.
/// Settings are read through options when first used, so tests and environment variables can change them.
/// </summary>
public static class ArchiveApiHosting
{
    public const string CorsPolicy = "api";

    /// <summary>Where the service listens when neither ASPNETCORE_URLS, --urls nor a Kestrel endpoint says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// The program's folder is the content root unless one is given (--contentRoot, ASPNETCORE_CONTENTROOT), so
    /// appsettings.json is read whatever folder the service is started from. Data stays relative to that folder.
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var given = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
                    || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null
                    || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is not null;
        return new WebApplicationOptions { Args = args, ContentRootPath = given ? null : AppContext.BaseDirectory };
    }

    public static WebApplicationBuilder AddArchiveApi(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["http_ports"]) && string.IsNullOrEmpty(configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        // The framework's request lines carry the whole URL, secrets in the query included: RequestLog writes
        // them instead, redacted.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        var services = builder.Services;
        services.AddOptions<ArchiveApiOptions>()
            .Bind(builder.Configuration.GetSection(ArchiveApiOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "Archive:DataDirectory must name a folder.")
            .Validate(o => o.Limits is { MaxRequestBytes: > 0, MaxUploadBytes: > 0, MaxFileBytes: > 0, MaxFilesPerUpload: > 0, MaxConcurrentUploads: > 0 },
                "Archive:Limits: MaxRequestBytes, MaxUploadBytes, MaxFileBytes, MaxFilesPerUpload and MaxConcurrentUploads must be positive.")
            .Validate(o => o.Limits is { MaxQueryLength: > 0, MaxExportHits: > 0, RequestHeadersTimeoutSeconds: > 0, MinRequestBodyBytesPerSecond: > 0 },
                "Archive:Limits: MaxQueryLength, MaxExportHits, RequestHeadersTimeoutSeconds and MinRequestBodyBytesPerSecond must be positive.")
            .Validate(o => o.RateLimit is { SearchesPerSecond: >= 0, Burst: >= 0 }, "Archive:RateLimit values cannot be negative.")
            .Validate(o => o.SearchCache is { Entries: >= 0, Megabytes: >= 0 }, "Archive:SearchCache values cannot be negative (0 turns the cache off).")
            .Validate(o => o.DropFolder is { QuietSeconds: > 0, PollSeconds: > 0 }, "Archive:DropFolder: QuietSeconds and PollSeconds must be positive.")
            .Validate(o => o.DropFolders.All(f => !string.IsNullOrWhiteSpace(f)), "Archive:DropFolders: a drop folder must name a folder.")
            .ValidateOnStart();

        services.AddSingleton<ArchiveHost>();
        services.AddHostedService(sp => sp.GetRequiredService<ArchiveHost>());
        // For Archive.Web: the open archive (resolving it waits while it opens).
        services.AddSingleton<ArchiveService>(sp => sp.GetRequiredService<ArchiveHost>().HandToContainer());
        services.AddSingleton<ApiKeyRing>();
        services.AddSingleton<UploadSpool>();
        services.AddSingleton<UploadPlaces>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<DropFolderWatcher>();

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            // Chinese stays readable; HTML-significant characters are still escaped.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            // Numbers are numbers (the API reads no JSON bodies), so the OpenAPI schemas say integer, not integer-or-string.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddProblemDetails();

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ArchiveApiOptions>>((kestrel, archive) =>
        {
            var limits = archive.Value.Limits;
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.RequestHeadersTimeoutSeconds);
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(limits.MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(10));
        });

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ArchiveApiOptions>>((cors, archive) =>
            cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(archive.Value.Cors.AllowedOrigins)
                .WithMethods("GET", "POST", "PATCH", "DELETE")
                .WithHeaders(RequiresApiKey.HeaderName, "Authorization", "Content-Type", "If-Match")
                .WithExposedHeaders("Retry-After", "X-Total-Count", "Content-Disposition", "ETag", "Location")));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
                var http = context.HttpContext;
                return new ValueTask(http.Request.Path.StartsWithSegments("/api")
                    ? ApiProblems.TooManyRequests(retry).ExecuteAsync(http)
                    : Archive.Web.Browse.TooManySearches.WriteAsync(http, retry));
            };
            o.AddPolicy(SearchEndpoints.RateLimitPolicy, SearchLimiter);
        });

        services.AddOpenApi(ArchiveOpenApi.Configure);
        // Editors' sign-in cookies and the pages' antiforgery tokens are sealed with keys kept in the data folder, so
        // a restart signs nobody out and leaves no open form invalid.
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<ArchiveApiOptions>, ILoggerFactory>((keys, archive, loggers) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(Path.GetFullPath(archive.Value.DataDirectory), "keys")), loggers));
        return builder;
    }

    public static WebApplication UseArchiveApi(this WebApplication app)
    {
        app.UseMiddleware<RequestLog>();
        app.UseExceptionHandler();
        app.UseStatusCodePages(context => StatusProblem(context.HttpContext));
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<MethodGate>();
        app.UseRouting();
        app.UseCors();
        app.UseMiddleware<ApiKeyGate>();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapArchiveApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireCors(CorsPolicy);
        SearchEndpoints.Map(api);
        FeedEndpoints.Map(api);
        ArticleEndpoints.Map(api);
        DocumentEndpoints.Map(api);
        CorrectionEndpoints.Map(api);
        SeriesEndpoints.Map(api);
        ExportEndpoints.Map(api);
        HealthEndpoints.Map(api);
        ApiFallback.Map(api);

        app.MapOpenApi();
        app.MapScalarApiReference("/api/docs", o => o
            .WithTitle("Archive API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .WithNonce()
            .DisableDefaultFonts()
            .DisableTelemetry()
            .AddPreferredSecuritySchemes(RequiresApiKey.SecuritySchemeName));
        return app;
    }

    /// <summary>Searches per client IP: a token bucket, so short bursts pass and sustained floods get 429.</summary>
    private static RateLimitPartition<string> SearchLimiter(HttpContext context)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<ArchiveApiOptions>>().Value.RateLimit;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limit.SearchesPerSecond <= 0)
        {
            return RateLimitPartition.GetNoLimiter(client);
        }
        return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limit.Burst),
            TokensPerPeriod = limit.SearchesPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>Answers with a problem when nothing else wrote a body: unknown routes, wrong methods or content types.</summary>
    private static Task StatusProblem(HttpContext context)
    {
        // A browser asking for a page gets the web UI's own answer, not JSON.
        if (!context.Request.Path.StartsWithSegments("/api") && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }
        var problem = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ApiProblems.RouteNotFound(),
            StatusCodes.Status405MethodNotAllowed => ApiProblems.MethodNotAllowed(),
            StatusCodes.Status415UnsupportedMediaType => ApiProblems.UnsupportedMediaType(context.Request.ContentType),
            StatusCodes.Status413PayloadTooLarge => ApiProblems.RequestTooLarge(context.RequestServices.GetRequiredService<IOptions<ArchiveApiOptions>>().Value.Limits.MaxRequestBytes),
            _ => null,
        };
        return problem?.ExecuteAsync(context) ?? Task.CompletedTask;
    }
}
