
namespace Archive.Indexer.Model;

/// <summary>
/// Adds what the parsers do not compute (keywords, the SimHash fingerprint) to each article before it is
/// stored. The search side provides one; without it articles are stored with neither.
/// </summary>
internal interface IArticleEnricher
{
    /// <returns>The article with Keywords and Fingerprint set; its id and text must stay as they are.</returns>
    StoredArticle Enrich(StoredArticle article);
}
