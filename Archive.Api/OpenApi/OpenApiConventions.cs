using System.Text.Json.Nodes;
using Archive.Api.Errors;
using Microsoft.OpenApi;

namespace Archive.Api.OpenApi;

/// <summary>Endpoint conventions that document an operation: the problems it may answer with and example values.</summary>
public static class OpenApiConventions
{
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder.Produces<ApiProblem>(status, "application/problem+json");
        }
        return builder;
    }

    /// <summary>Example values for query or path parameters, by name.</summary>
    public static RouteHandlerBuilder WithParameterExamples(this RouteHandlerBuilder builder, params (string Name, string Value)[] examples) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                foreach (var (name, value) in examples)
                {
                    if (parameter.Name == name)
                    {
                        parameter.Example = Example(parameter.Schema, value);
                    }
                }
            }
            return Task.CompletedTask;
        });

    /// <summary>The example as its schema types it: a list for a repeatable parameter, a number, a boolean.</summary>
    private static JsonNode? Example(IOpenApiSchema? schema, string value)
    {
        var type = schema?.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.Array))
        {
            return new JsonArray(Example(schema!.Items, value));
        }
        if (type.HasFlag(JsonSchemaType.Integer) && long.TryParse(value, out var number))
        {
            return JsonValue.Create(number);
        }
        if (type.HasFlag(JsonSchemaType.Boolean) && bool.TryParse(value, out var flag))
        {
            return JsonValue.Create(flag);
        }
        return JsonValue.Create(value);
    }

    /// <summary>Documents a multipart/form-data body of files in one repeatable field.</summary>
    public static RouteHandlerBuilder WithMultipartFilesBody(this RouteHandlerBuilder builder, string field) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { field },
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                [field] = new OpenApiSchema
                                {
                                    Type = JsonSchemaType.Array,
                                    Description = "One or more files; any field name is accepted.",
                                    Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                                },
                            },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });

    /// <summary>Documents a JSON object body, with an example.</summary>
    public static RouteHandlerBuilder WithJsonBody(this RouteHandlerBuilder builder, string example) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object }, Example = JsonNode.Parse(example) },
                },
            };
            return Task.CompletedTask;
        });

    /// <summary>An example body for the 200 answer, as JSON text.</summary>
    public static RouteHandlerBuilder WithResponseExample(this RouteHandlerBuilder builder, string json) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var response) == true
                && response.Content?.TryGetValue("application/json", out var media) == true
                && media is OpenApiMediaType concrete)
            {
                concrete.Example = JsonNode.Parse(json);
            }
            return Task.CompletedTask;
        });
}
