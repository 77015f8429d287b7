using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>
/// Real answers of every reading endpoint, and the problems clients meet most, against /openapi/v1.json: the status
/// and media type are documented for the operation, and the body matches the documented schema (member names, types,
/// nullability, enums). A client generated from the document reads what the service sends.
/// </summary>
[Collection(SeededArchiveCollection.Name)]
public sealed class ResponsesMatchOpenApiTests(SeededArchive archive)
{
    private readonly HttpClient client = archive.CreateClient();

    [Fact]
    public async Task Every_answer_is_as_the_openapi_document_describes_it()
    {
        var document = await client.OkJson("/openapi/v1.json");
        var check = new OpenApiSchemaCheck(document);
        var hit = (await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString("疫情防控"))).Items("hits").First();
        var (article, documentId) = (hit.Str("id"), hit.Str("document_id"));
        var requests = new (string Method, string Url, string Template, string? Body)[]
        {
            ("GET", "/api/v1/search?q=" + Uri.EscapeDataString("疫情防控 干部") + "&size=3", "/api/v1/search", null),
            ("GET", "/api/v1/search?q=" + Uri.EscapeDataString("考察识别 火星移民") + "&secton=x&size=0", "/api/v1/search", null),
            ("GET", "/api/v1/search?page=abc", "/api/v1/search", null),
            ("GET", "/api/v1/facets?region=" + Uri.EscapeDataString("安徽省"), "/api/v1/facets", null),
            ("GET", $"/api/v1/articles/{article}", "/api/v1/articles/{id}", null),
            ("GET", "/api/v1/articles/0000000000000000-1", "/api/v1/articles/{id}", null),
            ("GET", "/api/v1/articles/a.b", "/api/v1/articles/{id}", null),
            ("GET", $"/api/v1/articles/{article}/similar?other_regions=true", "/api/v1/articles/{id}/similar", null),
            ("GET", $"/api/v1/documents/{documentId}", "/api/v1/documents/{id}", null),
            ("GET", $"/api/v1/documents/{documentId}/corrections", "/api/v1/documents/{id}/corrections", null),
            ("GET", "/api/v1/series", "/api/v1/series", null),
            ("GET", "/api/v1/export?format=json&q=" + Uri.EscapeDataString("疫情"), "/api/v1/export", null),
            ("GET", "/api/v1/export?limit=0", "/api/v1/export", null),
            ("GET", "/api/v1/search.atom?size=0", "/api/v1/search.atom", null),
            ("GET", "/api/v1/health", "/api/v1/health", null),
            ("GET", "/api/v1/health/live", "/api/v1/health/live", null),
            ("GET", "/api/v1/health/ready", "/api/v1/health/ready", null),
            ("DELETE", $"/api/v1/documents/{documentId}", "/api/v1/documents/{id}", null),
            ("PATCH", $"/api/v1/articles/{article}", "/api/v1/articles/{id}", """{"title":"x"}"""),
            ("PATCH", $"/api/v1/articles/{article}", "/api/v1/articles/{id}", """{"date":"x"}"""),
        };
        var mismatches = new List<string>();
        foreach (var (method, url, template, body) in requests)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                request.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
                if (body.Contains("date")) request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
            }
            using var response = await client.SendAsync(request);
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var operation = document.GetProperty("paths").GetProperty(template).GetProperty(method.ToLowerInvariant());
            if (!operation.GetProperty("responses").TryGetProperty(status, out var documented))
            {
                mismatches.Add($"{method} {url}: {status} is not a documented answer");
                continue;
            }
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            if (!documented.TryGetProperty("content", out var content) || !content.TryGetProperty(mediaType, out var media))
            {
                mismatches.Add($"{method} {url}: {status} {mediaType} is not a documented media type");
                continue;
            }
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            mismatches.AddRange(check.Mismatches(json, media.GetProperty("schema")).Select(m => $"{method} {url} ({status}): {m}"));
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
