using Lucene.Net.Search;

namespace Archive.Indexer.Search.Queries;

internal static class Postings
{
    /// <summary>
    /// Moves postings (or a scorer) that sit on <paramref name="current"/>, below <paramref name="target"/>, to their
    /// first document at or after it: from the document just before the target by NextDoc, cheaper than Advance, which
    /// checks the skip list first. A common word is on most documents a scorer visits, so that is the usual move.
    /// </summary>
    public static int MoveTo(this DocIdSetIterator postings, int current, int target) =>
        current == target - 1 ? postings.NextDoc() : postings.Advance(target);
}
