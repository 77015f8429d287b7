using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { MetadataFirst } },
    };

    /// <summary>The document's metadata (kind, series, 期号 ...) first, as expected.json lists it, then what the parse adds.</summary>
    private static void MetadataFirst(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if ((property.AttributeProvider as System.Reflection.MemberInfo)?.DeclaringType == typeof(DocumentMetadata)) property.Order = -1;
        }
    }
}
