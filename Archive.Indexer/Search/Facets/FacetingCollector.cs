using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Archive.Indexer.Search.Twins;

namespace Archive.Indexer.Search.Facets;

/// <summary>
/// Collects the hits of a query and counts facet values over doc values in the same pass, drill-sideways style:
/// the query runs without the facet selections; a document that meets every selection is a hit and counts in
/// every facet; one that misses exactly one selected facet counts only in that facet. So each facet's counts
/// ignore its own selection (OR within a facet, AND across facets), and every count is exact.
/// Whether a document meets a selection is one bit, from the selected values' documents marked per segment. Hits and
/// near misses are only marked while collecting and counted when the segment is done: one by one, or, when they are
/// most of the segment, as the segment's totals minus the documents not marked, so browsing the whole archive, ticked
/// values or not, costs next to nothing.
/// With <see cref="TwinCollapse"/>, matches of grouped articles are held back from both and counted per group at the
/// end: a group is one hit, and counts once for each value that one of its hits (or of its near misses, in the facet
/// it missed) has, so a facet count is the total that ticking its value gives.
/// </summary>
internal sealed class FacetingCollector : ICollector, IDisposable
{
    private readonly ICollector _hits;
    private readonly TwinCollapse? _twins;
    private readonly FacetOrdinals _ordinals;
    private readonly bool _countFacets;
    private readonly (FacetField Field, int[] Ords)[] _selections;
    private readonly bool _readValues;
    private int[] _counts;

    private SegmentFacetOrdinals? _segment;
    private int[] _toGlobal = [];
    /// <summary>Per selection, the current segment's documents that have one of its values.</summary>
    private readonly DocumentBits[] _selected;
    /// <summary>The current segment's hits, counted at the segment's end.</summary>
    private readonly DocumentBits _matched = new();
    private int _segmentMatches;
    /// <summary>Per selection, the current segment's near misses of it, counted in its facet at the segment's end.</summary>
    private readonly DocumentBits[] _missed;
    private readonly int[] _segmentMisses;
    private long _hitCount;
    private bool _groupsCounted;

    /// <param name="twins">Collapses near-duplicate groups; null counts and passes on every match.</param>
    public FacetingCollector(ICollector hits, FacetOrdinals ordinals, IReadOnlyDictionary<FacetField, List<string>> selections, bool countFacets,
        TwinCollapse? twins = null)
    {
        _hits = hits;
        _twins = twins;
        _ordinals = ordinals;
        _countFacets = countFacets;
        _selections = selections
            .Where(s => s.Value.Count > 0)
            .Select(s => (s.Key, s.Value.Select(v => ordinals.Ordinal(s.Key, v)).Where(o => o >= 0).ToArray()))
            .ToArray();
        _readValues = countFacets || _selections.Length > 0;
        _selected = _selections.Select(_ => new DocumentBits()).ToArray();
        _missed = _selections.Select(_ => new DocumentBits()).ToArray();
        _segmentMisses = new int[_selections.Length];
        _counts = countFacets ? ArrayPool<int>.Shared.Rent(Math.Max(1, ordinals.Count)) : [];
        Array.Clear(_counts);
    }

