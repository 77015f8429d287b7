using Lucene.Net.Index;

namespace Archive.Indexer.Search;

/// <summary>
/// The facet ordinals of every document of one segment in two flat arrays (the ordinals of document d are
/// Ords[Starts[d]..Starts[d + 1]]), read once from doc values. A segment never changes, so this is kept as long as
/// the segment lives, across refreshes; counting a match then reads plain arrays instead of decoding packed values.
/// </summary>
internal sealed class SegmentFacetOrdinals
{
    private SegmentFacetOrdinals(int[] starts, int[] ords, int[] totals)
    {
        Starts = starts;
        Ords = ords;
        Totals = totals;
    }

    public int[] Starts { get; }

    /// <summary>Segment ordinals (map them with <see cref="FacetOrdinals.SegmentToGlobal"/>).</summary>
    public int[] Ords { get; }

    /// <summary>
    /// Per segment ordinal, how many documents of the segment have it, deleted ones included: the counts of a
    /// search that matches most of the segment are these minus the counts of the documents it did not match.
    /// </summary>
    public int[] Totals { get; }

    public static SegmentFacetOrdinals Read(AtomicReader reader)
    {
        var starts = new int[reader.MaxDoc + 1];
        var values = reader.GetSortedSetDocValues(IndexFields.Facets);
        if (values is null) return new SegmentFacetOrdinals(starts, [], []);
        var ords = new List<int>(reader.MaxDoc * 16);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ords.Add((int)ord);
            }
        }
        starts[reader.MaxDoc] = ords.Count;
        var totals = new int[values.ValueCount];
        foreach (var ord in ords) totals[ord]++;
        return new SegmentFacetOrdinals(starts, ords.ToArray(), totals);
    }
}
