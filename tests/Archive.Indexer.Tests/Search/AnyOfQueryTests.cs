using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Archive.Indexer.Search.Queries;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Tests.Search;

/// <summary>A query word across fields finds and scores what a BooleanQuery of SHOULD clauses does, with less work.</summary>
public sealed class AnyOfQueryTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public AnyOfQueryTests()
    {
        var random = new Random(7);
        string[] vocabulary = ["党建", "书记", "基层", "治理", "工作"];
        string Words() => string.Join(" ", Enumerable.Range(0, random.Next(0, 6)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        var config = new IndexWriterConfig(ArticleIndex.Version, new WhitespaceAnalyzer(ArticleIndex.Version)) { MaxBufferedDocs = 40 };
        using (var writer = new IndexWriter(_directory, config))
        {
            // Several segments, some lacking a term, and deletions.
            for (var i = 0; i < 300; i++)
            {
                writer.AddDocument(new Document
                {
                    new StringField(IndexFields.Id, i.ToString(), Field.Store.YES),
                    new TextField(IndexFields.TitleWords, i % 7 == 0 ? Words() : "", Field.Store.NO),
                    new TextField(IndexFields.BodyWords, i < 120 ? Words() : "工作 " + Words(), Field.Store.NO),
                    new TextField(IndexFields.MetaBigrams, i % 11 == 0 ? "书记" : "", Field.Store.NO),
                });
            }
            writer.DeleteDocuments(new Term(IndexFields.Id, "5"), new Term(IndexFields.Id, "77"));
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>A word in the title (boosted), the body and the metadata, as the query compiler writes it.</summary>
    private static List<Query> Fields(string word) =>
    [
        Boosted(new TermQuery(new Term(IndexFields.TitleWords, word)), 4f),
        new TermQuery(new Term(IndexFields.BodyWords, word)),
        Boosted(new TermQuery(new Term(IndexFields.MetaBigrams, word)), 0.5f),
    ];

    private static BooleanQuery Should(IEnumerable<Query> clauses)
    {
        var boolean = new BooleanQuery();
        foreach (var clause in clauses) boolean.Add(clause, Occur.SHOULD);
        return boolean;
    }

    private static BooleanQuery Must(params Query[] clauses)
    {
        var boolean = new BooleanQuery();
        foreach (var clause in clauses) boolean.Add(clause, Occur.MUST);
        return boolean;
    }

    private Dictionary<int, float> Scores(Query query) =>
        _searcher.Search(query, _reader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);

    private void AssertSame(Query expected, Query actual)
    {
        var (want, got) = (Scores(expected), Scores(actual));
        Assert.NotEmpty(want);
        Assert.Equal(want.Keys.Order(), got.Keys.Order());
        foreach (var (doc, score) in want) Assert.Equal(score, got[doc], 4);
    }

    [Theory]
    [InlineData("党建")]
    [InlineData("书记")]
    [InlineData("工作")]
    public void A_word_alone_matches_and_scores_as_the_boolean_disjunction(string word) =>
        AssertSame(Should(Fields(word)), new AnyOfQuery(Fields(word)));

    [Fact]
    public void Words_together_nested_and_boosted_match_and_score_as_the_boolean_queries()
    {
        var expected = Must(Should(Fields("书记")), Boosted(Should([Should(Fields("党建")), Should(Fields("基层"))]), 0.5f));
        var actual = Must(new AnyOfQuery(Fields("书记")), Boosted(new AnyOfQuery([new AnyOfQuery(Fields("党建")), new AnyOfQuery(Fields("基层"))]), 0.5f));

        AssertSame(expected, actual);
    }

    [Fact]
    public void A_clause_that_matches_nowhere_changes_nothing() =>
        AssertSame(Should([.. Fields("治理"), new TermQuery(new Term(IndexFields.BodyWords, "不存在"))]),
            new AnyOfQuery([.. Fields("治理"), new TermQuery(new Term(IndexFields.BodyWords, "不存在"))]));

    [Fact]
    public void Its_explanation_gives_the_score_of_a_match_and_none_elsewhere()
    {
        var query = new AnyOfQuery(Fields("书记"));
        var scores = Scores(query);
        var (matched, score) = scores.First();
        var unmatched = Enumerable.Range(0, _reader.MaxDoc).First(doc => !scores.ContainsKey(doc) && _reader.Document(doc).Get(IndexFields.Id) is not "5" and not "77");

        Assert.Equal(score, _searcher.Explain(query, matched).Value, 4);
        Assert.False(_searcher.Explain(query, unmatched).IsMatch);
    }
}
