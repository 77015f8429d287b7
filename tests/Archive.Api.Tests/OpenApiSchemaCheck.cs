using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>
/// Checks a JSON answer against a schema of the OpenAPI document, as a client generated from it would read it: every
/// required member present, no member the schema does not name, each value of a type the schema allows (null only
/// where it says so), enums and dates as declared. Returns what does not match, by JSON path.
/// </summary>
public sealed class OpenApiSchemaCheck(JsonElement document)
{
    private readonly JsonElement schemas = document.GetProperty("components").GetProperty("schemas");

    public List<string> Mismatches(JsonElement value, JsonElement schema)
    {
        var found = new List<string>();
        Check(value, schema, "$", found);
        return found;
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<string> found)
    {
        schema = Resolve(schema);
        var kind = KindOf(value);
        var allowed = schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!]
            : null;
        if (allowed is not null && !allowed.Contains(kind) && !(kind == "integer" && allowed.Contains("number")))
        {
            found.Add($"{path}: {kind} where the document allows {string.Join("|", allowed)}");
            return;
        }
        if (schema.TryGetProperty("enum", out var members) && !members.EnumerateArray().Any(m => m.ToString() == value.ToString()))
        {
            found.Add($"{path}: '{value}' is not one of the enum's values");
        }
        if (kind == "string" && schema.TryGetProperty("format", out var format) && format.GetString() == "date" && !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out _))
        {
            found.Add($"{path}: '{value}' is not a date");
        }
        if (kind == "object")
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            foreach (var required in schema.TryGetProperty("required", out var r) ? r.EnumerateArray() : default)
            {
                if (!value.TryGetProperty(required.GetString()!, out _)) found.Add($"{path}: required member '{required}' is missing");
            }
            foreach (var member in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var memberSchema)) Check(member.Value, memberSchema, $"{path}.{member.Name}", found);
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object) Check(member.Value, additional, $"{path}.{member.Name}", found);
                else if (properties.ValueKind == JsonValueKind.Object) found.Add($"{path}: member '{member.Name}' is not in the document");
            }
        }
        if (kind == "array" && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray()) Check(item, items, $"{path}[{i++}]", found);
        }
    }

    private JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? Resolve(schemas.GetProperty(reference.GetString()!.Split('/')[^1])) : schema;

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.String => "string",
        JsonValueKind.Array => "array",
        _ => "object",
    };
}
