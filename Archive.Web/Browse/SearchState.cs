using System.Globalization;
using Archive.Indexer.Search;
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
    public const int PageSize = 20;

    public string? Query { get; init; }
    public IReadOnlyDictionary<FacetField, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<FacetField, IReadOnlyList<string>>();
    /// <summary>The order asked for in the URL; null means the default for the mode.</summary>
    public SearchSort? Sort { get; init; }
    public int Page { get; init; } = 1;

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);
    public bool HasFilters => Filters.Values.Any(v => v.Count > 0);
    /// <summary>Browsing shows the newest first; a query ranks by relevance.</summary>
    public SearchSort EffectiveSort => Sort ?? (HasQuery ? SearchSort.Relevance : SearchSort.Newest);

    public static string ParameterName(FacetField field) => field.ToString().ToLowerInvariant();

    public static string SortName(SearchSort sort) => sort.ToString().ToLowerInvariant();

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

    public SearchState Toggle(FacetField field, string value)
    {
        var values = Filters.TryGetValue(field, out var current) ? current : [];
        var next = values.Contains(value, StringComparer.Ordinal)
            ? values.Where(v => v != value).ToList()
            : [.. values, value];
        var filters = Filters.ToDictionary(f => f.Key, f => f.Value);
        if (next.Count == 0) filters.Remove(field);
        else filters[field] = next;
        return this with { Filters = filters, Page = 1 };
    }

    public SearchState WithOnly(FacetField field, string value) =>
        this with { Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [field] = [value] }, Page = 1 };

    public SearchState WithoutFilters() =>
        this with { Filters = new Dictionary<FacetField, IReadOnlyList<string>>(), Page = 1 };

    public SearchState WithSort(SearchSort sort) => this with { Sort = sort, Page = 1 };

    public SearchState WithPage(int page) => this with { Page = page };

    /// <summary>The state as a link to the search page; defaults are left out so URLs stay short.</summary>
    public string ToUrl()
    {
        var query = What(ParameterName);
        if (Sort is { } sort && sort != (HasQuery ? SearchSort.Relevance : SearchSort.Newest))
            query.Add("sort", SortName(sort));
        if (Page > 1) query.Add("page", Page.ToString(CultureInfo.InvariantCulture));
        return "/" + query;
    }

    /// <summary>The same search as the API's Atom feed of its newest matches, to follow it in a feed reader.</summary>
    public string ToFeedUrl() => "/api/v1/search.atom" + What(FacetParameters.Name);

    /// <summary>The query and the ticked values, each filter under the name <paramref name="name"/> gives it.</summary>
    private ReadableQuery What(Func<FacetField, string> name)
    {
        var query = new ReadableQuery();
        if (HasQuery) query.Add("q", Query!);
        foreach (var field in Enum.GetValues<FacetField>())
        {
            if (!Filters.TryGetValue(field, out var values)) continue;
            foreach (var value in values) query.Add(name(field), value);
        }
        return query;
    }

    /// <summary>
    /// Reads a hand-editable URL. Whatever cannot be understood is listed as a problem (in Chinese, for the
    /// user) and left out of the returned state, so the page can offer the corrected link.
    /// </summary>
    public static SearchStateReading Read(IQueryCollection query)
    {
        var problems = new List<string>();
        string? q = null;
        SearchSort? sort = null;
        var page = 1;
        var filters = new Dictionary<FacetField, IReadOnlyList<string>>();
        var fieldsByName = Enum.GetValues<FacetField>().ToDictionary(ParameterName, f => f, StringComparer.OrdinalIgnoreCase);

        foreach (var (name, values) in query)
        {
            var given = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
            if (name == "q")
            {
                q = ReadQuery(given, problems);
            }
            else if (name == "sort")
            {
                sort = ReadSort(given, problems);
            }
            else if (name == "page")
            {
                page = ReadPage(given, problems);
            }
            else if (fieldsByName.TryGetValue(name, out var field))
            {
                var accepted = given.Where(v => IsAcceptable(field, v, problems)).Distinct(StringComparer.Ordinal).ToList();
                if (accepted.Count > 0) filters[field] = accepted;
            }
            else
            {
                problems.Add($"不认识的参数“{Shorten(name)}”。可用的参数：q、{string.Join("、", fieldsByName.Keys)}、sort、page。");
            }
        }
        return new SearchStateReading(new SearchState { Query = q, Filters = filters, Sort = sort, Page = page }, problems);
    }

    private static string? ReadQuery(List<string> given, List<string> problems)
    {
        if (given.Count == 0) return null;
        if (given.Count > 1) problems.Add("参数 q 出现了多次；只保留第一个。");
        var q = given[0];
        if (q.Length <= MaxQueryLength) return q;
        problems.Add($"检索词太长：{q.Length} 个字符，最多 {MaxQueryLength} 个。下面的链接只保留前 {MaxQueryLength} 个字符。");
        return q[..MaxQueryLength];
    }

    private static SearchSort? ReadSort(List<string> given, List<string> problems)
    {
        if (given.Count == 0) return null;
        foreach (var sort in Enum.GetValues<SearchSort>())
        {
            if (string.Equals(SortName(sort), given[0], StringComparison.OrdinalIgnoreCase)) return sort;
        }
        problems.Add($"不认识的排序“{Shorten(given[0])}”。可用：relevance（相关度）、newest（最新）、oldest（最早）。");
        return null;
    }

    private static int ReadPage(List<string> given, List<string> problems)
    {
        if (given.Count == 0) return 1;
        if (int.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            && page is >= 1 and <= SearchRequest.MaxPage)
        {
            return page;
        }
        problems.Add($"页码“{Shorten(given[0])}”无效：应为 1 到 {SearchRequest.MaxPage} 之间的整数。");
        return 1;
    }

    private static bool IsAcceptable(FacetField field, string value, List<string> problems)
    {
        if (value.Length > 200)
        {
            problems.Add($"{FacetDisplay.Of(field)}的值太长（{value.Length} 个字符）。");
            return false;
        }
        if (field == FacetField.Year && !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200))
        {
            problems.Add($"年份“{Shorten(value)}”无效：应为四位数字，如 2023。");
            return false;
        }
        return true;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>A URL read into a state, with what had to be left out of it.</summary>
public sealed record SearchStateReading(SearchState State, IReadOnlyList<string> Problems);
