namespace Archive.Indexer.Search;

/// <summary>The first <c>window</c> matches in one order, from matches offered in any order: a bounded heap.</summary>
internal sealed class BestMatches(MatchOrder order, int window)
{
    private readonly PriorityQueue<RankedMatch, RankedMatch> _heap =
        new(Math.Min(window, 1024) + 1, Comparer<RankedMatch>.Create((a, b) => order.Compare(b, a)));

    /// <summary>The last match kept once the window is full, null before: a match that cannot beat it need not be built.</summary>
    public RankedMatch? Least => _heap.Count == window ? _heap.Peek() : null;

    public void Offer(RankedMatch match)
    {
        if (_heap.Count < window) _heap.Enqueue(match, match);
        else if (window > 0 && order.Compare(match, _heap.Peek()) < 0) _heap.EnqueueDequeue(match, match);
    }

    /// <summary>The matches kept, in order; the heap is empty afterwards.</summary>
    public RankedMatch[] Drain()
    {
        var sorted = new RankedMatch[_heap.Count];
        for (var i = sorted.Length - 1; i >= 0; i--) sorted[i] = _heap.Dequeue();
        return sorted;
    }
}
