using System.Text.Json;

namespace Archive.Indexer.Model;

/// <summary>
/// One line of a document's audit log: who changed which field of the document or of one of its articles, when, from
/// what to what (canonical JSON values), and why. A split or a merge is one line, field "split" or "merge", whose new
/// value names the other article; a deletion or a restore is one line, field "delete" or "restore", from one status
/// to another ("active", "superseded", "deleted").
/// </summary>
public sealed record CorrectionEntry(
    long Id,
    string DocumentId,
    int Revision,
    string Target,
    string Field,
    JsonElement OldValue,
    JsonElement NewValue,
    string Editor,
    string? Reason,
    DateTimeOffset CorrectedAt)
{
    /// <summary>The articles a line concerns: its target, and the article a split made or a merge took in.</summary>
    public IEnumerable<string> Articles()
    {
        yield return Target;
        if (NewValue.ValueKind == JsonValueKind.Object && NewValue.TryGetProperty("article", out var other) && other.GetString() is { } id)
        {
            yield return id;
        }
    }

    public bool MovesBoundaries => Field is CorrectableField.Split or CorrectableField.Merge;

    /// <summary>A deletion or a restore: no field's value, so nothing a re-parse keeps.</summary>
    public bool ChangesStatus => Field is CorrectableField.Delete or CorrectableField.Restore;
}
