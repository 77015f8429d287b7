namespace Archive.Indexer.Store;

/// <summary>An article the search index refused: stored, but not searchable, and why.</summary>
public sealed record IndexFailure(string ArticleId, string Error);
