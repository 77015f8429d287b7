namespace Archive.Indexer.Search.Facets;

/// <summary>Turns raw facet counts into the facet lists a page shows: by count, selected values kept, regions as a tree.</summary>
internal static class FacetResults
{
    public static IReadOnlyList<FacetResult> Build(Dictionary<FacetField, List<(string Value, long Count)>> counts, IReadOnlyDictionary<FacetField, List<string>> selections, int maxValues)
    {
        var results = new List<FacetResult>();
        foreach (var field in Enum.GetValues<FacetField>())
        {
            var counted = counts.GetValueOrDefault(field) ?? [];
            var selected = selections.GetValueOrDefault(field) ?? [];
            var list = field == FacetField.Region
                ? new RegionTree(counted, selected, maxValues).Level("")
                : Ranked(counted, selected, maxValues);
            results.Add(new FacetResult(field, list));
        }
        return results;
    }

    /// <summary>
    /// Region paths counted at every level become a tree: provinces, their cities, their counties. Every level is
    /// ranked by count, cut at maxValues, the selected paths and their ancestors kept. (Thousands of counties per
    /// search: grouped by parent through span look-ups, no substring per value.)
    /// </summary>
    private sealed class RegionTree
    {
        private readonly Dictionary<string, List<(string Value, long Count)>> _byParent = new(StringComparer.Ordinal);
        private readonly List<string> _selected;
        private readonly int _maxValues;

        public RegionTree(List<(string Value, long Count)> counted, List<string> selected, int maxValues)
        {
            _selected = selected;
            _maxValues = maxValues;
            var byParent = _byParent.GetAlternateLookup<ReadOnlySpan<char>>();
            // Every value lies strictly below its parent, so the tree is as deep as the longest path: no value
            // may be empty, or it would be its own child.
            foreach (var value in counted.Where(v => v.Value.Length > 0)) Children(byParent, value.Value).Add(value);
            foreach (var value in selected.Where(v => v.Length > 0))
            {
                var siblings = Children(byParent, value);
                if (!siblings.Exists(v => v.Value == value)) siblings.Add((value, 0));
            }
        }

        public List<FacetValue> Level(string parent)
        {
            if (!_byParent.TryGetValue(parent, out var values)) return [];
            values.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
            var level = new List<FacetValue>(Math.Min(values.Count, _maxValues));
            for (var rank = 0; rank < values.Count; rank++)
            {
                var (value, count) = values[rank];
                var isSelected = _selected.Contains(value);
                if (rank >= _maxValues && !isSelected && !_selected.Exists(s => IsBelow(s, value))) continue;
                level.Add(new FacetValue(value, count, isSelected) { Children = Level(value) });
            }
            return level;
        }

        private static List<(string Value, long Count)> Children(Dictionary<string, List<(string, long)>>.AlternateLookup<ReadOnlySpan<char>> byParent, string path)
        {
            var parent = ParentOf(path);
            if (!byParent.TryGetValue(parent, out var children)) byParent[parent] = children = [];
            return children;
        }

        /// <summary>安徽省/安庆市 is below 安徽省.</summary>
        private static bool IsBelow(string path, string ancestor) =>
            path.Length > ancestor.Length && path[ancestor.Length] == '/' && path.StartsWith(ancestor, StringComparison.Ordinal);
    }

    /// <summary>安徽省/安庆市 -> 安徽省; a province's parent is "".</summary>
    private static ReadOnlySpan<char> ParentOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path.AsSpan(0, slash);
    }

    private static IReadOnlyList<FacetValue> Ranked(List<(string Value, long Count)> counted, List<string> selected, int maxValues)
    {
        var values = counted.Select(v => new FacetValue(v.Value, v.Count, selected.Contains(v.Value)))
            .Concat(selected.Where(s => !counted.Exists(v => v.Value == s)).Distinct().Select(s => new FacetValue(s, 0, true)));
        var sorted = values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();
        return sorted.Take(maxValues).Concat(sorted.Skip(maxValues).Where(v => v.Selected)).ToList();
    }
}
