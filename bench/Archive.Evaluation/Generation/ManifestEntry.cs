namespace Archive.Evaluation.Generation;

/// <summary>
/// One line of manifest.jsonl: what one generated file holds, named as ../shared/seeds/expected.json names it.
/// A field is stated (non-null) when the file states it visibly and null when it does not, so a reader is checked
/// against every field: a value where the manifest has none is as wrong as a wrong value.
/// </summary>
internal sealed record ManifestEntry
{
    /// <summary>Path relative to the corpus folder, with '/' separators: files/00001_bulletin.txt.</summary>
    public required string File { get; init; }
    /// <summary>txt, docx, html or pdf.</summary>
    public required string Format { get; init; }
    /// <summary>utf-8 or gb18030 for txt; null for the others.</summary>
    public string? Encoding { get; init; }
    /// <summary>bulletin, notice, web_article or newspaper_page.</summary>
    public required string Kind { get; init; }
    public string? Title { get; init; }
    public string? Series { get; init; }
    public int? IssueNumber { get; init; }
    public int? TotalIssueNumber { get; init; }
    public string? Date { get; init; }
    public string? Publisher { get; init; }
    public string? Region { get; init; }
    public string? DocNumber { get; init; }
    public string? Urgency { get; init; }
    public string? Recipients { get; init; }
    public string? Author { get; init; }
    public string? Site { get; init; }
    public int? Views { get; init; }
    public required IReadOnlyList<ManifestArticle> Articles { get; init; }
}

internal sealed record ManifestArticle
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Section { get; init; }
    public string? SourceDepartment { get; init; }
    public string? Region { get; init; }
    public int? Page { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Characters in the body, white space not counted (<see cref="ManifestBody"/>).</summary>
    public required int BodyChars { get; init; }
    /// <summary>The sha256 of the body without white space, as lower-case hex (<see cref="ManifestBody"/>).</summary>
    public required string BodySha256 { get; init; }
    /// <summary>"{file}#{ordinal}" of the article this one republishes with small edits (a near duplicate).</summary>
    public string? RepublishedFrom { get; init; }
}
