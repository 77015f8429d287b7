using System.Text.Json;

namespace Archive.Api.Contracts;

/// <summary>
/// One line of a document's audit log: who (an editor's account, or key:NAME for an API key) changed which field of
/// the document or of one of its articles (target), when, from what to what (JSON values), why, and the revision it
/// made. A split or a merge is one line, field "split" or "merge", whose new value names the other article.
/// </summary>
public sealed record CorrectionLine(long Id, int Revision, string Target, string Field, JsonElement OldValue, JsonElement NewValue,
    string Editor, string? Reason, DateTimeOffset CorrectedAt)
{
    public static CorrectionLine From(CorrectionEntry e) => new(e.Id, e.Revision, e.Target, e.Field, e.OldValue, e.NewValue, e.Editor, e.Reason, e.CorrectedAt);

    public static IReadOnlyList<CorrectionLine> From(IEnumerable<CorrectionEntry> entries) => [.. entries.Select(From)];
}

/// <summary>
/// A correction, split or merge done: the document's new revision and its ETag (send it as If-Match with the next
/// correction), the article a split made or a merge kept, and the audit lines written (none when nothing changed).
/// </summary>
public sealed record CorrectionResponse(string DocumentId, int Revision, string Etag, string? ArticleId, string? ArticleUrl, IReadOnlyList<CorrectionLine> Corrections);

/// <summary>A document's audit log, oldest first, and its current revision.</summary>
public sealed record CorrectionsResponse(string DocumentId, int Revision, string Etag, IReadOnlyList<CorrectionLine> Corrections);
