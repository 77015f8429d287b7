using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// The first matches of a date-sorted list without comparing every match: a segment's matches are only marked,
/// then, when they are a good part of it, the segment's documents are walked in date order until the window is
/// full; a few matches are ranked themselves. Same order as sorting all matches by <see cref="SegmentDateOrder.Key"/>,
/// then by document.
/// </summary>
internal sealed class DateOrderedCollector(int window, bool newestFirst, Func<AtomicReader, SegmentDateOrder> orders) : ICollector, IDisposable
{
    /// <summary>
    /// Below one match in this many documents, ranking the matches costs less than walking the date order, which
    /// takes about window x documents / matches steps (all of the segment when the matches are dated at its end).
    /// </summary>
    private const int WalkDensity = 64;

    private readonly List<(long Key, int Doc)> _candidates = [];
    private readonly DocumentBits _matched = new();
    private AtomicReaderContext? _segment;
    private int _matches;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        TakeCandidates();
        _segment = context;
        _matched.Reset(context.AtomicReader.MaxDoc);
    }

    public void Collect(int doc)
    {
        _matched.Add(doc);
        _matches++;
    }

    /// <summary>The window's documents in order (no scores), each with its <see cref="SegmentDateOrder.Key"/>.</summary>
    public RankedMatch[] TopDocs()
    {
        TakeCandidates();
        return _candidates.Order().Take(window).Select(c => new RankedMatch(c.Doc, float.NaN, c.Key)).ToArray();
    }

    public void Dispose() => _matched.Dispose();

    /// <summary>The segment's first matches in date order: at most a window's worth.</summary>
    private void TakeCandidates()
    {
        if (_segment is null || _matches == 0) return;
        var (reader, docBase) = (_segment.AtomicReader, _segment.DocBase);
        var ranks = SegmentDateOrder.Ranks(reader, newestFirst);

        if (_matches <= window || (long)_matches * WalkDensity <= reader.MaxDoc)
        {
            // The last in order on top, pushed out by any before it: what remains are the window first.
            var best = new PriorityQueue<int, (long Key, int Doc)>(window + 1, Comparer<(long, int)>.Create((a, b) => b.CompareTo(a)));
            for (var w = 0; w < _matched.WordCount; w++)
            {
                for (var bits = _matched.Word(w); bits != 0; bits &= bits - 1)
                {
                    var doc = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    var order = (SegmentDateOrder.Key(ranks, doc, newestFirst), doc);
                    if (best.Count < window) best.Enqueue(doc, order);
                    else best.EnqueueDequeue(doc, order);
                }
            }
            while (best.TryDequeue(out var doc, out var order)) _candidates.Add((order.Key, docBase + doc));
        }
        else
        {
            var taken = 0;
            foreach (var (key, doc) in orders(reader).Documents(reader, newestFirst))
            {
                if (!_matched.Contains(doc)) continue;
                _candidates.Add((key, docBase + doc));
                if (++taken == window) break;
            }
        }
        _matches = 0;
    }
}
