using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Facets;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Facet counts of one segment against counting by hand, for hit sets that are sparse, dense, in runs of whole
/// 64-document words, and more than half of the segment (counted through the documents not hit).
/// </summary>
public sealed class FacetingCollectorTests : IDisposable
{
    private const int Documents = 300;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public FacetingCollectorTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(ArticleIndex.Version, new WhitespaceAnalyzer(ArticleIndex.Version))))
        {
            for (var doc = 0; doc < Documents; doc++)
            {
                var document = new Document { new StringField(IndexFields.Id, doc.ToString(), Field.Store.NO) };
                foreach (var (field, value) in Values(doc))
                {
                    document.Add(new SortedSetDocValuesField(IndexFields.Facets, new BytesRef(FacetLabel.Encode(field, value))));
                }
                writer.AddDocument(document);
            }
            writer.ForceMerge(1);
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static IEnumerable<(FacetField, string)> Values(int doc)
    {
        yield return (FacetField.Year, (2012 + doc % 7).ToString());
        yield return (FacetField.Kind, doc % 3 == 0 ? "notice" : "bulletin");
        if (doc % 5 != 0) yield return (FacetField.Section, doc % 2 == 0 ? "市内信息" : "市外参考");
    }

    public static TheoryData<string, int[]> HitSets() => new()
    {
        { "a few", [3, 64, 65, 299] },
        { "a run of whole words", Enumerable.Range(0, 140).ToArray() },
        { "most, in a run", Enumerable.Range(0, 250).ToArray() },
        { "most, misses in a run", Enumerable.Range(0, Documents).Where(d => d is < 40 or >= 170).ToArray() },
        { "every other", Enumerable.Range(0, Documents).Where(d => d % 2 == 1).ToArray() },
        { "all", Enumerable.Range(0, Documents).ToArray() },
    };

    [Theory]
    [MemberData(nameof(HitSets))]
    public void Counts_equal_counting_the_hits_by_hand(string name, int[] hits)
    {
        var query = new BooleanQuery();
        foreach (var doc in hits) query.Add(new TermQuery(new Term(IndexFields.Id, doc.ToString())), Occur.SHOULD);
        var ordinals = FacetOrdinals.Build(_reader, SegmentFacetOrdinals.Read);
        using var collector = new FacetingCollector(new TotalHitCountCollector(), ordinals, new Dictionary<FacetField, List<string>>(), countFacets: true);

        new IndexSearcher(_reader).Search(query, collector);

        var expected = hits.SelectMany(Values).GroupBy(v => v).ToDictionary(g => g.Key, g => (long)g.Count());
        var counts = collector.Counts();
        var counted = Enumerable.Range(0, ordinals.Count).Where(o => counts[o] > 0).ToDictionary(o => (ordinals.Fields[o], ordinals.Values[o]), o => (long)counts[o]);
        Assert.True(collector.TotalHits == hits.Length, $"{name}: {collector.TotalHits} hits");
        Assert.Equal(expected.OrderBy(e => e.Key.ToString()), counted.OrderBy(e => e.Key.ToString()));
    }

    /// <summary>
    /// With values ticked, drill-sideways: a hit meeting every selection counts in every facet, one missing exactly one
    /// counts only in that selection's facet (near misses that fill most of a segment are counted through its totals).
    /// </summary>
    [Theory]
    [MemberData(nameof(HitSets))]
    public void Counts_with_ticked_values_equal_counting_hits_and_near_misses_by_hand(string name, int[] hits)
    {
        var selections = new Dictionary<FacetField, List<string>> { [FacetField.Kind] = ["notice"], [FacetField.Section] = ["市内信息"] };
        var query = new BooleanQuery();
        foreach (var doc in hits) query.Add(new TermQuery(new Term(IndexFields.Id, doc.ToString())), Occur.SHOULD);
        var ordinals = FacetOrdinals.Build(_reader, SegmentFacetOrdinals.Read);
        using var collector = new FacetingCollector(new TotalHitCountCollector(), ordinals, selections, countFacets: true);

        new IndexSearcher(_reader).Search(query, collector);

        var expected = hits.SelectMany(doc =>
        {
            var values = Values(doc).ToList();
            var missed = selections.Where(s => !values.Any(v => v.Item1 == s.Key && s.Value.Contains(v.Item2))).Select(s => s.Key).ToList();
            return missed switch
            {
                [] => values,
                [var only] => values.Where(v => v.Item1 == only),
                _ => [],
            };
        }).GroupBy(v => v).ToDictionary(g => g.Key, g => (long)g.Count());
        var counts = collector.Counts();
        var counted = Enumerable.Range(0, ordinals.Count).Where(o => counts[o] > 0).ToDictionary(o => (ordinals.Fields[o], ordinals.Values[o]), o => (long)counts[o]);
        Assert.True(collector.TotalHits == hits.Count(d => d % 3 == 0 && d % 5 != 0 && d % 2 == 0), $"{name}: {collector.TotalHits} hits");
        Assert.Equal(expected.OrderBy(e => e.Key.ToString()), counted.OrderBy(e => e.Key.ToString()));
    }
}
