namespace Archive.Indexer.Model;

/// <summary>
/// An article with its document (dates, series) and its citation: an entry of a search's feed. Its page adds the
/// rest of its issue and its twins elsewhere; a feed entry leaves them empty.
/// </summary>
public sealed record ArticleDetail(StoredArticle Article, StoredDocument Document, Citation Citation)
{
    /// <summary>The other articles of its document, in order (its page only).</summary>
    public IReadOnlyList<ArticleRef> SameIssue { get; init; } = [];
    /// <summary>Near-duplicate twins of this article elsewhere (亦见于; its page only).</summary>
    public IReadOnlyList<ArticleRef> AlsoPublishedIn { get; init; } = [];
    /// <summary>
    /// For an article of a version a newer file replaced: the same article in the version current now (its near-duplicate,
    /// else the one under its title); null for an article of a current document, or one the current version no longer holds.
    /// </summary>
    public ArticleRef? CurrentVersion { get; init; }
}

/// <summary>GB/T 7714-2015 reference and the short form people write (《安庆组工信息》2022年第8期).</summary>
public sealed record Citation(string Gbt7714, string Short);

/// <param name="Corrections">The audit log: every correction, split and merge editors made, oldest first.</param>
public sealed record DocumentDetail(StoredDocument Document, IReadOnlyList<ArticleRef> Articles, string OriginalText, IReadOnlyList<CorrectionEntry> Corrections);
