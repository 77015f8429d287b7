
namespace Archive.Web.Browse;

/// <summary>How the pages show facets, their values and the sort orders, in the engine's Chinese names.</summary>
public static class FacetDisplay
{
    /// <summary>The order of the facet sidebar: what people narrow by most comes first.</summary>
    public static IReadOnlyList<FacetField> SidebarOrder { get; } =
    [
        FacetField.Section, FacetField.Year, FacetField.Region, FacetField.Department,
        FacetField.Series, FacetField.Kind, FacetField.Keyword,
    ];

    public static string Of(FacetField field) => SearchParameters.Label(field);

    public static string Of(SearchSort sort) => sort switch
    {
        SearchSort.Relevance => "相关度",
        SearchSort.Newest => "最新",
        SearchSort.Oldest => "最早",
        _ => sort.ToString(),
    };

    /// <summary>How a facet value reads: kinds in Chinese, regions by their last level, years with 年.</summary>
    public static string Value(FacetField field, string value) => field switch
    {
        FacetField.Kind => Kind(value),
        FacetField.Region => RegionName(value),
        FacetField.Year => value + "年",
        _ => value,
    };

    /// <summary>A chip names the whole region path, since 宜秀区 alone may be ambiguous.</summary>
    public static string Chip(FacetField field, string value) =>
        field == FacetField.Region ? value.Replace("/", " › ", StringComparison.Ordinal) : Value(field, value);

    /// <summary>A kind code (bulletin, web_article) in the engine's Chinese name for it.</summary>
    public static string Kind(string? kind) =>
        kind is null ? "" : SearchParameters.KindLabel(kind);

    public static string RegionName(string? path) =>
        string.IsNullOrEmpty(path) ? "" : path[(path.LastIndexOf('/') + 1)..];
}
