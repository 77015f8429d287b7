using System.Text.Json;
using Archive.Api.Errors;
using Microsoft.Net.Http.Headers;

namespace Archive.Api.Corrections;

/// <summary>
/// The JSON object a correction, a split or a merge sends: at most 64 KB, application/json (or a +json type such as
/// application/merge-patch+json). Its optional "reason" is the editor's note for the audit log.
/// </summary>
public static class CorrectionBody
{
    public const int MaxBytes = 64 * 1024;
    public const string Reason = "reason";
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static async Task<(JsonElement Body, ApiProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !(type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
        {
            return (default, ApiProblems.UnsupportedMediaType(request.ContentType, "application/json"));
        }
        if (request.ContentLength > MaxBytes)
        {
            return (default, ApiProblems.RequestTooLarge(MaxBytes));
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return (default, ApiProblems.RequestTooLarge(MaxBytes));
            buffer.Write(chunk, 0, read);
        }
        try
        {
            // A BOM is how some editors and Windows tools start UTF-8; JSON forbids it but nothing is lost without it.
            var json = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            if (json.Span.StartsWith(Utf8Bom)) json = json[Utf8Bom.Length..];
            // A name given twice is two answers to one question: which the editor meant is not for the archive to guess.
            var body = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false }).RootElement.Clone();
            if (body.ValueKind != JsonValueKind.Object)
            {
                return (default, ApiProblems.InvalidJson($"expected an object such as {{\"title\": \"…\", \"reason\": \"…\"}}, got {body.ValueKind.ToString().ToLowerInvariant()}."));
            }
            return Readable(body) ? (body, null) : (default, ApiProblems.InvalidJson("a text holds a broken character: bytes that are not UTF-8 (send the body as UTF-8, not GBK), or an unpaired surrogate escape such as \\ud800."));
        }
        catch (JsonException e)
        {
            return (default, ApiProblems.InvalidJson(e.Message));
        }
    }

    /// <summary>
    /// Whether every name and text in the body is whole Unicode: JSON lets an escape name half a character, and the
    /// parser leaves the bytes of a text unchecked until it is read (a body saved in GBK).
    /// </summary>
    private static bool Readable(JsonElement element)
    {
        try
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => element.GetString() is not null,
                JsonValueKind.Object => element.EnumerateObject().All(member => member.Name.Length >= 0 && Readable(member.Value)),
                JsonValueKind.Array => element.EnumerateArray().All(Readable),
                _ => true,
            };
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The editor's reason, if given as text; a problem when it is something else.</summary>
    public static (string? Reason, ApiProblem? Problem) ReadReason(JsonElement body) =>
        !body.TryGetProperty(Reason, out var reason) || reason.ValueKind == JsonValueKind.Null ? (null, null)
        : reason.ValueKind == JsonValueKind.String ? (reason.GetString()!.Trim() is { Length: > 0 } text ? text : null, null)
        : (null, ApiProblems.InvalidJson("'reason' must be text."));

    /// <summary>Every member but the reason: the fields to correct, by name (each given once: a name twice is refused).</summary>
    public static Dictionary<string, JsonElement> Fields(JsonElement body)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var member in body.EnumerateObject().Where(m => m.Name != Reason)) fields[member.Name] = member.Value;
        return fields;
    }
}
