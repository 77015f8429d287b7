using System.Text.Json;
using Archive.Indexer.Model;
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
    public async Task The_count_of_similar_articles_is_an_integer_with_an_integer_example()
    {
        var document = await client.OkJson("/openapi/v1.json");

        var count = document.GetProperty("paths").GetProperty("/api/v1/articles/{id}/similar").GetProperty("get")
            .Items("parameters").First(p => p.Str("name") == "count");

        Assert.Equal("integer", count.GetProperty("schema").Str("type"));
        Assert.Equal(JsonValueKind.Number, count.GetProperty("example").ValueKind);
    }

    [Theory]
    [InlineData("/api/v1/search", "page", 1, 1000)]
    [InlineData("/api/v1/search", "size", 1, 100)]
    [InlineData("/api/v1/search.atom", "size", 1, 100)]
    [InlineData("/api/v1/articles/{id}/similar", "count", 1, 50)]
    [InlineData("/api/v1/export", "limit", 1, 10000)]
    public async Task Numeric_parameters_declare_their_range_in_their_schema(string path, string name, int minimum, int maximum)
    {
        var document = await client.OkJson("/openapi/v1.json");

        var schema = document.GetProperty("paths").GetProperty(path).GetProperty("get").Items("parameters").First(p => p.Str("name") == name).GetProperty("schema");

        Assert.Equal(minimum, schema.GetProperty("minimum").GetInt32());
        Assert.Equal(maximum, schema.GetProperty("maximum").GetInt32());
    }

    [Fact]
    public async Task The_query_declares_its_length_and_the_export_its_formats()
    {
        var document = await client.OkJson("/openapi/v1.json");
        var export = document.GetProperty("paths").GetProperty("/api/v1/export").GetProperty("get").Items("parameters").ToList();

        Assert.Equal(500, export.First(p => p.Str("name") == "q").GetProperty("schema").GetProperty("maxLength").GetInt32());
        Assert.Equal(["csv", "json"], export.First(p => p.Str("name") == "format").GetProperty("schema").Items("enum").Select(v => v.GetString()));
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

    private static readonly (string Method, string Path)[] Corrections =
        [("patch", "/api/v1/documents/{id}"), ("patch", "/api/v1/articles/{id}"), ("post", "/api/v1/articles/{id}/split"), ("post", "/api/v1/articles/{id}/merge")];

    [Fact]
    public async Task Corrections_declare_the_if_match_they_require_and_the_fields_of_their_bodies()
    {
        var paths = (await client.OkJson("/openapi/v1.json")).GetProperty("paths");

        foreach (var (method, path) in Corrections)
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            var ifMatch = operation.Items("parameters").Single(p => p.Str("name") == "If-Match");
            Assert.Equal("header", ifMatch.Str("in"));
            Assert.True(ifMatch.GetProperty("required").GetBoolean(), $"{method} {path}: If-Match is not required, yet its absence is a 428");
            var body = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            Assert.True(body.GetProperty("properties").TryGetProperty("reason", out _), $"{method} {path}: the body's fields are not described");
            Assert.True(operation.GetProperty("responses").EnumerateObject().First(r => r.Name.StartsWith('2')).Value.GetProperty("headers").TryGetProperty("ETag", out _));
        }
        Schema(paths, "/api/v1/documents/{id}", "patch", out var document);
        Assert.Equal(CorrectableField.Document.Select(f => f.Name).Append("reason").Order(), document.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains("integer", document.GetProperty("properties").GetProperty("issue_number").Items("type").Select(t => t.GetString()));
        Schema(paths, "/api/v1/articles/{id}", "patch", out var article);
        Assert.Equal(CorrectableField.Article.Select(f => f.Name).Append("reason").Order(), article.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
        Schema(paths, "/api/v1/articles/{id}/split", "post", out var split);
        Assert.Equal("integer", split.GetProperty("properties").GetProperty("at_paragraph").Str("type"));
        Assert.Equal(["at_paragraph"], split.Items("required").Select(r => r.GetString()));
        Schema(paths, "/api/v1/articles/{id}/merge", "post", out var merge);
        Assert.Equal(["with"], merge.Items("required").Select(r => r.GetString()));
        Assert.True(paths.GetProperty("/api/v1/articles/{id}/split").GetProperty("post").GetProperty("responses").GetProperty("201").GetProperty("headers").TryGetProperty("Location", out _));

        static void Schema(JsonElement paths, string path, string method, out JsonElement schema) =>
            schema = paths.GetProperty(path).GetProperty(method).GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
    }

    [Fact]
    public async Task Answers_that_are_not_json_say_their_media_types_ranges_and_headers()
    {
        var paths = (await client.OkJson("/openapi/v1.json")).GetProperty("paths");
        JsonElement Responses(string path) => paths.GetProperty(path).GetProperty("get").GetProperty("responses");

        var export = Responses("/api/v1/export").GetProperty("200");
        Assert.Equal(["text/csv", "application/json"], export.GetProperty("content").EnumerateObject().Select(c => c.Name));
        Assert.True(export.GetProperty("headers").TryGetProperty("X-Total-Count", out _));
        var feed = paths.GetProperty("/api/v1/search.atom").GetProperty("get");
        Assert.True(feed.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/atom+xml", out _));
        Assert.True(feed.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
        Assert.Contains(feed.Items("parameters"), p => p.Str("name") == "If-None-Match" && p.Str("in") == "header");
        var file = Responses("/api/v1/documents/{id}/file");
        Assert.Equal("binary", file.GetProperty("200").GetProperty("content").GetProperty("application/octet-stream").GetProperty("schema").Str("format"));
        Assert.True(file.TryGetProperty("206", out _), "ranges are answered with 206");
        Assert.True(file.TryGetProperty("416", out _), "a range past the end is 416");
        Assert.True(Responses("/api/v1/articles/{id}").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
        Assert.True(Responses("/api/v1/documents/{id}").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
        foreach (var response in paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).SelectMany(o => o.Value.GetProperty("responses").EnumerateObject()).Where(r => r.Name is "429" or "503"))
        {
            Assert.True(response.Value.TryGetProperty("headers", out var headers) && headers.TryGetProperty("Retry-After", out _), $"a {response.Name} without Retry-After");
        }
    }

    [Fact]
    public async Task A_key_may_come_as_a_bearer_token_as_the_api_accepts_it()
    {
        var document = await client.OkJson("/openapi/v1.json");

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").Str("scheme"));
        var upload = document.GetProperty("paths").GetProperty("/api/v1/documents").GetProperty("post");
        Assert.Contains(upload.Items("security"), r => r.TryGetProperty("Bearer", out _));
        Assert.Contains(upload.Items("security"), r => r.TryGetProperty("ApiKey", out _));
    }
}
