namespace Archive.Indexer.Ingestion;

/// <summary>
/// A file found under the paths given, a folder of page images read as one document (<see cref="Pages"/>, in page
/// order), or a path that could not be walked and why.
/// </summary>
internal sealed record SourceEntry(string Path, FileOutcomeStatus? Problem = null, string? Reason = null, IReadOnlyList<string>? Pages = null);
