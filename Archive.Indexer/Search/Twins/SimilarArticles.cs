using Lucene.Net.Index;
using Lucene.Net.Search;
using Archive.Indexer.Regions;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Queries;
using Archive.Indexer.Search.Synonyms;

namespace Archive.Indexer.Search.Twins;

/// <summary>
/// The articles most like a given one: its best words (its keywords, 主题词, and the next ones by the same score: the
/// measure's own words are often not among the 5-8 a reader is shown), weighed again by their rarity in this archive,
/// each weighted by that score, matched against other articles' keywords and words, scored by BM25. Place names are left out of them: another
/// place's measure never names the article's places, and a neighbour's news on anything does. The article itself,
/// its twins (the same text republished) and its own issue (listed beside it) are left out, and an article republished elsewhere is shown once; optionally everything from its own city instead:
/// how other places handled the same thing (<see cref="Elsewhere"/>).
/// </summary>
internal sealed class SimilarArticles(ArticleIndex index, Gazetteer gazetteer)
{
    private const float KeywordBoost = 2f;
    private const int MaxTerms = 12;
    private const int CandidatesPerHit = 3;
    /// <summary>A measure's other name counts half its own words, as a synonym does in a search.</summary>
    private const float SynonymBoost = 0.5f;

    /// <summary>The article's best words read for its similar articles: room for the place names and the words no other article holds, left out.</summary>
    public const int CandidateTerms = 2 * MaxTerms;

