using System.Net;
using System.Text;
using Archive.Indexer;
using Archive.Indexer.Store;
using Microsoft.Extensions.DependencyInjection;
using static Archive.Api.Tests.TestDocuments;

namespace Archive.Api.Tests;

/// <summary>GET /api/v1/documents/{id}/file: the file a document was read from, as it was given.</summary>
[Collection(SeededArchiveCollection.Name)]
public sealed class OriginalFileApiTests(SeededArchive archive)
{
    private readonly HttpClient client = archive.CreateClient();

    [Fact]
    public async Task An_uploaded_file_comes_back_byte_for_byte_as_a_download_under_its_name()
    {
        var bytes = Notice(Marker());
        var documentId = (await client.UploadAsync("第8期 调研通知.txt", bytes)).Str("document_id");

        using var response = await client.GetAsync($"/api/v1/documents/{documentId}/file");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        // The Chinese name travels as RFC 5987 filename*.
        Assert.Equal("第8期 调研通知.txt", disposition.FileNameStar);
        Assert.Equal(ContentIdentity.Sha256Hex(bytes), response.Headers.ETag!.Tag.Trim('"'));
        Assert.StartsWith("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());

        var metadata = await client.OkJson($"/api/v1/documents/{documentId}");
        var original = metadata.GetProperty("document").GetProperty("original");
        Assert.Equal(bytes.Length, original.GetProperty("size").GetInt64());
        Assert.EndsWith($"/api/v1/documents/{documentId}/file", original.Str("url"));
    }

    [Theory]
    [InlineData("bytes=0-5", HttpStatusCode.PartialContent, 6)]
    [InlineData("items=0-5", HttpStatusCode.OK, null)]
    [InlineData("bytes=5-1", HttpStatusCode.OK, null)]
    public async Task A_range_in_bytes_is_answered_and_one_in_another_unit_or_unreadable_gets_the_whole_file(string range, HttpStatusCode status, int? length)
    {
        var bytes = Notice(Marker());
        var documentId = (await client.UploadAsync("范围.txt", bytes)).Str("document_id");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/documents/{documentId}/file");
        request.Headers.TryAddWithoutValidation("Range", range);

        using var response = await client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(bytes[..(length ?? bytes.Length)], await response.Content.ReadAsByteArrayAsync());
    }

    private long OriginalsBytes()
    {
        var folder = Path.Combine(archive.DataDirectory, "originals");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
    }

    [Fact]
    public async Task Identical_files_are_kept_once_and_take_no_more_room_than_their_own_size()
    {
        var bytes = Notice(Marker());
        var before = OriginalsBytes();

        var first = await client.UploadAsync("通知.txt", bytes);
        var second = await client.UploadAsync("通知（副本）.txt", bytes);

        Assert.Equal(("new", "unchanged"), (first.Str("status"), second.Str("status")));
        Assert.Equal(first.Str("document_id"), second.Str("document_id"));
        Assert.Equal(bytes.Length, OriginalsBytes() - before);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(archive.DataDirectory, "originals"), ContentIdentity.Sha256Hex(bytes), SearchOption.AllDirectories));
        // The name it first came under stays its download name.
        using var response = await client.GetAsync($"/api/v1/documents/{first.Str("document_id")}/file");
        Assert.Equal("通知.txt", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>
    /// An upload whose name is sent as RFC 5987 filename*, which can carry what HttpClient would never put in a header
    /// (quotes, line breaks): the way a hostile client names a file.
    /// </summary>
    private async Task<string> UploadNamed(string name, byte[] content)
    {
        var head = Encoding.UTF8.GetBytes($"--b\r\nContent-Disposition: form-data; name=\"files\"; filename*=UTF-8''{Uri.EscapeDataString(name)}\r\nContent-Type: application/octet-stream\r\n\r\n");
        var body = new ByteArrayContent([.. head, .. content, .. "\r\n--b--\r\n"u8.ToArray()]);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = body };
        request.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
        using var response = await client.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, answer);
        return System.Text.Json.JsonDocument.Parse(answer).RootElement.GetProperty("files")[0].Str("document_id");
    }

    [Theory]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData("..\\..\\boot.ini.txt", "boot.ini.txt")]
    [InlineData("a\"; filename=evil.html\r\nX-Injected: 1.txt", "a; filename=evil.htmlX-Injected 1.txt")]
    // A right-to-left override shows 通知\u202Egnp.txt as 通知txt.png: a name that lies about its type.
    [InlineData("通知\u202Egnp.txt", "通知gnp.txt")]
    // A name's rare ideographs are beyond the BMP; what undecodable bytes became is no character of it.
    [InlineData("𠮷野家通知.txt", "𠮷野家通知.txt")]
    [InlineData("\uFFFD\uFFFD通知.txt", "通知.txt")]
    public async Task A_download_name_is_a_plain_file_name_whatever_the_upload_was_called(string uploaded, string downloaded)
    {
        var documentId = await UploadNamed(uploaded, Notice(Marker()));

        using var response = await client.GetAsync($"/api/v1/documents/{documentId}/file");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Injected"));
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(downloaded, disposition.FileNameStar);
    }

    [Fact]
    public async Task A_deleted_document_has_no_file_and_one_from_before_originals_were_kept_says_so()
    {
        var documentId = (await client.UploadAsync("删除.txt", Notice(Marker()))).Str("document_id");
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/documents/{documentId}");
        delete.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
        (await client.SendAsync(delete)).Dispose();
        await client.GetProblem($"/api/v1/documents/{documentId}/file", HttpStatusCode.NotFound, "document_not_found");

        // A document stored the way the archive stored them before it kept originals.
        var bytes = Notice(Marker());
        var source = new SourceFile("/old/notice.txt", ContentIdentity.Sha256Hex(bytes), bytes.Length);
        var service = archive.Services.GetRequiredService<ArchiveService>();
        service.Store.Save(source, new Indexer.Parsing.DocumentParser(Indexer.Regions.Gazetteer.LoadDefault()).Parse(Encoding.UTF8.GetString(bytes)), "");
        var problem = await client.GetProblem($"/api/v1/documents/{source.DocumentId}/file", HttpStatusCode.NotFound, "original_not_kept");
        Assert.Contains("again", problem.Str("message_en"));

        await client.GetProblem("/api/v1/documents/..%2Fetc/file", HttpStatusCode.BadRequest, "invalid_id");
        await client.GetProblem("/api/v1/documents/0000000000000000/file", HttpStatusCode.NotFound, "document_not_found");
    }

    [Fact]
    public async Task A_kept_file_missing_on_the_server_is_a_404_that_says_so_and_is_logged()
    {
        var bytes = Notice(Marker());
        var documentId = (await client.UploadAsync("丢失.txt", bytes)).Str("document_id");
        var sha256 = ContentIdentity.Sha256Hex(bytes);
        File.Delete(Directory.EnumerateFiles(Path.Combine(archive.DataDirectory, "originals"), sha256, SearchOption.AllDirectories).Single());

        await client.GetProblem($"/api/v1/documents/{documentId}/file", HttpStatusCode.NotFound, "original_missing");

        Assert.Contains(archive.Logs.Lines, line => line.StartsWith("Error") && line.Contains(documentId) && line.Contains(sha256));
    }
}
