using Archive.Indexer.Chinese;

namespace Archive.Indexer.Search.Indexing;

/// <summary>What search adds to an article before it is stored: its keywords and its near-duplicate fingerprint.</summary>
internal sealed class ArticleEnricher(KeywordExtractor keywords) : IArticleEnricher
{
    public StoredArticle Enrich(StoredArticle article) => article with
    {
        Keywords = keywords.Extract(article.Title, article.Body),
        Fingerprint = SimHash.Compute(article.Body),
    };
}
