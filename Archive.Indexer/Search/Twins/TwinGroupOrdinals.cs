using Lucene.Net.Index;

namespace Archive.Indexer.Search.Twins;

/// <summary>
/// The near-duplicate groups of one index reader as dense ordinals 0..Count-1, so that collapsing a search's matches
/// costs array look-ups: each segment's groups (read once per segment, <see cref="SegmentTwinGroups"/>) mapped to
/// reader-wide ordinals on the first search after a refresh, at the cost of the grouped articles only.
/// </summary>
internal sealed class TwinGroupOrdinals
{
    private readonly SegmentTwinGroups[] _segments;
    private readonly int[][] _segmentToGlobal;

    private TwinGroupOrdinals(SegmentTwinGroups[] segments, int[][] segmentToGlobal, int count)
    {
        _segments = segments;
        _segmentToGlobal = segmentToGlobal;
        Count = count;
    }

    /// <summary>How many groups the reader's documents name (deleted documents' groups included).</summary>
    public int Count { get; }

    /// <summary>The group of document <paramref name="doc"/> of segment <paramref name="leaf"/>, or -1 when it has none.</summary>
    public int Of(int leaf, int doc)
    {
        var local = _segments[leaf].Groups[doc];
        return local < 0 ? -1 : _segmentToGlobal[leaf][local];
    }

    /// <param name="segment">The groups of one segment, from a cache that outlives readers.</param>
    public static TwinGroupOrdinals Build(IndexReader reader, Func<AtomicReader, SegmentTwinGroups> segment)
    {
        var leaves = reader.Leaves;
        var segments = new SegmentTwinGroups[leaves.Count];
        var segmentToGlobal = new int[leaves.Count][];
        var global = new Dictionary<long, int>();
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            segments[leaf] = segment(leaves[leaf].AtomicReader);
            var keys = segments[leaf].Keys;
            var map = new int[keys.Length];
            for (var local = 0; local < keys.Length; local++)
            {
                if (!global.TryGetValue(keys[local], out var ord)) global[keys[local]] = ord = global.Count;
                map[local] = ord;
            }
            segmentToGlobal[leaf] = map;
        }
        return new TwinGroupOrdinals(segments, segmentToGlobal, global.Count);
    }
}
