using System.Collections.Immutable;
using Archive.Indexer.Search;

namespace Archive.Api.Contracts;

/// <summary>The query parameter of each facet; facet results use the same names so a client can echo them back.</summary>
public static class FacetParameters
{
    public static readonly ImmutableArray<FacetField> All = [.. Enum.GetValues<FacetField>()];

    public static string Name(FacetField field) => field switch
    {
        FacetField.Department => "dept",
        _ => field.ToString().ToLowerInvariant(),
    };
}
