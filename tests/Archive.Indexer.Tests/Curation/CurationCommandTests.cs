using Archive.Indexer.Store;
using Archive.Indexer.Tests.Parsing;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Curation;

/// <summary>`archive verify`, `archive reparse` and `archive restore`.</summary>
public sealed class CurationCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Verify_reports_a_damaged_original_and_reparse_keeps_a_correction()
    {
        var data = _temp.File("data");
        string document;
        using (var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = data }))
        {
            document = archive.IngestUpload("第8期.txt", File.ReadAllBytes(Path.Combine(Samples.Folder, "000_037b87f1aeded1d9.txt"))).DocumentId!;
            archive.CorrectArticle(ContentIdentity.ArticleId(document, 2), new Dictionary<string, System.Text.Json.JsonElement>
            {
                ["title"] = CanonicalJson.Of("大观区考察识别干部"),
            }, new Editing("张编辑"));
        }

        var reparse = await ArchiveProcess.RunAsync(null, "reparse", "--data", data);
        var intact = await ArchiveProcess.RunAsync(null, "verify", "--data", data);
        var file = Directory.EnumerateFiles(Path.Combine(data, "originals"), "*", SearchOption.AllDirectories).Single();
        await File.AppendAllTextAsync(file, "x");
        var damaged = await ArchiveProcess.RunAsync(null, "verify", "--data", data);

        Assert.Equal(0, reparse.Exit);
        Assert.Contains("read again: 1 documents, 0 changed", reparse.Output);
        Assert.Contains("大观区考察识别干部", reparse.Output);
        Assert.Contains("大观区在疫情", reparse.Output);
        Assert.Equal(0, intact.Exit);
        Assert.Contains("1 intact, 0 missing, 0 damaged", intact.Output);
        Assert.Equal(1, damaged.Exit);
        Assert.Contains(document, damaged.Output);
        Assert.Contains("damaged", damaged.Output);
    }

    [Fact]
    public async Task Restore_brings_a_deleted_document_back_from_its_file_and_refuses_another()
    {
        var data = _temp.File("data");
        var sample = Path.Combine(Samples.Folder, "000_037b87f1aeded1d9.txt");
        var other = _temp.File("other.txt");
        await File.WriteAllTextAsync(other, "另一份文件。");
        string document;
        using (var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = data }))
        {
            document = archive.IngestUpload("第8期.txt", await File.ReadAllBytesAsync(sample)).DocumentId!;
            Assert.True(archive.DeleteDocument(document));
        }

        var wrong = await ArchiveProcess.RunAsync(null, "restore", document, other, "--data", data);
        var folder = await ArchiveProcess.RunAsync(null, "restore", document, _temp.Path, "--data", data);
        var restored = await ArchiveProcess.RunAsync(null, "restore", document, sample, "--data", data);
        var again = await ArchiveProcess.RunAsync(null, "restore", document, sample, "--data", data);

        Assert.Equal(1, wrong.Exit);
        Assert.Contains("not the one it was read from", wrong.Output);
        Assert.Equal(2, folder.Exit);
        Assert.Contains("is a folder", folder.Output + folder.Error);
        Assert.Equal(0, restored.Exit);
        Assert.Contains("read again: 1 documents, 1 changed", restored.Output);
        Assert.Equal(1, again.Exit);
        Assert.Contains("no such deleted document", again.Output);
        using var reopened = ArchiveService.Open(new ArchiveOptions { DataDirectory = data });
        Assert.Equal(DocumentStatus.Active, reopened.FindDocument(document)!.Status);
    }
}
