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
}
