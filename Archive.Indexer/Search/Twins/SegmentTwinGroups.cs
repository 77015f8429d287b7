using Lucene.Net.Index;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Search.Twins;

/// <summary>
/// The near-duplicate groups of one segment: per document the segment-local ordinal of its group (-1: none) and the
/// groups' keys. Read once from the <see cref="IndexFields.TwinGroupKey"/> doc values; a segment never changes.
/// </summary>
internal sealed class SegmentTwinGroups
{
    private SegmentTwinGroups(int[] groups, long[] keys)
    {
        Groups = groups;
        Keys = keys;
    }

    public int[] Groups { get; }

    public long[] Keys { get; }

    public static SegmentTwinGroups Read(AtomicReader reader)
    {
        var groups = new int[reader.MaxDoc];
        Array.Fill(groups, -1);
        var values = reader.GetNumericDocValues(IndexFields.TwinGroupKey);
        if (values is null) return new SegmentTwinGroups(groups, []);
        var local = new Dictionary<long, int>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var key = values.Get(doc);
            if (key == 0) continue;
            if (!local.TryGetValue(key, out var ord)) local[key] = ord = local.Count;
            groups[doc] = ord;
        }
        var keys = new long[local.Count];
        foreach (var (key, ord) in local) keys[ord] = key;
        return new SegmentTwinGroups(groups, keys);
    }
}
