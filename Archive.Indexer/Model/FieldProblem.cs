namespace Archive.Indexer.Model;

/// <summary>Why an editor's value for a field (or a split or merge) cannot be taken, in English and Chinese.</summary>
public sealed record FieldProblem(string Field, string MessageEn, string MessageZh);
