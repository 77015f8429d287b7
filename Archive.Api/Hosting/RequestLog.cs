using System.Diagnostics;
using Archive.Api.Configuration;
using Archive.Api.Errors;
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
    /// <summary>A logged path or query longer than this is cut: a megabyte of URL is one request, not one log line.</summary>
    public const int MaxLogged = 1_000;

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        // As the client sent it: a later stage may rewrite the method (HEAD is answered as GET).
        var method = context.Request.Method;
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("{Method} {Path}{Query} -> {Status} in {Elapsed:0.0} ms", method,
                    Printable(context.Request.Path.Value ?? ""), Printable(Redact(context.Request.QueryString)), context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    /// <summary>
    /// Control and format characters escaped (a decoded CR or LF would forge a log line, a bidi override turn it around
    /// on screen), length bounded.
    /// </summary>
    private static string Printable(string text)
    {
        var cut = text.Length > MaxLogged ? text[..MaxLogged] + "…" : text;
        return cut.Any(ApiProblems.IsHidden) ? string.Concat(cut.Select(c => ApiProblems.IsHidden(c) ? $"\\u{(int)c:x4}" : c.ToString())) : cut;
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
