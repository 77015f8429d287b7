using Archive.Indexer.Search;
using Archive.Indexer.Store;

namespace Archive.Indexer;

/// <summary>
/// The engine's one façade: the CLI, the API and the UI call this and never reach into Lucene or SQLite.
/// Thread-safe; open one per data folder and process.
/// </summary>
public sealed class ArchiveService : IDisposable
{
    // CONTRACT ONLY: the lead fills these in when the store, ingestion and search branches land.
    public static ArchiveService Open(ArchiveOptions options) => throw new NotImplementedException();

    /// <summary>Ingests files and folders (recursively); one transaction per file; failures are recorded, never thrown.</summary>
    public IngestReport Ingest(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Ingests one uploaded file given by name and bytes (the name is used for its extension only).</summary>
    public FileOutcome IngestUpload(string fileName, ReadOnlyMemory<byte> content) => throw new NotImplementedException();

    public SearchResults Search(SearchRequest request) => throw new NotImplementedException();

    public ArticleDetail? GetArticle(string articleId) => throw new NotImplementedException();

    public DocumentDetail? GetDocument(string documentId) => throw new NotImplementedException();

    /// <summary>The most similar other articles; with otherRegionsOnly, only those from regions other than the article's own.</summary>
    public IReadOnlyList<SearchHit> Similar(string articleId, bool otherRegionsOnly, int count = 10) => throw new NotImplementedException();

    /// <summary>Every publication with its issues by year: the archive of past bulletins.</summary>
    public IReadOnlyList<SeriesTimeline> Series() => throw new NotImplementedException();

    /// <summary>Marks a document deleted (kept in history) and removes its articles from search. False when unknown.</summary>
    public bool DeleteDocument(string documentId) => throw new NotImplementedException();

    /// <summary>Rebuilds the index from the store.</summary>
    public void Reindex(IProgress<IngestProgress>? progress = null) => throw new NotImplementedException();

    public ArchiveStats Stats() => throw new NotImplementedException();

    public void Dispose() => throw new NotImplementedException();
}

/// <summary>Where the archive lives and its limits; every value has a default that needs no configuration.</summary>
public sealed record ArchiveOptions
{
    /// <summary>Holds archive.db (SQLite) and index/ (Lucene).</summary>
    public string DataDirectory { get; init; } = "data";
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;
}

public sealed record IngestProgress(int FilesDone, int FilesTotal, string? CurrentFile);

/// <summary>What one file became.</summary>
public sealed record FileOutcome(string Path, FileOutcomeStatus Status, string? DocumentId, int Articles, string? Error);

public enum FileOutcomeStatus
{
    New,
    Unchanged,
    /// <summary>New content at a path seen before: the old version is superseded.</summary>
    Superseded,
    Failed,
    Skipped,
}

public sealed record IngestReport(IReadOnlyList<FileOutcome> Files)
{
    public int Count(FileOutcomeStatus status) => Files.Count(f => f.Status == status);
    public int Articles => Files.Sum(f => f.Articles);
    public bool HasFailures => Files.Any(f => f.Status == FileOutcomeStatus.Failed);
}

/// <summary>An article with everything its page shows.</summary>
public sealed record ArticleDetail(
    StoredArticle Article,
    StoredDocument Document,
    IReadOnlyList<ArticleRef> SameIssue,
    IReadOnlyList<ArticleRef> AlsoPublishedIn,
    Citation Citation);

/// <summary>GB/T 7714-2015 reference and the short form people write (《安庆组工信息》2022年第8期).</summary>
public sealed record Citation(string Gbt7714, string Short);

public sealed record DocumentDetail(StoredDocument Document, IReadOnlyList<ArticleRef> Articles, string OriginalText);

public sealed record SeriesTimeline(string Series, IReadOnlyList<SeriesYear> Years);

public sealed record SeriesYear(int Year, IReadOnlyList<IssueSummary> Issues);

public sealed record IssueSummary(string DocumentId, int? IssueNumber, DateOnly? Date, IReadOnlyList<ArticleRef> Articles);

public sealed record ArchiveStats(long Documents, long Articles, long IndexedArticles, long Failures);
