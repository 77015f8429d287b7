using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;
using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Tests.Abuse;

/// <summary>
/// A data folder damaged at rest (a disk, a copy or a person cut, removed or zeroed its files) opens either as the
/// archive it was, the index rebuilt from a whole store, or not at all with a plain reason and every file left as it
/// was: never a crash, never an index that quietly lacks what the store holds.
/// </summary>
public sealed class DamagedDataTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ArchiveOptions _options;

    public DamagedDataTests() => _options = new ArchiveOptions { DataDirectory = _temp.File("data") };

    public void Dispose() => _temp.Dispose();

    private string Index => _temp.File("data/index");

    private static IEnumerable<string> IndexFiles(string index) =>
        Directory.GetFiles(index).Where(f => !Path.GetFileName(f).StartsWith("write.lock", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>Every way the index folder is damaged at rest; a whole store under each.</summary>
    public static TheoryData<string> IndexDamage =>
    [
        "every file cut to half", "every file emptied", "the largest file cut by its last 100 bytes", "a postings file removed",
        "a postings file zeroed", "the stored fields zeroed", "the commit point removed", "a write.lock left behind", "the folder removed",
        "the folder replaced by a file",
    ];

    private void Damage(string shape)
    {
        var files = IndexFiles(Index).ToList();
        var largest = files.MaxBy(f => new FileInfo(f).Length)!;
        switch (shape)
        {
            case "every file cut to half":
                foreach (var file in files) Cut(file, new FileInfo(file).Length / 2);
                break;
            case "every file emptied":
                foreach (var file in files) Cut(file, 0);
                break;
            case "the largest file cut by its last 100 bytes":
                Cut(largest, new FileInfo(largest).Length - 100);
                break;
            case "a postings file removed":
                File.Delete(files.First(f => f.EndsWith(".doc", StringComparison.Ordinal)));
                break;
            case "a postings file zeroed":
                Zero(files.First(f => f.EndsWith(".doc", StringComparison.Ordinal)));
                break;
            case "the stored fields zeroed":
                Zero(files.First(f => f.EndsWith(".fdt", StringComparison.Ordinal)));
                break;
            case "the commit point removed":
                File.Delete(files.Single(f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal)));
                break;
            case "a write.lock left behind":
                File.WriteAllText(Path.Combine(Index, "write.lock"), "");
                break;
            case "the folder removed":
                Directory.Delete(Index, recursive: true);
                break;
            case "the folder replaced by a file":
                Directory.Delete(Index, recursive: true);
                File.WriteAllText(Index, "not an index");
                break;
        }

        static void Cut(string file, long length)
        {
            using var stream = File.Open(file, FileMode.Open);
            stream.SetLength(length);
        }

        static void Zero(string file) => File.WriteAllBytes(file, new byte[new FileInfo(file).Length]);
    }

    private ArchiveStats Fill()
    {
        using var archive = ArchiveService.Open(_options);
        archive.Ingest([Path.Combine(AppContext.BaseDirectory, "samples")]);
        Assert.Equal(1, archive.Search(new SearchRequest { Query = "连心卡" }).Total);
        return archive.Stats();
    }

    [Theory]
    [MemberData(nameof(IndexDamage))]
    public void An_index_damaged_at_rest_over_a_whole_store_is_rebuilt_and_finds_every_article_again(string shape)
    {
        var before = Fill();
        Damage(shape);

        using var archive = ArchiveService.Open(_options);

        var stats = archive.Stats();
        Assert.Equal(before.Articles, stats.Articles);
        Assert.Equal(stats.Articles, stats.IndexedArticles);
        Assert.Equal(1, archive.Search(new SearchRequest { Query = "连心卡" }).Total);
        Assert.Equal(stats.Articles, archive.Search(new SearchRequest { PageSize = 1, CollapseDuplicates = false }).Total);
    }

    /// <summary>Every way archive.db is damaged at rest (with its write-ahead log when the process was killed).</summary>
    public static TheoryData<string> StoreDamage =>
    [
        "archive.db cut to half", "archive.db cut to its first page", "archive.db emptied", "archive.db removed", "archive.db's middle zeroed",
        "a schema version from the future",
    ];

    [Theory]
    [MemberData(nameof(StoreDamage))]
    public void A_store_damaged_at_rest_is_refused_with_the_reason_and_its_files_kept_as_they_were(string shape)
    {
        var database = _temp.File("data/archive.db");
        KilledWhileOpen();
        DamageStore(shape, database);
        var files = Snapshot();

        var refused = Record.Exception(() => ArchiveService.Open(_options).Dispose());

        Assert.IsType<DamagedStoreException>(refused);
        Assert.Contains("archive.db", refused.Message);
        // SQLite may add its empty side files (-wal, -shm) as it tries; whatever was there stays as it was.
        Assert.Empty(files.Except(Snapshot()));
    }

    /// <summary>
    /// SQLite reads a write-ahead log only up to its last frame whose checksum holds: the transactions after it are
    /// gone, and nothing tells them from a log that was never written. The index, which may hold them, agrees with
    /// the store after opening.
    /// </summary>
    [Theory]
    [InlineData("its write-ahead log cut")]
    [InlineData("its write-ahead log zeroed")]
    public void A_store_whose_last_writes_a_damaged_log_lost_opens_with_the_index_rebuilt_to_match_and_says_so(string shape)
    {
        KilledWhileOpen();
        DamageStore(shape, _temp.File("data/archive.db"));

        using var archive = ArchiveService.Open(_options);

        var stats = archive.Stats();
        Assert.Equal(stats.Articles, stats.IndexedArticles);
        Assert.Equal(stats.Articles, archive.Search(new SearchRequest { PageSize = 1, CollapseDuplicates = false }).Total);
    }

    /// <summary>A filled archive as a killed process leaves it: archive.db with its write-ahead log, the index's lock.</summary>
    private void KilledWhileOpen()
    {
        using (var archive = ArchiveService.Open(_options))
        {
            archive.Ingest([Path.Combine(AppContext.BaseDirectory, "samples")]);
            // A change after the last checkpoint, held in the log, while the folder is copied as a kill would leave it.
            archive.DeleteDocument(archive.Search(new SearchRequest { Query = "连心卡" }).Hits[0].DocumentId!);
            CopyFolder(_temp.File("data"), _temp.File("killed"));
        }
        Directory.Delete(_temp.File("data"), recursive: true);
        Directory.Move(_temp.File("killed"), _temp.File("data"));
        Assert.True(File.Exists(_temp.File("data/archive.db-wal")));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        // The folder's lock is held (a copy could not read it); a killed process leaves the file, unlocked.
        foreach (var file in Directory.GetFiles(from))
        {
            if (Path.GetFileName(file) == "archive.lock") File.WriteAllText(Path.Combine(to, "archive.lock"), "");
            else File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var folder in Directory.GetDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    private static void DamageStore(string shape, string database)
    {
        var wal = database + "-wal";
        switch (shape)
        {
            case "archive.db cut to half":
                Checkpointed();
                SetLength(database, new FileInfo(database).Length / 2);
                break;
            case "archive.db cut to its first page":
                Checkpointed();
                SetLength(database, 16_384);
                break;
            case "archive.db emptied":
                Checkpointed();
                SetLength(database, 0);
                break;
            case "archive.db removed":
                Checkpointed();
                File.Delete(database);
                File.Delete(wal);
                File.Delete(database + "-shm");
                break;
            case "archive.db's middle zeroed":
                Checkpointed();
                using (var stream = File.Open(database, FileMode.Open))
                {
                    stream.Position = stream.Length / 3;
                    stream.Write(new byte[stream.Length / 3]);
                }
                break;
            case "its write-ahead log cut":
                SetLength(wal, new FileInfo(wal).Length / 2);
                break;
            case "its write-ahead log zeroed":
                File.WriteAllBytes(wal, new byte[new FileInfo(wal).Length]);
                break;
            case "a schema version from the future":
                using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "INSERT INTO schema_version (version) VALUES (999)";
                    command.ExecuteNonQuery();
                }
                break;
        }

        void Checkpointed()
        {
            using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
        }

        static void SetLength(string file, long length)
        {
            using var stream = File.Open(file, FileMode.Open);
            stream.SetLength(length);
        }
    }

    /// <summary>Every file of the data folder but the locks, with its bytes' hash.</summary>
    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(_temp.File("data"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(_temp.File("data"), f),
                f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void An_index_ahead_of_a_store_that_lost_its_last_writes_is_rebuilt_to_match_and_opening_says_so()
    {
        var older = _temp.File("archive.db.older");
        using (var archive = ArchiveService.Open(_options))
        {
            archive.IngestUpload("a.txt", "关于做好干部教育培训工作的通知\n\n各县区委组织部：请认真做好红旗渠精神专题培训。"u8.ToArray());
        }
        File.Copy(_temp.File("data/archive.db"), older);
        Fill();
        File.Copy(older, _temp.File("data/archive.db"), overwrite: true);

        using var reopened = ArchiveService.Open(_options);

        Assert.Contains("lost its last writes", reopened.Repair);
        Assert.Equal(1, reopened.Stats().Articles);
        Assert.Equal(1, reopened.Stats().IndexedArticles);
        Assert.Equal(0, reopened.Search(new SearchRequest { Query = "连心卡" }).Total);
    }
}
