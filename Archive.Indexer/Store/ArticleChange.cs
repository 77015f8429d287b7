namespace Archive.Indexer.Store;

/// <summary>One entry of the store's change log: what the search index must do to follow the store.</summary>
internal sealed record ArticleChange(long Sequence, string ArticleId, ArticleChangeKind Kind);

internal enum ArticleChangeKind
{
    /// <summary>The article is active: (re)index it.</summary>
    Upsert,
    /// <summary>The article left search (its document was superseded or deleted): remove it from the index.</summary>
    Remove,
}
