namespace Archive.Indexer.Model;

/// <summary>What became of a correction, a split or a merge.</summary>
public sealed record CorrectionResult(CorrectionStatus Status, string DocumentId)
{
    /// <summary>The document's revision after the correction (Applied), or as it is now (Conflict).</summary>
    public int Revision { get; init; }
    /// <summary>The audit lines written (Applied), or those written since the revision the editor saw (Conflict).</summary>
    public IReadOnlyList<CorrectionEntry> Entries { get; init; } = [];
    /// <summary>Why the values cannot be taken (Invalid); nothing was changed.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; init; } = [];
    /// <summary>The article a split made, or the one a merge kept.</summary>
    public string? ArticleId { get; init; }

    public static CorrectionResult NotFound(string documentId) => new(CorrectionStatus.NotFound, documentId);

    public static CorrectionResult Invalid(string documentId, IReadOnlyList<FieldProblem> problems) =>
        new(CorrectionStatus.Invalid, documentId) { Problems = problems };
}

public enum CorrectionStatus
{
    Applied,
    /// <summary>A value cannot be taken (a date that is no date, an empty title, a split outside the article ...).</summary>
    Invalid,
    /// <summary>Another editor changed what this correction touches since the revision the editor saw.</summary>
    Conflict,
    /// <summary>No such document or article, or it was deleted.</summary>
    NotFound,
    /// <summary>The document was superseded by a newer version of its file: correct that one.</summary>
    Superseded,
}
