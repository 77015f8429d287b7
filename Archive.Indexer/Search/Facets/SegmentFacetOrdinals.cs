using Lucene.Net.Index;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Search.Facets;

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

    /// <summary>The documents of each ordinal, built on first use (concurrent searches may ask at once).</summary>
    private InvertedOrdinals? _inverted;

    /// <summary>The documents (ascending) that have a segment ordinal: what a facet selection keeps, without reading every document.</summary>
    public ReadOnlySpan<int> DocumentsWith(int ord) => LazyInitializer.EnsureInitialized(ref _inverted, Invert).DocumentsWith(ord);

    private InvertedOrdinals Invert()
    {
        var starts = new int[Totals.Length + 1];
        for (var ord = 0; ord < Totals.Length; ord++) starts[ord + 1] = starts[ord] + Totals[ord];
        var next = starts[..^1];
        var documents = new int[Ords.Length];
        for (var doc = 0; doc < Starts.Length - 1; doc++)
        {
            for (var i = Starts[doc]; i < Starts[doc + 1]; i++) documents[next[Ords[i]]++] = doc;
        }
        return new InvertedOrdinals(starts, documents);
    }

    /// <summary>The documents of ordinal o are Documents[Starts[o]..Starts[o + 1]].</summary>
    private sealed class InvertedOrdinals(int[] starts, int[] documents)
    {
        public ReadOnlySpan<int> DocumentsWith(int ord) => documents.AsSpan(starts[ord], starts[ord + 1] - starts[ord]);
    }

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
