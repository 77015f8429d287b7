using Lucene.Net.Index;
using Lucene.Net.Search;
using Archive.Indexer.Regions;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Search.Twins;

/// <summary>
/// The articles most like a given one: its best words (its keywords, 主题词, and the next ones by the same score: the
/// measure's own words are often not among the 5-8 a reader is shown), each weighted by its score in the article,
/// matched against other articles' keywords and words, scored by BM25. Place names are left out of them: another
/// place's measure never names the article's places, and a neighbour's news on anything does. The article itself,
/// its twins (the same text republished) and its own issue (listed beside it) are left out, and an article republished elsewhere is shown once; optionally everything from its own city instead, and what names no place:
/// how other places handled the same thing (<see cref="Elsewhere"/>).
/// </summary>
internal sealed class SimilarArticles(ArticleIndex index, Gazetteer gazetteer)
{
    private const float KeywordBoost = 2f;
    private const int MaxTerms = 12;
    private const int CandidatesPerHit = 3;

    /// <summary>The article's best words read for its similar articles: room for the place names left out.</summary>
    public const int CandidateTerms = 2 * MaxTerms;

    /// <param name="twins">The article's twins (ids), left out as the article itself is.</param>
    /// <param name="ownIssue">The documents whose articles are the article's own issue (its document, and the version that replaced it): left out unless its own city is.</param>
    /// <param name="words">The article's best words, best first, with their scores (<see cref="CandidateTerms"/> of them).</param>
    public IReadOnlyList<SearchHit> Find(StoredArticle article, StoredDocument document, IReadOnlyList<(string Word, double Score)> words,
        IReadOnlySet<string> twins, IReadOnlyList<string> ownIssue, bool otherRegionsOnly, int count)
    {
        var terms = words.Where(w => !gazetteer.IsName(w.Word)).Take(MaxTerms).ToList();
        if (terms.Count == 0 || count <= 0) return [];
        // A disjunction of the keywords (no required clause, no minimum in the query) is scored by Lucene's bucketing
        // BooleanScorer, several times faster than the minimum-should-match scorer over long posting lists; the
        // minimum of keywords matched is applied by the collector instead (see MatchingAtLeast). Each keyword is one
        // clause, wherever it matched: an article that shares one keyword only (座谈会, in its title and its text) is
        // no similar measure. A keyword's fields are a DisjunctionMaxQuery whose tie-breaker 1 sums them as a nested
        // BooleanQuery would, without a bucket table of its own for each keyword.
        var query = new BooleanQuery();
        foreach (var (keyword, score) in terms)
        {
            var fields = new DisjunctionMaxQuery(1f)
            {
                new TermQuery(new Term(IndexFields.Keyword, keyword)) { Boost = KeywordBoost },
                new TermQuery(new Term(IndexFields.BodyWords, keyword)),
                new TermQuery(new Term(IndexFields.TitleWords, keyword)),
            };
            fields.Boost = (float)(score / terms[0].Score);
            query.Add(fields, Occur.SHOULD);
        }
        var region = article.RegionWithin(document);
        if (otherRegionsOnly && region is not null)
        {
            // Its own city's articles leave with its city. What its issue holds from elsewhere (a bulletin's 市外参考)
            // stays: precedents its editors chose for it.
            query.Add(new TermQuery(new Term(IndexFields.Region, RegionPath.City(region))), Occur.MUST_NOT);
        }
        else
        {
            foreach (var own in ownIssue) query.Add(new TermQuery(new Term(IndexFields.DocumentId, own)), Occur.MUST_NOT);
        }
        var minimum = Math.Min(2, terms.Count);

        return index.WithSearcher(searcher =>
        {
            // Room for the article's twins and for the twins among the similar ones, which are shown once.
            var top = TopScoreDocCollector.Create(count * CandidatesPerHit + twins.Count, docsScoredInOrder: false);
            searcher.Search(query, new MatchingAtLeast(minimum, top));
            var hits = new List<SearchHit>(count);
            var groups = new HashSet<string>(StringComparer.Ordinal);
            foreach (var scored in top.GetTopDocs().ScoreDocs)
            {
                var doc = searcher.Doc(scored.Doc);
                var hit = ArticleSearch.StoredHit(doc, scored.Score);
                if (otherRegionsOnly && !Elsewhere(region, hit.Region)) continue;
                if (twins.Contains(hit.ArticleId) || doc.Get(IndexFields.TwinGroup) is { } group && !groups.Add(group)) continue;
                hits.Add(hit);
                if (hits.Count == count) break;
            }
            return hits;
        });
    }

    /// <summary>
    /// Whether an article comes from elsewhere than its source, as 外地类似做法 asks: from another city than the source's.
    /// An article of no known place is not known to (its twins may be); for a source of no known place there is no city
    /// to tell others from, and every article counts, as it would for a reader who does not know where the source is from.
    /// </summary>
    internal static bool Elsewhere(string? source, string? article) =>
        source is null || article is not null && RegionPath.City(source) != RegionPath.City(article);

    /// <summary>
    /// Passes on only documents that matched at least <paramref name="minimum"/> clauses of a disjunction: the
    /// bucketing scorer's frequency is the number of clauses that matched.
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
