using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Queries;

namespace Archive.Indexer.Tests.Search;

public sealed class WordTermQueryTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;

    public WordTermQueryTests()
    {
        _writer = new IndexWriter(_directory, new IndexWriterConfig(ArticleIndex.Version, new WhitespaceAnalyzer(ArticleIndex.Version)));
        foreach (var words in new[] { "党建 引领", "党建 党建", "其他" }) Add(words);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _directory.Dispose();
    }

    private void Add(string words)
    {
        _writer.AddDocument(new Document { new TextField(IndexFields.BodyWords, words, Field.Store.NO) });
        _writer.Commit();
    }

    private static string Ranked(IndexReader reader, Query query) =>
        string.Join(" ", new IndexSearcher(reader).Search(query, 10).ScoreDocs.Select(d => $"{d.Doc}:{d.Score}"));

    [Fact]
    public void Scores_as_a_term_query_and_looks_the_term_up_again_in_a_new_reader()
    {
        var term = new Term(IndexFields.BodyWords, "党建");
        var word = new WordTermQuery(term) { Boost = 4f };
        using (var reader = DirectoryReader.Open(_directory))
        {
            Assert.Equal(Ranked(reader, new TermQuery(term) { Boost = 4f }), Ranked(reader, word));
            Assert.Equal(Ranked(reader, new TermQuery(term) { Boost = 4f }), Ranked(reader, word));
        }

        Add("党建");
        using var refreshed = DirectoryReader.Open(_directory);

        Assert.Equal(3, new IndexSearcher(refreshed).Search(word, 10).TotalHits);
        Assert.Equal(Ranked(refreshed, new TermQuery(term) { Boost = 4f }), Ranked(refreshed, word));
    }
}
