namespace Archive.Indexer.Search;

/// <summary>Turns raw facet counts into the facet lists a page shows: by count, selected values kept, regions as a tree.</summary>
internal static class FacetResults
{
    public static IReadOnlyList<FacetResult> Build(IReadOnlyDictionary<string, long> counts, IReadOnlyDictionary<FacetField, List<string>> selections, int maxValues)
    {
        var byField = new Dictionary<FacetField, Dictionary<string, long>>();
        foreach (var (label, count) in counts)
        {
            if (FacetLabel.Decode(label) is not { } decoded) continue;
            if (!byField.TryGetValue(decoded.Field, out var values)) byField[decoded.Field] = values = new(StringComparer.Ordinal);
            values[decoded.Value] = count;
        }
        var results = new List<FacetResult>();
        foreach (var field in Enum.GetValues<FacetField>())
        {
            var values = byField.GetValueOrDefault(field) ?? new Dictionary<string, long>(StringComparer.Ordinal);
            var selected = selections.GetValueOrDefault(field) ?? [];
            foreach (var value in selected) values.TryAdd(value, 0);
            var list = field == FacetField.Region
                ? Tree(values, selected, parent: null, maxValues)
                : Ranked(values.Select(v => new FacetValue(v.Key, v.Value, selected.Contains(v.Key))), maxValues);
            results.Add(new FacetResult(field, list));
        }
        return results;
    }

    /// <summary>Region paths counted at every level become a tree: provinces, their cities, their counties.</summary>
    private static IReadOnlyList<FacetValue> Tree(Dictionary<string, long> paths, List<string> selected, string? parent, int maxValues)
    {
        var level = paths
            .Where(p => ParentOf(p.Key) == parent)
            .Select(p => new FacetValue(p.Key, p.Value, selected.Contains(p.Key))
            {
                Children = Tree(paths, selected, p.Key, maxValues),
            });
        return Ranked(level, maxValues);
    }

    private static string? ParentOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? null : path[..slash];
    }

    private static IReadOnlyList<FacetValue> Ranked(IEnumerable<FacetValue> values, int maxValues)
    {
        var sorted = values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();
        return sorted.Take(maxValues).Concat(sorted.Skip(maxValues).Where(v => v.Selected)).ToList();
    }
}
