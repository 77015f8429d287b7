using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Facets;

namespace Archive.Indexer.Tests.Search;

/// <summary>The region tree and the years with the lists cut at two values, over an index whose counts are known.</summary>
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
        string[] years = ["2020", "2020", "2020", "2020", "2019", "2019", "1957", "1958", "1962"];
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(ArticleIndex.Version, new WhitespaceAnalyzer(ArticleIndex.Version))))
        {
            foreach (var (region, year) in regions.Zip(years))
            {
                var document = new Document
                {
                    new SortedSetDocValuesField(IndexFields.Facets, new BytesRef(FacetLabel.Encode(FacetField.Year, year))),
                };
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

    private IReadOnlyList<FacetValue> Regions(params string[] selected) => Facet(FacetField.Region, selected);

    private IReadOnlyList<FacetValue> Facet(FacetField field, params string[] selected)
    {
        var ordinals = FacetOrdinals.Build(_reader, SegmentFacetOrdinals.Read);
        using var collector = new FacetingCollector(new TotalHitCountCollector(), ordinals, new Dictionary<FacetField, List<string>>(), countFacets: true);
        new IndexSearcher(_reader).Search(new MatchAllDocsQuery(), collector);
        var selections = new Dictionary<FacetField, List<string>> { [field] = [.. selected] };
        return FacetResults.Build(ordinals, collector.Counts(), selections, maxValues: 2)[field];
    }

    private static string Tree(IEnumerable<FacetValue> values) =>
        string.Join(" ", values.Select(v => $"{v.Value}:{v.Count}{(v.Selected ? "*" : "")}" + (v.Children.Count > 0 ? $"[{Tree(v.Children)}]" : "")));

    /// <summary>
    /// Provinces are 34 at most: cut at the list's length (30), an archive from 31 of them left one out, and nothing on
    /// the page could narrow to it (吉林省 of corpus/real, 4 articles). Below them each level keeps its highest counts.
    /// </summary>
    [Fact]
    public void Every_province_is_listed_and_every_level_below_keeps_its_two_highest_counts_ties_by_value()
    {
        Assert.Equal("A省:5[A省/a1市:3[A省/a1市/x县:3] A省/a2市:1] B省:3[B省/b1市:3] C省:1[C省/c1市:1[C省/c1市/z县:1]]", Tree(Regions()));
    }

    /// <summary>The year chart is a timeline: cut by count, it lost the rare early years researchers look for first.</summary>
    [Fact]
    public void Every_year_is_listed_for_the_chart()
    {
        Assert.Equal("1957:1 1958:1 1962:1 2019:2 2020:4", string.Join(" ", Facet(FacetField.Year).Select(v => $"{v.Value}:{v.Count}").Order(StringComparer.Ordinal)));
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
