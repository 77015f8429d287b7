using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Queries;

namespace Archive.Indexer.Tests.Search;

/// <summary>The reused enumerators count as <see cref="IndexReader.DocFreq"/> does, over several segments, in any order of look-ups.</summary>
public sealed class DocFrequenciesTests
{
    [Fact]
    public void Counts_every_term_as_the_reader_does_over_segments_and_fields()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArticleIndex.Version, new WhitespaceAnalyzer(ArticleIndex.Version))))
        {
            // Three segments: one commit each; the last holds no body field at all, and one document is deleted.
            string[][] segments = [["党建 工作", "党建 疫情", "干部"], ["疫情 防控", "党建"], ["工作"]];
            for (var s = 0; s < segments.Length; s++)
            {
                for (var d = 0; d < segments[s].Length; d++)
                {
                    writer.AddDocument(new Document
                    {
                        new StringField(IndexFields.Id, $"{s}-{d}", Field.Store.NO),
                        new TextField(s == 2 ? IndexFields.TitleWords : IndexFields.BodyWords, segments[s][d], Field.Store.NO),
                    });
                }
                writer.Commit();
            }
            writer.DeleteDocuments(new Term(IndexFields.Id, "1-1"));
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(3, reader.Leaves.Count);
        var frequencies = new DocFrequencies(reader);

        // Out of order and repeated, as a typo's candidates are looked up; absent terms and a field no segment holds.
        foreach (var (field, text) in new[] { (IndexFields.BodyWords, "疫情"), (IndexFields.BodyWords, "党建"), (IndexFields.TitleWords, "工作"),
                     (IndexFields.BodyWords, "工作"), (IndexFields.BodyWords, "不在"), (IndexFields.BodyWords, "党建"), (IndexFields.Region, "安庆"), (IndexFields.BodyWords, "干部") })
        {
            Assert.Equal(reader.DocFreq(new Term(field, text)), frequencies.Of(field, text));
        }
        Assert.Equal(3, frequencies.Of(IndexFields.BodyWords, "党建"));
    }
}
