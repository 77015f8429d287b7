using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Archive.Indexer.Regions;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Search.Facets;

/// <summary>
/// The facet values of one index reader in a single global ordinal space: each segment's ordinals mapped to global
/// ones, and every value decoded once. Built on the first search after a refresh and kept while the reader lives,
/// so counting a search costs array increments only, and reading the results only the values shown.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly int DimensionCount = Enum.GetValues<FacetField>().Length;

    private readonly int[][] _segmentToGlobal;
    private readonly SegmentFacetOrdinals[] _segments;
    private readonly Dictionary<string, int> _byLabel;

    private FacetOrdinals(int[][] segmentToGlobal, SegmentFacetOrdinals[] segments, FacetField[] fields, string[] values, int[] dimensionStart)
    {
        _segmentToGlobal = segmentToGlobal;
        _segments = segments;
        Fields = fields;
        Values = values;
        DimensionStart = dimensionStart;
        _byLabel = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
        for (var ord = 0; ord < values.Length; ord++)
        {
            _byLabel[FacetLabel.Encode(fields[ord], values[ord])] = ord;
        }
        RegionChildren = Children(values, dimensionStart[(int)FacetField.Region], dimensionStart[(int)FacetField.Region + 1]);
        _regionsByName = ByOwnName(values, dimensionStart[(int)FacetField.Region], dimensionStart[(int)FacetField.Region + 1]);
    }

    /// <summary>
    /// Each name a region of the reader goes by (安庆市, 安庆) with its path; where two regions share it, the outer one
    /// when one lies inside the other (吉林 of 吉林省 and of 吉林省/吉林市: 吉林省, as 地区:吉林 reads it, the city's
    /// articles among its own), else null.
    /// </summary>
    private readonly Dictionary<string, string?> _regionsByName;

    /// <summary>
    /// The path of the one region of the reader named <paramref name="name"/> by its own name (安庆市 or 安庆:
    /// 安徽省/安庆市), or of the outermost of several one inside the other, as a filter written with a place's name rather
    /// than its path means; null when none or several apart are.
    /// </summary>
    public string? RegionNamed(string name) => _regionsByName.GetValueOrDefault(name);

    private static Dictionary<string, string?> ByOwnName(string[] values, int start, int end)
    {
        var byName = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var ord = start; ord < end; ord++)
            foreach (var name in RegionPath.OwnNames(values[ord]))
                byName[name] = byName.TryGetValue(name, out var other) ? Outer(other, values[ord]) : values[ord];
        return byName;
    }

    /// <summary>Of two regions of one name, the one the other lies inside; null when neither does.</summary>
    private static string? Outer(string? one, string other) =>
        one is null ? null
        : other.StartsWith(one + "/", StringComparison.Ordinal) ? one
        : one.StartsWith(other + "/", StringComparison.Ordinal) ? other
        : null;

    /// <summary>
    /// The region tree: the ordinals of the region paths below each path (provinces below ""), ascending. Every
    /// value lies strictly below its parent, so the tree is as deep as the longest path; an empty value, which
    /// would be its own child, is in no list.
    /// </summary>
    public IReadOnlyDictionary<string, int[]> RegionChildren { get; }

    private static Dictionary<string, int[]> Children(string[] values, int start, int end)
    {
        var children = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var ord = start; ord < end; ord++)
        {
            if (values[ord].Length == 0) continue;
            var parent = RegionPath.Parent(values[ord]);
            if (!children.TryGetValue(parent, out var siblings)) children[parent] = siblings = [];
            siblings.Add(ord);
        }
        return children.ToDictionary(c => c.Key, c => c.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The number of distinct facet values in the reader.</summary>
    public int Count => Values.Length;

    public FacetField[] Fields { get; }

    public string[] Values { get; }

    /// <summary>Global ordinals of dimension d run from DimensionStart[d] to DimensionStart[d + 1].</summary>
    public int[] DimensionStart { get; }

    public int[] SegmentToGlobal(int leaf) => _segmentToGlobal[leaf];

    public SegmentFacetOrdinals Segment(int leaf) => _segments[leaf];

    public int Ordinal(FacetField field, string value) =>
        _byLabel.TryGetValue(FacetLabel.Encode(field, value), out var ord) ? ord : -1;

    /// <param name="segment">The ordinals of one segment, from a cache that outlives readers.</param>
    public static FacetOrdinals Build(IndexReader reader, Func<AtomicReader, SegmentFacetOrdinals> segment)
    {
        var leaves = reader.Leaves;
        var all = MultiDocValues.GetSortedSetValues(reader, IndexFields.Facets);
        var count = all is null ? 0 : checked((int)all.ValueCount);
        var map = (all as MultiDocValues.MultiSortedSetDocValues)?.Mapping;

        var segmentToGlobal = new int[leaves.Count][];
        var segments = new SegmentFacetOrdinals[leaves.Count];
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            segments[leaf] = segment(leaves[leaf].AtomicReader);
            var segmentValues = leaves[leaf].AtomicReader.GetSortedSetDocValues(IndexFields.Facets);
            var ords = new int[segmentValues?.ValueCount ?? 0];
            for (var ord = 0; ord < ords.Length; ord++)
            {
                ords[ord] = map is null ? ord : checked((int)map.GetGlobalOrd(leaf, ord));
            }
            segmentToGlobal[leaf] = ords;
        }

        var fields = new FacetField[count];
        var values = new string[count];
        var scratch = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            all!.LookupOrd(ord, scratch);
            var decoded = FacetLabel.Decode(Encoding.UTF8.GetString(scratch.Bytes, scratch.Offset, scratch.Length));
            (fields[ord], values[ord]) = decoded ?? ((FacetField)DimensionCount, "");
        }

        // Labels sort by their dimension code first, so each dimension is one run of ordinals.
        var start = new int[DimensionCount + 1];
        for (var d = 0; d <= DimensionCount; d++)
        {
            var first = Array.FindIndex(fields, f => (int)f >= d);
            start[d] = first < 0 ? count : first;
        }
        return new FacetOrdinals(segmentToGlobal, segments, fields, values, start);
    }
}
