namespace Archive.Indexer.Model;

/// <summary>
/// One search as a user states it: the query in the archive's syntax, the facet values ticked
/// (OR within a facet, AND across facets), the order and the page.
/// </summary>
public sealed record SearchRequest
{
    /// <summary>A longer query is searched by its first this many characters, with a warning.</summary>
    public const int MaxQueryLength = 500;
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;
    public const int MaxPage = 1000;

    /// <summary>The query text; null or blank browses the whole archive.</summary>
    public string? Query { get; init; }
    public IReadOnlyDictionary<FacetField, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<FacetField, IReadOnlyList<string>>();
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    /// <summary>1-based; clamped to 1..MaxPage.</summary>
    public int Page { get; init; } = 1;
    /// <summary>Clamped to 1..MaxPageSize.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
    /// <summary>Whether to compute facet counts (a result list for export does not need them).</summary>
    public bool WithFacets { get; init; } = true;
    /// <summary>Whether to compute highlighted titles and snippets.</summary>
    public bool WithHighlights { get; init; } = true;
    /// <summary>Show a republished article once, with its twins as "also published in" (true), or every copy.</summary>
    public bool CollapseDuplicates { get; init; } = true;
    /// <summary>
    /// When fewer articles than a page hold every word, go on with those holding some of them, and when none holds any,
    /// answer the query respelled (true); or answer with the full matches of the query as typed alone (an export or a
    /// feed lists matches, not suggestions).
    /// </summary>
    public bool WithPartialMatches { get; init; } = true;
}

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}

/// <summary>The facets; URLs and JSON use the lower-case English name, the UI the Chinese label.</summary>
public enum FacetField
{
    /// <summary>栏目</summary>
    Section,
    /// <summary>来源单位</summary>
    Department,
    /// <summary>地区: a path province/city/county, counted at every level.</summary>
    Region,
    /// <summary>年份</summary>
    Year,
    /// <summary>类型: a kind by its code (<see cref="KindNames.Codes"/>)</summary>
    Kind,
    /// <summary>刊物</summary>
    Series,
    /// <summary>主题词</summary>
    Keyword,
}
