using Microsoft.AspNetCore.Http;

namespace Archive.Web.Browse;

/// <summary>
/// What a search page shows, as it stands in the URL: q, the ticked facet values (one parameter per value,
/// e.g. section=市外参考&amp;region=安徽省/安庆市), sort and page. The URL is the only state, so every link
/// on the page is this state with one thing changed.
/// </summary>
public sealed record SearchState
{
    /// <summary>The engine's own limit: a longer q is refused with a link to its first part.</summary>
    public const int MaxQueryLength = SearchRequest.MaxQueryLength;
    public const int DefaultPageSize = 20;

    public string? Query { get; init; }
    public IReadOnlyDictionary<FacetField, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<FacetField, IReadOnlyList<string>>();
    /// <summary>The order asked for in the URL; null means the default for the mode.</summary>
    public SearchSort? Sort { get; init; }
    public int Page { get; init; } = 1;
    /// <summary>Results per page (size=, 1 to 100); left out of links at its default.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);
    public bool HasFilters => Filters.Values.Any(v => v.Count > 0);
    /// <summary>Browsing shows the newest first; a query ranks by relevance.</summary>
    public SearchSort EffectiveSort => Sort ?? SearchParameters.DefaultSort(Query);

    public bool IsSelected(FacetField field, string value) =>
        Filters.TryGetValue(field, out var values) && values.Contains(value, StringComparer.Ordinal);

    public SearchRequest ToRequest() => new()
    {
        Query = HasQuery ? Query : null,
        Filters = Filters,
        Sort = EffectiveSort,
        Page = Page,
        PageSize = PageSize,
    };

    /// <summary>
    /// The state with the value ticked, or unticked when it was. A region includes the places inside it, so a region
    /// and a place inside it are never ticked together: ticking a city under its ticked province narrows to the city,
    /// ticking the province again widens to it (either OR'ed with the other would be the province alone).
    /// </summary>
    public SearchState Toggle(FacetField field, string value)
    {
        var values = Filters.TryGetValue(field, out var current) ? current : [];
        var next = values.Contains(value, StringComparer.Ordinal)
            ? values.Where(v => v != value).ToList()
            : [.. values.Where(v => field != FacetField.Region || !OneInsideTheOther(v, value)), value];
        var filters = Filters.ToDictionary(f => f.Key, f => f.Value);
        if (next.Count == 0) filters.Remove(field);
        else filters[field] = next;
        return this with { Filters = filters, Page = 1 };
    }

    private static bool OneInsideTheOther(string region, string other) =>
        region.StartsWith(other + "/", StringComparison.Ordinal) || other.StartsWith(region + "/", StringComparison.Ordinal);

    public SearchState WithOnly(FacetField field, string value) => WithOnly(field, [value]);

    /// <summary>No filter but these values of one field, any of them.</summary>
    public SearchState WithOnly(FacetField field, IReadOnlyList<string> values) =>
        this with { Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [field] = values }, Page = 1 };

    /// <summary>
    /// The ticked values as the facets list them (<paramref name="listed"/>: simplified script, region paths
    /// normalized), each once: a facet value's link then unticks it whatever spelling ticked it (基層黨建 lists as
    /// 基层党建). A value with no listed form (a region that names no place) stays as written.
    /// </summary>
    public SearchState WithFacetValues(Func<FacetField, string, string?> listed) => this with
    {
        Filters = Filters.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)[.. f.Value.Select(v => listed(f.Key, v) ?? v).Distinct(StringComparer.Ordinal)]),
    };

    public SearchState WithoutFilters() =>
        this with { Filters = new Dictionary<FacetField, IReadOnlyList<string>>(), Page = 1 };

    public SearchState WithSort(SearchSort sort) => this with { Sort = sort, Page = 1 };

    /// <summary>Another query with the same filters and order, from its first page.</summary>
    public SearchState WithQuery(string query) => this with { Query = query, Page = 1 };

    public SearchState WithPage(int page) => this with { Page = page };

    /// <summary>The state as a link to the search page; defaults are left out so URLs stay short.</summary>
    public string ToUrl() => "/" + Link(ToRequest());

    /// <summary>The same search as the API's export (CSV, with citations): every page's hits, in this order.</summary>
    public string ToExportUrl() => "/api/v1/export" + Link(ToRequest() with { Page = 1, PageSize = DefaultPageSize });

    /// <summary>The same search as the API's Atom feed of its newest matches, to follow it in a feed reader.</summary>
    public string ToFeedUrl() => "/api/v1/search.atom" + Link(ToRequest() with { Sort = SearchParameters.DefaultSort(Query), Page = 1 });

    private ReadableQuery Link(SearchRequest request)
    {
        var query = new ReadableQuery();
        foreach (var (name, value) in SearchParameters.Of(request, DefaultPageSize)) query.Add(name, value);
        return query;
    }

    /// <summary>
    /// Reads a hand-editable URL the way the API does. What cannot be understood is left out of the returned state
    /// and what was out of range changed to fit, each said in Chinese for the user.
    /// </summary>
    public static SearchStateReading Read(IQueryCollection query)
    {
        var reading = SearchParameters.Read(query.Select(p => new KeyValuePair<string, IEnumerable<string?>>(p.Key, p.Value)), DefaultPageSize);
        var request = reading.Request;
        var state = new SearchState
        {
            Query = request.Query, Filters = request.Filters, Sort = reading.SortGiven ? request.Sort : null, Page = request.Page, PageSize = request.PageSize,
        };
        return new SearchStateReading(state, [.. reading.Refused.Select(p => p.MessageZh)], [.. reading.Adjusted.Select(p => p.MessageZh)]);
    }
}

/// <summary>
/// A URL read into a state: what had to be left out of it (the page offers the corrected link instead of searching)
/// and what was changed to fit (the page searches, and says so).
/// </summary>
public sealed record SearchStateReading(SearchState State, IReadOnlyList<string> Refused, IReadOnlyList<string> Adjusted)
{
    public IReadOnlyList<string> Problems => [.. Refused, .. Adjusted];
}
