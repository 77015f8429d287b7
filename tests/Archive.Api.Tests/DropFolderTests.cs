using System.Text;
using Archive.Api.DropFolders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Archive.Api.Tests.TestDocuments;

namespace Archive.Api.Tests;

/// <summary>
/// A host watching a drop folder, with a clock that moves only when a test moves it: whether a file has been quiet
/// long enough is then decided by the test, not by how busy the machine is.
/// </summary>
public sealed class DropFolderArchive : ArchiveApiFactory
{
    public const int QuietSeconds = 5;

    public DropFolderArchive() : this(Path.Combine(Path.GetTempPath(), "archive-api-tests-" + Guid.NewGuid().ToString("N")))
    {
    }

    private DropFolderArchive(string root) : base(new Dictionary<string, string?>
    {
        ["Archive:SeedSamples"] = "false",
        ["Archive:DropFolders:0"] = Path.Combine(root, "drop"),
        ["Archive:DropFolder:QuietSeconds"] = QuietSeconds.ToString(),
        ["Archive:DropFolder:PollSeconds"] = "0.2",
    }, root) => Directory.CreateDirectory(DropPath);

    public string DropPath => Path.Combine(Root, "drop");

    public StoppedClock Clock { get; } = new();

    /// <summary>The watcher the host runs, to look at the folder now.</summary>
    public DropFolderWatcher Watcher => Services.GetServices<IHostedService>().OfType<DropFolderWatcher>().Single();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) DeleteTree(Root);
    }
}

/// <summary>A clock that stands still until moved on; its timers still run on real time.</summary>
public sealed class StoppedClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public void Advance(TimeSpan by) => _now += by;

    public override DateTimeOffset GetUtcNow() => _now;
}

[CollectionDefinition(Name)]
public sealed class DropFolderArchiveCollection : ICollectionFixture<DropFolderArchive>
{
    public const string Name = "drop folder archive";
}

[Collection(DropFolderArchiveCollection.Name)]
public sealed class DropFolderTests(DropFolderArchive archive)
{
    private readonly HttpClient client = archive.CreateClient();

    private string Dropped(string name) => Path.Combine(archive.DropPath, name);

