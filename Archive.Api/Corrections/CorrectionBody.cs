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
            var body = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth }).RootElement.Clone();
            if (body.ValueKind != JsonValueKind.Object)
            {
                return (default, ApiProblems.InvalidJson(
                    $"expected an object such as {{\"title\": \"…\", \"reason\": \"…\"}}, got {body.ValueKind.ToString().ToLowerInvariant()}.",
                    $"应为对象，例如 {{\"title\": \"…\", \"reason\": \"…\"}}，收到的是 {body.ValueKind.ToString().ToLowerInvariant()}。"));
            }
            return Unreadable(body) is { } problem ? (default, ApiProblems.InvalidJson(problem.En, problem.Zh)) : (body, null);
        }
        catch (JsonException e)
        {
            // Said in our words, with where: the parser's own (its configured depth, the literal it expected) are no help to an editor.
            return (default, ApiProblems.InvalidJson(
                $"it is not valid JSON at line {e.LineNumber + 1:N0}, byte {e.BytePositionInLine + 1:N0}: a value, comma, quote or bracket is " +
                $"missing or misplaced there, or values nest more than {MaxDepth} levels deep.",
                $"第 {e.LineNumber + 1:N0} 行第 {e.BytePositionInLine + 1:N0} 个字节处不是有效的 JSON：那里缺少或错放了值、逗号、引号或括号，或者嵌套超过 {MaxDepth} 层。"));
        }
    }

    /// <summary>Values inside values at most (the parser's default): a correction's are one or two deep (a list of names).</summary>
    private const int MaxDepth = 64;

    /// <summary>
    /// Why the body cannot be taken though it parses, or null: a name given twice (two answers to one question: which
    /// the editor meant is not for the archive to guess), or a text that is not whole Unicode (JSON lets an escape
    /// name half a character, and the parser leaves the bytes of a text unchecked until it is read: a body saved in GBK).
    /// </summary>
    private static (string En, string Zh)? Unreadable(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return null;
                case JsonValueKind.Object:
                    var names = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var member in element.EnumerateObject())
                    {
                        if (!names.Add(member.Name)) return ($"the name '{member.Name}' is given twice; send each field once.", $"名称“{member.Name}”出现了两次；每个字段只发送一次。");
                        if (Unreadable(member.Value) is { } problem) return problem;
                    }
                    return null;
                case JsonValueKind.Array:
                    return element.EnumerateArray().Select(Unreadable).FirstOrDefault(p => p is not null);
                default:
                    return null;
            }
        }
        catch (InvalidOperationException)
        {
            return ("a text holds a broken character: bytes that are not UTF-8 (send the body as UTF-8, not GBK), or an unpaired surrogate escape such as \\ud800.",
                "文字中有损坏的字符：不是 UTF-8 的字节（请以 UTF-8 而非 GBK 发送），或不成对的代理项转义，如 \\ud800。");
        }
    }

    /// <summary>The editor's reason, if given as text; a problem when it is something else.</summary>
    public static (string? Reason, ApiProblem? Problem) ReadReason(JsonElement body) =>
        !body.TryGetProperty(Reason, out var reason) || reason.ValueKind == JsonValueKind.Null ? (null, null)
        : reason.ValueKind == JsonValueKind.String ? (reason.GetString()!.Trim() is { Length: > 0 } text ? text : null, null)
        : (null, ApiProblems.InvalidJson("'reason' must be text.", "reason（理由）必须是文字。"));

    /// <summary>Every member but the reason: the fields to correct, by name (each given once: a name twice is refused).</summary>
    public static Dictionary<string, JsonElement> Fields(JsonElement body)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var member in body.EnumerateObject().Where(m => m.Name != Reason)) fields[member.Name] = member.Value;
        return fields;
    }
}
