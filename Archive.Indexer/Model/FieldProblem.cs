namespace Archive.Indexer.Model;

/// <summary>Why a value given for a field or a parameter (an editor's correction, a search URL's) cannot be taken as given, in English and Chinese.</summary>
public sealed record FieldProblem(string Field, string MessageEn, string MessageZh);
