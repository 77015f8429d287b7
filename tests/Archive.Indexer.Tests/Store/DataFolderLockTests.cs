using System.Text;

namespace Archive.Indexer.Tests.Store;

/// <summary>One process at a time writes an archive: another one is refused, saying so, and the first goes on.</summary>
public sealed class DataFolderLockTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Archive_commands_beside_an_open_archive_are_refused_and_its_index_stays_whole()
    {
        var data = _temp.File("data");
        File.WriteAllText(_temp.File("notice.txt"), "关于做好干部教育培训工作的通知\n\n各县区委组织部：请认真组织学习。");
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = data });
        archive.IngestUpload("first.txt", Encoding.UTF8.GetBytes("关于开展党员冬训的通知\n\n各县区委组织部：请认真组织冬训。"));

        var ingest = await ArchiveProcess.RunAsync(null, "ingest", _temp.File("notice.txt"), "--data", data);
        var reindex = await ArchiveProcess.RunAsync(null, "reindex", "--data", data);

        Assert.NotEqual(0, ingest.Exit);
        Assert.Contains("another process", ingest.Error);
        Assert.NotEqual(0, reindex.Exit);
        Assert.Contains("another process", reindex.Error);
        // Before, the reindex rebuilt the index under the open archive, whose next write found its segments gone.
        Assert.Equal(FileOutcomeStatus.New, archive.IngestUpload("second.txt", Encoding.UTF8.GetBytes("关于开展红旗渠精神专题培训的通知\n\n请认真组织。")).Status);
        Assert.Equal(1, archive.Search(new SearchRequest { Query = "红旗渠精神" }).Total);
        Assert.Equal(0, archive.Search(new SearchRequest { Query = "干部教育培训" }).FullMatches);
    }

    [Fact]
    public void The_archive_opens_again_once_the_process_that_had_it_open_closed_it()
    {
        var options = new ArchiveOptions { DataDirectory = _temp.File("data") };
        using (var first = ArchiveService.Open(options))
        {
            Assert.Contains("another process", Assert.Throws<IOException>(() => ArchiveService.Open(options)).Message);
        }

        using var again = ArchiveService.Open(options);
        Assert.Equal(0, again.Stats().Documents);
    }
}
