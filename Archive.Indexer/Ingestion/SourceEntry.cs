namespace Archive.Indexer.Ingestion;

/// <summary>A file found under the paths given, or a path that could not be walked and why.</summary>
internal sealed record SourceEntry(string Path, FileOutcomeStatus? Problem = null, string? Reason = null);
