namespace Archive.Indexer.Search;

/// <summary>Turns raw facet counts into the facet lists a page shows: by count, selected values kept, regions as a tree.</summary>
internal static class FacetResults
{
    public static IReadOnlyList<FacetResult> Build(Dictionary<FacetField, List<(string Value, long Count)>> counts, IReadOnlyDictionary<FacetField, List<string>> selections, int maxValues)
    {
        var results = new List<FacetResult>();
        foreach (var field in Enum.GetValues<FacetField>())
        {
            var values = (counts.GetValueOrDefault(field) ?? []).ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
            var selected = selections.GetValueOrDefault(field) ?? [];
            foreach (var value in selected) values.TryAdd(value, 0);
            var list = field == FacetField.Region
                ? Tree(values.ToLookup(v => ParentOf(v.Key), StringComparer.Ordinal), selected, parent: "", maxValues)
                : Ranked(values.Select(v => new FacetValue(v.Key, v.Value, selected.Contains(v.Key))), maxValues);
            results.Add(new FacetResult(field, list));
        }
        return results;
    }

    /// <summary>Region paths counted at every level become a tree: provinces, their cities, their counties.</summary>
    private static IReadOnlyList<FacetValue> Tree(ILookup<string, KeyValuePair<string, long>> byParent, List<string> selected, string parent, int maxValues)
    {
        var level = byParent[parent]
            .Select(p => new FacetValue(p.Key, p.Value, selected.Contains(p.Key)))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
            .Where((v, rank) => rank < maxValues || v.Selected || selected.Any(s => s.StartsWith(v.Value + "/", StringComparison.Ordinal)))
            .Select(v => v with { Children = Tree(byParent, selected, v.Value, maxValues) });
        return level.ToList();
    }

    /// <summary>安徽省/安庆市 -> 安徽省; a province's parent is "".</summary>
    private static string ParentOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    private static IReadOnlyList<FacetValue> Ranked(IEnumerable<FacetValue> values, int maxValues)
    {
        var sorted = values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();
        return sorted.Take(maxValues).Concat(sorted.Skip(maxValues).Where(v => v.Selected)).ToList();
    }
}
