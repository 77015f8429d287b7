using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Facets;

namespace Archive.Indexer.Tests.Search;

/// <summary>The region tree cut at two values per level, over an index whose counts are known.</summary>
public sealed class FacetResultsTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public FacetResultsTests()
    {
        string[] regions =
        [
            "A省/a1市/x县", "A省/a1市/x县", "A省/a1市/x县", "A省/a2市", "A省/a3市",
            "B省/b1市", "B省/b1市", "B省/b1市",
            "C省/c1市/z县",
        ];
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(ArticleIndex.Version, new WhitespaceAnalyzer(ArticleIndex.Version))))
        {
            foreach (var region in regions)
            {
                var document = new Document();
                var parts = region.Split('/');
                for (var level = 1; level <= parts.Length; level++)
                {
                    var path = string.Join('/', parts[..level]);
                    document.Add(new SortedSetDocValuesField(IndexFields.Facets, new BytesRef(FacetLabel.Encode(FacetField.Region, path))));
                }
                writer.AddDocument(document);
            }
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private IReadOnlyList<FacetValue> Regions(params string[] selected)
    {
        var ordinals = FacetOrdinals.Build(_reader, SegmentFacetOrdinals.Read);
        using var collector = new FacetingCollector(new TotalHitCountCollector(), ordinals, new Dictionary<FacetField, List<string>>(), countFacets: true);
        new IndexSearcher(_reader).Search(new MatchAllDocsQuery(), collector);
        var selections = new Dictionary<FacetField, List<string>> { [FacetField.Region] = [.. selected] };
        return FacetResults.Build(ordinals, collector.Counts(), selections, maxValues: 2)[FacetField.Region];
    }

    private static string Tree(IEnumerable<FacetValue> values) =>
        string.Join(" ", values.Select(v => $"{v.Value}:{v.Count}{(v.Selected ? "*" : "")}" + (v.Children.Count > 0 ? $"[{Tree(v.Children)}]" : "")));

    [Fact]
    public void Every_level_keeps_its_two_highest_counts_ties_by_value()
    {
        Assert.Equal("A省:5[A省/a1市:3[A省/a1市/x县:3] A省/a2市:1] B省:3[B省/b1市:3]", Tree(Regions()));
    }

    [Fact]
    public void Selected_values_and_their_ancestors_stay_past_the_cut_and_one_counted_nowhere_shows_zero()
    {
        var tree = Tree(Regions("C省/c1市/z县", "A省/a3市", "A省/a9市", "D省/d1市"));

        Assert.Equal(
            "A省:5[A省/a1市:3[A省/a1市/x县:3] A省/a2市:1 A省/a3市:1* A省/a9市:0*] B省:3[B省/b1市:3] C省:1[C省/c1市:1[C省/c1市/z县:1*]]",
            tree);
    }
}
