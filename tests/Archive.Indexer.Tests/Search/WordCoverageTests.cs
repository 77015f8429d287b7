using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Queries;

namespace Archive.Indexer.Tests.Search;

/// <summary>The words each hit of a page lacks, for a page whose hits lie in two segments and not in document order.</summary>
public sealed class WordCoverageTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public WordCoverageTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(ArticleIndex.Version, new WhitespaceAnalyzer(ArticleIndex.Version))))
        {
            foreach (var segment in new[] { new[] { "党建 引领", "党建", "引领" }, ["引领", "党建 引领", "其他"] })
            {
                foreach (var words in segment) writer.AddDocument(new Document { new TextField(IndexFields.BodyWords, words, Field.Store.NO) });
                writer.Commit();
            }
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void Each_hit_lists_the_words_it_lacks_in_the_query_order()
    {
        Assert.Equal(2, _reader.Leaves.Count);
        QueryWord[] words = [new("党建", Word("党建")), new("引领", Word("引领"))];
        int[] page = [4, 2, 0, 3, 1, 5];
        var hits = page.Select(d => new SearchHit { ArticleId = d.ToString(), DocumentId = "", Title = "" }).ToList();

        var marked = WordCoverage.MarkMissing(new IndexSearcher(_reader), page, hits, words);

        Assert.Equal(page.Select(d => d.ToString()), marked.Select(h => h.ArticleId));
        Assert.Equal([[], ["党建"], [], ["党建"], ["引领"], ["党建", "引领"]], marked.Select(h => h.MissingWords.ToArray()));
    }

    private static TermQuery Word(string word) => new(new Term(IndexFields.BodyWords, word));
}
