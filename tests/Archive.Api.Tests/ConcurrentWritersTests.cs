using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>
/// Many writers and readers at once through the HTTP API: the same file uploaded by several clients, uploads racing
/// the deletion of the same document, corrections racing re-parses, searches and exports all along. No answer is a
/// server error; afterwards no article is lost or doubled, and the totals of the search, of its pages, of the export
/// and of the store agree.
/// </summary>
public sealed class ConcurrentWritersTests : IDisposable
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Archive:ApiKeys:tests"] = ArchiveApiFactory.TestKey,
        ["Archive:SeedSamples"] = "false",
        ["Archive:RateLimit:SearchesPerSecond"] = "0",
    };

    private readonly ArchiveApiFactory host = new(Settings);
    private readonly HttpClient client;
    /// <summary>Every answer of 500 or more, with what was asked.</summary>
    private readonly ConcurrentBag<string> errors = [];

    public ConcurrentWritersTests() => client = host.CreateClient();

    public void Dispose() => host.Dispose();

    private static byte[] Notice(int n) => Encoding.UTF8.GetBytes(
        $"中共某某县委组织部文件\n某组通〔2024〕{n}号\n关于做好第{n}批干部教育培训工作的通知\n\n各乡镇党委：请认真组织第{n}批培训，标记并发{n}号。\n\n中共某某县委组织部\n2024年3月{n % 28 + 1}日");

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, HttpContent? content = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        var response = await client.SendAsync(request);
        if ((int)response.StatusCode >= 500)
            errors.Add($"{method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private Task<HttpResponseMessage> Upload(string name, byte[] content) =>
        Send(HttpMethod.Post, "/api/v1/documents", new MultipartFormDataContent { { new ByteArrayContent(content), "files", name } });

    private async Task<string> Upload(int n)
    {
        using var response = await Upload($"notice{n}.txt", Notice(n));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Items("files").Single().Str("document_id");
    }

    private async Task Read(string url)
    {
        using var response = await Send(HttpMethod.Get, url);
        await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Writers_and_readers_at_once_get_no_server_error_and_lose_or_double_no_article()
    {
        var kept = new List<string>();
        for (var n = 1; n <= 6; n++) kept.Add(await Upload(n));
        var raced = new List<string>();
        for (var n = 7; n <= 10; n++) raced.Add(await Upload(n));
        var reading = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 3).Select(r => Task.Run(async () =>
        {
            string[] urls = ["/api/v1/search?q=培训", "/api/v1/facets?q=通知", "/api/v1/export?format=csv&q=培训", "/api/v1/export?format=json", "/api/v1/search?q=并发&page=2&size=3", "/api/v1/series"];
            for (var i = 0; !reading.IsCancellationRequested; i++) await Read(urls[(i + r) % urls.Length]);
        })).ToList();
        var writers = new List<Task>();
        // The same new file from eight clients at once.
        writers.AddRange(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => (await Upload("same.txt", Notice(99))).Dispose())));
        foreach (var (id, n) in raced.Select((id, i) => (id, i + 7)))
        {
            // Its bytes uploaded again (read again with the parsers) while it is deleted.
            writers.Add(Task.Run(async () => (await Upload($"notice{n}.txt", Notice(n))).Dispose()));
            writers.Add(Task.Run(async () => (await Send(HttpMethod.Delete, $"/api/v1/documents/{id}")).Dispose()));
        }
        foreach (var id in kept.Take(3))
        {
            // Corrections of a document racing its re-parse.
            writers.AddRange(Enumerable.Range(0, 3).Select(i => Task.Run(async () =>
                (await Send(HttpMethod.Patch, $"/api/v1/articles/{id}-1", new StringContent(JsonSerializer.Serialize(new { title = $"更正标题第{i}次并发", reason = "并发" }), Encoding.UTF8, "application/json"), "*")).Dispose())));
            writers.AddRange(Enumerable.Range(0, 2).Select(_ => Task.Run(async () => (await Send(HttpMethod.Post, $"/api/v1/documents/{id}/reparse")).Dispose())));
        }
        await Task.WhenAll(writers);
        reading.Cancel();
        await Task.WhenAll(readers);

        Assert.Empty(errors);
        // The file sent eight times is one document.
        Assert.Equal(1, (await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString("\"标记并发99号\""))).GetProperty("total").GetInt64());
        // A deleted document answers 404; the others are active.
        var active = new HashSet<string>();
        foreach (var id in raced)
            if ((await client.GetAsync($"/api/v1/documents/{id}")).StatusCode == HttpStatusCode.OK) active.Add(id);
        Assert.Equal(kept.Count + 1 + active.Count, (await client.OkJson("/api/v1/health")).GetProperty("documents").GetInt64());
        // The search's total, its pages and the export count the same hits.
        var total = (await client.OkJson("/api/v1/search?size=3")).GetProperty("total").GetInt64();
        var paged = 0;
        for (var page = 1; page <= (total + 2) / 3; page++)
            paged += (await client.OkJson($"/api/v1/search?size=3&page={page}")).Items("hits").Count();
        Assert.Equal(total, paged);
        Assert.Equal(total, JsonDocument.Parse(await client.GetStringAsync("/api/v1/export?format=json")).RootElement.GetArrayLength());
        // Each raced document is either deleted or current, whole: its article found exactly when it is active.
        foreach (var (id, n) in raced.Select((id, i) => (id, i + 7)))
        {
            var found = (await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString($"\"标记并发{n}号\""))).GetProperty("total").GetInt64();
            Assert.True(active.Contains(id) ? found == 1 : found == 0, $"{id}: active {active.Contains(id)}, found {found}");
        }
    }
}
