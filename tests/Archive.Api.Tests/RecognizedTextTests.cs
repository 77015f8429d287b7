using Archive.Indexer.Parsing;
using Archive.Indexer.Store;

namespace Archive.Api.Tests;

/// <summary>
/// A document whose text was recognized from scanned pages is marked as such (识别文本, with its mean confidence) in
/// the API and on the article's page; a document that was read is not. The store holds what the OCR reader recorded
/// (tests/Archive.Indexer.Tests/Conversion recognizes real scans into it).
/// </summary>
public sealed class RecognizedTextTests
{
    private const string Bulletin = "000_037b87f1aeded1d9.txt";

    [Fact]
    public async Task The_api_and_the_article_page_say_the_text_was_recognized_and_how_surely()
    {
        using var host = new ArchiveApiFactory(new Dictionary<string, string?> { ["Archive:SeedSamples"] = "false" });
        var recognized = StoreScan(host.DataDirectory, new TextRecognition(2, 3, 0.912));
        var client = host.CreateClient();

        var article = await client.OkJson($"/api/v1/articles/{recognized}-1");
        var page = await client.GetStringAsync($"/articles/{recognized}-1");

        var recognition = article.GetProperty("document").GetProperty("recognition");
        Assert.Equal(2, recognition.GetProperty("recognized_pages").GetInt32());
        Assert.Equal(3, recognition.GetProperty("total_pages").GetInt32());
        Assert.Equal(0.912, recognition.GetProperty("mean_confidence").GetDouble());
        Assert.Contains("识别文本", page);
        Assert.Contains("3 页中有 2 页由扫描图像识别（OCR），平均置信度 91%", page);
    }

    [Fact]
    public async Task Text_that_was_read_carries_no_recognition()
    {
        using var host = new ArchiveApiFactory(new Dictionary<string, string?> { ["Archive:SeedSamples"] = "false" });
        var read = StoreScan(host.DataDirectory, null);
        var client = host.CreateClient();

        var article = await client.OkJson($"/api/v1/articles/{read}-1");
        var page = await client.GetStringAsync($"/articles/{read}-1");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, article.GetProperty("document").GetProperty("recognition").ValueKind);
        Assert.DoesNotContain("识别文本", page);
    }

    /// <summary>Stores the sample bulletin as the OCR reader would, before the host opens the data folder; returns its document id.</summary>
    private static string StoreScan(string dataDirectory, TextRecognition? recognition)
    {
        Directory.CreateDirectory(dataDirectory);
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", Bulletin));
        var source = new SourceFile("/scans/安庆组工信息 第8期.pdf", ContentIdentity.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(text)), text.Length);
        using var store = ArchiveStore.Open(Path.Combine(dataDirectory, "archive.db"));
        store.Save(source, DocumentParser.CreateDefault().Parse(text), text, recognition: recognition);
        return source.DocumentId;
    }
}
