using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>Reading answers as JSON (by their snake_case names, as a client would) and checking problems.</summary>
public static class ApiJson
{
    public static async Task<JsonElement> OkJson(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 7807 problem with this status and code, and the bilingual message; returns it.</summary>
    public static async Task<JsonElement> AssertProblem(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} {code}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal("urn:archive:problem:" + code, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("message_en").GetString()));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("message_zh").GetString());
        Assert.DoesNotContain("   at ", body);
        return problem;
    }

    public static async Task<JsonElement> GetProblem(this HttpClient client, string url, HttpStatusCode status, string code)
    {
        using var response = await client.GetAsync(url);
        return await response.AssertProblem(status, code);
    }

    public static IEnumerable<JsonElement> Items(this JsonElement element, string property) => element.GetProperty(property).EnumerateArray();

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
