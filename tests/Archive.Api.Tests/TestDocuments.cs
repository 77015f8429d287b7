using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>Files to upload that no sample and no other test holds, and uploading them with the test key.</summary>
public static class TestDocuments
{
    /// <summary>Four random Chinese characters: a word no sample and no other test contains.</summary>
    public static string Marker() => new([.. Enumerable.Range(0, 4).Select(_ => (char)Random.Shared.Next(0x5000, 0x9000))]);

    /// <summary>A small notice with a word no sample contains, so a search tells whether it is in.</summary>
    public static byte[] Notice(string marker) => Encoding.UTF8.GetBytes(
        $"关于开展{marker}专项调研的通知\n\n各县（市、区）委组织部：\n\n为深入了解基层党组织建设情况，经研究，决定开展{marker}专项调研。请各单位认真组织，按时报送材料。\n\n中共安庆市委组织部\n2024年5月6日\n");

    /// <summary>Uploads one file with the test key; its entry in the answer (status, document_id ...).</summary>
    public static async Task<JsonElement> UploadAsync(this HttpClient client, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
        form.Add(part, "files", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = form };
        request.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var root = JsonDocument.Parse(body).RootElement;
        return (root.TryGetProperty("files", out var files) ? files : throw new InvalidOperationException(body)).EnumerateArray().Single().Clone();
    }
}
