using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Archive.Api.Errors;

/// <summary>
/// An RFC 7807 problem: the standard members, plus a stable <c>code</c> clients can switch on and the
/// message in Chinese and English. <see cref="ApiProblems"/> holds every code the API answers with.
/// </summary>
public sealed record ApiProblem : IResult
{
    /// <summary>The longest path a problem names as its instance: the API's own are under 150 characters.</summary>
    private const int MaxEchoedPath = 300;

    /// <summary>urn:archive:problem:{code}</summary>
    public string Type => "urn:archive:problem:" + Code;
    /// <summary>Short English summary of the kind of problem; the same for every occurrence of a code.</summary>
    public required string Title { get; init; }
    public required int Status { get; init; }
    /// <summary>What went wrong this time and what to do, in English (same as message_en).</summary>
    public string Detail => MessageEn;
    public string? Instance { get; init; }
    /// <summary>Stable machine-readable code, e.g. invalid_parameter, api_key_missing.</summary>
    public required string Code { get; init; }
    public required string MessageZh { get; init; }
    public required string MessageEn { get; init; }
    public string? TraceId { get; init; }

    /// <summary>The allowed values, when a parameter had another.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Allowed { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Per-file outcomes, when an upload ingested nothing.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Contracts.UploadedFile>? Files { get; init; }

    /// <summary>Per field, why a correction's value cannot be taken.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Indexer.Model.FieldProblem>? Fields { get; init; }

    /// <summary>What other editors changed since the revision a correction was made against.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Contracts.CorrectionLine>? Changes { get; init; }

    /// <summary>The document's ETag now, to send as If-Match once the changes are seen.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CurrentEtag { get; init; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        response.ContentType = "application/problem+json; charset=utf-8";
        if (CurrentEtag is { } etag)
        {
            response.Headers.ETag = etag;
        }
        if (RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var stamped = this with
        {
            // The path as the client sent it is client input: echoed bounded and without control and format characters.
            Instance = Instance ?? ApiProblems.Echo(httpContext.Request.Path.Value ?? "", MaxEchoedPath),
            TraceId = TraceId ?? Activity.Current?.Id ?? httpContext.TraceIdentifier,
        };
        var json = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        await JsonSerializer.SerializeAsync(response.Body, stamped, json, httpContext.RequestAborted);
    }
}
