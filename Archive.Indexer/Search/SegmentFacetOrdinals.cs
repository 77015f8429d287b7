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

    /// <summary>The documents of each ordinal (those of ordinal o are Documents[o]..[o + 1] of the pair), built on first use.</summary>
    private (int[] Starts, int[] Documents)? _inverted;

    /// <summary>The documents (ascending) that have a segment ordinal: what a facet selection keeps, without reading every document.</summary>
    public ReadOnlySpan<int> DocumentsWith(int ord)
    {
        var (starts, documents) = _inverted ??= Invert();
        return documents.AsSpan(starts[ord], starts[ord + 1] - starts[ord]);
    }

    private (int[] Starts, int[] Documents) Invert()
    {
        var starts = new int[Totals.Length + 1];
        for (var ord = 0; ord < Totals.Length; ord++) starts[ord + 1] = starts[ord] + Totals[ord];
        var next = starts[..^1];
        var documents = new int[Ords.Length];
        for (var doc = 0; doc < Starts.Length - 1; doc++)
        {
            for (var i = Starts[doc]; i < Starts[doc + 1]; i++) documents[next[Ords[i]]++] = doc;
        }
        return (starts, documents);
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
