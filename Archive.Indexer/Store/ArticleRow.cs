using System.Text.Json;

namespace Archive.Indexer.Store;

/// <summary>An articles row as SQLite holds it: lists as JSON, the 64-bit fingerprint as a signed INTEGER, the body as <see cref="StoredText"/>.</summary>
internal sealed class ArticleRow
{
    public const string Columns = Head + "a.body AS Body" + Tail;

    /// <summary>Every column but the body, read as empty: for lists and citations, which never show it.</summary>
    public const string ColumnsWithoutBody = Head + "'' AS Body" + Tail;

    private const string Head =
        "a.id AS Id, a.document_id AS DocumentId, a.ordinal AS Ordinal, a.title AS Title, a.subtitle AS Subtitle, " +
        "a.section AS Section, a.source_department AS SourceDepartment, a.region AS Region, a.page AS Page, " +
        "a.authors AS Authors, a.captions AS Captions, ";

    private const string Tail = ", a.keywords AS Keywords, a.fingerprint AS Fingerprint, a.merged_into AS MergedInto, a.twin_group AS TwinGroup";

    /// <summary>The columns a parse fills (keywords and fingerprint are computed from them).</summary>
    public const string ParsedColumns = "title, subtitle, section, source_department, region, page, authors, captions, body";

    public const string Insert =
        """
        INSERT INTO articles (id, document_id, ordinal, title, subtitle, section, source_department, region, page,
            authors, captions, body, keywords, fingerprint)
        VALUES (@Id, @DocumentId, @Ordinal, @Title, @Subtitle, @Section, @SourceDepartment, @Region, @Page,
            @Authors, @Captions, @Body, @Keywords, @Fingerprint)
        """;

    public string Id { get; set; } = "";
    public string DocumentId { get; set; } = "";
    public long Ordinal { get; set; }
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    public string? Section { get; set; }
    public string? SourceDepartment { get; set; }
    public string? Region { get; set; }
    public long? Page { get; set; }
    public string Authors { get; set; } = "[]";
    public string Captions { get; set; } = "[]";
    public object Body { get; set; } = "";
    public string Keywords { get; set; } = "[]";
    public long? Fingerprint { get; set; }
    public string? MergedInto { get; set; }
    public string? TwinGroup { get; set; }

    public static ArticleRow From(StoredArticle article) => new()
    {
        Id = article.Id,
        DocumentId = article.DocumentId,
        Ordinal = article.Ordinal,
        Title = article.Title,
        Subtitle = article.Subtitle,
        Section = article.Section,
        SourceDepartment = article.SourceDepartment,
        Region = article.Region,
        Page = article.Page,
        Authors = JsonSerializer.Serialize(article.Authors),
        Captions = JsonSerializer.Serialize(article.Captions),
        Body = StoredText.Encode(article.Body),
        Keywords = JsonSerializer.Serialize(article.Keywords),
        Fingerprint = article.Fingerprint is { } fingerprint ? unchecked((long)fingerprint) : null,
    };

    public StoredArticle ToStored() => new()
    {
        Id = Id,
        DocumentId = DocumentId,
        Ordinal = (int)Ordinal,
        Title = Title,
        Subtitle = Subtitle,
        Section = Section,
        SourceDepartment = SourceDepartment,
        Region = Region,
        Page = (int?)Page,
        Authors = JsonSerializer.Deserialize<string[]>(Authors) ?? [],
        Captions = JsonSerializer.Deserialize<string[]>(Captions) ?? [],
        Body = StoredText.Decode(Body),
        Keywords = JsonSerializer.Deserialize<string[]>(Keywords) ?? [],
        Fingerprint = Fingerprint is { } fingerprint ? unchecked((ulong)fingerprint) : null,
        MergedInto = MergedInto,
        TwinGroup = TwinGroup,
    };
}
