using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archive.HostileInputs;

namespace Archive.Api.Tests;

/// <summary>
/// What a hostile client sends, over HTTP: hostile queries and parameters on every search endpoint and page,
/// odd ids and methods, hostile uploads. Never a 500, never a stack trace, and the host answers the next
/// request; after the uploads it still ingests, finds, deletes and, restarted, serves at once.
/// </summary>
[Collection(SeededArchiveCollection.Name)]
public sealed class AbuseApiTests(SeededArchive archive)
{
    private readonly HttpClient client = archive.CreateClient();

    private static readonly string[] SearchAddresses = ["/api/v1/search?q=", "/api/v1/facets?q=", "/api/v1/export?format=csv&q=", "/api/v1/search.atom?q=", "/?q="];

    /// <summary>Sends a request and checks the answer is no server error and carries no stack trace.</summary>
    private static async Task<HttpStatusCode> Answer(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        return response.StatusCode;
    }

    private Task<HttpStatusCode> Get(string url) => Answer(client, new HttpRequestMessage(HttpMethod.Get, url));

    [Theory]
    [InlineData("/")]
    [InlineData("//")]
    [InlineData(" / ")]
    [InlineData("\u3000/")]
    [InlineData("／")]
    public async Task A_region_filter_that_names_no_region_is_ignored_with_a_warning(string region)
    {
        var value = Uri.EscapeDataString(region);
        var search = await client.OkJson($"/api/v1/search?region={value}");
        Assert.Contains(search.Items("warnings"), w => w.GetString()!.Contains("不是地区"));
        await client.OkJson($"/api/v1/facets?region={value}&region=安徽省");
        Assert.Equal(HttpStatusCode.OK, await Get($"/?region={value}"));
        await client.OkJson("/api/v1/health/live");
    }

