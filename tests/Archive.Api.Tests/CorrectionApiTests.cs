using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using static Archive.Api.Tests.TestDocuments;

namespace Archive.Api.Tests;

/// <summary>PATCH, split, merge and the audit log through the API: with a key, against the version read (If-Match).</summary>
[Collection(SeededArchiveCollection.Name)]
public sealed class CorrectionApiTests(SeededArchive archive)
{
    private readonly HttpClient client = archive.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<(string DocumentId, string Marker)> UploadBulletin()
    {
        var marker = Marker();
        var file = await client.UploadAsync($"第9期-{marker}.txt", Bulletin(marker));
        Assert.Equal("new", file.Str("status"));
        return (file.Str("document_id"), marker);
    }

    private async Task<string> Etag(string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, object body, string? ifMatch, string? key = ArchiveApiFactory.TestKey, string type = "application/json")
    {
        using var request = new HttpRequestMessage(method, url)
        {
            Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, type),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request);
    }

    private async Task<long> Total(string query) =>
        (await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString(query))).GetProperty("total").GetInt64();

    [Fact]
    public async Task A_correction_reaches_search_facets_the_article_and_its_citation_and_the_audit_log_lists_it()
    {
        var (document, marker) = await UploadBulletin();
        var article = $"{document}-2";
        var etag = await Etag($"/api/v1/articles/{article}");
        // Asked before the correction, so that answers kept by the result cache would show the old values.
        Assert.Equal(0, await Total($"标题:见实效 {marker}"));
        Assert.DoesNotContain("县区动态", await client.GetStringAsync($"/api/v1/facets?q={Uri.EscapeDataString(marker)}"));
        Assert.DoesNotContain("见实效", (await FeedApiTests.Feed(client, "q=" + Uri.EscapeDataString(marker))).ToString());

        using var response = await Send(HttpMethod.Patch, $"/api/v1/articles/{article}",
            new { title = $"大观区{marker}网格治理见实效", section = "县区动态", source_department = "中共大观区委组织部", reason = "标题与纸质版不符" }, etag);

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, body.Items("corrections").Count());
        Assert.Equal(body.Str("etag"), response.Headers.ETag!.Tag);
        // Not waited for: the correction is in the index before the editor is answered.
        Assert.Equal(1, await Total($"标题:见实效 {marker}"));
        var facets = await client.OkJson($"/api/v1/facets?q={Uri.EscapeDataString(marker)}");
        var sections = facets.Items("facets").Single(f => f.Str("field") == "section").Items("values").Select(v => v.Str("value")).ToList();
        Assert.Contains("县区动态", sections);
        var read = await client.OkJson($"/api/v1/articles/{article}");
        Assert.Equal($"大观区{marker}网格治理见实效", read.Str("title"));
        var citation = $"中共大观区委组织部. 大观区{marker}网格治理见实效[J]. 安庆组工信息, 2024(9): 3.";
        Assert.Equal(citation, read.GetProperty("citation").Str("gbt7714"));
        using var page = new HttpRequestMessage(HttpMethod.Get, $"/articles/{article}");
        page.Headers.Accept.ParseAdd("text/html");
        var html = await (await client.SendAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains($"<h1>大观区{marker}网格治理见实效</h1>", html);
        Assert.Contains(citation, html);
        Assert.Contains(citation, (await FeedApiTests.Feed(client, "q=" + Uri.EscapeDataString(marker))).ToString());

        var log = await client.OkJson($"/api/v1/documents/{document}/corrections");
        var title = log.Items("corrections").Single(c => c.Str("field") == "title");
        Assert.Equal((article, "key:tests", "标题与纸质版不符", $"大观区：推进{marker}网格治理", $"大观区{marker}网格治理见实效"),
            (title.Str("target"), title.Str("editor"), title.Str("reason"), title.GetProperty("old_value").GetString(), title.GetProperty("new_value").GetString()));
        Assert.Equal(3, (await client.OkJson($"/api/v1/documents/{document}")).Items("corrections").Count());
    }

    [Fact]
    public async Task A_document_correction_is_kept_when_the_same_file_is_uploaded_again_and_the_parser_disagreement_is_reported()
    {
        var marker = Marker();
        var bytes = Bulletin(marker);
        var document = (await client.UploadAsync($"第9期-{marker}.txt", bytes)).Str("document_id");
        using var patch = await Send(HttpMethod.Patch, $"/api/v1/documents/{document}", new { issue_number = 10, date = "2024-05-16" }, "*");
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        var again = await client.UploadAsync($"第9期-{marker}.txt", bytes);

        Assert.Equal("unchanged", again.Str("status"));
        var fields = again.GetProperty("reparse").Items("disagreements").Select(d => (d.Str("field"), d.GetProperty("corrected").ToString(), d.GetProperty("parsed").ToString())).Order();
        Assert.Equal([("date", "2024-05-16", "2024-05-06"), ("issue_number", "10", "9")], fields);
        // Retired articles are an object, retired id -> the live article it leads to; none here.
        Assert.Equal("{}", again.GetProperty("reparse").GetProperty("articles_retired").GetRawText());
        var hit = (await client.OkJson($"/api/v1/search?q={Uri.EscapeDataString(marker)}")).Items("hits").First();
        Assert.Equal((10, "2024-05-16"), (hit.GetProperty("issue_number").GetInt32(), hit.Str("date")));
    }

    [Fact]
    public async Task Of_two_editors_the_later_is_told_what_the_earlier_changed()
    {
        var (document, marker) = await UploadBulletin();
        var article = $"{document}-1";
        var seen = await Etag($"/api/v1/articles/{article}");

        using var first = await Send(HttpMethod.Patch, $"/api/v1/articles/{article}", new { title = $"宜秀区{marker}专项行动" }, seen);
        using var second = await Send(HttpMethod.Patch, $"/api/v1/articles/{article}", new { title = $"宜秀区开展{marker}行动" }, seen);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var conflict = await second.AssertProblem(HttpStatusCode.PreconditionFailed, "edit_conflict");
        var change = conflict.Items("changes").Single();
        Assert.Equal(("title", $"宜秀区{marker}专项行动"), (change.Str("field"), change.GetProperty("new_value").GetString()));
        Assert.Equal(first.Headers.ETag!.Tag, second.Headers.ETag!.Tag);
        Assert.Equal($"宜秀区{marker}专项行动", (await client.OkJson($"/api/v1/articles/{article}")).Str("title"));

        using var missing = await Send(HttpMethod.Patch, $"/api/v1/articles/{article}", new { title = "x" }, null);
        await missing.AssertProblem((HttpStatusCode)428, "precondition_required");
        using var foreign = await Send(HttpMethod.Patch, $"/api/v1/articles/{article}", new { title = "x" }, "\"0000000000000000.0\"");
        await foreign.AssertProblem(HttpStatusCode.PreconditionFailed, "edit_conflict");
        using var future = await Send(HttpMethod.Patch, $"/api/v1/articles/{article}", new { section = "x" }, $"\"{document}.99\"");
        Assert.Empty((await future.AssertProblem(HttpStatusCode.PreconditionFailed, "edit_conflict")).Items("changes"));
        // A list of tags, as HTTP allows: the current one among others is a match.
        using var listed = await Send(HttpMethod.Patch, $"/api/v1/articles/{article}", new { section = "县区动态" }, $"\"x\", {first.Headers.ETag!.Tag}");
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
    }

    [Theory]
    [InlineData("documents", "", """{"date": "2024-02-30"}""", "date")]
    [InlineData("documents", "", """{"issue_number": "第九期"}""", "issue_number")]
    [InlineData("articles", "-1", """{"title": ""}""", "title")]
    [InlineData("articles", "-1", """{"region": "火星"}""", "region")]
    [InlineData("articles", "-1", """{"authors": 3}""", "authors")]
    [InlineData("articles", "-1", """{"headline": "x"}""", "headline")]
    public async Task A_value_that_cannot_be_taken_is_a_422_naming_the_field_and_nothing_changes(string what, string suffix, string json, string field)
    {
        var (document, _) = await UploadBulletin();

        using var response = await Send(HttpMethod.Patch, $"/api/v1/{what}/{document}{suffix}", json, "*");

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity, "invalid_correction");
        Assert.Equal(field, problem.Items("fields").Single().Str("field"));
        Assert.Empty((await client.OkJson($"/api/v1/documents/{document}")).Items("corrections"));
    }

    [Fact]
    public async Task A_split_gives_a_new_id_and_a_merge_redirects_the_merged_id_to_the_article_it_went_into()
    {
        var (document, marker) = await UploadBulletin();

        using var split = await Send(HttpMethod.Post, $"/api/v1/articles/{document}-1/split", new { at_paragraph = 2, title = $"宜秀区{marker}服务队" }, "*");
        Assert.Equal(HttpStatusCode.Created, split.StatusCode);
        var created = JsonDocument.Parse(await split.Content.ReadAsStringAsync()).RootElement.Str("article_id");
        Assert.Equal($"{document}-e1", created);
        Assert.EndsWith($"/api/v1/articles/{created}", split.Headers.Location!.ToString());
        Assert.Equal([$"{document}-1", created, $"{document}-2", $"{document}-3"],
            (await client.OkJson($"/api/v1/documents/{document}")).Items("articles").Select(a => a.Str("id")));

        using var merge = await Send(HttpMethod.Post, $"/api/v1/articles/{document}-3/merge", new { with = $"{document}-2" }, "*");
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        using var old = await client.GetAsync($"/api/v1/articles/{document}-3");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.EndsWith($"/api/v1/articles/{document}-2", old.Headers.Location!.ToString());
        using var similar = await client.GetAsync($"/api/v1/articles/{document}-3/similar?count=3");
        Assert.EndsWith($"/api/v1/articles/{document}-2/similar?count=3", similar.Headers.Location!.ToString());
        Assert.Contains($"{marker}先锋队", (await client.OkJson($"/api/v1/articles/{document}-2")).Str("body"));
        Assert.Equal(["split", "merge"], (await client.OkJson($"/api/v1/documents/{document}/corrections")).Items("corrections").Select(c => c.Str("field")));
    }

    [Fact]
    public async Task A_merge_undone_by_a_split_at_the_same_place_gives_the_merged_id_the_new_article()
    {
        var (document, _) = await UploadBulletin();
        var paragraphs = (await client.OkJson($"/api/v1/articles/{document}-2")).Str("body").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

        using var merge = await Send(HttpMethod.Post, $"/api/v1/articles/{document}-3/merge", new { with = $"{document}-2" }, "*");
        using var split = await Send(HttpMethod.Post, $"/api/v1/articles/{document}-2/split", new { at_paragraph = paragraphs + 1, title = "拆回" }, "*");
        var created = JsonDocument.Parse(await split.Content.ReadAsStringAsync()).RootElement.Str("article_id");
        using var old = await client.GetAsync($"/api/v1/articles/{document}-3");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Created), (merge.StatusCode, split.StatusCode));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.EndsWith($"/api/v1/articles/{created}", old.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_split_outside_the_article_a_merge_across_documents_and_a_deleted_document_are_refused()
    {
        var (document, _) = await UploadBulletin();
        var (other, _) = await UploadBulletin();

        using var outside = await Send(HttpMethod.Post, $"/api/v1/articles/{document}-2/split", new { at_paragraph = 3, title = "x" }, "*");
        Assert.Equal("at_paragraph", (await outside.AssertProblem(HttpStatusCode.UnprocessableEntity, "invalid_correction")).Items("fields").Single().Str("field"));
        using var across = await Send(HttpMethod.Post, $"/api/v1/articles/{document}-3/merge", new { with = $"{other}-1" }, "*");
        Assert.Contains("another document", (await across.AssertProblem(HttpStatusCode.UnprocessableEntity, "invalid_correction")).Str("message_en"));

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/documents/{other}");
        delete.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
        (await client.SendAsync(delete)).Dispose();
        using var deleted = await Send(HttpMethod.Patch, $"/api/v1/documents/{other}", new { series = "x" }, "*");
        await deleted.AssertProblem(HttpStatusCode.NotFound, "document_not_found");
        using var deletedArticle = await Send(HttpMethod.Patch, $"/api/v1/articles/{other}-1", new { title = "x" }, "*");
        await deletedArticle.AssertProblem(HttpStatusCode.NotFound, "article_not_found");
    }

    [Fact]
    public async Task Writing_needs_the_key_and_a_json_object()
    {
        var (document, _) = await UploadBulletin();
        var url = $"/api/v1/documents/{document}";

        await (await Send(HttpMethod.Patch, url, new { series = "x" }, "*", key: null)).AssertProblem(HttpStatusCode.Unauthorized, "api_key_missing");
        await (await Send(HttpMethod.Patch, url, new { series = "x" }, "*", key: "not-the-key-0123456789")).AssertProblem(HttpStatusCode.Unauthorized, "api_key_invalid");
        await (await Send(HttpMethod.Patch, url, "series=x", "*", type: "application/x-www-form-urlencoded")).AssertProblem(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        await (await Send(HttpMethod.Patch, url, "{\"series\": ", "*")).AssertProblem(HttpStatusCode.BadRequest, "invalid_json");
        await (await Send(HttpMethod.Patch, url, "[1, 2]", "*")).AssertProblem(HttpStatusCode.BadRequest, "invalid_json");
        await (await Send(HttpMethod.Patch, url, "{\"series\": \"a\\ud800b\"}", "*")).AssertProblem(HttpStatusCode.BadRequest, "invalid_json");
        await (await Send(HttpMethod.Patch, url, new { series = new string('x', 70_000) }, "*")).AssertProblem(HttpStatusCode.RequestEntityTooLarge, "request_too_large");
        await (await Send(HttpMethod.Patch, "/api/v1/documents/..%2Fx", new { series = "x" }, "*")).AssertProblem(HttpStatusCode.BadRequest, "invalid_id");
        Assert.Empty((await client.OkJson(url)).Items("corrections"));
    }

    [Theory]
    [InlineData("{\"series\": \"甲刊\", \"series\": \"乙刊\"}", "series")]
    [InlineData("{\"series\": \"甲刊\", \"reason\": \"核对\", \"reason\": \"重排\"}", "reason")]
    public async Task A_name_given_twice_is_refused_naming_it_not_read_as_its_last_value(string json, string name)
    {
        var (document, _) = await UploadBulletin();
        var url = $"/api/v1/documents/{document}";

        var problem = await (await Send(HttpMethod.Patch, url, json, "*")).AssertProblem(HttpStatusCode.BadRequest, "invalid_json");

        Assert.Contains(name, problem.Str("detail"));
        Assert.Empty((await client.OkJson(url)).Items("corrections"));
    }

    [Theory]
    [InlineData("{\"series\": tru}", "第 1 行第 15 个字节处")]
    [InlineData("[1, 2]", "应为对象")]
    [InlineData("{\"series\": \"甲刊\", \"series\": \"乙刊\"}", "出现了两次")]
    [InlineData("{\"series\": \"a\\ud800b\"}", "损坏的字符")]
    [InlineData("{\"series\": \"甲刊\", \"reason\": 5}", "必须是文字")]
    public async Task A_body_that_cannot_be_read_is_explained_in_chinese_in_message_zh(string json, string said)
    {
        var (document, _) = await UploadBulletin();

        var problem = await (await Send(HttpMethod.Patch, $"/api/v1/documents/{document}", json, "*")).AssertProblem(HttpStatusCode.BadRequest, "invalid_json");

        Assert.Contains(said, problem.Str("message_zh"));
        Assert.DoesNotMatch("[a-z]+ [a-z]+ [a-z]+", problem.Str("message_zh"));
    }

    [Fact]
    public async Task A_kind_that_is_no_document_kind_is_refused_listing_every_kind_in_both_languages()
    {
        var (document, _) = await UploadBulletin();

        var problem = await (await Send(HttpMethod.Patch, $"/api/v1/documents/{document}", new { kind = "memo" }, "*")).AssertProblem((HttpStatusCode)422, "invalid_correction");

        Assert.Contains("report", problem.Str("message_en"));
        Assert.Contains("report", problem.Str("message_zh"));
    }

    [Theory]
    [InlineData("{\"series\": tru}", 1, 15)]
    [InlineData("{\n  \"series\": NaN\n}", 2, 13)]
    [InlineData("{\"series\": \"a\"} {}", 1, 17)]
    public async Task A_body_that_is_not_json_is_refused_saying_where_in_words_of_ours(string json, int line, int at)
    {
        var (document, _) = await UploadBulletin();

        var problem = await (await Send(HttpMethod.Patch, $"/api/v1/documents/{document}", json, "*")).AssertProblem(HttpStatusCode.BadRequest, "invalid_json");

        Assert.Contains($"not valid JSON at line {line}, byte {at}:", problem.Str("detail"));
        Assert.DoesNotContain("LineNumber", problem.Str("detail"));
    }

    [Fact]
    public async Task A_body_nested_1000_deep_is_refused_in_words_of_ours_and_nothing_changes()
    {
        var (document, _) = await UploadBulletin();
        var url = $"/api/v1/documents/{document}";

        var problem = await (await Send(HttpMethod.Patch, url, "{\"series\": " + new string('[', 1000) + new string(']', 1000) + "}", "*"))
            .AssertProblem(HttpStatusCode.BadRequest, "invalid_json");

        Assert.Contains("nest more than 64 levels deep", problem.Str("message_en"));
        Assert.Contains("嵌套超过 64 层", problem.Str("message_zh"));
        Assert.DoesNotContain("configured", problem.Str("detail"));
        Assert.Empty((await client.OkJson(url)).Items("corrections"));
    }

    [Fact]
    public async Task A_json_body_that_starts_with_a_byte_order_mark_is_read()
    {
        var (document, marker) = await UploadBulletin();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/documents/{document}")
        {
            Content = new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes($"{{\"series\": \"记事本{marker}\"}}")]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        request.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"记事本{marker}", (await client.OkJson($"/api/v1/documents/{document}")).GetProperty("document").Str("series"));
    }

    [Fact]
    public async Task A_json_body_in_gbk_is_refused_saying_it_is_not_utf8()
    {
        var (document, _) = await UploadBulletin();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/documents/{document}")
        {
            // {"series": "干部"} as a Chinese Windows tool saves it: 干部 in GBK.
            Content = new ByteArrayContent([.. "{\"series\": \""u8, 0xB8, 0xC9, 0xB2, 0xBF, .. "\"}"u8]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        request.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);

        using var response = await client.SendAsync(request);

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "invalid_json");
        Assert.Contains("not UTF-8", problem.Str("detail"));
    }
}
