using System.Collections.ObjectModel;
using System.Net;
using System.Text.Json.Serialization;

namespace Archive.Indexer.Model;

/// <summary>The answer to a <see cref="SearchRequest"/>: one page of hits and the facet counts of all matches.</summary>
public sealed record SearchResults
{
    public required long Total { get; init; }
    /// <summary>How many articles hold every word of the query; below <see cref="Total"/> when <see cref="PartialMatches"/>.</summary>
    public long FullMatches { get; init; }
    /// <summary>
    /// Fewer articles than a page hold all the words, so the answer goes on with those that hold some of them, most
    /// words first; each such hit lists its <see cref="SearchHit.MissingWords"/>.
    /// </summary>
    public bool PartialMatches { get; init; }
    public required double TookMs { get; init; }
    public required IReadOnlyList<SearchHit> Hits { get; init; }
    /// <summary>
    /// Each facet's values with their counts over all matches, keyed by facet as the request's filters are: every
    /// facet, or none when the request asked for none. The API and the CLI list them in FacetField's order.
    /// </summary>
    public IReadOnlyDictionary<FacetField, IReadOnlyList<FacetValue>> Facets { get; init; } = ReadOnlyDictionary<FacetField, IReadOnlyList<FacetValue>>.Empty;
    /// <summary>How the query was understood, in the query syntax, with the synonyms added (e.g. <c>组工 栏目:市外参考（同义词：组工 ≈ 组织工作）</c>).</summary>
    public string? ParsedQuery { get; init; }
    /// <summary>
    /// The query with a typed character or two replaced (疫请防空 → 疫情防控), when no article holds every word of the
    /// query as typed and some hold every word of this one: the query the hits answer (a warning says so).
    /// </summary>
    public string? Respelled { get; init; }
    /// <summary>Whether the hits answer <see cref="Respelled"/>, no article holding the query as typed whole: links to export or follow them carry it.</summary>
    public bool AnswersRespelled { get; init; }
    /// <summary>What could not be read in the query and how it was treated instead.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>The warnings about field filters of the query that were not applied (<c>foo:x</c>, <c>日期:abc</c>, <c>标题:</c>): with them the search finds more than the query says.</summary>
    public IReadOnlyList<string> IgnoredFilters { get; init; } = [];
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;

    /// <summary>How many pages of <see cref="PageSize"/> the matches fill, as far as paging reaches (<see cref="SearchRequest.MaxPage"/>).</summary>
    public long PageCount => Math.Min(SearchRequest.MaxPage, (Total + PageSize - 1) / PageSize);

    /// <summary>A page asked for past the last one of some matches: empty, though the search finds articles.</summary>
    public bool PastTheLastPage => Page > 1 && Hits.Count == 0 && Total > 0;
}

/// <summary>One article in a result list. Html fields are escaped text with &lt;mark&gt; around matches.</summary>
public sealed record SearchHit
{
    public required string ArticleId { get; init; }
    public required string DocumentId { get; init; }
    public required string Title { get; init; }
    /// <summary>The title marked where it matches the query; null without highlights or a query (similar articles).</summary>
    public string? TitleHtml { get; init; }
    /// <summary>The title as HTML to insert: marked where the search marked it, else escaped.</summary>
    [JsonIgnore]
    public string TitleAsHtml => TitleHtml ?? WebUtility.HtmlEncode(Title);
    public IReadOnlyList<string> Snippets { get; init; } = [];
    public string? Kind { get; init; }
    public string? Series { get; init; }
    public int? IssueNumber { get; init; }
    /// <summary>The issue's running count (总第N期), which some bulletins print instead of a number in the year.</summary>
    public int? TotalIssueNumber { get; init; }
    public DateOnly? Date { get; init; }
    public string? Section { get; init; }
    public string? SourceDepartment { get; init; }
    public string? Region { get; init; }
    public float Score { get; init; }
    /// <summary>The query's words this article lacks: empty but in a partial answer (<see cref="SearchResults.PartialMatches"/>).</summary>
    public IReadOnlyList<string> MissingWords { get; init; } = [];
    /// <summary>Near-duplicate twins of this article elsewhere (亦见于).</summary>
    public IReadOnlyList<ArticleRef> AlsoPublishedIn { get; init; } = [];
    /// <summary>How to cite it: given in exports, where a list of references is what is wanted; null in result pages.</summary>
    public Citation? Citation { get; init; }
    /// <summary>Its document's 文号 as the document prints it, which staff cite and look notices up by.</summary>
    public string? DocNumber { get; init; }
}

/// <summary>A short reference to an article: enough to link to it and say where it appeared.</summary>
public sealed record ArticleRef(string ArticleId, string Title, string? Series, int? IssueNumber, DateOnly? Date, string? Region)
{
    /// <summary>The issue's running count (总第N期), which some bulletins print instead of a number in the year.</summary>
    public int? TotalIssueNumber { get; init; }
}

/// <summary>A facet value with its exact count. Region values are paths; Children holds the next level.</summary>
public sealed record FacetValue(string Value, long Count, bool Selected)
{
    public IReadOnlyList<FacetValue> Children { get; init; } = [];
}
