using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search.Queries;

/// <summary>Which of a query's words the hits of a partial answer lack, to show beside each of them.</summary>
internal static class WordCoverage
{
    public static List<SearchHit> MarkMissing(IndexSearcher searcher, IReadOnlyList<int> docs, List<SearchHit> hits, IReadOnlyList<QueryWord> words)
    {
        var weights = words.Select(w => searcher.CreateNormalizedWeight(w.Query)).ToList();
        var leaves = searcher.IndexReader.Leaves;
        return hits.Select((hit, i) =>
        {
            var leaf = leaves[ReaderUtil.SubIndex(docs[i], leaves)];
            var doc = docs[i] - leaf.DocBase;
            var missing = words.Where((_, w) => weights[w].GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer || scorer.Advance(doc) != doc);
            return hit with { MissingWords = missing.Select(w => w.Label).ToList() };
        }).ToList();
    }
}
