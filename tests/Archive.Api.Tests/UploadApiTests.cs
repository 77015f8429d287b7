using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archive.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static Archive.Api.Tests.TestDocuments;

namespace Archive.Api.Tests;

[Collection(SeededArchiveCollection.Name)]
public sealed class UploadApiTests(SeededArchive archive)
{
    private readonly HttpClient client = archive.CreateClient();

    private static string SampleFile(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    private static MultipartFormDataContent Form(params (string Name, byte[] Content, string ContentType)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content, type) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            form.Add(part, "files", name);
        }
        return form;
    }

    private async Task<HttpResponseMessage> Post(HttpContent content, string? key = ArchiveApiFactory.TestKey, string url = "/api/v1/documents")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return await client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> Delete(string documentId, string? key = ArchiveApiFactory.TestKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/documents/{documentId}");
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return await client.SendAsync(request);
    }

    /// <summary>How many articles hold the marker (a random run of characters: other articles may hold some of its words).</summary>
    private async Task<long> Total(string query) =>
        (await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString(query))).GetProperty("full_matches").GetInt64();

    /// <summary>The counts of what is stored, to check that a refused request lost nothing.</summary>
    private async Task<(long Documents, long Articles)> Stored()
    {
        var health = await client.OkJson("/api/v1/health");
        return (health.GetProperty("documents").GetInt64(), health.GetProperty("articles").GetInt64());
    }

    [Fact]
    public void The_upload_types_docs_api_md_lists_are_the_engines()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Archive.sln"))) root = root.Parent!;
        var docs = File.ReadAllText(Path.Combine(root.FullName, "docs", "api.md"));
        var accepted = docs[docs.IndexOf("Accepted (the engine's", StringComparison.Ordinal)..];
        var listed = accepted[..accepted.IndexOf("The\nanswer lists every file", StringComparison.Ordinal)];

        Assert.All(Archive.Indexer.ArchiveService.SupportedExtensions, extension => Assert.Contains(extension + " ", listed.Replace('\n', ' ').Replace('`', ' ')));
    }

    [Fact]
    public async Task An_uploaded_file_becomes_searchable_and_a_deleted_one_goes_away()
    {
        var marker = Marker();
        using var upload = await Post(Form(("调研通知.txt", Notice(marker), "text/plain")));
        var body = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(1, body.GetProperty("ingested").GetInt32());
        var file = body.Items("files").Single();
        Assert.Equal("new", file.Str("status"));
        Assert.Equal("调研通知.txt", file.Str("file_name"));
        var documentId = file.Str("document_id");
        Assert.True(await Total(marker) >= 1);

        using var deleted = await Delete(documentId);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, await Total(marker));
    }

    [Fact]
    public async Task A_deleted_file_uploaded_again_stays_deleted_and_is_restored_from_its_own_file_with_a_key()
    {
        var marker = Marker();
        var notice = Notice(marker);
        var name = $"恢复{marker}.txt";
        using var upload = await Post(Form((name, notice, "text/plain")));
        var documentId = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.Items("files").Single().Str("document_id");
        using (await Delete(documentId)) { }

        using var again = await Post(Form((name, notice, "text/plain")));
        var file = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.Items("files").Single();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(("deleted", documentId, "document_deleted"), (file.Str("status"), file.Str("document_id"), file.GetProperty("error").Str("code")));
        Assert.Equal(JsonValueKind.Null, file.GetProperty("api_url").ValueKind);
        Assert.Contains($"/api/v1/documents/{documentId}/restore", file.GetProperty("error").Str("message_zh"));

        var restore = $"/api/v1/documents/{documentId}/restore";
        using (var keyless = await Post(Form((name, notice, "text/plain")), key: null, url: restore)) await keyless.AssertProblem(HttpStatusCode.Unauthorized, "api_key_missing");
        using (var other = await Post(Form((name, Notice(Marker()), "text/plain")), url: restore)) await other.AssertProblem(HttpStatusCode.UnprocessableEntity, "not_its_file");
        using (var two = await Post(Form(("a.txt", notice, "text/plain"), ("b.txt", notice, "text/plain")), url: restore)) await two.AssertProblem(HttpStatusCode.BadRequest, "one_file_only");
        using (var unknown = await Post(Form((name, notice, "text/plain")), url: "/api/v1/documents/0000000000000000/restore")) await unknown.AssertProblem(HttpStatusCode.NotFound, "document_not_found");
        Assert.Equal(0, await Total(marker));

        using var restored = await Post(Form((name, notice, "text/plain")), url: restore);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.True((await restored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetBoolean());
        Assert.True(await Total(marker) >= 1);
        using (var twice = await Post(Form((name, notice, "text/plain")), url: restore)) await twice.AssertProblem(HttpStatusCode.Conflict, "document_not_deleted");
    }

    [Fact]
    public async Task Another_document_under_a_used_name_stays_in_search_beside_the_first()
    {
        var (name, jia, yi) = ($"通知{Marker()}.txt", Marker(), Marker());

        var first = await client.UploadAsync(name, Encoding.UTF8.GetBytes($"中共甲市委组织部关于做好2024年党员发展工作的通知\n\n…{jia}同名文件测试。\n"));
        var second = await client.UploadAsync(name, Encoding.UTF8.GetBytes($"中共乙县委组织部关于开展村级后备干部培训的通知\n\n…{yi}同名文件测试。\n"));

        Assert.Equal(("new", "new"), (first.Str("status"), second.Str("status")));
        Assert.Equal((1, 1), (await Total($"\"{jia}同名文件测试\""), await Total($"\"{yi}同名文件测试\"")));
        Assert.Equal("active", (await client.OkJson($"/api/v1/documents/{first.Str("document_id")}")).GetProperty("document").Str("status"));
    }

    [Fact]
    public async Task An_upload_that_names_the_document_it_replaces_supersedes_it()
    {
        var (old, replacing) = (Marker(), Marker());
        var oldId = (await client.UploadAsync($"草稿{old}.txt", Notice(old))).Str("document_id");
        var url = $"/api/v1/documents?replaces={oldId}";
        using (var two = await Post(Form(("a.txt", Notice(replacing), "text/plain"), ("b.txt", Notice(replacing), "text/plain")), url: url))
            await two.AssertProblem(HttpStatusCode.BadRequest, "one_file_only");
        using (var unknown = await Post(Form(("a.txt", Notice(replacing), "text/plain")), url: "/api/v1/documents?replaces=0000000000000000"))
            await unknown.AssertProblem(HttpStatusCode.NotFound, "document_not_found");
        Assert.Equal(0, await Total(replacing));

        using var upload = await Post(Form(($"定稿{replacing}.txt", Notice(replacing), "text/plain")), url: url);

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal("superseded", (await upload.Content.ReadFromJsonAsync<JsonElement>()).Items("files").Single().Str("status"));
        Assert.Equal((0, 1), (await Total(old), await Total(replacing)));
        using (var again = await Post(Form(("c.txt", Notice(Marker()), "text/plain")), url: url))
            await again.AssertProblem(HttpStatusCode.Conflict, "document_superseded");
    }

    [Fact]
    public async Task Deleting_a_wrong_new_version_brings_back_the_version_it_replaced()
    {
        var (name, marker) = ($"dv{Marker()}.txt", Marker());
        var first = (await client.UploadAsync(name, Bulletin(marker))).Str("document_id");
        var second = await client.UploadAsync(name, [.. Bulletin(marker), .. "\n（误传）\n"u8]);
        Assert.Equal("superseded", second.Str("status"));

        using (var deleted = await Delete(second.Str("document_id"))) Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        Assert.Equal("active", (await client.OkJson($"/api/v1/documents/{first}")).GetProperty("document").Str("status"));
        var hits = (await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString(marker))).Items("hits");
        Assert.Equal([first], hits.Select(h => h.Str("document_id")).Distinct());
    }

    [Fact]
    public async Task Who_deleted_and_who_restored_a_document_is_in_its_audit_log()
    {
        var marker = Marker();
        var notice = Notice(marker);
        var documentId = (await client.UploadAsync($"审计{marker}.txt", notice)).Str("document_id");
        using (await Delete(documentId)) { }

        var deleted = (await client.OkJson($"/api/v1/documents/{documentId}/corrections")).Items("corrections").Single();
        Assert.Equal(("delete", "key:tests", "active", "deleted"),
            (deleted.Str("field"), deleted.Str("editor"), deleted.GetProperty("old_value").GetString(), deleted.GetProperty("new_value").GetString()));

        using (var restored = await Post(Form(("x.txt", notice, "text/plain")), url: $"/api/v1/documents/{documentId}/restore"))
            Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var log = (await client.OkJson($"/api/v1/documents/{documentId}")).Items("corrections").ToList();
        Assert.Equal(["delete", "restore"], log.Select(l => l.Str("field")));
        Assert.Equal(("key:tests", "deleted", "active"),
            (log[1].Str("editor"), log[1].GetProperty("old_value").GetString(), log[1].GetProperty("new_value").GetString()));
    }

    [Fact]
    public async Task The_same_file_twice_is_unchanged_and_the_bearer_form_of_the_key_works()
    {
        var sample = await File.ReadAllBytesAsync(SampleFile("000_037b87f1aeded1d9.txt"));
        var before = await Stored();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = Form(("000_037b87f1aeded1d9.txt", sample, "text/plain")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ArchiveApiFactory.TestKey);

        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("unchanged", body.Items("files").Single().Str("status"));
        Assert.Equal(before, await Stored());
    }

    [Fact]
    public async Task Each_file_of_a_mixed_upload_gets_its_own_outcome()
    {
        var marker = Marker();
        using var response = await Post(Form(
            ("good.txt", Notice(marker), "text/plain"),
            ("empty.txt", [], "text/plain"),
            ("report.pdf", Notice(marker + "x"), "application/pdf"),
            ("tool.exe", [0x4D, 0x5A, 0x90, 0x00], "text/plain")));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var files = body.Items("files").ToDictionary(f => f.Str("file_name"));
        Assert.Equal("new", files["good.txt"].Str("status"));
        Assert.Equal("ingest_failed", files["empty.txt"].GetProperty("error").Str("code"));
        Assert.Contains("empty", files["empty.txt"].GetProperty("error").Str("message_en"));
        Assert.StartsWith("文件未能导入：文件为空", files["empty.txt"].GetProperty("error").Str("message_zh"));
        Assert.Equal("ingest_failed", files["report.pdf"].GetProperty("error").Str("code"));
        Assert.StartsWith("文件未能导入：文件不是 PDF", files["report.pdf"].GetProperty("error").Str("message_zh"));
        Assert.Equal("unsupported_file_type", files["tool.exe"].GetProperty("error").Str("code"));
        Assert.Equal(1, body.GetProperty("ingested").GetInt32());
        Assert.Equal(3, body.GetProperty("failed").GetInt32());
        (await Delete(files["good.txt"].Str("document_id"))).Dispose();
    }

    [Fact]
    public async Task A_full_disk_is_a_507_that_lists_what_was_stored_and_the_same_upload_finishes_later()
    {
        var small = Marker();
        var large = Marker();
        // About 240 KB of random characters, which compress to little over half: far more than the room left below.
        var random = new Random(3);
        var largeNotice = Notice(large + new string([.. Enumerable.Range(0, 40_000).Select(_ => (char)random.Next(0x4E00, 0x9FA5))]));
        MultipartFormDataContent Upload() => Form(("small.txt", Notice(small), "text/plain"), ("large.txt", largeNotice, "text/plain"));
        var before = await Stored();
        // A true SQLITE_FULL: the database may grow by 120 KB, as if the disk had that much left.
        var store = archive.Services.GetRequiredService<ArchiveHost>().Get().Store;
        store.MaxPageCount = store.PageCount + 120 * 1024 / Archive.Indexer.Store.ArchiveStore.PageSize;
        try
        {
            using var response = await Post(Upload());

            var problem = await response.AssertProblem(HttpStatusCode.InsufficientStorage, "storage_full");
            Assert.Contains("disk is full", problem.Str("message_en"));
            Assert.Contains("磁盘已满", problem.Str("message_zh"));
            var stored = Assert.Single(problem.Items("files"));
            Assert.Equal(("small.txt", "new"), (stored.Str("file_name"), stored.Str("status")));
        }
        finally
        {
            store.MaxPageCount = null;
        }
        Assert.Equal(before.Documents + 1, (await Stored()).Documents);
        Assert.Equal(1, await Total(small));
        Assert.Equal(0, await Total(large));

        using var again = await Post(Upload());
        var files = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.Items("files").ToDictionary(f => f.Str("file_name"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("unchanged", files["small.txt"].Str("status"));
        Assert.Equal("new", files["large.txt"].Str("status"));
        Assert.Equal(1, await Total(large));
        foreach (var file in files.Values)
        {
            (await Delete(file.Str("document_id"))).Dispose();
        }
    }

    [Fact]
    public async Task A_zero_byte_upload_ingests_nothing_and_says_why()
    {
        using var response = await Post(Form(("empty.txt", [], "text/plain")));

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity, "nothing_ingested");
        var error = problem.Items("files").Single().GetProperty("error");
        Assert.Equal("ingest_failed", error.Str("code"));
        Assert.Contains("empty", error.Str("message_en"));
    }

    [Fact]
    public async Task A_forged_content_type_is_not_believed()
    {
        using var response = await Post(Form(("notes.pdf", Encoding.UTF8.GetBytes("这不是 PDF 文件"), "application/pdf")));

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity, "nothing_ingested");
        var file = problem.Items("files").Single();
        Assert.Equal("failed", file.Str("status"));
        Assert.Contains("PDF", file.GetProperty("error").Str("message_en"));
    }

    [Fact]
    public async Task Folders_in_file_names_are_dropped_and_nothing_is_written_outside_the_data_folder()
    {
        var escape = "archive-escape-" + Guid.NewGuid().ToString("N")[..8];
        var outside = Directory.GetFileSystemEntries(archive.Root).Where(e => e != archive.DataDirectory).ToList();
        var marker = Marker();

        using var response = await Post(Form(
            ("../../etc/passwd", Encoding.UTF8.GetBytes("root:x:0:0:root:/root:/bin/bash\n"), "text/plain"),
            ($"../../../../../../../../tmp/{escape}.txt", Notice(marker), "text/plain"),
            ($"..\\..\\{escape}.md", Notice(marker + "m"), "text/markdown")));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = body.Items("files").Select(f => f.Str("file_name")).ToList();
        Assert.Equal(["passwd", $"{escape}.txt", $"{escape}.md"], names);
        Assert.Equal("unsupported_file_type", body.Items("files").First().GetProperty("error").Str("code"));
        Assert.False(File.Exists($"/tmp/{escape}.txt"));
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), $"{escape}.txt")));
        Assert.Equal(outside, Directory.GetFileSystemEntries(archive.Root).Where(e => e != archive.DataDirectory).ToList());
        foreach (var file in body.Items("files").Where(f => f.GetProperty("document_id").ValueKind == JsonValueKind.String))
        {
            (await Delete(file.Str("document_id"))).Dispose();
        }
    }

    [Fact]
    public async Task Oversized_uploads_are_refused_whole_and_lose_nothing()
    {
        var before = await Stored();
        var marker = Marker();

        using var bigFile = await Post(Form(("small.txt", Notice(marker), "text/plain"), ("big.txt", new byte[300 * 1024], "text/plain")));
        await bigFile.AssertProblem(HttpStatusCode.RequestEntityTooLarge, "file_too_large");

        var quarter = new byte[200 * 1024];
        using var bigTotal = await Post(Form(("a.txt", quarter, "text/plain"), ("b.txt", quarter, "text/plain"), ("c.txt", quarter, "text/plain")));
        await bigTotal.AssertProblem(HttpStatusCode.RequestEntityTooLarge, "upload_too_large");

        var huge = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        huge.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        using var bigRequest = await Post(huge);
        await bigRequest.AssertProblem(HttpStatusCode.RequestEntityTooLarge, "request_too_large");

        Assert.Equal(0, await Total(marker));
        Assert.Equal(before, await Stored());
    }

    [Fact]
    public async Task A_form_with_a_thousand_files_is_refused_and_ingests_nothing()
    {
        var before = await Stored();
        var form = new MultipartFormDataContent();
        for (var i = 0; i < 1000; i++)
        {
            form.Add(new ByteArrayContent(Notice("千" + i)), "files", $"f{i}.txt");
        }

        using var response = await Post(form);

        await response.AssertProblem(HttpStatusCode.RequestEntityTooLarge, "too_many_files");
        Assert.Equal(before, await Stored());
    }

    [Fact]
    public async Task Bodies_that_are_not_multipart_forms_are_refused()
    {
        using var json = await Post(new StringContent("{\"file\":\"x\"}", Encoding.UTF8, "application/json"));
        await json.AssertProblem(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");

        var noFiles = new MultipartFormDataContent { { new StringContent("just a field"), "comment" } };
        using var fieldsOnly = await Post(noFiles);
        await fieldsOnly.AssertProblem(HttpStatusCode.BadRequest, "no_files");

        var broken = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nno closing boundary");
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        using var truncated = await Post(broken);
        await truncated.AssertProblem(HttpStatusCode.BadRequest, "invalid_multipart");
    }

    [Theory]
    [InlineData("100 header lines")]
    [InlineData("a 100,000-character file name")]
    public async Task A_part_whose_headers_are_over_the_limits_is_refused_in_words_of_ours(string what)
    {
        var headers = what == "100 header lines"
            ? "Content-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"X-Note-{i}: x\r\n"))
            : $"Content-Disposition: form-data; name=\"files\"; filename=\"{new string('a', 100_000)}.txt\"\r\n";
        var form = new StringContent($"--xyz\r\n{headers}\r\n干部\r\n--xyz--\r\n");
        form.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");

        using var response = await Post(form);

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "invalid_multipart");
        Assert.Contains("16 lines, 8 KB at most", problem.Str("message_zh"));
        Assert.DoesNotContain("exceeded", problem.Str("detail"));
    }

    [Fact]
    public async Task Writing_without_a_valid_key_is_refused_before_anything_is_read()
    {
        var before = await Stored();
        var marker = Marker();

        using var none = await Post(Form(("a.txt", Notice(marker), "text/plain")), key: null);
        await none.AssertProblem(HttpStatusCode.Unauthorized, "api_key_missing");
        Assert.NotEmpty(none.Headers.WwwAuthenticate);

        using var wrong = await Post(Form(("a.txt", Notice(marker), "text/plain")), key: "not-the-key-0123456789");
        await wrong.AssertProblem(HttpStatusCode.Unauthorized, "api_key_invalid");

        using var almost = await Post(Form(("a.txt", Notice(marker), "text/plain")), key: ArchiveApiFactory.TestKey[..^1]);
        await almost.AssertProblem(HttpStatusCode.Unauthorized, "api_key_invalid");

        var sampleDocument = (await client.OkJson("/api/v1/search?size=1")).Items("hits").First().Str("document_id");
        using var delete = await Delete(sampleDocument, key: null);
        await delete.AssertProblem(HttpStatusCode.Unauthorized, "api_key_missing");

        Assert.Equal(0, await Total(marker));
        Assert.Equal(before, await Stored());
    }

    [Fact]
    public async Task A_key_in_the_query_string_is_refused_even_when_it_is_right()
    {
        var before = await Stored();

        using var upload = await Post(Form(("a.txt", Notice("黄"), "text/plain")), key: null, url: "/api/v1/documents?api_key=" + ArchiveApiFactory.TestKey);
        var problem = await upload.AssertProblem(HttpStatusCode.BadRequest, "api_key_in_query");
        Assert.Contains("X-Api-Key", problem.Str("message_en"));
        Assert.DoesNotContain(ArchiveApiFactory.TestKey, await upload.Content.ReadAsStringAsync());

        await client.GetProblem("/api/v1/search?q=党建&key=abc", HttpStatusCode.BadRequest, "api_key_in_query");
        Assert.Equal(before, await Stored());
    }

    [Fact]
    public async Task Keys_never_appear_in_the_logs()
    {
        const string wrongKey = "wrong-key-but-long-enough-0123";
        using var good = await Post(Form(("000_037b87f1aeded1d9.txt", await File.ReadAllBytesAsync(SampleFile("000_037b87f1aeded1d9.txt")), "text/plain")));
        using var wrong = await Post(Form(("a.txt", Notice(Marker()), "text/plain")), key: wrongKey);
        using var inQuery = await Post(Form(("a.txt", Notice(Marker()), "text/plain")), key: null, url: "/api/v1/documents?api_key=" + wrongKey);

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains(archive.Logs.Lines, l => l.Contains("by API key 'tests'"));
        Assert.DoesNotContain(archive.Logs.Lines, l => l.Contains(ArchiveApiFactory.TestKey) || l.Contains(wrongKey));
    }

    [Fact]
    public async Task Deleting_an_unknown_or_malformed_document_is_a_problem()
    {
        using var unknown = await Delete("0000000000000000");
        await unknown.AssertProblem(HttpStatusCode.NotFound, "document_not_found");

        using var path = await Delete("..%2F..%2Fdata");
        await path.AssertProblem(HttpStatusCode.BadRequest, "invalid_id");
    }

    [Theory]
    [InlineData("%01abc", "abc")]
    [InlineData("ab%0D%0Acd", "abcd")]
    [InlineData("%E2%80%AEfdp.exe", "fdp.exe")]
    public async Task A_malformed_id_is_echoed_without_control_characters(string sent, string shown)
    {
        using var upload = await Post(Form(("a.txt", Notice(Marker()), "text/plain")), url: "/api/v1/documents?replaces=" + sent);

        var problem = await upload.AssertProblem(HttpStatusCode.BadRequest, "invalid_id");
        Assert.StartsWith($"'{shown}' is not", problem.Str("message_en"));
        Assert.Contains($"“{shown}”", problem.Str("message_zh"));
    }

    [Fact]
    public async Task The_log_says_why_an_upload_failed()
    {
        var name = $"损坏-{Guid.NewGuid():N}.docx";

        var file = await client.UploadAsync(name, "这不是一个 Word 文件"u8.ToArray());

        Assert.Equal("failed", file.Str("status"));
        Assert.Contains(archive.Logs.Lines, line => line.Contains($"{name}: Failed: ") && !line.Contains("(null)"));
    }
}
