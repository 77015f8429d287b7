using System.Text.Json.Nodes;
using Archive.Api.Corrections;
using Microsoft.OpenApi;

namespace Archive.Api.OpenApi;

/// <summary>
/// The JSON bodies of a correction, a split and a merge, field by field. The endpoints read the JSON themselves (a
/// field given as null clears it, an unknown one is refused), so these schemas say what they read; a correction's
/// fields are the engine's correctable ones (<see cref="CorrectableField"/>).
/// </summary>
public static class CorrectionSchemas
{
    public static OpenApiSchema Document { get; } = Object(CorrectableField.Document.Select(f => (f.Name, Value(f))), []);

    public static OpenApiSchema Article { get; } = Object(CorrectableField.Article.Select(f => (f.Name, Value(f))), []);

    public static OpenApiSchema Split { get; } = Object(
    [
        ("at_paragraph", new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "2", Description = "The paragraph the new article starts with (1-based, non-blank lines)." }),
        ("title", new OpenApiSchema { Type = JsonSchemaType.String, Description = "The new article's title." }),
    ], ["at_paragraph"]);

    public static OpenApiSchema Merge { get; } = Object(
        [("with", new OpenApiSchema { Type = JsonSchemaType.String, Description = "The id of the neighbouring article of the same document." })], ["with"]);

    /// <summary>A field's value as the API reads it; null clears every field but the title.</summary>
    private static OpenApiSchema Value(CorrectableField field)
    {
        var schema = field.Name switch
        {
            _ when field.IsKind => new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Enum = [.. SearchParameters.KindCodes.Select(c => (JsonNode)JsonValue.Create(c)), null!] },
            "issue_number" or "total_issue_number" or "page" => new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Minimum = "1" },
            "date" => new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date" },
            "title" => new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1 },
            "authors" => new OpenApiSchema
            {
                Type = JsonSchemaType.Array | JsonSchemaType.String | JsonSchemaType.Null,
                Items = new OpenApiSchema { Type = JsonSchemaType.String },
                Description = "a list of names, or names separated by 、",
            },
            _ => new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
        };
        schema.Description = schema.Description is null ? field.Label : $"{field.Label}: {schema.Description}";
        return schema;
    }

    private static OpenApiSchema Object(IEnumerable<(string Name, OpenApiSchema Schema)> fields, HashSet<string> required) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = fields
            .Append((Name: CorrectionBody.Reason, Schema: new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The editor's note for the audit log." }))
            .ToDictionary(f => f.Name, f => (IOpenApiSchema)f.Schema),
        Required = required,
        AdditionalPropertiesAllowed = false,
    };
}
