using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Archive.Indexer.Search;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Queries;

namespace Archive.Indexer.Tests.Search;

public sealed class CoverageQueryTests
{
    /// <summary>
    /// The best matches of a partial answer, where most matches are passed over by their coverage alone, unscored: the
    /// same as scoring every match and ordering them all (score, newest, document), over segments with deletions.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_best_matches_are_those_of_scoring_every_match(int seed)
    {
        var random = new Random(seed);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArticleIndex.Version, new WhitespaceAnalyzer(ArticleIndex.Version))))
        {
            for (var i = 0; i < 600; i++)
            {
                var words = Enumerable.Range(0, random.Next(1, 12)).Select(_ => "abcdefgh"[Math.Min(7, (int)(random.NextDouble() * random.NextDouble() * 9))]);
                writer.AddDocument(new Document
                {
                    new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
                    new TextField(IndexFields.BodyWords, string.Join(' ', words), Field.Store.NO),
                    new NumericDocValuesField(IndexFields.Date, SegmentDateOrder.NewestFirstValue(20200101 + random.Next(3) * 10000, tie: 0)),
                });
                if (i % 150 == 149) writer.Commit();
            }
            for (var i = 0; i < 600; i += 7) writer.DeleteDocuments(new Term("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var query = new CoverageQuery(new[] { "a", "d", "f", "h" }.Select(w => (Query)new TermQuery(new Term(IndexFields.BodyWords, w))).ToList(), units: [1, 2, 2, 1]);

        var best = new RelevanceCollector(window: 10);
        searcher.Search(query, best);
        var every = new EveryMatch();
        searcher.Search(query, every);

        Assert.True(reader.Leaves.Count > 1 && every.Matches.Count > 100);
        var expected = every.Matches.Order(MatchOrder.Relevance).Take(10);
        Assert.Equal(expected, best.TopDocs());
    }

    private sealed class EveryMatch : ICollector
    {
        private Scorer? _scorer;
        private NumericDocValues? _dates;
        private int _docBase;

        public List<RankedMatch> Matches { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            _docBase = context.DocBase;
            _dates = MatchOrder.Relevance.Values(context.AtomicReader);
        }

        public void Collect(int doc) =>
            Matches.Add(new RankedMatch(_docBase + doc, _scorer!.GetScore(), MatchOrder.Relevance.OrderOf(_dates, doc)));
    }
}
