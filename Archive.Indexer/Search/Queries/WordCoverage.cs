using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search.Queries;

/// <summary>Which of a query's words the hits of a partial answer lack, to show beside each of them.</summary>
internal static class WordCoverage
{
    /// <summary>
    /// Each word's scorer is opened once per segment that holds hits of the page and moves forward through those hits
    /// in document order (opening one per hit and word looked every term up again: 50 times for ten hits of five words).
    /// </summary>
    public static List<SearchHit> MarkMissing(IndexSearcher searcher, IReadOnlyList<int> docs, List<SearchHit> hits, IReadOnlyList<QueryWord> words)
    {
        var weights = words.Select(w => searcher.CreateNormalizedWeight(w.Partial ?? w.Query)).ToList();
        var leaves = searcher.IndexReader.Leaves;
        var missing = hits.Select(_ => new List<string>()).ToArray();
        foreach (var segment in Enumerable.Range(0, hits.Count).GroupBy(i => ReaderUtil.SubIndex(docs[i], leaves)))
        {
            var leaf = leaves[segment.Key];
            var inOrder = segment.OrderBy(i => docs[i]).ToList();
            var page = new FewDocuments(inOrder.Select(i => docs[i] - leaf.DocBase), leaf.AtomicReader.MaxDoc);
            for (var w = 0; w < words.Count; w++)
            {
                var scorer = weights[w].GetScorer(leaf, page);
                foreach (var i in inOrder)
                {
                    var doc = docs[i] - leaf.DocBase;
                    if (scorer is null || (scorer.DocID < doc ? scorer.Advance(doc) : scorer.DocID) != doc) missing[i].Add(words[w].Label);
                }
            }
        }
        return hits.Select((hit, i) => hit with { MissingWords = missing[i] }).ToList();
    }
}
