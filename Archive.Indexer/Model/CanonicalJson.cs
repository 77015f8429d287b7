using System.Text.Encodings.Web;
using System.Text.Json;

namespace Archive.Indexer.Model;

/// <summary>Field values as JSON, written one way (Chinese as itself), so two equal values have the same text.</summary>
internal static class CanonicalJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonElement Null { get; } = JsonDocument.Parse("null").RootElement.Clone();

    public static JsonElement Of<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public static string Text(JsonElement value) => JsonSerializer.Serialize(value, Options);

    public static bool Same(JsonElement a, JsonElement b) => Text(a) == Text(b);
}