    [Fact]
    public async Task Hostile_queries_on_every_search_endpoint_and_page_get_answers_not_errors()
    {
        foreach (var query in HostileQueries.All(seed: 3, count: 40))
        {
            foreach (var address in SearchAddresses)
            {
                var status = await Get(address + Uri.EscapeDataString(query.Text));
                Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query.Shape} at {address}: {(int)status}");
            }
        }
        await client.OkJson("/api/v1/search?q=疫情");
    }

    [Theory]
    [InlineData("page=1000000&size=1000000")]
    [InlineData("page=-1&size=-5")]
    [InlineData("page=abc&size=1e20")]
    [InlineData("sort=sideways")]
    [InlineData("year=99999&kind=none")]
    [InlineData("q=%22%E5%B9%B2%E9%83%A8&page=99999999999999999999")]
    [InlineData("region=%00&dept=%00&section=%E2%80%AE")]
    public async Task Parameters_out_of_range_or_nonsense_get_a_clamped_answer_or_a_problem(string query)
    {
        foreach (var address in new[] { "/api/v1/search?", "/api/v1/facets?", "/api/v1/export?", "/?" })
        {
            var status = await Get(address + query);
            // A page clamped to the last one the archive allows can still lie past the results: the page says so (404).
            var pastTheResults = address == "/?" && status == HttpStatusCode.NotFound;
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest || pastTheResults, $"{address}{query}: {(int)status}");
        }
    }

    private static readonly string[] Kinds = ["bulletin", "notice", "web_article", "newspaper_page", "report", "generic", "通知"];

    /// <summary>
    /// Every facet at its bound of 20 values, the largest page size and the last page, with a query at its bound of
    /// clauses: an answer (or the page past the results, or the export's 400), each bound named in a warning (hostile30).
    /// </summary>
    [Fact]
    public async Task Every_facet_at_its_bound_with_the_largest_page_gets_an_answer_and_warnings()
    {
        var facets = string.Concat(new[] { "section", "dept", "region", "year", "kind", "series", "keyword" }.SelectMany(facet =>
            Enumerable.Range(0, 21).Select(i => $"&{facet}={Uri.EscapeDataString(facet switch
            {
                "year" => (2000 + i).ToString(),
                "kind" => Kinds[i % Kinds.Length],
                _ => $"值{i}{new string('党', 150)}",
            })}")));
        var q = Uri.EscapeDataString(string.Join(" OR ", Enumerable.Range(0, 100).Select(i => $"词{i}"))[..500]);

        var search = await client.OkJson($"/api/v1/search?q={q}&size=100{facets}");
        var warnings = search.Items("warnings").Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.Contains("20", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("32", StringComparison.Ordinal));
        await client.OkJson($"/api/v1/facets?q={q}{facets}");
        foreach (var address in new[] { $"/api/v1/search?q={q}&size=100&page=1000{facets}", $"/api/v1/export?format=csv&q={q}{facets}", $"/?q={q}&page=1000&size=100{facets}" })
        {
            var status = await Get(address);
            // The export refuses what the search cuts with a warning (a filter's typo never exports the whole archive).
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{address[..40]}: {(int)status}");
        }
    }

    [Fact]
    public async Task A_10000_character_query_gets_a_problem_on_the_api_and_an_explanation_on_the_page()
    {
        var q = Uri.EscapeDataString(string.Concat(Enumerable.Repeat("疫情防控干部", 1_700)));
        var problem = await client.GetProblem("/api/v1/search?q=" + q, HttpStatusCode.BadRequest, "invalid_parameter");
        Assert.Contains("500", problem.Str("message_en"));
        Assert.Equal(HttpStatusCode.BadRequest, await Get("/?q=" + q));
    }

    [Theory]
    [InlineData("/api/v1/articles/%20")]
    [InlineData("/api/v1/articles/%09")]
    [InlineData("/api/v1/documents/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/articles/%20")]
    [InlineData("/articles/%09")]
    [InlineData("/articles/%E2%80%AE")]
    public async Task Odd_ids_are_not_found_or_invalid(string url)
    {
        var status = await Get(url);
        Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{url}: {(int)status}");
    }

    [Fact]
    public async Task An_id_of_10000_characters_is_refused()
    {
        var id = new string('a', 10_000);
        Assert.Equal(HttpStatusCode.BadRequest, await Get("/api/v1/articles/" + id));
        Assert.Equal(HttpStatusCode.NotFound, await Get("/articles/" + id));
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/articles/x")]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/help")]
    [InlineData("POST", "/bulletins")]
    [InlineData("PATCH", "/articles/x")]
    public async Task Methods_the_pages_do_not_take_get_405_with_allow(string method, string url)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        await response.AssertProblem(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData("/api/v1/search?q=疫情")]
    [InlineData("/api/v1/health")]
    [InlineData("/")]
    public async Task Head_answers_like_get_without_a_body(string url)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_issue_number_that_is_none_is_ignored_with_a_warning_not_read_as_another()
    {
        var search = await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString("期号:-5"));
        var everything = await client.OkJson("/api/v1/search");

        Assert.Contains(search.Items("warnings"), w => w.GetString()!.Contains("期号"));
        Assert.Equal(everything.GetProperty("total").GetInt64(), search.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_path_is_echoed_in_a_problem_and_the_log_bounded_and_without_control_or_format_characters()
    {
        // A bidi override and an escape sequence before 60,000 letters: the problem named the path whole, override
        // and escape included, and the log line carried the override raw, turning the line around on screen.
        const string hostile = "\u202E\u001B[2J";
        using var response = await client.GetAsync("/api/v1/articles/" + Uri.EscapeDataString(hostile) + new string('a', 60_000) + "/similar");
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "invalid_id");

        var instance = problem.GetProperty("instance").GetString()!;
        Assert.StartsWith("/api/v1/articles/[2Jaaa", instance);
        Assert.True(instance.Length < 1_000, $"{instance.Length:N0} characters");
        var logged = Assert.Single(archive.Logs.Lines, line => line.Contains("[2Jaaa"));
        Assert.DoesNotContain(logged, c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
        Assert.Contains("\\u202e\\u001b[2J", logged);
    }

    [Fact]
    public async Task A_key_in_the_query_string_never_reaches_the_log()
    {
        const string secret = "leaked-key-0123456789-abcdef";
        await Get($"/api/v1/search?q=党建&api_key={secret}");
        await Get($"/?q=党建&password={secret}");

        Assert.DoesNotContain(archive.Logs.Lines, line => line.Contains(secret));
        Assert.Contains(archive.Logs.Lines, line => line.Contains("api_key=***"));
    }
}

