using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Archive.Indexer.Search;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Tests.Search;

public sealed class RelevanceCollectorTests
{
    [Fact]
    public void Keeps_the_best_scores_ties_by_newest_then_by_the_place_among_the_days_articles_across_segments()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArticleIndex.Version, new WhitespaceAnalyzer(ArticleIndex.Version))))
        {
            // (words, date, tie): "a c" scores above "a" for a or c; an undated document has no date value; of the two of
            // 2022-01-01 the later document has the first place among the day's.
            (string Words, int? Date, long Tie)[] documents = [("a", 20200101, 0), ("a", 20220101, 5), ("a c", null, 0), ("a", 20220101, 2), ("a", 20210101, 0), ("b", 20230101, 0)];
            for (var i = 0; i < documents.Length; i++)
            {
                var document = new Document { new TextField(IndexFields.BodyWords, documents[i].Words, Field.Store.NO) };
                if (documents[i].Date is { } date) document.Add(new NumericDocValuesField(IndexFields.Date, SegmentDateOrder.NewestFirstValue(date, documents[i].Tie)));
                writer.AddDocument(document);
                if (i == 2) writer.Commit();
            }
        }
        using var reader = DirectoryReader.Open(directory);
        var collector = new RelevanceCollector(window: 4);

        var aOrC = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.BodyWords, "a")), Occur.SHOULD },
            { new TermQuery(new Term(IndexFields.BodyWords, "c")), Occur.SHOULD },
        };
        new IndexSearcher(reader).Search(aOrC, collector);

        Assert.Equal(2, reader.Leaves.Count);
        Assert.Equal([2, 3, 1, 4], collector.TopDocs().Select(m => m.Doc));
    }
}
