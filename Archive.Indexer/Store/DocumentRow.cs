using System.Globalization;
using System.Text.Json;
using Archive.Indexer.Parsing;

namespace Archive.Indexer.Store;

/// <summary>A documents row as SQLite holds it (text dates, JSON lists, the original text as <see cref="StoredText"/>); converts to and from the records.</summary>
internal sealed class DocumentRow
{
    public const string Columns =
        "id AS Id, sha256 AS Sha256, kind AS Kind, title AS Title, series AS Series, issue_number AS IssueNumber, " +
        "total_issue_number AS TotalIssueNumber, date AS Date, publisher AS Publisher, region AS Region, " +
        "doc_number AS DocNumber, urgency AS Urgency, classification AS Classification, recipients AS Recipients, " +
        "author AS Author, site AS Site, views AS Views, distribution AS Distribution, " +
        "leader_instructions AS LeaderInstructions, file_name AS FileName, ingested_at AS IngestedAt, status AS Status, " +
        "recognition AS Recognition, original_name AS OriginalName, original_type AS OriginalType, original_size AS OriginalSize, " +
        "original_sha256 AS OriginalSha256, revision AS Revision, updated_at AS UpdatedAt, superseded_by AS SupersededBy, source_url AS SourceUrl";

    /// <summary>The columns a parse fills: all but identity, origin, status and what editors and the archive add.</summary>
    public const string ParsedColumns =
        "kind, title, series, issue_number, total_issue_number, date, publisher, region, doc_number, urgency, classification, " +
        "recipients, author, site, source_url, views, distribution, leader_instructions, contents, original_text, recognition";

    public const string ParsedAssignments =
        "kind = @Kind, title = @Title, series = @Series, issue_number = @IssueNumber, total_issue_number = @TotalIssueNumber, " +
        "date = @Date, publisher = @Publisher, region = @Region, doc_number = @DocNumber, urgency = @Urgency, " +
        "classification = @Classification, recipients = @Recipients, author = @Author, site = @Site, source_url = @SourceUrl, views = @Views, " +
        "distribution = @Distribution, leader_instructions = @LeaderInstructions, contents = @Contents, original_text = @OriginalText, " +
        "recognition = @Recognition";

    public string Id { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Title { get; set; }
    public string? Series { get; set; }
    public long? IssueNumber { get; set; }
    public long? TotalIssueNumber { get; set; }
    public string? Date { get; set; }
    public string? Publisher { get; set; }
    public string? Region { get; set; }
    public string? DocNumber { get; set; }
    public string? Urgency { get; set; }
    public string? Classification { get; set; }
    public string? Recipients { get; set; }
    public string? Author { get; set; }
    public string? Site { get; set; }
    public string? SourceUrl { get; set; }
    public long? Views { get; set; }
    public string? Distribution { get; set; }
    public string? LeaderInstructions { get; set; }
    public string? Contents { get; set; }
    public string FileName { get; set; } = "";
    public string IngestedAt { get; set; } = "";
    public string Status { get; set; } = "";
    public object OriginalText { get; set; } = "";
    public string? Recognition { get; set; }
    public string? OriginalName { get; set; }
    public string? OriginalType { get; set; }
    public long? OriginalSize { get; set; }
    public string? OriginalSha256 { get; set; }
    public long Revision { get; set; }
    public string? UpdatedAt { get; set; }
    public string? SupersededBy { get; set; }

    /// <param name="articles">The articles stored with it: its original text is kept as references into their bodies where it can
    /// (<see cref="Store.OriginalText"/>); null keeps it whole.</param>
    public static DocumentRow From(SourceFile source, ParsedDocument parsed, string originalText, TextRecognition? recognition, DateTimeOffset now,
        IReadOnlyList<StoredArticle>? articles = null) => new()
    {
        Id = source.DocumentId,
        Sha256 = source.Sha256,
        Kind = parsed.Kind.ToString(),
        Title = parsed.Title,
        Series = parsed.Series,
        IssueNumber = parsed.IssueNumber,
        TotalIssueNumber = parsed.TotalIssueNumber,
        Date = FormatDate(parsed.Date),
        Publisher = parsed.Publisher,
        Region = parsed.Region,
        DocNumber = parsed.DocNumber,
        Urgency = parsed.Urgency,
        Classification = parsed.Classification,
        Recipients = parsed.Recipients,
        Author = parsed.Author,
        Site = parsed.Site,
        SourceUrl = parsed.SourceUrl,
        Views = parsed.Views,
        Distribution = parsed.Distribution is null ? null : JsonSerializer.Serialize(parsed.Distribution),
        LeaderInstructions = parsed.LeaderInstructions,
        Contents = parsed.Contents.Count == 0 ? null : JsonSerializer.Serialize(parsed.Contents),
        FileName = source.FileName,
        IngestedAt = now.ToString("O", CultureInfo.InvariantCulture),
        Status = nameof(DocumentStatus.Active),
        OriginalText = articles is null ? StoredText.Encode(originalText) : Store.OriginalText.Encode(originalText, articles),
        Recognition = recognition is null ? null : JsonSerializer.Serialize(recognition),
    };

    public StoredDocument ToStored() => new()
    {
        Id = Id,
        Kind = Enum.Parse<DocumentKind>(Kind),
        Title = Title,
        Series = Series,
        IssueNumber = (int?)IssueNumber,
        TotalIssueNumber = (int?)TotalIssueNumber,
        Date = Date is null ? null : DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Publisher = Publisher,
        Region = Region,
        DocNumber = DocNumber,
        Urgency = Urgency,
        Classification = Classification,
        Recipients = Recipients,
        Author = Author,
        Site = Site,
        SourceUrl = SourceUrl,
        Views = (int?)Views,
        Distribution = Distribution is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(Distribution),
        LeaderInstructions = LeaderInstructions,
        FileName = FileName,
        Sha256 = Sha256,
        IngestedAt = DateTimeOffset.Parse(IngestedAt, CultureInfo.InvariantCulture),
        Status = Enum.Parse<DocumentStatus>(Status),
        SupersededBy = SupersededBy,
        Recognition = Recognition is null ? null : JsonSerializer.Deserialize<TextRecognition>(Recognition),
        Original = OriginalSize is { } size ? new OriginalFile(OriginalSha256!, OriginalName!, OriginalType!, size) : null,
        Revision = (int)Revision,
        UpdatedAt = DateTimeOffset.Parse(UpdatedAt ?? IngestedAt, CultureInfo.InvariantCulture),
    };

    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
