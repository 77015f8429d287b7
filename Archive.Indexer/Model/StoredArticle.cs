namespace Archive.Indexer.Model;

/// <summary>An article as the store keeps it, with the document fields a result list and a citation need.</summary>
public sealed record StoredArticle
{
    /// <summary>Stable id: "{documentId}-{n}" for the parser's n-th article, "{documentId}-e{n}" for one an editor split off; the permalink is /articles/{id}.</summary>
    public required string Id { get; init; }
    public required string DocumentId { get; init; }
    /// <summary>1-based position in its document (editors' splits and merges move it; the id stays).</summary>
    public required int Ordinal { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Section { get; init; }
    public string? SourceDepartment { get; init; }
    public string? Region { get; init; }

    /// <summary>Where the article is from: its own region, else its document's (a bulletin's masthead, a notice's issuer).</summary>
    public string? RegionWithin(StoredDocument document) => Region ?? document.Region;
    public int? Page { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Captions { get; init; } = [];
    public required string Body { get; init; }
    /// <summary>The body's non-blank lines, trimmed: the paragraphs pages show and a split counts.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> Paragraphs => ArticleParagraphs.Of(Body);
    /// <summary>主题词: the 5-8 TF-IDF keywords.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>SimHash of the body's character shingles, for near-duplicate detection.</summary>
    public ulong? Fingerprint { get; init; }
    /// <summary>The article an editor merged this one into (its id resolves there); null for a live article.</summary>
    public string? MergedInto { get; init; }
    /// <summary>
    /// The id of the article leading its near-duplicate group (the store decides it, see <see cref="TwinGroups"/>);
    /// null when it has no twin. Searches show one article per group.
    /// </summary>
    public string? TwinGroup { get; init; }
}
