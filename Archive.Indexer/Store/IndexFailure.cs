namespace Archive.Indexer.Store;

/// <summary>An article the search index refused: stored, but not searchable, and why.</summary>
internal sealed record IndexFailure(string ArticleId, string Error);
