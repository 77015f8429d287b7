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
    public async Task Health_tells_the_search_cache_hit_ratio()
    {
        // Kept when asked again, answered from the cache the third time.
        for (var i = 0; i < 3; i++) await client.OkJson("/api/v1/search?q=%E5%B9%B2%E9%83%A8&sort=oldest");

        var cache = (await client.OkJson("/api/v1/health")).GetProperty("search_cache");

        Assert.True(cache.GetProperty("enabled").GetBoolean());
        Assert.True(cache.GetProperty("hits").GetInt64() >= 1);
        Assert.True(cache.GetProperty("entries").GetInt32() >= 1);
        Assert.InRange(cache.GetProperty("hit_ratio").GetDouble(), 0.0001, 1);
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