    /// <param name="twins">The article's twins (ids), left out as the article itself is.</param>
    /// <param name="ownIssue">The documents whose articles are the article's own issue (its document, and the version that replaced it): left out unless its own city is.</param>
    /// <param name="words">The article's best words, best first, with their scores (<see cref="CandidateTerms"/> of them).</param>
    /// <param name="text">The article's words in order, as the word analyzer gives them: where it names a term of the synonym groups.</param>
    public IReadOnlyList<SearchHit> Find(StoredArticle article, StoredDocument document, IReadOnlyList<(string Word, double Score)> words,
        IReadOnlyList<string> text, IReadOnlySet<string> twins, IReadOnlyList<string> ownIssue, bool otherRegionsOnly, int count)
    {
        if (count <= 0) return [];
        var region = article.RegionWithin(document);
        return index.WithSearcher(searcher =>
        {
            var weighed = Weighed(searcher, words.Where(w => !gazetteer.IsName(w.Word)), own: 1 + twins.Count);
            var terms = weighed.Where(w => w.HeldElsewhere).Take(MaxTerms).Select(w => (w.Word, w.Score)).ToList();
            if (terms.Count == 0) return [];
            var query = Query(terms, OtherNames(text, weighed.Take(MaxTerms).ToDictionary(w => w.Word, w => w.Score, StringComparer.Ordinal)), region, ownIssue, otherRegionsOnly);
            // Room for the article's twins and for the twins among the similar ones, which are shown once.
            var top = TopScoreDocCollector.Create(count * CandidatesPerHit + twins.Count, docsScoredInOrder: false);
            searcher.Search(query, new MatchingAtLeast(Math.Min(2, terms.Count), top));
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
    /// A disjunction of the words (no required clause, no minimum in the query) is scored by Lucene's bucketing
    /// BooleanScorer, several times faster than the minimum-should-match scorer over long posting lists; the minimum of
    /// words matched is applied by the collector instead (see MatchingAtLeast). Each word is one clause, wherever it
    /// matched: an article that shares one word only (座谈会, in its title and its text) is no similar measure. A word's
    /// fields are a DisjunctionMaxQuery whose tie-breaker 1 sums them as a nested BooleanQuery would, without a bucket
    /// table of its own for each word.
    /// </summary>
    private static BooleanQuery Query(IReadOnlyList<(string Word, double Score)> terms, IReadOnlyList<(string Key, double Score)> otherNames,
        string? region, IReadOnlyList<string> ownIssue, bool otherRegionsOnly)
    {
        var query = new BooleanQuery();
        foreach (var (key, score) in otherNames)
        {
            // Where the index marked the synonyms of the term the article names (主题党日 for its 固定党日).
            var mark = SynonymMarks.Mark(key);
            var names = new DisjunctionMaxQuery(1f)
            {
                new TermQuery(new Term(IndexFields.TitleBigrams, mark)),
                new TermQuery(new Term(IndexFields.BodyBigrams, mark)),
            };
            names.Boost = (float)(SynonymBoost * score / terms[0].Score);
            query.Add(names, Occur.SHOULD);
        }
        foreach (var (word, score) in terms)
        {
            var fields = new DisjunctionMaxQuery(1f)
            {
                new TermQuery(new Term(IndexFields.Keyword, word)) { Boost = KeywordBoost },
                new TermQuery(new Term(IndexFields.BodyWords, word)),
                new TermQuery(new Term(IndexFields.TitleWords, word)),
            };
            fields.Boost = (float)(score / terms[0].Score);
            query.Add(fields, Occur.SHOULD);
        }
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
        return query;
    }

    /// <summary>
    /// The terms of the synonym groups the article names whose words are among its best words (held by other articles
    /// or not: 党日 of 固定党日 may be its own), each with the best score of its words: a measure the others name
    /// otherwise (固定党日, cut 固定 党日, against 主题党日, one word; 骑手 against 外卖小哥) is found by its other names too.
    /// </summary>
    private List<(string Key, double Score)> OtherNames(IReadOnlyList<string> text, IReadOnlyDictionary<string, double> scores)
    {
        var names = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var at = 0; at < text.Count;)
        {
            var (length, _) = index.Synonyms.Match(text, at);
            if (length == 0)
            {
                at++;
                continue;
            }
            var words = text.Skip(at).Take(length).ToList();
            var key = string.Concat(words);
            var score = words.Max(w => scores.GetValueOrDefault(w));
            if (score > 0) names[key] = Math.Max(score, names.GetValueOrDefault(key));
            at += length;
        }
        return names.Select(n => (n.Key, n.Value)).OrderBy(n => n.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The article's best words by the keyword score (its words rare in Chinese at large) weighed again by their rarity
    /// in this archive, BM25's IDF over its articles, best first; the similar articles are looked for by the first
    /// <see cref="MaxTerms"/> held elsewhere. Words rare in the language are often the stock of organisation-work documents
    /// (抓好, 一如既往, 十六大, 县直 in a notice) and crowded out the subject (疫情防控 in an article on 连心卡); a word no
    /// other article holds than the article and its twins (<paramref name="own"/>), a name it coined for its measure
    /// (连心卡), can find nothing itself, though a synonym of it may (<see cref="OtherNames"/>).
    /// </summary>
    private static List<(string Word, double Score, bool HeldElsewhere)> Weighed(IndexSearcher searcher, IEnumerable<(string Word, double Score)> words, int own)
    {
        var articles = searcher.IndexReader.MaxDoc;
        return words
            .Select(w => (w.Word, w.Score, Holders: Holders(searcher, w.Word, own)))
            .Select(w => (w.Word, Score: w.Score * Bm25Idf.Of(Math.Max(w.Holders, 1), articles), HeldElsewhere: w.Holders > own))
            .OrderByDescending(w => w.Score).ThenBy(w => w.Word, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// How many articles hold the word in their keywords, title or text: the most of one field's count, which settles
    /// a common word; a word that few hold is counted across the fields (live articles only: a count also holds the
    /// deleted copies of a re-ingested article), enough to tell whether any other article than the article's
    /// <paramref name="own"/> holds it.
    /// </summary>
    private static int Holders(IndexSearcher searcher, string word, int own)
    {
        Term[] terms = [new(IndexFields.Keyword, word), new(IndexFields.BodyWords, word), new(IndexFields.TitleWords, word)];
        var most = terms.Max(t => searcher.IndexReader.DocFreq(t));
        if (most > own + searcher.IndexReader.NumDeletedDocs) return most;
        var anywhere = new BooleanQuery();
        foreach (var term in terms) anywhere.Add(new TermQuery(term), Occur.SHOULD);
        return searcher.Count(anywhere);
    }

    /// <summary>
    /// Whether an article comes from elsewhere than its source, as 外地类似做法 asks: not from the source's city. An
    /// article of no known place is not known to be from it, and most are from elsewhere: a notice names its units, not
    /// its city (各镇(街)党(工)委), and leaving such articles out lost other places' notices of the source's kind; for a
    /// source of no known place there is no city to tell others from, and every article counts.
    /// </summary>
    internal static bool Elsewhere(string? source, string? article) =>
        source is null || article is null || RegionPath.City(source) != RegionPath.City(article);

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
