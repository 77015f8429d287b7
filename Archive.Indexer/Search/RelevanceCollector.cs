using Lucene.Net.Index;
using Lucene.Net.Search;
using Archive.Indexer.Search.Queries;

namespace Archive.Indexer.Search;

/// <summary>
/// The first matches of a relevance-ranked list (<see cref="MatchOrder.Relevance"/>: score, then newest, then
/// the article's place among the day's), kept in <see cref="BestMatches"/>: the order Lucene's TopFieldCollector gives with a
/// score and a date comparator, without their virtual calls for every match. A match scored below the least kept is
/// passed over without reading its date; the broad searches reject nearly all of theirs so. Where the scorer bounds a
/// match's score (<see cref="IBoundedScorer"/>), a match whose bound does not reach the least kept is not even scored.
/// </summary>
internal sealed class RelevanceCollector(int window) : ICollector
{
    private readonly BestMatches _best = new(MatchOrder.Relevance, window);
    private Scorer? _scorer;
    private IBoundedScorer? _bounded;
    private NumericDocValues? _dates;
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
        _scorer = scorer;
        _bounded = scorer as IBoundedScorer;
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _dates = MatchOrder.Relevance.Values(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        var least = _best.Least;
        if (least is not null && _bounded is not null && _bounded.ScoreBound <= least.Value.Score) return;
        var score = _scorer!.GetScore();
        if (least is not null && score < least.Value.Score) return;
        _best.Offer(new RankedMatch(_docBase + doc, score, MatchOrder.Relevance.OrderOf(_dates, doc)));
    }

    /// <summary>The window's matches in order.</summary>
    public RankedMatch[] TopDocs() => _best.Drain();
}
