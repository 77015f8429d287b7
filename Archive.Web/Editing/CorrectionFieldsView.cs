
namespace Archive.Web.Editing;

/// <summary>What a correction form of fields shows: the fields, their inputs and what they showed, the revision, the problems.</summary>
public sealed record CorrectionFieldsView(
    IReadOnlyList<CorrectableField> Fields,
    IReadOnlyDictionary<string, string> Inputs,
    IReadOnlyDictionary<string, string> Was,
    int Revision,
    IReadOnlyList<FieldProblem> Problems)
{
    public string? ProblemOf(string field) => Problems.FirstOrDefault(p => p.Field == field)?.MessageZh;
}
