using System.Text;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Search;

/// <summary>An archive in a temporary folder that a test class fills with short pages (a title line and a body), shared by its tests.</summary>
public abstract class PageArchive : IDisposable
{
    private readonly TempDirectory _temp = new();

    protected PageArchive() => Archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });

    public ArchiveService Archive { get; }

    /// <summary>Uploads a page; the id of its document.</summary>
    protected string Add(string name, string title, string body)
    {
        var outcome = Archive.IngestUpload(name, Encoding.UTF8.GetBytes($"{title}\n\n{body}\n"));
        Assert.Equal(FileOutcomeStatus.New, outcome.Status);
        return outcome.DocumentId!;
    }

    public void Dispose()
    {
        Archive.Dispose();
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
