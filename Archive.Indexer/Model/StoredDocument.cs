
namespace Archive.Indexer.Model;

/// <summary>A document as the store keeps it: its metadata (as read, or as editors corrected it), plus where it came from.</summary>
public sealed record StoredDocument : DocumentMetadata
{
    /// <summary>Stable id derived from the content (a prefix of the sha256 of the file's bytes).</summary>
    public required string Id { get; init; }
    /// <summary>The file name it was ingested from (without folders).</summary>
    public required string FileName { get; init; }
    public required string Sha256 { get; init; }
    public required DateTimeOffset IngestedAt { get; init; }
    public DocumentStatus Status { get; init; } = DocumentStatus.Active;
    /// <summary>The id of the version that replaced it, when superseded: where an old version's readers go.</summary>
    public string? SupersededBy { get; init; }
    /// <summary>Set when some or all of its text was recognized from page images (识别文本) rather than read.</summary>
    public TextRecognition? Recognition { get; init; }
    /// <summary>The file it was read from, as kept; null when it was ingested before originals were kept, or deleted.</summary>
    public OriginalFile? Original { get; init; }
    /// <summary>How many times editors corrected it or a re-parse changed it: the version two editors compare.</summary>
    public int Revision { get; init; }
    /// <summary>When it last changed: ingested, corrected or re-parsed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}

public enum DocumentStatus
{
    Active,
    /// <summary>A newer version of the same file replaced it: kept in history, out of search.</summary>
    Superseded,
    Deleted,
}
