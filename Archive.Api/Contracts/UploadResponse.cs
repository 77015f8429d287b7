
namespace Archive.Api.Contracts;

/// <summary>What each uploaded file became.</summary>
public sealed record UploadResponse(int Ingested, int Failed, IReadOnlyList<UploadedFile> Files);

/// <summary>
/// One uploaded file: its name as stored (folders and unsafe characters removed), what happened
/// (new, unchanged, superseded, failed, skipped) and, when it failed, why.
/// </summary>
public sealed record UploadedFile(string FileName, long Bytes, FileOutcomeStatus Status, string? DocumentId, int Articles, string? ApiUrl, FileError? Error)
{
    public bool Ingested => Status is FileOutcomeStatus.New or FileOutcomeStatus.Unchanged or FileOutcomeStatus.Superseded;

    /// <summary>
    /// For a file already stored (unchanged): what reading it again with the current parsers changed, and where the
    /// parser now disagrees with editors' corrections (which stay).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Indexer.Model.ReparseReport? Reparse { get; init; }
}

/// <summary>Why a file was not ingested: a stable code and the reason in Chinese and English.</summary>
public sealed record FileError(string Code, string MessageZh, string MessageEn);
