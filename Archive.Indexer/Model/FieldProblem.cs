namespace Archive.Indexer.Model;

/// <summary>Why a value given for a field or a parameter (an editor's correction, a search URL's) cannot be taken as given, in English and Chinese.</summary>
public sealed record FieldProblem(string Field, string MessageEn, string MessageZh)
{
    /// <summary>
    /// For a value changed to fit or left out (the messages say what was done instead): what is wrong alone, for an
    /// answer that refuses it rather than search otherwise than asked (an export, a feed). Null for a refusal.
    /// </summary>
    public FieldProblem? Unadjusted { get; init; }
}
