using Lucene.Net.Index;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Search;

/// <summary>
/// The documents of one segment in date order, newest first and oldest first (ties in document order, undated
/// last either way), each built on first use. A segment never changes, so the orders live as long as it does
/// (kept by its core: the reader passed in is any of the segment's, deletions do not matter).
/// </summary>
internal sealed class SegmentDateOrder
{
    private int[]? _newestFirst;
    private int[]? _oldestFirst;

    public int[] Documents(AtomicReader segment, bool newestFirst) => newestFirst
        ? LazyInitializer.EnsureInitialized(ref _newestFirst, () => Sorted(segment, newestFirst: true))
        : LazyInitializer.EnsureInitialized(ref _oldestFirst, () => Sorted(segment, newestFirst: false));

    /// <summary>
    /// What date-sorted lists order by, ascending: the date (undated last) read from <see cref="Ranks"/>'s doc
    /// values in the high half, the document (<paramref name="docBase"/> + <paramref name="doc"/>) in the low half,
    /// so that ties keep document order as Lucene's sort does.
    /// </summary>
    public static long Key(NumericDocValues? ranks, int doc, int docBase, bool newestFirst)
    {
        var value = ranks?.Get(doc) ?? 0;
        // Newest first reads the date (undated: 0), oldest first the date with undated at long.MaxValue.
        var rank = newestFirst ? int.MaxValue - (int)value : (int)Math.Min(value, int.MaxValue);
        return ((long)rank << 32) | (uint)(docBase + doc);
    }

    public static NumericDocValues? Ranks(AtomicReader reader, bool newestFirst) =>
        reader.GetNumericDocValues(newestFirst ? IndexFields.Date : IndexFields.DateOldestFirst);

    private static int[] Sorted(AtomicReader segment, bool newestFirst)
    {
        var ranks = Ranks(segment, newestFirst);
        var keys = new long[segment.MaxDoc];
        for (var doc = 0; doc < keys.Length; doc++)
        {
            keys[doc] = Key(ranks, doc, docBase: 0, newestFirst);
        }
        Array.Sort(keys);
        var docs = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++) docs[i] = (int)keys[i];
        return docs;
    }
}
