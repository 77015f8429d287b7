using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Indexer.Parsing;

/// <summary>Parsed documents as JSON: `archive parse --json`, the parse evaluation and the tests read and write this shape.</summary>
internal static class ParsedDocumentJson
{
    /// <summary>The JSON shape of expected.json: snake_case names, kinds as snake_case strings, dates as yyyy-MM-dd.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };
}
