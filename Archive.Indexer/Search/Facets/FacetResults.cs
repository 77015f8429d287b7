using Archive.Indexer.Regions;

namespace Archive.Indexer.Search.Facets;

/// <summary>
/// Turns a search's counts (by global ordinal) into the facet lists a page shows: by count, selected values kept,
/// regions as a tree. Only the values shown become entries: the counts are ranked as ordinals.
/// </summary>
internal static class FacetResults
{
    public static IReadOnlyDictionary<FacetField, IReadOnlyList<FacetValue>> Build(FacetOrdinals ordinals, int[] counts, IReadOnlyDictionary<FacetField, List<string>> selections, int maxValues)
    {
        var results = new Dictionary<FacetField, IReadOnlyList<FacetValue>>();
        foreach (var field in Enum.GetValues<FacetField>())
        {
            var selected = selections.GetValueOrDefault(field) ?? [];
            var list = field == FacetField.Region
                ? new RegionTree(ordinals, counts, selected, maxValues).Level("")
                : Ranked(ordinals, counts, field, selected, field == FacetField.Year ? int.MaxValue : maxValues);
            results.Add(field, list);
        }
        return results;
    }

    /// <summary>
    /// Region paths counted at every level become a tree: provinces, their cities, their counties. Every level is
    /// ranked by count; below the provinces (34 at most, all listed: one left out could not be ticked) each is cut at
    /// maxValues, the selected paths and their ancestors kept; a selected path counted nowhere is listed under its
    /// parent with 0. Only the levels shown are visited.
    /// </summary>
    private sealed class RegionTree(FacetOrdinals ordinals, int[] counts, List<string> selected, int maxValues)
    {
        public IReadOnlyList<FacetValue> Level(string parent)
        {
            var children = ordinals.RegionChildren.GetValueOrDefault(parent) ?? [];
            Span<int> counted = children.Length <= 256 ? stackalloc int[children.Length] : new int[children.Length];
            var found = 0;
            foreach (var ord in children)
            {
                if (counts[ord] > 0) counted[found++] = ord;
            }
            counted = counted[..found];
            counted.Sort(new ByCount(ordinals.Values, counts));
            var uncounted = selected.Count == 0 ? [] : Uncounted(parent);
            if (found + uncounted.Count == 0) return [];

            // Below the provinces a level keeps maxValues and the selected at most, of what may be thousands of places.
            var level = new List<FacetValue>(parent.Length == 0 ? found + uncounted.Count : Math.Min(found + uncounted.Count, maxValues + selected.Count));
            for (var rank = 0; rank < found + uncounted.Count; rank++)
            {
                var (value, count) = rank < found ? (ordinals.Values[counted[rank]], counts[counted[rank]]) : (uncounted[rank - found], 0);
                var isSelected = selected.Contains(value);
                if (parent.Length > 0 && rank >= maxValues && !isSelected && !HasSelectedBelow(value)) continue;
                level.Add(new FacetValue(value, count, isSelected) { Children = Level(value) });
            }
            return level;
        }

        /// <summary>The selected children of <paramref name="parent"/> that no match counted, in value order.</summary>
        private List<string> Uncounted(string parent) => selected
            .Where(s => s.Length > 0 && RegionPath.Parent(s) == parent && ordinals.Ordinal(FacetField.Region, s) is var ord && (ord < 0 || counts[ord] == 0))
            .Order(StringComparer.Ordinal)
            .ToList();

        private bool HasSelectedBelow(string path)
        {
            foreach (var value in selected)
            {
                // 安徽省/安庆市 is below 安徽省.
                if (value.Length > path.Length && value[path.Length] == '/' && value.StartsWith(path, StringComparison.Ordinal)) return true;
            }
            return false;
        }
    }

    /// <summary>Ordinals by count, highest first, then by value.</summary>
    private readonly struct ByCount(string[] values, int[] counts) : IComparer<int>
    {
        public int Compare(int x, int y) => counts[x] != counts[y] ? counts[y].CompareTo(counts[x]) : string.CompareOrdinal(values[x], values[y]);
    }

    /// <summary>A list by count, cut at maxValues, the selected values kept; the years are all listed (a timeline of a
    /// century or so: cut by count, the chart lost the rare early years).</summary>
    private static IReadOnlyList<FacetValue> Ranked(FacetOrdinals ordinals, int[] counts, FacetField field, List<string> selected, int maxValues)
    {
        int start = ordinals.DimensionStart[(int)field], end = ordinals.DimensionStart[(int)field + 1];
        maxValues = Math.Min(maxValues, end - start);
        var selectedOrds = selected.Select(v => ordinals.Ordinal(field, v)).Where(o => o >= 0).Select(o => (Ord: o, Count: counts[o]));
        var counted = Top(counts, start, end, maxValues).Union(selectedOrds).Select(v => (Value: ordinals.Values[v.Ord], Count: (long)v.Count)).ToList();
        var values = counted.Select(v => new FacetValue(v.Value, v.Count, selected.Contains(v.Value)))
            .Concat(selected.Where(s => !counted.Exists(v => v.Value == s)).Distinct().Select(s => new FacetValue(s, 0, true)));
        var sorted = values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();
        return sorted.Take(maxValues).Concat(sorted.Skip(maxValues).Where(v => v.Selected)).ToList();
    }

    /// <summary>The <paramref name="k"/> highest counts of a dimension (ties by value order) with a bounded heap: no full sort.</summary>
    private static List<(int Ord, int Count)> Top(int[] counts, int start, int end, int k)
    {
        var heap = new PriorityQueue<int, (int Count, int Ord)>(k + 1, Comparer<(int Count, int Ord)>.Create((a, b) =>
            a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord)));
        for (var ord = start; ord < end; ord++)
        {
            var count = counts[ord];
            if (count == 0) continue;
            if (heap.Count < k) heap.Enqueue(ord, (count, ord));
            else if (heap.TryPeek(out _, out var least) && (count > least.Count || (count == least.Count && ord < least.Ord)))
            {
                heap.EnqueueDequeue(ord, (count, ord));
            }
        }
        var top = new List<(int Ord, int Count)>(heap.Count);
        while (heap.TryDequeue(out var ord, out var key)) top.Add((ord, key.Count));
        top.Reverse();
        return top;
    }
}
