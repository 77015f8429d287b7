namespace Archive.Indexer.Model;

internal sealed record IngestProgress(int FilesDone, int FilesTotal, string? CurrentFile);

/// <summary>What one file became.</summary>
public sealed record FileOutcome(string Path, FileOutcomeStatus Status, string? DocumentId, int Articles, string? Error)
{
    /// <summary>For an upload of bytes already stored: what reading them again with the current parsers changed.</summary>
    public ReparseReport? Reparse { get; init; }
}

public enum FileOutcomeStatus
{
    New,
    Unchanged,
    /// <summary>New content at a path seen before: the old version is superseded.</summary>
    Superseded,
    Failed,
    Skipped,
    /// <summary>The same content was deleted from the archive: it stays deleted until restored (<see cref="ArchiveService.RestoreDocument"/>).</summary>
    Deleted,
}

/// <summary>A batch's outcomes summed up, as the CLI, the benchmarks and the tests print and check them.</summary>
internal static class FileOutcomes
{
    extension(IReadOnlyList<FileOutcome> files)
    {
        public int Count(FileOutcomeStatus status) => files.Count(f => f.Status == status);
        public int Articles => files.Sum(f => f.Articles);
        public bool HasFailures => files.Any(f => f.Status == FileOutcomeStatus.Failed);
    }
}
