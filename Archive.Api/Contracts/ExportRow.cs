using System.Globalization;

namespace Archive.Api.Contracts;

/// <summary>
/// One line of an export (CSV column or JSON member names in snake_case); citation is the GB/T 7714 reference, doc_number
/// the document's 文号 (last: a column added after the others, so that a reader going by position still finds them).
/// </summary>
public sealed record ExportRow(
    string Id,
    string DocumentId,
    string Title,
    string? Kind,
    string? Series,
    int? IssueNumber,
    int? TotalIssueNumber,
    DateOnly? Date,
    string? Section,
    string? SourceDepartment,
    string? Region,
    string Permalink,
    string? Citation,
    string? DocNumber)
{
    /// <summary>The CSV header: the JSON member names.</summary>
    public static readonly string[] Columns =
        ["id", "document_id", "title", "kind", "series", "issue_number", "total_issue_number", "date", "section", "source_department", "region", "permalink", "citation", "doc_number"];

    /// <summary>The CSV fields, in the order of <see cref="Columns"/>.</summary>
    public string?[] Fields() =>
    [
        Id, DocumentId, Title, Kind, Series, IssueNumber?.ToString(CultureInfo.InvariantCulture), TotalIssueNumber?.ToString(CultureInfo.InvariantCulture),
        Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Section, SourceDepartment, Region, Permalink, Citation, DocNumber,
    ];

    public static ExportRow From(SearchHit hit, Links links) => new(
        hit.ArticleId, hit.DocumentId, hit.Title, hit.Kind, hit.Series, hit.IssueNumber, hit.TotalIssueNumber, hit.Date, hit.Section,
        hit.SourceDepartment, hit.Region, links.Permalink(hit.ArticleId), hit.Citation?.Gbt7714, hit.DocNumber);
}
