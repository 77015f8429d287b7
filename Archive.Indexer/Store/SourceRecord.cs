namespace Archive.Indexer.Store;

/// <summary>
/// The last thing that happened to a path. On failure the sha256 and document id of the last good
/// ingestion are kept, so a later fixed version still supersedes the right document.
/// </summary>
internal sealed record SourceRecord(
    string Path,
    string? Sha256,
    long? Size,
    DateTimeOffset IngestedAt,
    FileOutcomeStatus Status,
    string? Error,
    string? DocumentId);
