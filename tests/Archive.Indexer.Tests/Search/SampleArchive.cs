using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Search;

/// <summary>The five sample documents ingested once into a temporary archive, shared by the tests of a class.</summary>
public sealed class SampleArchive : IDisposable
{
    private readonly TempDirectory _temp = new();

    public SampleArchive()
    {
        Archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        Report = Archive.Ingest([Path.Combine(AppContext.BaseDirectory, "samples")]);
    }

    public ArchiveService Archive { get; }

    public IReadOnlyList<FileOutcome> Report { get; }

    public string DataDirectory => _temp.File("data");

    public void Dispose()
    {
        Archive.Dispose();
        _temp.Dispose();
    }
}
