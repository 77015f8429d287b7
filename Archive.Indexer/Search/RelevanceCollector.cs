using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// The first matches of a relevance-ranked list (<see cref="MatchOrder.Relevance"/>: score, then newest, then
/// document), kept in <see cref="BestMatches"/>: the order Lucene's TopFieldCollector gives with a
/// score and a date comparator, without their virtual calls for every match. A match scored below the least kept is
/// passed over without reading its date; the broad searches reject nearly all of theirs so.
/// </summary>
internal sealed class RelevanceCollector(int window) : ICollector
{
    private readonly BestMatches _best = new(MatchOrder.Relevance, window);
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
        if (_best.Least is { } least && score < least.Score) return;
        _best.Offer(new RankedMatch(_docBase + doc, score, MatchOrder.Relevance.OrderOf(_dates, doc, _docBase)));
    }

    /// <summary>The window's matches in order.</summary>
    public RankedMatch[] TopDocs() => _best.Drain();
}
