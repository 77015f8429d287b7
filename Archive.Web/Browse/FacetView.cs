
namespace Archive.Web.Browse;

/// <summary>A facet of the sidebar, its values counted, with the state its links change.</summary>
public sealed record FacetView(FacetField Field, IReadOnlyList<FacetValue> Values, SearchState State)
{
    /// <summary>Nodes of the region tree rendered at most (about 15 KB): a large archive counts thousands of counties.</summary>
    public const int RegionBudget = 120;

    private HashSet<FacetValue>? _regionsShown;

    /// <summary>Values shown before the rest fold into 更多.</summary>
    public const int Visible = 8;

    /// <summary>At most this many values per list (and per level of the region tree): the page stays light on a
    /// large archive, and the rarest values remain reachable through the query syntax.</summary>
    public const int MaxShown = 30;

    public string Label => FacetDisplay.Of(Field);

    /// <summary>Selected values first so a ticked value never hides under 更多, then by count.</summary>
    public IReadOnlyList<FacetValue> Ordered =>
        Field == FacetField.Year
            ? [.. Values.OrderBy(v => v.Value, StringComparer.Ordinal)]
            : [.. Values.OrderByDescending(v => v.Selected || State.IsSelected(Field, v.Value)).ThenByDescending(v => v.Count)];

    /// <summary>The values worth a link: the most frequent, plus every ticked one wherever it ranks.</summary>
    public IReadOnlyList<FacetValue> Shown(IReadOnlyList<FacetValue> values)
    {
        if (values.Count <= MaxShown) return values;
        var shown = values.OrderByDescending(IsSelected).ThenByDescending(v => v.Count).Take(MaxShown).ToHashSet();
        return [.. values.Where(shown.Contains)];
    }

    /// <summary>
    /// Whether a region node is rendered. Ticked nodes come first, with their ancestors and children (what the
    /// user is looking at); then the tree fills level by level, most frequent first, up to the budget.
    /// </summary>
    public bool IsShownRegion(FacetValue node)
    {
        _regionsShown ??= RegionsShown();
        return _regionsShown.Contains(node);
    }

    private HashSet<FacetValue> RegionsShown()
    {
        var shown = new HashSet<FacetValue>(ReferenceEqualityComparer.Instance);
        void Selected(FacetValue node, List<FacetValue> ancestors)
        {
            if (IsSelected(node))
            {
                shown.UnionWith(ancestors);
                shown.Add(node);
                shown.UnionWith(node.Children);
            }
            ancestors.Add(node);
            foreach (var child in node.Children) Selected(child, ancestors);
            ancestors.RemoveAt(ancestors.Count - 1);
        }
        foreach (var root in Values) Selected(root, []);

        var level = Values.ToList();
        while (level.Count > 0 && shown.Count < RegionBudget)
        {
            foreach (var node in level.OrderByDescending(v => v.Count).Take(RegionBudget - shown.Count)) shown.Add(node);
            level = [.. level.Where(shown.Contains).SelectMany(v => v.Children)];
        }
        return shown;
    }

    public bool IsSelected(FacetValue value) => value.Selected || State.IsSelected(Field, value.Value);

    /// <summary>Whether a region node should start open: the first level, or a ticked value lies beneath it.</summary>
    public bool IsOpen(FacetValue node, int depth) =>
        depth == 0 || HasSelectedBelow(node);

    private bool HasSelectedBelow(FacetValue node) => node.Children.Any(c => IsSelected(c) || HasSelectedBelow(c));
}
