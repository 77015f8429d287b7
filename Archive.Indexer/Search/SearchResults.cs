namespace Archive.Indexer.Search;

/// <summary>The answer to a <see cref="SearchRequest"/>: one page of hits and the facet counts of all matches.</summary>
public sealed record SearchResults
{
    public required long Total { get; init; }
    public required double TookMs { get; init; }
    public required IReadOnlyList<SearchHit> Hits { get; init; }
    public IReadOnlyList<FacetResult> Facets { get; init; } = [];
    /// <summary>How the query was understood, in the query syntax (e.g. <c>+考察识别 +干部 栏目:市外参考</c>).</summary>
    public string? ParsedQuery { get; init; }
    /// <summary>What could not be read in the query and how it was treated instead.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}

/// <summary>One article in a result list. Html fields are escaped text with &lt;mark&gt; around matches.</summary>
public sealed record SearchHit
{
    public required string ArticleId { get; init; }
    public required string DocumentId { get; init; }
    public required string Title { get; init; }
    public string? TitleHtml { get; init; }
    public IReadOnlyList<string> Snippets { get; init; } = [];
    public string? Kind { get; init; }
    public string? Series { get; init; }
    public int? IssueNumber { get; init; }
    public DateOnly? Date { get; init; }
    public string? Section { get; init; }
    public string? SourceDepartment { get; init; }
    public string? Region { get; init; }
    public float Score { get; init; }
    /// <summary>Near-duplicate twins of this article elsewhere (亦见于).</summary>
    public IReadOnlyList<ArticleRef> AlsoPublishedIn { get; init; } = [];
}

/// <summary>A short reference to an article: enough to link to it and say where it appeared.</summary>
public sealed record ArticleRef(string ArticleId, string Title, string? Series, int? IssueNumber, DateOnly? Date, string? Region);

public sealed record FacetResult(FacetField Field, IReadOnlyList<FacetValue> Values);

/// <summary>A facet value with its exact count. Region values are paths; Children holds the next level.</summary>
public sealed record FacetValue(string Value, long Count, bool Selected)
{
    public IReadOnlyList<FacetValue> Children { get; init; } = [];
}
