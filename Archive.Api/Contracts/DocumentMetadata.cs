using Archive.Indexer.Parsing;
using Archive.Indexer.Store;

namespace Archive.Api.Contracts;

/// <summary>A document's metadata as read from it (刊物, 期号, 日期, 文号 ...) and where it came from.</summary>
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
    int? Views,
    IReadOnlyDictionary<string, string>? Distribution,
    string? LeaderInstructions,
    string FileName,
    string Sha256,
    DateTimeOffset IngestedAt,
    DocumentStatus Status,
    RecognizedText? Recognition,
    string ApiUrl)
{
    public static DocumentMetadata From(StoredDocument d, Links links) => new(
        d.Id, d.Kind, d.Title, d.Series, d.IssueNumber, d.TotalIssueNumber, d.Date, d.Publisher, d.Region, d.DocNumber,
        d.Urgency, d.Classification, d.Recipients, d.Author, d.Site, d.Views, d.Distribution, d.LeaderInstructions,
        d.FileName, d.Sha256, d.IngestedAt, d.Status, RecognizedText.From(d.Recognition), links.ApiDocument(d.Id));
}
