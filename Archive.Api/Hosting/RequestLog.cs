using System.Diagnostics;
using Archive.Api.Configuration;
using Archive.Api.Security;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// One log line per request (method, path, query, status, time) with the value of every secret parameter
/// replaced: the API key names and whatever Archive:Logging:SecretParameters adds. Headers are never logged.
/// </summary>
public sealed class RequestLog(RequestDelegate next, ILogger<RequestLog> logger, IOptions<ArchiveApiOptions> options)
{
    public const string Redacted = "***";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("{Method} {Path}{Query} -> {Status} in {Elapsed:0.0} ms", context.Request.Method,
                    context.Request.Path.Value, Redact(context.Request.QueryString), context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    private string Redact(QueryString query)
    {
        if (!query.HasValue) return "";
        var secrets = options.Value.Logging.SecretParameters;
        var parts = query.Value!.TrimStart('?').Split('&').Select(part =>
        {
            var equals = part.IndexOf('=');
            var name = Uri.UnescapeDataString((equals < 0 ? part : part[..equals]).Replace('+', ' '));
            var secret = ApiKeyGate.KeyParameters.Contains(name, StringComparer.OrdinalIgnoreCase)
                         || secrets.Contains(name, StringComparer.OrdinalIgnoreCase);
            return secret && equals >= 0 ? part[..(equals + 1)] + Redacted : part;
        });
        return "?" + string.Join('&', parts);
    }
}
