using Lucene.Net.Index;
using Lucene.Net.Search;
using Archive.Indexer.Regions;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Search.Twins;

/// <summary>
/// The articles most like a given one: its keywords (主题词) matched against other articles' keywords and words,
/// scored by BM25. The article itself, its twins (the same text republished) and its own issue are left out;
/// optionally everything from its own city too: how other places handled the same thing.
/// </summary>
internal sealed class SimilarArticles(ArticleIndex index)
{
    private const float KeywordBoost = 2f;
    private const int MaxTerms = 12;

    /// <param name="twins">The article's twins (ids), left out as the article itself is.</param>
    public IReadOnlyList<SearchHit> Find(StoredArticle article, StoredDocument document, IReadOnlyList<string> keywords,
        IReadOnlySet<string> twins, bool otherRegionsOnly, int count)
    {
        if (keywords.Count == 0 || count <= 0) return [];
        var terms = keywords.Take(MaxTerms).ToList();
        // One flat disjunction (no required clause, no minimum in the query) is scored by Lucene's bucketing
        // BooleanScorer, several times faster than the minimum-should-match scorer over long posting lists; the
        // minimum of matching clauses is applied by the collector instead (see MatchingAtLeast).
        var query = new BooleanQuery();
        foreach (var keyword in terms)
        {
            query.Add(new TermQuery(new Term(IndexFields.Keyword, keyword)) { Boost = KeywordBoost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexFields.BodyWords, keyword)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexFields.TitleWords, keyword)), Occur.SHOULD);
        }
        query.Add(new TermQuery(new Term(IndexFields.DocumentId, article.DocumentId)), Occur.MUST_NOT);
        var region = article.Region ?? document.Region;
        if (otherRegionsOnly && region is not null)
        {
            query.Add(new TermQuery(new Term(IndexFields.Region, RegionPath.City(region))), Occur.MUST_NOT);
        }
        var minimum = Math.Min(2, terms.Count);

        return index.WithSearcher(searcher =>
        {
            var top = TopScoreDocCollector.Create(count + twins.Count, docsScoredInOrder: false);
            searcher.Search(query, new MatchingAtLeast(minimum, top));
            var hits = new List<SearchHit>(count);
            foreach (var scored in top.GetTopDocs().ScoreDocs)
            {
                var hit = ArticleSearch.StoredHit(searcher.Doc(scored.Doc), scored.Score);
                if (twins.Contains(hit.ArticleId)) continue;
                hits.Add(hit);
                if (hits.Count == count) break;
            }
            return hits;
        });
    }

    /// <summary>
    /// Passes on only documents that matched at least <paramref name="minimum"/> clauses of a flat disjunction:
    /// the scorer's frequency is the number of clauses that matched.
    /// </summary>
    private sealed class MatchingAtLeast(int minimum, ICollector inner) : ICollector
    {
        private Scorer? _scorer;

        public void SetScorer(Scorer scorer)
        {
            _scorer = scorer;
            inner.SetScorer(scorer);
        }

        public void Collect(int doc)
        {
            if (_scorer!.Freq >= minimum) inner.Collect(doc);
        }

        public void SetNextReader(AtomicReaderContext context) => inner.SetNextReader(context);

        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;
    }
}
