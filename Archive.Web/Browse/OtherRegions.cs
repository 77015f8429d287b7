
namespace Archive.Web.Browse;

/// <summary>
/// The places outside the home region, read off the region facet tree: the other cities of the home
/// province, and other provinces whole. This is the "elsewhere" of 外地经验.
/// </summary>
public static class OtherRegions
{
    public static IReadOnlyList<FacetValue> Of(IReadOnlyList<FacetValue>? regions, string homeRegion)
    {
        if (regions is null) return [];
        var home = homeRegion.Trim('/');
        var result = new List<FacetValue>();
        foreach (var province in regions)
        {
            if (home == province.Value || home.StartsWith(province.Value + "/", StringComparison.Ordinal))
            {
                result.AddRange(province.Children.Where(c => c.Value != home && !home.StartsWith(c.Value + "/", StringComparison.Ordinal)));
            }
            else
            {
                result.Add(province);
            }
        }
        return [.. result.OrderByDescending(r => r.Count)];
    }
}
