using Archive.Indexer.Search;

namespace Archive.Web.Browse;

/// <summary>A facet of the sidebar with the state its links change.</summary>
public sealed record FacetView(FacetResult Facet, SearchState State)
{
    /// <summary>Values shown before the rest fold into 更多.</summary>
    public const int Visible = 8;

    public string Label => FacetDisplay.Of(Facet.Field);

    /// <summary>Selected values first so a ticked value never hides under 更多, then by count.</summary>
    public IReadOnlyList<FacetValue> Ordered =>
        Facet.Field == FacetField.Year
            ? [.. Facet.Values.OrderBy(v => v.Value, StringComparer.Ordinal)]
            : [.. Facet.Values.OrderByDescending(v => v.Selected || State.IsSelected(Facet.Field, v.Value)).ThenByDescending(v => v.Count)];

    public bool IsSelected(FacetValue value) => value.Selected || State.IsSelected(Facet.Field, value.Value);

    /// <summary>Whether a region node should start open: the first level, or a ticked value lies beneath it.</summary>
    public bool IsOpen(FacetValue node, int depth) =>
        depth == 0 || HasSelectedBelow(node);

    private bool HasSelectedBelow(FacetValue node) => node.Children.Any(c => IsSelected(c) || HasSelectedBelow(c));
}
