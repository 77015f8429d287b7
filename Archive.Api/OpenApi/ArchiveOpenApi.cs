using System.Numerics;
using Archive.Api.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.Api.OpenApi;

/// <summary>
/// The OpenAPI 3 document at /openapi/v1.json: the /api/v1 endpoints, what they are for, the API key
/// scheme, and which operations need it.
/// </summary>
public static class ArchiveOpenApi
{
    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
        // A count read as a whole number of any length (so that one too long is clamped, not refused) is an integer to
        // a client, not the runtime's BigInteger object.
        options.CreateSchemaReferenceId = type => IsWholeNumber(type.Type) ? null : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (IsWholeNumber(context.JsonTypeInfo.Type))
            {
                schema.Type = JsonSchemaType.Integer;
                schema.Properties = null;
            }
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Archive API",
                Version = "v1",
                Description =
                    "Full-text search over organization-work documents (组工信息, 通知, newspaper pages, web articles). " +
                    "Reading needs no key; uploading, deleting, correcting and re-parsing need an API key in the X-Api-Key header (or Authorization: Bearer). " +
                    "A correction names the version it was made against (If-Match with the ETag of a GET). " +
                    "Errors are RFC 7807 problem details with a stable `code` and `message_zh` / `message_en`.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[RequiresApiKey.SecuritySchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = RequiresApiKey.HeaderName,
                Description = "A key configured as Archive:ApiKeys:<name>. Never put it in the URL: such requests are refused.",
            };
            document.Components.SecuritySchemes[RequiresApiKey.BearerSchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The same key as Authorization: Bearer KEY, instead of X-Api-Key.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequiresApiKey>().Any())
            {
                // Either scheme: two requirements are alternatives.
                operation.Security =
                [
                    .. new[] { RequiresApiKey.SecuritySchemeName, RequiresApiKey.BearerSchemeName }.Select(scheme => new OpenApiSecurityRequirement
                    {
                        [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [],
                    }),
                ];
            }
            // Every 429 (rate limit) and 503 (archive still opening) says when to try again.
            foreach (var status in new[] { "429", "503" })
            {
                if (operation.Responses?.GetValueOrDefault(status) is OpenApiResponse response)
                {
                    OpenApiConventions.AddHeader(response, "Retry-After", "Seconds to wait before trying again.");
                }
            }
            return Task.CompletedTask;
        });
    }

    private static bool IsWholeNumber(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(BigInteger);
}
