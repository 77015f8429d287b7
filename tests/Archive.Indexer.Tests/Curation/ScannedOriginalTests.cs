using System.IO.Compression;
using Archive.Indexer.Ingestion;
using Archive.Indexer.Tests.Conversion;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Curation;

/// <summary>A scanned issue, one document of many page images: its pages are kept as one zip and read again from it.</summary>
[Collection(OfficeFilesCollection.Name)]
public sealed class ScannedOriginalTests(OfficeFiles files) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_pages_of_a_scanned_issue_are_kept_in_page_order_and_a_reparse_recognizes_them_again()
    {
        var folder = Directory.CreateDirectory(_temp.File("in/第8期")).FullName;
        for (var i = 0; i < files.ScanPages.Count; i++) File.WriteAllBytes(Path.Combine(folder, $"page-{i + 9}.jpg"), files.ScanPages[i]);
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        var document = Assert.Single(archive.Ingest([_temp.File("in")])).DocumentId!;

        var original = archive.FindDocument(document)!.Original!;
        Assert.Equal(("第8期.zip", KeptOriginals.PagesMediaType), (original.FileName, original.MediaType));
        using (var zip = new ZipArchive(archive.OpenOriginal(document)!))
        {
            Assert.Equal(Enumerable.Range(9, files.ScanPages.Count).Select(n => $"page-{n}.jpg"), zip.Entries.Select(e => e.Name));
            using var first = new MemoryStream();
            zip.Entries[0].Open().CopyTo(first);
            Assert.Equal(files.ScanPages[0], first.ToArray());
        }
        Assert.True(archive.VerifyOriginals().AllIntact);

        var reparse = archive.Reparse(document);

        Assert.Equal((ReparseStatus.Reparsed, false), (reparse.Status, reparse.Changed));
    }
}
