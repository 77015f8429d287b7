
namespace Archive.Api.Contracts;

/// <summary>An article with everything its page shows: full text, metadata, its document, the rest of its issue, citations.</summary>
public sealed record ArticleResponse(
    string Id,
    string DocumentId,
    int Ordinal,
    string Title,
    string? Subtitle,
    string? Section,
    string? SourceDepartment,
    string? Region,
    int? Page,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Captions,
    string Body,
    IReadOnlyList<string> Keywords,
    string Permalink,
    Citation Citation,
    DocumentMetadata Document,
    IReadOnlyList<ArticleLink> SameIssue,
    IReadOnlyList<ArticleLink> Duplicates,
    ArticleLink? CurrentVersion)
{
    public static ArticleResponse From(ArticleDetail detail, Links links)
    {
        var article = detail.Article;
        return new(
            article.Id, article.DocumentId, article.Ordinal, article.Title, article.Subtitle, article.Section,
            article.SourceDepartment, article.Region, article.Page, article.Authors, article.Captions, article.Body,
            article.Keywords, links.Permalink(article.Id),
            detail.Citation,
            DocumentMetadata.From(detail.Document, links),
            [.. detail.SameIssue.Select(r => ArticleLink.From(r, links))],
            [.. detail.AlsoPublishedIn.Select(r => ArticleLink.From(r, links))],
            detail.CurrentVersion is { } current ? ArticleLink.From(current, links) : null);
    }
}
