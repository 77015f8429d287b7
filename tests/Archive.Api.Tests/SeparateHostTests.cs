using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Archive.Api.Configuration;
using Archive.Api.Uploads;
using Microsoft.Extensions.Options;

namespace Archive.Api.Tests;

/// <summary>Hosts configured differently from the shared one: no keys, a low search limit, a real Kestrel server.</summary>
public sealed class SeparateHostTests
{
    private static MultipartFormDataContent OneFile()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("通知\n\n内容。")), "files", "a.txt");
        return form;
    }

    [Fact]
    public async Task Without_configured_keys_writing_is_closed_and_the_answer_says_how_to_open_it()
    {
        // A key that is too short is ignored, so this host has no usable key at all.
        using var host = new ArchiveApiFactory(new Dictionary<string, string?> { ["Archive:SeedSamples"] = "false", ["Archive:ApiKeys:weak"] = "short" });
        var client = host.CreateClient();

        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = OneFile() };
        post.Headers.Add("X-Api-Key", "short");
        using var upload = await client.SendAsync(post);
        var problem = await upload.AssertProblem(HttpStatusCode.Forbidden, "api_keys_not_configured");
        Assert.Contains("ARCHIVE__APIKEYS__", problem.Str("message_en"));

        using var delete = await client.DeleteAsync("/api/v1/documents/0000000000000000");
        await delete.AssertProblem(HttpStatusCode.Forbidden, "api_keys_not_configured");

        var empty = await client.OkJson("/api/v1/search");
        Assert.Equal(0, empty.GetProperty("total").GetInt64());
    }

    /// <summary>A host allowing a burst of two searches, then one a second.</summary>
    private static ArchiveApiFactory LimitedHost() => new(new Dictionary<string, string?>
    {
        ["Archive:SeedSamples"] = "false",
        ["Archive:RateLimit:SearchesPerSecond"] = "1",
        ["Archive:RateLimit:Burst"] = "2",
    });

    [Fact]
    public async Task Searching_faster_than_the_limit_gets_429_with_retry_after()
    {
        using var host = LimitedHost();
        var client = host.CreateClient();
        await client.OkJson("/api/v1/health/live");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await client.GetAsync("/api/v1/search?q=党建"));
        }

        var limited = answers.First(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        var problem = await limited.AssertProblem(HttpStatusCode.TooManyRequests, "too_many_requests");
        Assert.True(problem.GetProperty("retry_after_seconds").GetInt32() >= 1);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, answers[0].StatusCode);
        // Health and documents are not searches: never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/health/live")).StatusCode);
        answers.ForEach(a => a.Dispose());
    }

    [Theory]
    [InlineData("/?q=党建")]
    [InlineData("/articles/0000000000000000-1")]
    public async Task Search_and_article_pages_count_against_the_same_limit_and_answer_a_page_in_chinese(string page)
    {
        using var host = LimitedHost();
        var client = host.CreateClient();
        await client.OkJson("/api/v1/health/live");
        async Task<HttpResponseMessage> Get(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("text/html");
            return await client.SendAsync(request);
        }

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await Get($"{page}{i}"));
        }

        var limited = answers.First(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("text/html", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("检索过于频繁", await limited.Content.ReadAsStringAsync());
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, answers[0].StatusCode);
        // The API's searches share the client's budget; the stylesheet, help and health are no searches.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/v1/search?q=党建")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get("/help")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ui/site.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/health/live")).StatusCode);
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_opened_gives_503_problems_not_500s()
    {
        using var host = new ArchiveApiFactory(new Dictionary<string, string?>());
        await File.WriteAllTextAsync(host.DataDirectory, "a file where the data folder should be");
        var client = host.CreateClient();

        var problem = await client.GetProblem("/api/v1/search?q=党建", HttpStatusCode.ServiceUnavailable, "archive_unavailable");
        Assert.DoesNotContain("IOException", problem.GetRawText());
        using var ready = await client.GetAsync("/api/v1/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("\"failed\"", await ready.Content.ReadAsStringAsync());
        await client.OkJson("/api/v1/health/live");
        Assert.Equal("a file where the data folder should be", await File.ReadAllTextAsync(host.DataDirectory));
    }

    [Fact]
    public void A_nonsense_limit_stops_the_service_at_start_naming_the_setting()
    {
        using var host = new ArchiveApiFactory(new Dictionary<string, string?> { ["Archive:Limits:MaxFileBytes"] = "-1" });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Archive:Limits", error.Message);
        Assert.False(Directory.Exists(host.DataDirectory), "nothing is created before the settings are sound");
    }

    [Fact]
    public async Task A_real_server_cuts_off_a_client_that_never_finishes_its_headers()
    {
        using var host = new ArchiveApiFactory(new Dictionary<string, string?>
        {
            ["Archive:SeedSamples"] = "false",
            ["Archive:Limits:RequestHeadersTimeoutSeconds"] = "1",
            ["Archive:Limits:MaxRequestBytes"] = "65536",
            ["Archive:ApiKeys:tests"] = ArchiveApiFactory.TestKey,
        });
        host.UseKestrel(0);
        host.StartServer();
        var client = host.CreateClient();
        var address = client.BaseAddress!;

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /api/v1/health/live HTTP/1.1\r\nHost: localhost\r\n"));
        var buffer = new byte[4096];
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string answer;
        try
        {
            var read = await stream.ReadAsync(buffer, patience.Token);
            answer = read == 0 ? "closed" : Encoding.ASCII.GetString(buffer, 0, read);
        }
        catch (IOException)
        {
            answer = "reset";
        }

        Assert.True(answer is "closed" or "reset" || answer.StartsWith("HTTP/1.1 408"), $"expected the connection cut or 408, got: {answer}");

        // The same server refuses a body over the request limit before reading it.
        var big = new ByteArrayContent(new byte[128 * 1024]);
        big.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = big };
        request.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
        using var upload = await client.SendAsync(request);
        await upload.AssertProblem(HttpStatusCode.RequestEntityTooLarge, "request_too_large");

        // ... and one sent in chunks (no Content-Length) as soon as it passes the limit.
        var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[128 * 1024]), "files", "big.txt" } };
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = form };
        chunked.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
        chunked.Headers.TransferEncodingChunked = true;
        HttpResponseMessage streamed;
        try
        {
            streamed = await client.SendAsync(chunked);
        }
        catch (HttpRequestException)
        {
            // The server may close the connection while the client is still sending: refused all the same.
            return;
        }
        using (streamed)
        {
            await streamed.AssertProblem(HttpStatusCode.RequestEntityTooLarge, "request_too_large");
        }
    }

    [Fact]
    public async Task Uploads_whose_bodies_are_still_coming_hold_no_upload_place()
    {
        using var host = new ArchiveApiFactory(new Dictionary<string, string?>
        {
            ["Archive:SeedSamples"] = "false",
            ["Archive:Limits:MaxConcurrentUploads"] = "1",
            ["Archive:ApiKeys:tests"] = ArchiveApiFactory.TestKey,
        });
        host.UseKestrel(0);
        host.StartServer();
        var client = host.CreateClient();
        var address = client.BaseAddress!;
        // While the archive opens an upload is answered 503 at once, without taking its body: wait until it is open.
        for (var attempt = 0; attempt < 600 && (await client.GetAsync("/api/v1/health/ready")).StatusCode != HttpStatusCode.OK; attempt++)
            await Task.Delay(100);

        // Clients sending their bodies as slowly as the server lets them (hostile18: four at 300 B/s held every place).
        var slow = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                var tcp = new TcpClient();
                slow.Add(tcp);
                await tcp.ConnectAsync(address.Host, address.Port);
                await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(
                    "POST /api/v1/documents HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=xyz\r\n" +
                    $"X-Api-Key: {ArchiveApiFactory.TestKey}\r\nContent-Length: 100000\r\n\r\n--xyz\r\n"));
            }
            // Once the server has let them through its key gate (a bound, not a timing), the one place is free for an upload that has arrived.
            for (var attempt = 0; attempt < 600 && host.Logs.Lines.Count(l => l.Contains("POST /api/v1/documents by API key", StringComparison.Ordinal)) < slow.Count; attempt++)
                await Task.Delay(50);
            for (var attempt = 0; attempt < 5; attempt++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = OneFile() };
                request.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
                using var answer = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            }
            Assert.All(slow, tcp => Assert.Equal(0, tcp.Available));
        }
        finally
        {
            slow.ForEach(tcp => tcp.Dispose());
        }
    }

    [Fact]
    public async Task An_upload_that_has_arrived_waits_for_a_place_as_long_as_no_other_waits_and_is_refused_beyond()
    {
        using var places = new UploadPlaces(Options.Create(new ArchiveApiOptions { Limits = { MaxConcurrentUploads = 1 } }));
        var first = await places.TakeAsync(CancellationToken.None);
        Assert.NotNull(first);
        var waiting = places.TakeAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        Assert.Null(await places.TakeAsync(CancellationToken.None));
        first.Dispose();
        using var second = await waiting;
        Assert.NotNull(second);
    }
}
