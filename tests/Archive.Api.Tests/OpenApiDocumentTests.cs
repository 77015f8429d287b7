using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

[Collection(SeededArchiveCollection.Name)]
public sealed class OpenApiDocumentTests(SeededArchive archive)
{
    private readonly HttpClient client = archive.CreateClient();

    /// <summary>Every /api/v1 endpoint the host maps, as (METHOD, /path).</summary>
    private IEnumerable<(string Method, string Path)> MappedEndpoints() =>
        archive.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))));

    [Fact]
    public async Task Every_api_endpoint_is_in_the_document_with_a_summary()
    {
        var document = await client.OkJson("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        var mapped = MappedEndpoints().ToList();

        Assert.True(mapped.Count >= 12, $"only {mapped.Count} endpoints found");
        foreach (var (method, path) in mapped)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing from /openapi/v1.json");
            Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} {path} is missing from /openapi/v1.json");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
        }
    }

    [Fact]
    public async Task Parameters_have_descriptions_and_the_search_ones_examples()
    {
        var document = await client.OkJson("/openapi/v1.json");

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (!operation.Value.TryGetProperty("parameters", out var parameters))
                {
                    continue;
                }
                foreach (var parameter in parameters.EnumerateArray())
                {
                    Assert.True(parameter.TryGetProperty("description", out _), $"{operation.Name} {path.Name}: parameter {parameter.Str("name")} has no description");
                }
            }
        }
        var search = document.GetProperty("paths").GetProperty("/api/v1/search").GetProperty("get");
        var names = search.Items("parameters").Select(p => p.Str("name")).ToHashSet();
        Assert.Superset(new HashSet<string> { "q", "section", "dept", "region", "year", "kind", "series", "keyword", "sort", "page", "size" }, names);
        Assert.Equal(JsonValueKind.String, search.Items("parameters").First(p => p.Str("name") == "q").GetProperty("example").ValueKind);
    }

    [Fact]
    public async Task Writing_operations_declare_the_api_key()
    {
        var document = await client.OkJson("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        Assert.Equal("header", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").Str("in"));
        Assert.True(paths.GetProperty("/api/v1/documents").GetProperty("post").TryGetProperty("security", out _));
        Assert.True(paths.GetProperty("/api/v1/documents/{id}").GetProperty("delete").TryGetProperty("security", out _));
        Assert.False(paths.GetProperty("/api/v1/search").GetProperty("get").TryGetProperty("security", out _));
        var upload = paths.GetProperty("/api/v1/documents").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(upload.TryGetProperty("multipart/form-data", out _));
    }

    [Fact]
    public async Task A_reparse_names_its_retired_articles_as_an_object_of_ids()
    {
        var document = await client.OkJson("/openapi/v1.json");

        var retired = document.GetProperty("components").GetProperty("schemas").GetProperty("ReparseReport").GetProperty("properties").GetProperty("articles_retired");

        Assert.Equal("object", retired.Str("type"));
        Assert.Equal("string", retired.GetProperty("additionalProperties").Str("type"));
    }

    [Fact]
    public async Task Every_operation_behind_a_key_declares_it_and_corrections_describe_their_json_body()
    {
        var document = await client.OkJson("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        var keyed = archive.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Archive.Api.Security.RequiresApiKey>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .ToList();

        Assert.Contains(("PATCH", "/api/v1/articles/{id}"), keyed);
        foreach (var (method, path) in keyed)
        {
            Assert.True(paths.GetProperty(path).GetProperty(method.ToLowerInvariant()).TryGetProperty("security", out _), $"{method} {path} does not declare the key");
        }
        foreach (var (method, path) in new[] { ("patch", "/api/v1/documents/{id}"), ("patch", "/api/v1/articles/{id}"), ("post", "/api/v1/articles/{id}/split"), ("post", "/api/v1/articles/{id}/merge") })
        {
            var body = paths.GetProperty(path).GetProperty(method).GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
            Assert.Equal(JsonValueKind.Object, body.GetProperty("example").ValueKind);
        }
    }
}
