using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// The first matches of a relevance-ranked list (<see cref="MatchOrder.Relevance"/>: score, then newest, then
/// document), kept in a bounded heap of <see cref="RankedMatch"/>: the order Lucene's TopFieldCollector gives with a
/// score and a date comparator, without their virtual calls for every match. A match scored below the least kept is
/// passed over without reading its date; the broad searches reject nearly all of theirs so.
/// </summary>
internal sealed class RelevanceCollector(int window) : ICollector
{
    private readonly PriorityQueue<RankedMatch, RankedMatch> _best =
        new(window + 1, Comparer<RankedMatch>.Create((a, b) => MatchOrder.Relevance.Compare(b, a)));
    private Scorer? _scorer;
    private NumericDocValues? _dates;
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _dates = MatchOrder.Relevance.Values(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        var score = _scorer!.GetScore();
        if (_best.Count == window && score < _best.Peek().Score) return;
        var match = new RankedMatch(_docBase + doc, score, MatchOrder.Relevance.OrderOf(_dates, doc, _docBase));
        if (_best.Count < window) _best.Enqueue(match, match);
        else if (MatchOrder.Relevance.Compare(match, _best.Peek()) < 0) _best.EnqueueDequeue(match, match);
    }

    /// <summary>The window's matches in order.</summary>
    public RankedMatch[] TopDocs()
    {
        var top = new RankedMatch[_best.Count];
        for (var i = top.Length - 1; i >= 0; i--) top[i] = _best.Dequeue();
        return top;
    }
}
