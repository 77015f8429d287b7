using System.Globalization;
using System.Text.Json;
using Archive.Web.Browse;
using Microsoft.AspNetCore.Http;

namespace Archive.Web.Editing;

/// <summary>
/// What a correction form posts: each field's input beside the value it showed ("was.{field}"), the revision the page
/// was made from, and a reason. Only fields whose input differs from what they showed are corrections, so a field
/// the editor left alone never overwrites another editor's change to it.
/// </summary>
public static class CorrectionForm
{
    public const string WasPrefix = "was.";
    public const string Revision = "revision";
    public const string Reason = "reason";

    /// <summary>
    /// Sends a form of fields (<see cref="CorrectableField.Document"/> or <see cref="CorrectableField.Article"/>) to the
    /// engine: the fields changed, by the editor who sent them, against the revision the form was made from. When it
    /// is refused, the form to show again: after another editor's change, this editor's own changes over the current
    /// values; otherwise the inputs as sent, with their problems. Null when it was done.
    /// </summary>
    public static (CorrectionResult Result, CorrectionFieldsView? Again) Submit(IFormCollection form, IReadOnlyList<CorrectableField> fields, StoredDocument document,
        string editor, Func<Dictionary<string, JsonElement>, Indexer.Model.Editing, CorrectionResult> correct, Func<IReadOnlyDictionary<string, JsonElement>> current)
    {
        var editing = Editing(form, editor);
        var changed = Changed(form, fields);
        var result = editing is null ? CorrectionResult.Invalid(document.Id, [CorrectionPages.Incomplete])
            : changed.Count == 0 ? new CorrectionResult(CorrectionStatus.Applied, document.Id)
            : correct(changed, editing);
        if (result.Status == CorrectionStatus.Applied) return (result, null);
        if (result.Status != CorrectionStatus.Conflict)
        {
            return (result, new CorrectionFieldsView(fields, Posted(form, fields), Posted(form, fields, WasPrefix), editing?.SeenRevision ?? document.Revision, result.Problems));
        }
        var now = current();
        return (result, new CorrectionFieldsView(fields, Retained(form, fields, now), Inputs(now), result.Revision, []));
    }

    /// <summary>The fields the editor changed, as the engine takes them (text).</summary>
    private static Dictionary<string, JsonElement> Changed(IFormCollection form, IReadOnlyList<CorrectableField> fields) =>
        fields
            .Where(f => form.ContainsKey(f.Name) && Text(form, f.Name) != Text(form, WasPrefix + f.Name))
            .ToDictionary(f => f.Name, f => JsonSerializer.SerializeToElement(Text(form, f.Name)));

    /// <summary>Who corrects, why, and the revision the form was made from; null when the form does not say (not one of ours).</summary>
    public static Indexer.Model.Editing? Editing(IFormCollection form, string editor) =>
        int.TryParse(form[Revision], NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? new Indexer.Model.Editing(editor, Text(form, Reason) is { Length: > 0 } reason ? reason : null, revision)
            : null;

    /// <summary>The form's inputs as the current values show them.</summary>
    public static Dictionary<string, string> Inputs(IReadOnlyDictionary<string, JsonElement> current) =>
        current.ToDictionary(v => v.Key, v => FieldText.Input(v.Value));

    /// <summary>The editor's inputs as posted: shown again with the problems they caused.</summary>
    private static Dictionary<string, string> Posted(IFormCollection form, IReadOnlyList<CorrectableField> fields, string prefix = "") =>
        fields.ToDictionary(f => f.Name, f => Text(form, prefix + f.Name));

    /// <summary>
    /// After another editor's change: the fields this editor changed keep their input, the others show the current
    /// values, so sending the form again takes only what this editor meant.
    /// </summary>
    private static Dictionary<string, string> Retained(IFormCollection form, IReadOnlyList<CorrectableField> fields, IReadOnlyDictionary<string, JsonElement> current)
    {
        var changed = Changed(form, fields);
        return Inputs(current).ToDictionary(v => v.Key, v => changed.ContainsKey(v.Key) ? Text(form, v.Key) : v.Value);
    }

    private static string Text(IFormCollection form, string name) => form[name].ToString().Trim();
}
