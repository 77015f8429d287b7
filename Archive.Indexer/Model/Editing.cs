namespace Archive.Indexer.Model;

/// <summary>
/// Who corrects, why, and which revision of the document they saw: when the document has changed since in what
/// this correction touches, the correction is refused and the editor is told what changed (null: no such check).
/// </summary>
public sealed record Editing(string Editor, string? Reason = null, int? SeenRevision = null)
{
    public const int MaxReasonLength = 500;
    /// <summary>The longest title a correction or a split may give an article.</summary>
    public const int MaxTitleLength = 300;
}
