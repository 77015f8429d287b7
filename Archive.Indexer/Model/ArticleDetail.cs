namespace Archive.Indexer.Model;

/// <summary>An article with everything its page shows.</summary>
public sealed record ArticleDetail(
    StoredArticle Article,
    StoredDocument Document,
    IReadOnlyList<ArticleRef> SameIssue,
    IReadOnlyList<ArticleRef> AlsoPublishedIn,
    Citation Citation);

/// <summary>An article of a search's feed: with its document (dates, series) and its citation.</summary>
public sealed record FeedEntry(StoredArticle Article, StoredDocument Document, Citation Citation);

/// <summary>GB/T 7714-2015 reference and the short form people write (《安庆组工信息》2022年第8期).</summary>
public sealed record Citation(string Gbt7714, string Short);

/// <param name="Corrections">The audit log: every correction, split and merge editors made, oldest first.</param>
public sealed record DocumentDetail(StoredDocument Document, IReadOnlyList<ArticleRef> Articles, string OriginalText, IReadOnlyList<CorrectionEntry> Corrections);
