using System.Text;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Parsing;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Curation;

/// <summary>Every ingested file is kept byte for byte, once per content, and goes with its document.</summary>
public sealed class OriginalFilesTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ArchiveService _archive;

    public OriginalFilesTests() => _archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });

    public void Dispose()
    {
        _archive.Dispose();
        _temp.Dispose();
    }

    /// <summary>A notice of a few database pages, so that a database with no room left refuses it.</summary>
    private static byte[] Notice(string marker) => Encoding.UTF8.GetBytes(
        $"关于开展{marker}专项调研的通知\n\n各县（市、区）委组织部：\n\n" +
        string.Concat(Enumerable.Repeat($"请认真组织{marker}专项调研，按时报送材料。\n", 60)) + "\n中共安庆市委组织部\n2024年5月6日\n");

    private string OriginalsFolder => _temp.File("data/originals");

    private long OriginalsBytes => Directory.Exists(OriginalsFolder)
        ? Directory.EnumerateFiles(OriginalsFolder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
        : 0;

    private static byte[] Read(Stream? kept)
    {
        using var content = kept!;
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void Ingested_files_are_kept_byte_for_byte_once_per_content_with_name_type_and_size()
    {
        var folder = _temp.File("in");
        Directory.CreateDirectory(Path.Combine(folder, "copy"));
        var sample = Path.Combine(Samples.Folder, "000_037b87f1aeded1d9.txt");
        File.Copy(sample, Path.Combine(folder, "a-第8期.txt"));
        File.Copy(sample, Path.Combine(folder, "copy", "same-bytes.txt"));
        var gb = Encoding.GetEncoding("GB18030").GetBytes("关于开展专项调研的通知\n\n请各单位按时报送材料。\n");
        File.WriteAllBytes(Path.Combine(folder, "gb.txt"), gb);

        var report = _archive.Ingest([folder]);

        var bulletin = report.First(f => f.Path.EndsWith("a-第8期.txt")).DocumentId!;
        Assert.Equal(File.ReadAllBytes(sample), Read(_archive.OpenOriginal(bulletin)));
        // The name kept is the first it came under (folders are walked in order); the copy's is only a path that holds it.
        var original = _archive.FindDocument(bulletin)!.Original!;
        Assert.Equal(("a-第8期.txt", "text/plain; charset=utf-8", new FileInfo(sample).Length), (original.FileName, original.MediaType, original.Size));
        var gbKept = report.Single(f => f.Path.EndsWith("gb.txt")).DocumentId!;
        Assert.Equal(gb, Read(_archive.OpenOriginal(gbKept)));
        Assert.Equal("text/plain; charset=gb18030", _archive.FindDocument(gbKept)!.Original!.MediaType);
        // Two files with the same bytes are one document and one kept file: originals add their own size, no more.
        Assert.Equal(new FileInfo(sample).Length + gb.Length, OriginalsBytes);
        Assert.True(_archive.VerifyOriginals().AllIntact);
    }

    [Fact]
    public void An_upload_is_kept_under_its_own_name_and_goes_when_its_document_is_deleted()
    {
        var bytes = Notice("甲乙丙丁");
        var outcome = _archive.IngestUpload("调研通知.txt", bytes);

        Assert.Equal(bytes, Read(_archive.OpenOriginal(outcome.DocumentId!)));
        var document = _archive.FindDocument(outcome.DocumentId!)!;
        Assert.Equal("调研通知.txt", document.Original!.FileName);
        Assert.Equal("调研通知.txt", document.FileName);

        Assert.True(_archive.DeleteDocument(outcome.DocumentId!));
        Assert.Null(_archive.OpenOriginal(outcome.DocumentId!));
        Assert.Equal(0, OriginalsBytes);
        // The same bytes again stay deleted, and are not kept again.
        Assert.Equal(FileOutcomeStatus.Deleted, _archive.IngestUpload("调研通知.txt", bytes).Status);
        Assert.Equal(0, OriginalsBytes);
    }

    [Fact]
    public void A_file_that_fails_to_ingest_leaves_no_file_behind()
    {
        // A database that refuses the document (a full disk) takes the file back. Its text is random characters: the
        // store compresses text, and a notice of one repeated sentence would fit in the pages the database has.
        var random = new Random(7);
        var text = string.Concat(Enumerable.Range(0, 12_000).Select(i => i % 40 == 39 ? '\n' : (char)random.Next(0x4E00, 0x9FA5)));
        _archive.Store.MaxPageCount = _archive.Store.PageCount;
        Assert.Throws<StorageFullException>(() => _archive.IngestUpload("notice.txt", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Notice("戊己庚辛")) + text)));
        _archive.Store.MaxPageCount = null;
        Assert.Equal(0, OriginalsBytes);

        Assert.Equal(FileOutcomeStatus.Failed, _archive.IngestUpload("broken.pdf", "%PDF-1.7 this is not a pdf"u8.ToArray()).Status);
        Assert.Equal(FileOutcomeStatus.Failed, _archive.IngestUpload("empty.txt", Array.Empty<byte>()).Status);
        Assert.Equal(0, OriginalsBytes);
        Assert.True(_archive.VerifyOriginals() is { Checked: 0, Unreferenced.Count: 0 });
    }

    [Fact]
    public void A_document_stored_before_originals_were_kept_keeps_its_file_when_the_same_bytes_come_again()
    {
        var bytes = Notice("壬癸子丑");
        var source = new SourceFile("/old/notice.txt", ContentIdentity.Sha256Hex(bytes), bytes.Length);
        var parsed = Samples.Parser.Parse(Encoding.UTF8.GetString(bytes));
        _archive.Store.Save(source, parsed, Encoding.UTF8.GetString(bytes));
        Assert.Null(_archive.FindDocument(source.DocumentId)!.Original);
        Assert.Null(_archive.OpenOriginal(source.DocumentId));

        Assert.Equal(FileOutcomeStatus.Unchanged, _archive.IngestUpload("notice.txt", bytes).Status);

        Assert.Equal(bytes, Read(_archive.OpenOriginal(source.DocumentId)));
        Assert.Equal("notice.txt", _archive.FindDocument(source.DocumentId)!.Original!.FileName);
    }

    [Fact]
    public void Verify_reports_missing_and_damaged_files_and_files_no_document_refers_to()
    {
        var missing = _archive.IngestUpload("a.txt", Notice("寅卯辰巳")).DocumentId!;
        var damaged = _archive.IngestUpload("b.txt", Notice("午未申酉")).DocumentId!;
        _archive.IngestUpload("c.txt", Notice("戌亥甲乙"));
        var missingFile = _archive.Store.Originals.PathOf(_archive.FindDocument(missing)!.Sha256);
        var damagedFile = _archive.Store.Originals.PathOf(_archive.FindDocument(damaged)!.Sha256);
        File.Delete(missingFile);
        var bytes = File.ReadAllBytes(damagedFile);
        bytes[^3] ^= 0x20;
        File.WriteAllBytes(damagedFile, bytes);
        var stray = Path.Combine(OriginalsFolder, "00", new string('0', 64) + ".1234.partial");
        Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        File.WriteAllText(stray, "half");

        var report = _archive.VerifyOriginals();

        Assert.Equal(3, report.Checked);
        Assert.Equal([(missing, OriginalState.Missing), (damaged, OriginalState.Damaged)],
            report.Problems.Select(p => (p.DocumentId, p.State)).OrderBy(p => p.State));
        Assert.Equal([stray], report.Unreferenced);
        Assert.Null(_archive.OpenOriginal(missing));

        // Ingesting the file again restores a missing one.
        _archive.IngestUpload("a.txt", Notice("寅卯辰巳"));
        Assert.Equal(Notice("寅卯辰巳"), Read(_archive.OpenOriginal(missing)));
    }
}
