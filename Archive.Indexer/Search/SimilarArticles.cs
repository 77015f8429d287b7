using Archive.Indexer.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// The articles most like a given one: its keywords (主题词) matched against other articles' keywords and words,
/// scored by BM25. The article itself, its twins (the same text republished) and its own issue are left out;
/// optionally everything from its own city too: how other places handled the same thing.
/// </summary>
internal sealed class SimilarArticles(ArticleIndex index)
{
    private const float KeywordBoost = 2f;
    private const int MaxTerms = 12;
    private readonly TwinFinder _twins = new();

    public IReadOnlyList<SearchHit> Find(StoredArticle article, StoredDocument document, IReadOnlyList<string> keywords, bool otherRegionsOnly, int count)
    {
        if (keywords.Count == 0 || count <= 0) return [];
        var terms = keywords.Take(MaxTerms).ToList();
        var query = new BooleanQuery();
        var likeness = new BooleanQuery();
        foreach (var keyword in terms)
        {
            likeness.Add(new TermQuery(new Term(IndexFields.Keyword, keyword)) { Boost = KeywordBoost }, Occur.SHOULD);
            likeness.Add(new TermQuery(new Term(IndexFields.BodyWords, keyword)), Occur.SHOULD);
            likeness.Add(new TermQuery(new Term(IndexFields.TitleWords, keyword)), Occur.SHOULD);
        }
        likeness.MinimumNumberShouldMatch = Math.Min(2, terms.Count);
        query.Add(likeness, Occur.MUST);
        query.Add(new TermQuery(new Term(IndexFields.DocumentId, article.DocumentId)), Occur.MUST_NOT);
        var region = article.Region ?? document.Region;
        if (otherRegionsOnly && region is not null)
        {
            query.Add(new TermQuery(new Term(IndexFields.Region, RegionPath.City(region))), Occur.MUST_NOT);
        }

        return index.WithSearcher(searcher =>
        {
            var self = searcher.Search(new TermQuery(new Term(IndexFields.Id, article.Id)), 1).ScoreDocs;
            var twins = self.Length == 1
                ? _twins.Find(searcher, self[0].Doc).Select(t => t.ArticleId).ToHashSet(StringComparer.Ordinal)
                : [];
            var hits = new List<SearchHit>(count);
            foreach (var scored in searcher.Search(query, count + twins.Count).ScoreDocs)
            {
                var hit = ArticleSearch.StoredHit(searcher.Doc(scored.Doc), scored.Score);
                if (twins.Contains(hit.ArticleId)) continue;
                hits.Add(hit);
                if (hits.Count == count) break;
            }
            return hits;
        });
    }
}