    /// <summary>Documents that matched the query and every selection, a near-duplicate group counting once.</summary>
    public long TotalHits
    {
        get
        {
            CountGroups();
            return _hitCount;
        }
    }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
        _hits.SetScorer(scorer);
        _twins?.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        CountMarkedMatches();
        _hits.SetNextReader(context);
        _twins?.SetNextReader(context);
        _segment = _readValues ? _ordinals.Segment(context.Ord) : null;
        _toGlobal = _ordinals.SegmentToGlobal(context.Ord);
        if (_segment is null) return;
        if (_countFacets) _matched.Reset(context.AtomicReader.MaxDoc);
        for (var s = 0; s < _selections.Length; s++)
        {
            if (_countFacets) _missed[s].Reset(context.AtomicReader.MaxDoc);
            _selected[s].Reset(context.AtomicReader.MaxDoc);
            foreach (var global in _selections[s].Ords)
            {
                var ord = Array.BinarySearch(_toGlobal, global);
                if (ord < 0) continue;
                foreach (var doc in _segment.DocumentsWith(ord)) _selected[s].Add(doc);
            }
        }
    }

    public void Collect(int doc)
    {
        if (!_readValues)
        {
            if (_twins?.HoldBack(doc, missed: -1) == true) return;
            _hitCount++;
            _hits.Collect(doc);
            return;
        }

        var missed = -1;
        for (var s = 0; s < _selected.Length; s++)
        {
            if (_selected[s].Contains(doc)) continue;
            if (missed >= 0) return;
            missed = s;
        }

        if (_twins?.HoldBack(doc, missed) == true) return;
        if (missed < 0)
        {
            // A hit counts in every facet, at the segment's end.
            _hitCount++;
            _hits.Collect(doc);
            if (!_countFacets) return;
            _matched.Add(doc);
            _segmentMatches++;
        }
        else if (_countFacets)
        {
            // A near miss counts only in the facet it missed, at the segment's end.
            _missed[missed].Add(doc);
            _segmentMisses[missed]++;
        }
    }

    /// <summary>The global ordinals of the facet of selection <paramref name="selection"/>.</summary>
    private (int Start, int End) Dimension(int selection)
    {
        var d = (int)_selections[selection].Field;
        return (_ordinals.DimensionStart[d], _ordinals.DimensionStart[d + 1]);
    }

    /// <summary>
    /// Counts the held-back near-duplicate groups, once: a group with a hit is one hit, and each facet value counts a
    /// group once however many of its members have it (hits in every facet, near misses in the facet they missed).
    /// A value's last counting group is stamped beside it, so a group's members need no set of values seen.
    /// </summary>
    private void CountGroups()
    {
        if (_groupsCounted || _twins is null) return;
        _groupsCounted = true;
        var touched = _twins.Touched;
        if (!_countFacets)
        {
            foreach (var group in touched) if (_twins.HasHit(group)) _hitCount++;
            return;
        }
        var countedBy = ArrayPool<int>.Shared.Rent(Math.Max(1, _ordinals.Count));
        Array.Fill(countedBy, -1, 0, _ordinals.Count);
        foreach (var group in touched)
        {
            if (_twins.HasHit(group)) _hitCount++;
            for (var m = _twins.LastMember(group); m >= 0; m = _twins[m].Previous)
            {
                ref readonly var member = ref _twins[m];
                var (segment, toGlobal) = (_ordinals.Segment(member.Leaf), _ordinals.SegmentToGlobal(member.Leaf));
                var (start, end) = member.Missed < 0 ? (0, int.MaxValue) : Dimension(member.Missed);
                for (int i = segment.Starts[member.Doc], to = segment.Starts[member.Doc + 1]; i < to; i++)
                {
                    var ord = toGlobal[segment.Ords[i]];
                    if (ord < start || ord >= end || countedBy[ord] == group) continue;
                    countedBy[ord] = group;
                    _counts[ord]++;
                }
            }
        }
        ArrayPool<int>.Shared.Return(countedBy);
    }

    /// <summary>
    /// Counts the marked hits of the segment just collected in every facet, and its near misses of each selection in
    /// that selection's facet: a facet-only browse misses its selection on nearly every document of the archive.
    /// </summary>
    private void CountMarkedMatches()
    {
        if (_segment is null) return;
        if (_segmentMatches > 0) CountMarked(_matched, _segmentMatches, 0, _segment.Totals.Length);
        _segmentMatches = 0;
        for (var s = 0; s < _selections.Length; s++)
        {
            if (_segmentMisses[s] == 0) continue;
            var (start, end) = Dimension(s);
            CountMarked(_missed[s], _segmentMisses[s], SegmentOrdinal(start), SegmentOrdinal(end));
            _segmentMisses[s] = 0;
        }
    }

    /// <summary>The first segment ordinal whose global ordinal is <paramref name="global"/> or above (they rise together).</summary>
    private int SegmentOrdinal(int global)
    {
        var at = Array.BinarySearch(_toGlobal, global);
        return at >= 0 ? at : ~at;
    }

    /// <summary>
    /// Counts the segment ordinals from <paramref name="low"/> to <paramref name="high"/> of the marked documents:
    /// directly, or through the documents not marked when they are most of the segment. Counted first per segment
    /// ordinal (a run of 64 marked documents is one stretch of the ordinals array), then mapped once.
    /// </summary>
    private void CountMarked(DocumentBits marked, int count, int low, int high)
    {
        if (low >= high) return;
        var (starts, ords, totals) = (_segment!.Starts, _segment.Ords, _segment.Totals);
        var complement = count > marked.Documents / 2;
        var local = ArrayPool<int>.Shared.Rent(high - low);
        Array.Clear(local, 0, high - low);
        for (var w = 0; w < marked.WordCount; w++)
        {
            var bits = marked.Word(w, complement);
            if (bits == -1L)
            {
                for (int i = starts[w << 6], end = starts[(w << 6) + 64]; i < end; i++) Add(local, ords[i], low, high);
                continue;
            }
            for (; bits != 0; bits &= bits - 1)
            {
                var doc = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) Add(local, ords[i], low, high);
            }
        }
        for (var ord = low; ord < high; ord++)
        {
            var counted = complement ? totals[ord] - local[ord - low] : local[ord - low];
            if (counted != 0) _counts[_toGlobal[ord]] += counted;
        }
        ArrayPool<int>.Shared.Return(local);
    }

    private static void Add(int[] local, int ord, int low, int high)
    {
        if (ord >= low && ord < high) local[ord - low]++;
    }

    /// <summary>Every facet value's count, by global ordinal: valid until the collector is disposed.</summary>
    public int[] Counts()
    {
        CountMarkedMatches();
        CountGroups();
        return _counts;
    }

    public void Dispose()
    {
        if (_counts.Length > 0) ArrayPool<int>.Shared.Return(_counts);
        _counts = [];
        _matched.Dispose();
        foreach (var bits in _selected.Concat(_missed)) bits.Dispose();
    }
}
