using Lucene.Net.Search;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// How many articles a query matches, counted without scoring or ranking them: Lucene 4.8 has no IndexSearcher.Count,
/// and a search for the top hit scores every match to count it.
/// </summary>
internal static class MatchCount
{
    extension(IndexSearcher searcher)
    {
        public int Count(Query query)
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(query, counter);
            return counter.TotalHits;
        }
    }
}
