using System.Text.Json.Nodes;
using Archive.Api.Configuration;
using Archive.Api.Errors;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
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

    /// <summary>
    /// The whole numbers a query parameter takes, as minimum and maximum in its schema (its description says what is
    /// done with one outside): a client built from the document knows the limits without reading the prose.
    /// </summary>
    /// <param name="maximum">From the service's limits as configured (an export's limit), or a constant.</param>
    public static RouteHandlerBuilder WithParameterRange(this RouteHandlerBuilder builder, string name, int minimum, Func<RequestLimits, int> maximum) =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            var limits = context.ApplicationServices.GetRequiredService<IOptions<ArchiveApiOptions>>().Value.Limits;
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.Name == name))
            {
                parameter.Schema = Range(parameter.Schema?.Format, minimum, maximum(limits));
            }
            return Task.CompletedTask;
        });

    /// <summary>The values a text query parameter takes, as its schema's enum (an export's format: csv, json).</summary>
    public static RouteHandlerBuilder WithParameterChoices(this RouteHandlerBuilder builder, string name, IReadOnlyList<string> choices) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.Name == name))
            {
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. choices.Select(c => (JsonNode)JsonValue.Create(c))] };
            }
            return Task.CompletedTask;
        });

    public static OpenApiSchema Range(string? format, int minimum, int maximum) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = format,
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

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

    /// <summary>Documents a JSON object body: its fields (the endpoint reads the JSON itself, so no type says them) and an example.</summary>
    public static RouteHandlerBuilder WithJsonBody(this RouteHandlerBuilder builder, OpenApiSchema schema, string example) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = schema, Example = JsonNode.Parse(example) },
                },
            };
            return Task.CompletedTask;
        });

    /// <summary>A request header the operation reads (If-Match on a correction, If-None-Match on the feed).</summary>
    public static RouteHandlerBuilder WithRequestHeader(this RouteHandlerBuilder builder, string name, string description, bool required = false) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name, In = ParameterLocation.Header, Required = required, Description = description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            return Task.CompletedTask;
        });

    /// <summary>A header the answers of these statuses carry (ETag, X-Total-Count, Location).</summary>
    public static RouteHandlerBuilder WithResponseHeader(this RouteHandlerBuilder builder, string name, string description, params int[] statuses) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var status in statuses)
            {
                AddHeader(Response(operation, status), name, description);
            }
            return Task.CompletedTask;
        });

    /// <summary>
    /// A body no .NET type describes (an Atom feed, CSV, an original file's bytes), listed before any other media type
    /// of the answer: the first is what the endpoint sends by default. <c>.Produces(status, contentType: …)</c> without a
    /// type leaves the content out, and a second .Produces for the same status replaces the first.
    /// </summary>
    public static RouteHandlerBuilder ProducesBody(this RouteHandlerBuilder builder, int status, string description, string mediaType, bool binary = false) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var response = Response(operation, status);
            response.Description = description;
            var body = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = binary ? "binary" : null } };
            response.Content = new Dictionary<string, OpenApiMediaType> { [mediaType] = body }
                .Concat((response.Content ?? new Dictionary<string, OpenApiMediaType>()).Where(c => c.Key != mediaType))
                .ToDictionary();
            return Task.CompletedTask;
        });

    public static void AddHeader(OpenApiResponse response, string name, string description)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
    }

    /// <summary>The operation's answer of this status, made when no .Produces declared it.</summary>
    private static OpenApiResponse Response(OpenApiOperation operation, int status)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.TryGetValue(key, out var found) && found is OpenApiResponse response)
        {
            return response;
        }
        response = new OpenApiResponse { Description = ReasonPhrases.GetReasonPhrase(status) };
        operation.Responses[key] = response;
        return response;
    }

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
