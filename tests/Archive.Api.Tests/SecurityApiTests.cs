using System.Net;

namespace Archive.Api.Tests;

[Collection(SeededArchiveCollection.Name)]
public sealed class SecurityApiTests(SeededArchive archive)
{
    private readonly HttpClient client = archive.CreateClient();

    [Theory]
    [InlineData("/api/v1/health/live")]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        using var response = await client.GetAsync(url);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }

    [Fact]
    public async Task An_allowed_origin_may_read_from_a_browser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/health/live");
        request.Headers.Add("Origin", SeededArchive.AllowedOrigin);

        using var response = await client.SendAsync(request);

        Assert.Equal(SeededArchive.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Another_origin_gets_no_cors_grant()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/health/live");
        request.Headers.Add("Origin", "https://evil.example.com");

        using var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_may_send_the_key_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/documents");
        request.Headers.Add("Origin", SeededArchive.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key");

        using var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"preflight answered {(int)response.StatusCode}");
        Assert.Equal(SeededArchive.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task The_api_reference_page_is_served_with_a_script_nonce()
    {
        using var response = await client.GetAsync("/api/docs/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", html);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9_-]+'", csp);
    }
}
