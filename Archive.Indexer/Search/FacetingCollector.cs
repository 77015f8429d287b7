using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Search;

/// <summary>
/// Collects the hits of a query and counts facet values over doc values in the same pass, drill-sideways style:
/// the query runs without the facet selections; a document that meets every selection is a hit and counts in
/// every facet; one that misses exactly one selected facet counts only in that facet. So each facet's counts
/// ignore its own selection (OR within a facet, AND across facets), and every count is exact.
/// </summary>
internal sealed class FacetingCollector : ICollector
{
    private static readonly FacetField[] Dimensions = Enum.GetValues<FacetField>();

    private readonly ICollector _hits;
    private readonly bool _countFacets;
    private readonly (FacetField Field, BytesRef[] Labels)[] _selections;
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    private SortedSetDocValues? _values;
    private long[][] _selectedOrds = [];
    private long[] _dimensionStart = [];
    private int[] _segmentCounts = [];
    private long[] _docOrds = new long[64];

    public FacetingCollector(ICollector hits, IReadOnlyDictionary<FacetField, IReadOnlyList<string>> selections, bool countFacets)
    {
        _hits = hits;
        _countFacets = countFacets;
        _selections = selections
            .Where(s => s.Value.Count > 0)
            .Select(s => (s.Key, s.Value.Select(v => new BytesRef(FacetLabel.Encode(s.Key, v))).ToArray()))
            .ToArray();
    }

    /// <summary>Documents that matched the query and every selection.</summary>
    public long TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _hits.SetNextReader(context);
        _values = context.AtomicReader.GetSortedSetDocValues(IndexFields.Facets);
        if (_values is null) return;

        _selectedOrds = _selections
            .Select(s => s.Labels.Select(label => _values.LookupTerm(label)).Where(ord => ord >= 0).ToArray())
            .ToArray();
        _dimensionStart = new long[Dimensions.Length + 1];
        for (var d = 0; d < Dimensions.Length; d++)
        {
            var found = _values.LookupTerm(new BytesRef(FacetLabel.Prefix(Dimensions[d])));
            _dimensionStart[d] = found >= 0 ? found : -found - 1;
        }
        _dimensionStart[Dimensions.Length] = _values.ValueCount;
        if (_countFacets)
        {
            _segmentCounts = new int[_values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        var ordCount = 0;
        if (_values is not null)
        {
            _values.SetDocument(doc);
            long ord;
            while ((ord = _values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (ordCount == _docOrds.Length) Array.Resize(ref _docOrds, ordCount * 2);
                _docOrds[ordCount++] = ord;
            }
        }

        var missed = -1;
        for (var s = 0; s < _selections.Length; s++)
        {
            if (HasAny(ordCount, s)) continue;
            if (missed >= 0) return;
            missed = s;
        }

        if (missed < 0)
        {
            TotalHits++;
            _hits.Collect(doc);
            if (_countFacets && _values is not null)
            {
                for (var i = 0; i < ordCount; i++) _segmentCounts[_docOrds[i]]++;
            }
        }
        else if (_countFacets && _values is not null)
        {
            var d = (int)_selections[missed].Field;
            long start = _dimensionStart[d], end = _dimensionStart[d + 1];
            for (var i = 0; i < ordCount; i++)
            {
                if (_docOrds[i] >= start && _docOrds[i] < end) _segmentCounts[_docOrds[i]]++;
            }
        }
    }

    private bool HasAny(int ordCount, int selection)
    {
        if (_values is null) return false;
        var wanted = _selectedOrds[selection];
        for (var i = 0; i < ordCount; i++)
        {
            foreach (var w in wanted)
            {
                if (_docOrds[i] == w) return true;
            }
        }
        return false;
    }

    /// <summary>The counts of every facet value seen, by encoded label (see <see cref="FacetLabel"/>).</summary>
    public IReadOnlyDictionary<string, long> Counts()
    {
        FlushSegment();
        return _counts;
    }

    private void FlushSegment()
    {
        if (_values is null || _segmentCounts.Length == 0) return;
        var scratch = new BytesRef();
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            var count = _segmentCounts[ord];
            if (count == 0) continue;
            _values.LookupOrd(ord, scratch);
            var label = Encoding.UTF8.GetString(scratch.Bytes, scratch.Offset, scratch.Length);
            _counts[label] = _counts.GetValueOrDefault(label) + count;
        }
        _segmentCounts = [];
    }
}
