using System.Text;
using Archive.Indexer.Cli;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Ingestion;

/// <summary>
/// A disk that fills up during an ingest, made real with SQLite's max_page_count: the database answers SQLITE_FULL
/// at a chosen size, exactly as on a full disk.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private const int Files = 30;
    private readonly TempDirectory _temp = new();
    private readonly ArchiveService _archive;

    public FullDiskTests() => _archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });

    public void Dispose()
    {
        _archive.Dispose();
        _temp.Dispose();
    }

    /// <summary>Four characters no other file of the batch holds, so a search tells which files are in.</summary>
    private static string Marker(int file) => new([.. Enumerable.Range(0, 4).Select(i => (char)(0x6000 + file * 8 + i))]);

    /// <summary>
    /// A notice of about 3,000 characters (a third of a database page) or, with more lines, larger than a page.
    /// Random characters (below the markers' range), since the store compresses text and a repeated sentence would
    /// take next to nothing.
    /// </summary>
    private static byte[] Notice(int file, int lines = 40)
    {
        var random = new Random(file);
        var text = Enumerable.Range(0, lines).Select(_ => new string([.. Enumerable.Range(0, 70).Select(_ => (char)random.Next(0x4E00, 0x5FFF))]));
        return Encoding.UTF8.GetBytes(
            $"关于开展{Marker(file)}专项调研的通知\n\n各县（市、区）委组织部：\n\n" + string.Concat(text.Select(line => $"{line}。\n")) +
            "\n中共安庆市委组织部\n2024年5月6日\n");
    }

    private string Batch()
    {
        var folder = _temp.File("in");
        Directory.CreateDirectory(folder);
        for (var file = 0; file < Files; file++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"notice-{file:D2}.txt"), Notice(file));
        }
        return folder;
    }

    private long Found(int file) => _archive.Search(new SearchRequest { Query = $"\"{Marker(file)}\"", WithFacets = false }).Total;

    [Fact]
    public void A_full_database_stops_the_batch_keeps_every_whole_file_and_the_same_command_finishes_it()
    {
        var batch = Batch();
        // Room for 160 KB more: about half the batch.
        _archive.Store.MaxPageCount = _archive.Store.PageCount + 160 * 1024 / ArchiveStore.PageSize;

        var full = Assert.Throws<StorageFullException>(() => _archive.Ingest([batch]));

        var stored = full.Stored.Where(f => f.Status == FileOutcomeStatus.New).ToList();
        Assert.InRange(stored.Count, 1, Files - 1);
        Assert.DoesNotContain(full.Stored, f => f.Status == FileOutcomeStatus.Failed);
        // Exactly the files reported are stored, each whole and searchable; the one being stored left nothing.
        Assert.Equal(stored.Count, _archive.Stats().Documents);
        Assert.Equal(0, _archive.Stats().Failures);
        Assert.All(stored, f => Assert.Single(_archive.GetDocument(f.DocumentId!)!.Articles));
        for (var file = 0; file < Files; file++)
        {
            Assert.Equal(file < stored.Count ? 1 : 0, Found(file));
        }

        var message = IngestCommand.DiskFullMessage(full, _temp.File("data"));
        Assert.Contains("is full", message);
        Assert.Contains($"{stored.Count} files were stored", message);
        Assert.Contains("run the same command again", message);

        _archive.Store.MaxPageCount = null;
        var rerun = _archive.Ingest([batch]);

        Assert.Equal(Files - stored.Count, rerun.Count(FileOutcomeStatus.New));
        Assert.Equal(stored.Count, rerun.Count(FileOutcomeStatus.Unchanged));
        Assert.Equal(Files, _archive.Stats().Documents);
        Assert.All(Enumerable.Range(0, Files), file => Assert.Equal(1, Found(file)));
    }

    [Fact]
    public void An_upload_to_a_full_database_is_refused_whole()
    {
        _archive.Store.MaxPageCount = _archive.Store.PageCount;

        // Larger than a page: it cannot fit in the room left in the pages the database has.
        var full = Assert.Throws<StorageFullException>(() => _archive.IngestUpload("notice.txt", Notice(1, lines: 300)));

        Assert.Empty(full.Stored);
        Assert.Equal(0, _archive.Stats().Documents);
        _archive.Store.MaxPageCount = null;
        Assert.Equal(FileOutcomeStatus.New, _archive.IngestUpload("notice.txt", Notice(1, lines: 300)).Status);
        Assert.Equal(1, Found(1));
    }

    [Fact]
    public void No_space_left_on_a_device_is_told_apart_from_other_input_output_errors()
    {
        // /dev/full answers every write with ENOSPC, as a full disk does.
        var noSpace = Record.Exception(() => File.WriteAllBytes("/dev/full", new byte[1]));
        var missing = Record.Exception(() => File.ReadAllBytes(_temp.File("missing.txt")));

        Assert.True(StorageFullException.IsDiskFull(noSpace));
        Assert.True(StorageFullException.IsDiskFull(new AggregateException(noSpace)));
        Assert.False(StorageFullException.IsDiskFull(missing));
        Assert.False(StorageFullException.IsDiskFull(new IOException("the file is locked")));
    }
}