/// <summary>Hostile uploads into a host of their own (larger limits), then the same data restarted.</summary>
public sealed class HostileUploadTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Archive:ApiKeys:tests"] = ArchiveApiFactory.TestKey,
        ["Archive:SeedSamples"] = "false",
        ["Archive:RateLimit:SearchesPerSecond"] = "0",
    };

    private static async Task<HttpResponseMessage> Upload(HttpClient client, string name, byte[] content)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "files", name } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = form };
        request.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Hostile_uploads_are_stored_or_refused_and_the_archive_goes_on_and_restarts_at_once()
    {
        var root = Directory.CreateTempSubdirectory("archive-api-tests-").FullName;
        using (var host = new ArchiveApiFactory(Settings, root))
        {
            var client = host.CreateClient();
            var files = HostileFiles.Known().Where(f => f.Content.Length < 8 * 1024 * 1024).Concat(HostileFiles.Random(seed: 11, count: 20));
            foreach (var file in files)
            {
                using var response = await Upload(client, file.FileName, file.Content);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, $"{file}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
                Assert.DoesNotContain("   at ", body);
                Assert.DoesNotContain("crashed", body);
            }

            using var good = await Upload(client, "after.txt", "皖组通〔2024〕3号\n\n关于做好红旗渠精神专题培训的通知\n\n各县区委组织部：请认真组织。"u8.ToArray());
            Assert.Equal(HttpStatusCode.OK, good.StatusCode);
            Assert.Equal(1, (await client.OkJson("/api/v1/search?q=红旗渠精神")).GetProperty("total").GetInt64());

            // A name uploaded again with a new version of the document (the same 文号) supersedes the version before.
            using var again = await Upload(client, "after.txt", "皖组通〔2024〕3号\n\n关于做好红旗渠精神专题培训的补充通知\n\n各县区委组织部：请认真组织。"u8.ToArray());
            Assert.Contains("\"status\":\"superseded\"", await again.Content.ReadAsStringAsync());
            Assert.Equal(1, (await client.OkJson("/api/v1/search?q=红旗渠精神")).GetProperty("total").GetInt64());
        }

        using var restarted = new ArchiveApiFactory(Settings, root);
        var after = restarted.CreateClient();
        // A search waits while the archive opens (health would answer "starting" meanwhile); then it must be ready.
        Assert.Equal(1, (await after.OkJson("/api/v1/search?q=红旗渠精神")).GetProperty("total").GetInt64());
        Assert.Equal("ready", (await after.OkJson("/api/v1/health/ready")).Str("status"));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task A_deleted_document_is_not_found_at_once_through_the_api_and_the_pages()
    {
        using var host = new ArchiveApiFactory(Settings);
        var client = host.CreateClient();
        using var uploaded = await Upload(client, "bulletin.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "004_40c502aea08ad668.txt")));
        var hit = (await client.OkJson("/api/v1/search?q=连心卡")).Items("hits").Single();
        var articleId = hit.Str("id");
        var documentId = hit.Str("document_id");

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/documents/{documentId}");
        delete.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(delete)).StatusCode);

        await client.GetProblem($"/api/v1/articles/{articleId}", HttpStatusCode.NotFound, "article_not_found");
        await client.GetProblem($"/api/v1/articles/{articleId}/similar", HttpStatusCode.NotFound, "article_not_found");
        await client.GetProblem($"/api/v1/documents/{documentId}", HttpStatusCode.NotFound, "document_not_found");
        using var page = await client.GetAsync($"/articles/{articleId}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("连心卡", await page.Content.ReadAsStringAsync());
        Assert.Equal(0, (await client.OkJson("/api/v1/search?q=连心卡")).GetProperty("total").GetInt64());
        Assert.DoesNotContain("连心卡", await client.GetStringAsync("/api/v1/export?format=csv&q=疫情"));
        Assert.DoesNotContain(documentId, await client.GetStringAsync("/api/v1/series"));
    }

    [Fact]
    public async Task A_superseded_version_keeps_its_pages_says_it_was_replaced_and_leads_to_the_version_that_replaced_it()
    {
        using var host = new ArchiveApiFactory(Settings);
        var client = host.CreateClient();
        using var first = await Upload(client, "rev.txt", "皖组通〔2024〕4号\n\n关于做好“年轻干部培养”工作的通知\n\n各县区委组织部：请认真组织。"u8.ToArray());
        var old = (await client.OkJson("/api/v1/search?q=年轻干部培养")).Items("hits").Single();
        // The new version's title differs: a search by the old title would not find it.
        using var second = await Upload(client, "rev.txt", "皖组通〔2024〕4号\n\n关于加强优秀年轻干部培养选拔的补充通知\n\n各县区委组织部：请认真组织。"u8.ToArray());
        var current = (await client.OkJson("/api/v1/search?q=年轻干部培养")).Items("hits").Single();

        var document = (await client.OkJson($"/api/v1/documents/{old.Str("document_id")}")).GetProperty("document");
        Assert.Equal(("superseded", current.Str("document_id")), (document.Str("status"), document.Str("superseded_by")));
        Assert.EndsWith($"/api/v1/documents/{current.Str("document_id")}", document.Str("superseded_by_url"));
        foreach (var page in new[] { $"/articles/{old.Str("id")}", $"/documents/{old.Str("document_id")}" })
        {
            var html = await client.GetStringAsync(page);
            Assert.Contains("此版本已被新版本取代", html);
            Assert.Contains($"<a href=\"/documents/{current.Str("document_id")}\">现行版本</a>", html);
        }
        Assert.DoesNotContain("此版本已被", await client.GetStringAsync($"/articles/{current.Str("id")}"));
        Assert.Equal(JsonValueKind.Null, (await client.OkJson($"/api/v1/documents/{current.Str("document_id")}")).GetProperty("document").GetProperty("superseded_by").ValueKind);
    }

    [Fact]
    public async Task An_article_of_a_replaced_version_leads_to_the_same_article_in_the_current_one()
    {
        using var host = new ArchiveApiFactory(Settings);
        var client = host.CreateClient();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "samples", "000_037b87f1aeded1d9.txt"));
        using var first = await Upload(client, "第8期.txt", Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        var old = (await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString("刊物:安庆组工信息") + "&sort=oldest")).Items("hits").Select(h => h.Str("id")).Order().ToList();
        // The new version drops the first article (the others move up one place) and rewords a phrase of the third.
        var dropped = lines.SkipWhile(l => !l.StartsWith("△宜秀区", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("△大观区", StringComparison.Ordinal)).ToHashSet();
        var revised = lines.Where(l => !dropped.Contains(l) && !l.StartsWith("宜秀区战", StringComparison.Ordinal)).Select(l => l.Replace("火速集结", "迅速集结"));
        using var second = await Upload(client, "第8期.txt", Encoding.UTF8.GetBytes(string.Join("\n", revised)));
        var newer = (await second.Content.ReadFromJsonAsync<JsonElement>()).Items("files").Single();
        Assert.Equal("superseded", newer.Str("status"));
        var newId = newer.Str("document_id");

        async Task<string?> CurrentVersion(string id) =>
            (await client.OkJson($"/api/v1/articles/{id}")).GetProperty("current_version") is { ValueKind: JsonValueKind.Object } link ? link.Str("id") : null;
        Assert.Equal(new string?[] { null, $"{newId}-1", $"{newId}-2", $"{newId}-3" }, await Task.WhenAll(old.Select(CurrentVersion)));
        Assert.Contains($"<a href=\"/articles/{newId}-1\">现行版本中的本文</a>", await client.GetStringAsync($"/articles/{old[1]}"));
        Assert.Contains($"<a href=\"/documents/{newId}\">现行版本</a>", await client.GetStringAsync($"/articles/{old[0]}"));
        Assert.Null(await CurrentVersion($"{newId}-1"));
    }
}
