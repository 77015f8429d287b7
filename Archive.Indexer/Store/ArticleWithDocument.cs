namespace Archive.Indexer.Store;

/// <summary>An article together with its document: everything one index entry is made from.</summary>
internal sealed record ArticleWithDocument(StoredArticle Article, StoredDocument Document);
