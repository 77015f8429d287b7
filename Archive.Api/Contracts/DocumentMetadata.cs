namespace Archive.Api.Contracts;

/// <summary>
/// A document's metadata as read from it and as editors corrected it (刊物, 期号, 日期, 文号 ...) and where it came
/// from (<c>source_url</c>: the web page's address, which its citation gives); <c>original</c> is the kept file (null for documents ingested before originals were kept); <c>revision</c>
/// counts the corrections and re-parses that changed it (its ETag is "{id}.{revision}").
/// </summary>
public sealed record DocumentMetadata(
    string Id,
    DocumentKind Kind,
    string? Title,
    string? Series,
    int? IssueNumber,
    int? TotalIssueNumber,
    DateOnly? Date,
    string? Publisher,
    string? Region,
    string? DocNumber,
    string? Urgency,
    string? Classification,
    string? Recipients,
    string? Author,
    string? Site,
    string? SourceUrl,
    int? Views,
    IReadOnlyDictionary<string, string>? Distribution,
    string? LeaderInstructions,
    string FileName,
    string Sha256,
    DateTimeOffset IngestedAt,
    DocumentStatus Status,
    string? SupersededBy,
    string? SupersededByUrl,
    TextRecognition? Recognition,
    OriginalLink? Original,
    int Revision,
    DateTimeOffset UpdatedAt,
    string ApiUrl)
{
    public static DocumentMetadata From(StoredDocument d, Links links) => new(
        d.Id, d.Kind, d.Title, d.Series, d.IssueNumber, d.TotalIssueNumber, d.Date, d.Publisher, d.Region, d.DocNumber,
        d.Urgency, d.Classification, d.Recipients, d.Author, d.Site, d.SourceUrl, d.Views, d.Distribution, d.LeaderInstructions,
        d.FileName, d.Sha256, d.IngestedAt, d.Status, d.SupersededBy, d.SupersededBy is { } newer ? links.ApiDocument(newer) : null,
        d.Recognition,
        d.Original is { } o ? new OriginalLink(o.FileName, o.MediaType, o.Size, links.ApiDocumentFile(d.Id)) : null,
        d.Revision, d.UpdatedAt, links.ApiDocument(d.Id));
}

/// <summary>The kept original file: its name, media type, size in bytes and where to download it.</summary>
public sealed record OriginalLink(string FileName, string MediaType, long Size, string Url);
