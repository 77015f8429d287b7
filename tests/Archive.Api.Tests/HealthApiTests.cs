using System.Net;

namespace Archive.Api.Tests;

[Collection(SeededArchiveCollection.Name)]
public sealed class HealthApiTests(SeededArchive archive)
{
    private readonly HttpClient client = archive.CreateClient();

    [Fact]
    public async Task Ready_once_the_samples_are_in_with_their_counts()
    {
        await client.OkJson("/api/v1/search");

        var health = await client.OkJson("/api/v1/health");
        var ready = await client.OkJson("/api/v1/health/ready");

        Assert.Equal("ready", health.Str("status"));
        Assert.True(health.GetProperty("ready").GetBoolean());
        Assert.True(health.GetProperty("documents").GetInt64() >= 5);
        Assert.True(health.GetProperty("articles").GetInt64() >= 17);
        Assert.True(ready.GetProperty("ready").GetBoolean());
    }

    [Fact]
    public async Task Live_answers_whatever_the_archive()
    {
        var live = await client.OkJson("/api/v1/health/live");

        Assert.True(live.GetProperty("live").GetBoolean());
    }

    [Fact]
    public async Task Reading_needs_no_key()
    {
        using var response = await client.GetAsync("/api/v1/series");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