    private async Task<long> Total(string query) =>
        (await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString(query))).GetProperty("total").GetInt64();

    /// <summary>Lets the folder be looked at, then the quiet time pass, then looked at again.</summary>
    private async Task QuietTimePasses()
    {
        await archive.Watcher.PollAsync();
        archive.Clock.Advance(TimeSpan.FromSeconds(DropFolderArchive.QuietSeconds + 1));
        await archive.Watcher.PollAsync();
    }

    [Fact]
    public async Task A_file_dropped_half_written_is_ingested_once_and_whole()
    {
        var (head, tail) = (Marker(), Marker());
        var whole = Encoding.UTF8.GetBytes($"关于开展{head}专项调研的通知\n\n各县（市、区）委组织部：\n\n为深入了解基层党组织建设情况，决定开展{head}专项调研。\n\n请于月底前报送{tail}调研材料。\n\n中共安庆市委组织部\n2024年5月6日\n");
        var half = whole.Length / 2;
        await File.WriteAllBytesAsync(Dropped("调研通知.txt"), whole[..half]);

        await archive.Watcher.PollAsync();
        archive.Clock.Advance(TimeSpan.FromSeconds(DropFolderArchive.QuietSeconds - 1));
        await archive.Watcher.PollAsync();
        Assert.True(File.Exists(Dropped("调研通知.txt")), "a file quiet for less than the quiet time is left alone");
        Assert.Equal(0, await Total(head));

        await using (var writer = new FileStream(Dropped("调研通知.txt"), FileMode.Append))
        {
            await writer.WriteAsync(whole.AsMemory(half));
        }
        File.SetLastWriteTimeUtc(Dropped("调研通知.txt"), DateTime.UtcNow.AddSeconds(1));
        await archive.Watcher.PollAsync();
        archive.Clock.Advance(TimeSpan.FromSeconds(2));
        await archive.Watcher.PollAsync();
        Assert.True(File.Exists(Dropped("调研通知.txt")), "the quiet time starts again when the file changes");

        archive.Clock.Advance(TimeSpan.FromSeconds(DropFolderArchive.QuietSeconds));
        await archive.Watcher.PollAsync();
        await archive.Watcher.PollAsync();

        Assert.False(File.Exists(Dropped("调研通知.txt")));
        Assert.Equal(whole, await File.ReadAllBytesAsync(Path.Combine(archive.DropPath, DropFolder.Ingested, "调研通知.txt")));
        Assert.Equal(1, await Total(head));
        Assert.Equal(1, await Total(tail));
        var document = (await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString(tail))).Items("hits").Single().Str("document_id");
        Assert.Equal(whole, await client.GetByteArrayAsync($"/api/v1/documents/{document}/file"));
        Assert.Single(archive.Logs.Lines, l => l.Contains("调研通知.txt: New"));
    }

    [Fact]
    public async Task A_file_that_fails_is_moved_aside_with_a_note_and_never_taken_again()
    {
        var name = $"报告-{Marker()}.pdf";
        await File.WriteAllTextAsync(Dropped(name), "这不是 PDF 文件");
        await File.WriteAllBytesAsync(Dropped("tool.exe"), [0x4D, 0x5A, 0x90, 0x00]);

        await QuietTimePasses();
        archive.Clock.Advance(TimeSpan.FromSeconds(DropFolderArchive.QuietSeconds + 1));
        await archive.Watcher.PollAsync();

        var failed = Path.Combine(archive.DropPath, DropFolder.Failed);
        Assert.True(File.Exists(Path.Combine(failed, name)));
        Assert.Contains("Not ingested", await File.ReadAllTextAsync(Path.Combine(failed, name + ".why.txt")));
        Assert.Contains("not supported", await File.ReadAllTextAsync(Path.Combine(failed, "tool.exe.why.txt")));
        Assert.Single(archive.Logs.Lines, l => l.Contains($"{name}: Failed"));
        Assert.False(File.Exists(Dropped(name)));
    }

    [Fact]
    public async Task A_link_dropped_in_place_of_a_file_is_not_followed()
    {
        var marker = Marker();
        var secret = Path.Combine(archive.Root, $"secret-{marker}.txt");
        await File.WriteAllBytesAsync(secret, Notice(marker));
        File.CreateSymbolicLink(Dropped($"link-{marker}.txt"), secret);

        await QuietTimePasses();

        Assert.Equal(0, await Total(marker));
        var failed = Path.Combine(archive.DropPath, DropFolder.Failed);
        Assert.NotNull(new FileInfo(Path.Combine(failed, $"link-{marker}.txt")).LinkTarget);
        Assert.Contains("a link, not a file", await File.ReadAllTextAsync(Path.Combine(failed, $"link-{marker}.txt.why.txt")));
        Assert.Equal(Notice(marker), await File.ReadAllBytesAsync(secret));
    }

    [Fact]
    public async Task A_file_named_as_long_as_a_name_can_be_is_set_aside_with_its_note()
    {
        // 250 bytes: the name fits, the name with ".why.txt" after it does not.
        var marker = Marker();
        var name = marker + new string('报', (250 - Encoding.UTF8.GetByteCount(marker + ".txt")) / 3) + ".txt";
        await File.WriteAllBytesAsync(Dropped(name), []);

        await QuietTimePasses();

        Assert.False(File.Exists(Dropped(name)));
        var note = Assert.Single(Directory.GetFiles(Path.Combine(archive.DropPath, DropFolder.Failed), marker + "*.why.txt"));
        Assert.Contains("empty", await File.ReadAllTextAsync(note));
        Assert.True(File.Exists(note[..^".why.txt".Length]));
        Assert.DoesNotContain(archive.Logs.Lines, l => l.Contains(marker) && l.Contains("could not be moved"));
    }

    [Fact]
    public async Task A_pipe_dropped_in_place_of_a_file_is_set_aside_without_waiting_for_a_writer()
    {
        var marker = Marker();
        var pipe = Dropped($"pipe-{marker}.txt");
        Assert.Equal(0, MakeFifo(pipe, 0b110_110_110));

        var looked = QuietTimePasses();
        // A watchdog for a hang only: reading a pipe waits for a writer, for ever if none comes.
        var answered = await Task.WhenAny(looked, Task.Delay(TimeSpan.FromSeconds(60))) == looked;
        if (!answered) await File.WriteAllBytesAsync(pipe, []); // lets the stuck reader go
        Assert.True(answered, "the watcher waits on the pipe");

        var failed = Path.Combine(archive.DropPath, DropFolder.Failed);
        Assert.Contains("empty", await File.ReadAllTextAsync(Path.Combine(failed, $"pipe-{marker}.txt.why.txt")));
        await File.WriteAllBytesAsync(Dropped($"{marker}.txt"), Notice(marker));
        await QuietTimePasses();
        Assert.Equal(1, await Total(marker));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, uint mode);

    [Fact]
    public async Task The_watcher_takes_a_complete_file_by_itself()
    {
        var marker = Marker();
        await File.WriteAllBytesAsync(Dropped($"{marker}.txt"), Notice(marker));
        await archive.Watcher.PollAsync();

        archive.Clock.Advance(TimeSpan.FromSeconds(DropFolderArchive.QuietSeconds + 1));

        await Eventually.True(async () => await Total(marker) == 1, "the watcher ingests the file");
        await Eventually.True(() => Task.FromResult(File.Exists(Path.Combine(archive.DropPath, DropFolder.Ingested, $"{marker}.txt"))), "the file is moved to ingested/");
    }

    [Fact]
    public async Task A_drop_folder_that_vanishes_or_is_no_folder_is_logged_when_it_starts_and_watched_again()
    {
        var aside = archive.DropPath + ".aside";
        Directory.Move(archive.DropPath, aside);
        try
        {
            await QuietTimePasses();
            await archive.Watcher.PollAsync();
            await File.WriteAllTextAsync(archive.DropPath, "a file where the folder was");
            await archive.Watcher.PollAsync();
            await archive.Watcher.PollAsync();
            File.Delete(archive.DropPath);
        }
        finally
        {
            Directory.Move(aside, archive.DropPath);
        }
        var marker = Marker();
        await File.WriteAllBytesAsync(Dropped($"{marker}.txt"), Notice(marker));
        await QuietTimePasses();

        Assert.Equal(1, await Total(marker));
        // Each problem is said when it starts, not at every poll. The host's own polls (every 0.2 s) may also see the
        // folder missing between the file's deletion and the folder's return: a second start, said again.
        var said = archive.Logs.Lines.Where(l => l.Contains("Drop folder")).ToList();
        Assert.Contains(said, l => l.Contains("does not exist (or was removed)"));
        Assert.Single(said, l => l.Contains("is a file, not a folder"));
        Assert.Contains(said, l => l.Contains("can be read again"));
        Assert.DoesNotContain(said.Zip(said.Skip(1)), pair => pair.First == pair.Second);
    }
}
