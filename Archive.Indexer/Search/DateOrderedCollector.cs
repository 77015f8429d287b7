using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// The first matches of a date-sorted list without comparing every match: a segment's matches are only marked,
/// then the segment's documents are walked in date order until the window is full (or, for a few matches, the
/// matches themselves are sorted). Same order as sorting all matches by date, then by document.
/// </summary>
internal sealed class DateOrderedCollector(int window, bool newestFirst, Func<AtomicReader, SegmentDateOrder> orders) : ICollector
{
    private readonly List<(long Key, int Doc)> _candidates = [];
    private AtomicReaderContext? _segment;
    private long[] _matched = [];
    private int _matches;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        TakeCandidates();
        _segment = context;
        FacetingCollector.Clear(ref _matched, context.AtomicReader.MaxDoc);
    }

    public void Collect(int doc)
    {
        _matched[doc >> 6] |= 1L << doc;
        _matches++;
    }

    /// <summary>The window's documents in order (no scores).</summary>
    public ScoreDoc[] TopDocs()
    {
        TakeCandidates();
        return _candidates.OrderBy(c => c.Key).Take(window).Select(c => new ScoreDoc(c.Doc, float.NaN)).ToArray();
    }

    /// <summary>The segment's first matches in date order: at most a window's worth.</summary>
    private void TakeCandidates()
    {
        if (_segment is null || _matches == 0) return;
        var reader = _segment.AtomicReader;
        var ranks = SegmentDateOrder.Ranks(reader, newestFirst);
        var taken = 0;
        if (_matches <= window)
        {
            for (var w = 0; w < (reader.MaxDoc + 63) >> 6; w++)
            {
                for (var bits = _matched[w]; bits != 0; bits &= bits - 1)
                {
                    Take((w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits));
                }
            }
        }
        else
        {
            foreach (var doc in orders(reader).Documents(reader, newestFirst))
            {
                if ((_matched[doc >> 6] & (1L << doc)) == 0) continue;
                Take(doc);
                if (++taken == window) break;
            }
        }
        _matches = 0;

        void Take(int doc) => _candidates.Add((((long)SegmentDateOrder.Rank(ranks, doc, newestFirst) << 32) | (uint)(_segment.DocBase + doc), _segment.DocBase + doc));
    }
}
