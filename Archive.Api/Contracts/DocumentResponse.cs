
namespace Archive.Api.Contracts;

/// <summary>A document: its metadata, its articles in order, the text as it was read from the file, and its audit log.</summary>
public sealed record DocumentResponse(DocumentMetadata Document, IReadOnlyList<ArticleLink> Articles, string OriginalText, IReadOnlyList<CorrectionLine> Corrections)
{
    public static DocumentResponse From(DocumentDetail detail, Links links) => new(
        DocumentMetadata.From(detail.Document, links),
        [.. detail.Articles.Select(r => ArticleLink.From(r, links))],
        detail.OriginalText,
        CorrectionLine.From(detail.Corrections));
}
