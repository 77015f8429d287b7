using Archive.Indexer.Chinese;

namespace Archive.Indexer.Search.Indexing;

/// <summary>
/// What search adds to an article before it is stored: its keywords and its near-duplicate fingerprint, both read off
/// the text as the index reads it (simplified script, no pinyin glosses): a traditional-script copy has the keywords
/// its search finds it by (党员, not 黨員, in the keyword facet and in similar articles) and its original's fingerprint.
/// </summary>
internal sealed class ArticleEnricher(KeywordExtractor keywords, ScriptFolding folding) : IArticleEnricher
{
    public StoredArticle Enrich(StoredArticle article)
    {
        var body = FoldedTextAnalyzer.Read(article.Body, folding);
        return article with
        {
            Keywords = keywords.Extract(FoldedTextAnalyzer.Read(article.Title, folding), body),
            Fingerprint = SimHash.Compute(body),
        };
    }

    /// <summary>What <see cref="Terms"/> reads of a body: enough for its subject, and a request never segments a book.</summary>
    private const int TermsReading = 20_000;

    /// <summary>
    /// The article's <paramref name="count"/> best words with their scores, read as its keywords are (see
    /// <see cref="KeywordExtractor.Terms"/>), from its first <see cref="TermsReading"/> characters.
    /// </summary>
    public IReadOnlyList<(string Word, double Score)> Terms(StoredArticle article, int count) =>
        keywords.Terms(FoldedTextAnalyzer.Read(article.Title, folding), FoldedTextAnalyzer.Read(Reading(article), folding), count);

    /// <summary>The part of the article's body <see cref="Terms"/> reads: its first <see cref="TermsReading"/> characters.</summary>
    public static string Reading(StoredArticle article) => article.Body.Length <= TermsReading ? article.Body
        : article.Body[..(char.IsHighSurrogate(article.Body[TermsReading - 1]) ? TermsReading - 1 : TermsReading)];
}
