using Lucene.Net.Index;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Search;

/// <summary>A match in a ranked list: its document (index-wide), its score, and what it is ordered by besides.</summary>
/// <param name="Order">By relevance: the newest-first date value (<see cref="SegmentDateOrder.NewestFirstValue"/>),
/// for ties of score; by date: the <see cref="SegmentDateOrder.Key"/>.</param>
internal readonly record struct RankedMatch(int Doc, float Score, long Order);

/// <summary>
/// The one order of a result list, a total order so that every page, whatever its size, and the export cut the same
/// list: by relevance, score first, then newest; by date, the date order of <see cref="SegmentDateOrder"/> (undated
/// last either way); then the article's place among the day's (<see cref="SegmentDateOrder.Tie"/>), and only then the
/// document, which a correction or a reindex changes.
/// </summary>
internal sealed class MatchOrder : IComparer<RankedMatch>
{
    public static readonly MatchOrder Relevance = new(byScore: true, newestFirst: true);
    public static readonly MatchOrder Newest = new(byScore: false, newestFirst: true);
    public static readonly MatchOrder Oldest = new(byScore: false, newestFirst: false);

    private MatchOrder(bool byScore, bool newestFirst)
    {
        ByScore = byScore;
        NewestFirst = newestFirst;
    }

    public bool ByScore { get; }

    public bool NewestFirst { get; }

    public static MatchOrder For(SearchSort sort, bool scored) =>
        scored && sort == SearchSort.Relevance ? Relevance : sort == SearchSort.Oldest ? Oldest : Newest;

    /// <summary>The doc values <see cref="OrderOf"/> reads in one segment.</summary>
    public NumericDocValues? Values(AtomicReader segment) =>
        ByScore ? segment.GetNumericDocValues(IndexFields.Date) : SegmentDateOrder.Ranks(segment, NewestFirst);

    public long OrderOf(NumericDocValues? values, int doc) =>
        ByScore ? values?.Get(doc) ?? 0 : SegmentDateOrder.Key(values, doc, NewestFirst);

    public int Compare(RankedMatch x, RankedMatch y)
    {
        var before = CompareScoreAndDay(x, y);
        if (before != 0) return before;
        var byTie = ByScore ? y.Order.CompareTo(x.Order) : x.Order.CompareTo(y.Order);
        return byTie != 0 ? byTie : x.Doc.CompareTo(y.Doc);
    }

    /// <summary>The order of the score and the day alone: 0 for matches that only the article's place tells apart.</summary>
    public int CompareScoreAndDay(RankedMatch x, RankedMatch y)
    {
        if (!ByScore) return SegmentDateOrder.Day(x.Order).CompareTo(SegmentDateOrder.Day(y.Order));
        var byScore = y.Score.CompareTo(x.Score);
        return byScore != 0 ? byScore : SegmentDateOrder.Day(y.Order).CompareTo(SegmentDateOrder.Day(x.Order));
    }

    /// <summary>
    /// The first <paramref name="window"/> of two lists' matches: <paramref name="ranked"/> already in this order,
    /// <paramref name="more"/> in any order (only the first window of them are sorted).
    /// </summary>
    public List<RankedMatch> Merge(IReadOnlyList<RankedMatch> ranked, IReadOnlyList<RankedMatch> more, int window)
    {
        var best = new BestMatches(this, window);
        foreach (var match in more) best.Offer(match);
        var sorted = best.Drain();

        var merged = new List<RankedMatch>(Math.Min(window, ranked.Count + sorted.Length));
        int r = 0, m = 0;
        while (merged.Count < window && (r < ranked.Count || m < sorted.Length))
        {
            merged.Add(m == sorted.Length || (r < ranked.Count && Compare(ranked[r], sorted[m]) <= 0) ? ranked[r++] : sorted[m++]);
        }
        return merged;
    }
}
