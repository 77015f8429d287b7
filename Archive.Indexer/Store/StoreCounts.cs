namespace Archive.Indexer.Store;

/// <summary>What the store holds: active documents and articles, and paths whose last ingestion failed.</summary>
internal sealed record StoreCounts(long Documents, long Articles, long Failures);
