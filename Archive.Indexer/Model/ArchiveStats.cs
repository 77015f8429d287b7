namespace Archive.Indexer.Model;

/// <param name="Failures">Files whose last ingestion failed.</param>
/// <param name="UnindexedArticles">Stored articles the search index refused (see <see cref="ArchiveService.IndexFailures"/>).</param>
public sealed record ArchiveStats(long Documents, long Articles, long IndexedArticles, long Failures, long UnindexedArticles);
