using System.Collections.Immutable;

namespace Archive.Indexer.Model;

/// <summary>
/// The API's query parameter of each facet; facet results use the same names so a client can echo them back, and the
/// web pages link to the API (its feeds) with them.
/// </summary>
public static class FacetParameters
{
    public static readonly ImmutableArray<FacetField> All = [.. Enum.GetValues<FacetField>()];

    public static string Name(FacetField field) => field switch
    {
        FacetField.Department => "dept",
        _ => field.ToString().ToLowerInvariant(),
    };
}
