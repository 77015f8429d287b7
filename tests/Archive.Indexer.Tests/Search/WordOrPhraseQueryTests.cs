using Archive.Indexer.Chinese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Archive.Indexer.Search.Queries;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Tests.Search;

/// <summary>A query word matches by its words, or by its exact text where the words field segmented it otherwise.</summary>
public sealed class WordOrPhraseQueryTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public WordOrPhraseQueryTests()
    {
        // Words as given, space-separated (standing in for the segmenter); bigrams by the archive's analyzer.
        var analyzer = new PerFieldAnalyzerWrapper(new WhitespaceAnalyzer(ArticleIndex.Version),
            new Dictionary<string, Analyzer> { [IndexFields.BodyBigrams] = new BigramAnalyzer() });
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(ArticleIndex.Version, analyzer)))
        {
            Add(writer, "by-word", words: "选拔 年轻干部", text: "选拔优秀人才");
            Add(writer, "by-text", words: "选拔 年 轻 干部", text: "选拔年轻干部");
            Add(writer, "apart", words: "年轻人 减轻 干部 负担", text: "年轻人减轻干部负担");
            Add(writer, "neither", words: "党建 引领", text: "党建引领");
            Add(writer, "twice", words: "年轻干部 年轻干部", text: "年轻干部年轻干部");
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static void Add(IndexWriter writer, string id, string words, string text) => writer.AddDocument(new Document
    {
        new StringField(IndexFields.Id, id, Field.Store.YES),
        new TextField(IndexFields.BodyWords, words, Field.Store.NO),
        new TextField(IndexFields.BodyBigrams, text, Field.Store.NO),
    });

    private static WordOrPhraseQuery Query() =>
        new(new TermQuery(new Term(IndexFields.BodyWords, "年轻干部")), IndexFields.BodyBigrams, [("年轻", 0), ("轻干", 1), ("干部", 2)]);

    [Fact]
    public void Documents_with_the_word_or_with_its_exact_text_match_and_scattered_bigrams_do_not()
    {
        var searcher = new IndexSearcher(_reader);
        var hits = searcher.Search(Query(), 10).ScoreDocs;
        var ids = hits.Select(h => searcher.Doc(h.Doc).Get(IndexFields.Id)).ToList();

        Assert.Equal(["by-text", "by-word", "twice"], ids.Order());
        // A document found by its text alone scores as one occurrence, below two occurrences of the word.
        Assert.Equal("twice", ids[0]);
        Assert.All(hits, h => Assert.True(h.Score > 0));
        var byText = hits.Single(h => searcher.Doc(h.Doc).Get(IndexFields.Id) == "by-text");
        Assert.Contains("exact text", searcher.Explain(Query(), byText.Doc).Description);
    }

    [Fact]
    public void Inside_a_boolean_query_it_combines_like_any_clause()
    {
        var searcher = new IndexSearcher(_reader);
        var query = new BooleanQuery
        {
            { Query(), Occur.MUST },
            { new TermQuery(new Term(IndexFields.BodyWords, "选拔")), Occur.MUST },
        };

        var ids = searcher.Search(query, 10).ScoreDocs.Select(h => searcher.Doc(h.Doc).Get(IndexFields.Id)).Order();

        Assert.Equal(["by-text", "by-word"], ids);
    }

    [Fact]
    public void Matches_exactly_what_an_or_of_the_word_and_the_bigram_phrase_matches()
    {
        // Short texts over a few characters, so bigrams repeat within a text and across texts; the words field
        // cuts each text at random places, as a segmenter might; two segments, some documents deleted.
        var random = new Random(2026);
        const string alphabet = "党的建设干部年轻";
        string Text(int length) => new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        using var directory = new RAMDirectory();
        var bigrams = new BigramAnalyzer();
        var analyzer = new PerFieldAnalyzerWrapper(new WhitespaceAnalyzer(ArticleIndex.Version),
            new Dictionary<string, Analyzer> { [IndexFields.BodyBigrams] = bigrams });
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArticleIndex.Version, analyzer)))
        {
            for (var doc = 0; doc < 400; doc++)
            {
                var text = Text(random.Next(4, 30));
                var words = string.Concat(text.Select((c, i) => i > 0 && random.Next(3) == 0 ? $" {c}" : $"{c}"));
                Add(writer, doc.ToString(), words, text);
                if (doc == 200) writer.Commit();
            }
            writer.DeleteDocuments(new Term(IndexFields.Id, "7"), new Term(IndexFields.Id, "250"), new Term(IndexFields.Id, "399"));
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(2, reader.Leaves.Count);

        for (var q = 0; q < 60; q++)
        {
            var text = Text(random.Next(2, 5));
            var tokens = TextAnalysis.Tokens(bigrams, text);
            var word = new TermQuery(new Term(IndexFields.BodyWords, text));
            var phrase = new PhraseQuery();
            foreach (var token in tokens) phrase.Add(new Term(IndexFields.BodyBigrams, token.Term), token.Position);
            var either = new BooleanQuery { { word, Occur.SHOULD }, { phrase, Occur.SHOULD } };
            var wordOrPhrase = new WordOrPhraseQuery(word, IndexFields.BodyBigrams, tokens.Select(t => (t.Term, t.Position)).ToList());

            Assert.Equal(Ids(searcher, either), Ids(searcher, wordOrPhrase));
        }
    }

    [Fact]
    public void A_repeated_bigram_must_repeat_in_place()
    {
        var searcher = new IndexSearcher(_reader);
        var repeated = new WordOrPhraseQuery(new TermQuery(new Term(IndexFields.BodyWords, "年轻干部年轻干部")), IndexFields.BodyBigrams,
            [("年轻", 0), ("轻干", 1), ("干部", 2), ("部年", 3), ("年轻", 4), ("轻干", 5), ("干部", 6)]);

        Assert.Equal(["twice"], Ids(searcher, repeated));
    }

    [Fact]
    public void One_query_searched_again_in_a_new_reader_finds_its_new_documents()
    {
        using var directory = new RAMDirectory();
        var analyzer = new PerFieldAnalyzerWrapper(new WhitespaceAnalyzer(ArticleIndex.Version),
            new Dictionary<string, Analyzer> { [IndexFields.BodyBigrams] = new BigramAnalyzer() });
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ArticleIndex.Version, analyzer));
        Add(writer, "by-word", words: "年轻干部", text: "年轻干部");
        writer.Commit();
        var query = Query();
        using (var reader = DirectoryReader.Open(directory)) Assert.Equal(["by-word"], Ids(new IndexSearcher(reader), query));

        Add(writer, "by-text", words: "年 轻 干部", text: "年轻干部");
        writer.Commit();
        using var refreshed = DirectoryReader.Open(directory);

        Assert.Equal(["by-text", "by-word"], Ids(new IndexSearcher(refreshed), query));
    }

    private static List<string> Ids(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 1000).ScoreDocs.Select(h => searcher.Doc(h.Doc).Get(IndexFields.Id)).Order().ToList();
}
