using System.Text;
using System.Text.RegularExpressions;
using Archive.Evaluation.Generation;
using Archive.Indexer.Tests.Store;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Over a generated archive where many articles are republished (up to three copies each, dated other years), the
/// total, every page of every size and the export agree: paging through all pages yields every near-duplicate group
/// exactly once, in the export's order, and a facet count is the total that ticking its value gives.
/// </summary>
public sealed partial class CountsThatHoldTests(CountsThatHoldTests.ArchiveWithTwins twins) : IClassFixture<CountsThatHoldTests.ArchiveWithTwins>
{
    private readonly ArchiveService _archive = twins.Archive;

    public sealed partial class ArchiveWithTwins : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public ArchiveWithTwins()
        {
            Archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
            var corpus = new CorpusGenerator(CorpusGenerator.DefaultDataPackagesFolder).Generate(new GenerationOptions(120, 11, _temp.File("corpus")));
            Archive.Ingest([corpus.FilesDirectory]);
            // A second batch (another segment): copies of every other text file, one to three each, each dated a year later.
            var copies = _temp.File("copies");
            Directory.CreateDirectory(copies);
            var files = Directory.GetFiles(corpus.FilesDirectory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < files.Count; i += 2)
            {
                var text = DocumentReader.Read(files[i], File.ReadAllBytes(files[i])).Text;
                for (var copy = 1; copy <= 1 + i % 3; copy++)
                {
                    var shifted = Year().Replace(text, m => (int.Parse(m.Value) + copy).ToString(), 1);
                    File.WriteAllText(Path.Combine(copies, $"{i}-{copy}.txt"), shifted, Encoding.UTF8);
                }
            }
            Archive.Ingest([copies]);
            var deleted = Archive.Search(new SearchRequest { Sort = SearchSort.Newest, PageSize = 1, Page = 3 }).Hits[0];
            Assert.True(Archive.DeleteDocument(deleted.DocumentId));
        }

        public ArchiveService Archive { get; }

        [GeneratedRegex("20[12][0-9]")]
        private static partial Regex Year();

        public void Dispose()
        {
            Archive.Dispose();
            _temp.Dispose();
        }
    }

    public static TheoryData<string?, SearchSort> Searches => new()
    {
        { null, SearchSort.Newest },
        { null, SearchSort.Oldest },
        { "党建", SearchSort.Relevance },
        { "党建", SearchSort.Newest },
        { "干部 OR 党员", SearchSort.Relevance },
        { "组织 年份:2015..2022", SearchSort.Relevance },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Every_page_size_cuts_the_export_list_and_yields_every_group_once(string? query, SearchSort sort)
    {
        var request = new SearchRequest { Query = query, Sort = sort, WithHighlights = false, WithFacets = false };
        List<string> exported;
        long total;
        using (var export = _archive.Export(request, 10_000))
        {
            exported = export.Hits.Select(h => h.ArticleId).ToList();
            total = export.Total;
        }

        Assert.True(total >= 20, $"{total} matches");
        Assert.Equal(total, exported.Count);
        foreach (var size in new[] { 1, 7, 25, 100 })
        {
            var pages = Enumerable.Range(1, (int)Math.Ceiling(total / (double)size))
                .Select(p => _archive.Search(request with { Page = p, PageSize = size }))
                .ToList();
            Assert.All(pages, page => Assert.Equal(total, page.Total));
            Assert.Equal(exported, pages.SelectMany(p => p.Hits).Select(h => h.ArticleId));
        }

        // The collapsed list is one article per group of all the matches, each copy counted.
        var everyCopy = Enumerable.Range(1, 10)
            .SelectMany(p => _archive.Search(request with { Page = p, PageSize = 100, CollapseDuplicates = false }).Hits)
            .Select(h => h.ArticleId).ToList();
        Assert.True(everyCopy.Count > exported.Count, $"{everyCopy.Count} copies, {exported.Count} groups: the archive has twins among these matches");
        Assert.Equal(everyCopy.Select(Group).ToHashSet(), exported.Select(Group).ToHashSet());
        Assert.Equal(exported.Count, exported.Select(Group).Distinct().Count());
    }

    /// <summary>
    /// Also where a ticked value leaves fewer full matches than a partial answer would follow (a value counted 5 gave 6
    /// before: with the value ticked, an article holding one of the two words was added), and where the query alone finds
    /// too few and every count is of partial matches.
    /// </summary>
    [Theory]
    [InlineData(null, false)]
    [InlineData("党建", false)]
    [InlineData("干部 OR 党员", false)]
    [InlineData("党建 干部", false)]
    [InlineData("疫情防控 选调生", true)]
    public void Every_facet_count_is_the_total_that_ticking_its_value_gives(string? query, bool partial)
    {
        var results = _archive.Search(new SearchRequest { Query = query, WithHighlights = false });

        Assert.Equal(partial, results.PartialMatches);
        Assert.True(results.Total > 0);
        foreach (var (field, values) in results.Facets.Where(f => f.Key != FacetField.Keyword))
        {
            foreach (var value in values)
            {
                var selected = new Dictionary<FacetField, IReadOnlyList<string>> { [field] = [value.Value] };
                Assert.Equal(_archive.Search(new SearchRequest { Query = query, Filters = selected, WithHighlights = false }).Total, value.Count);
            }
        }
    }

    [Fact]
    public void With_a_value_ticked_the_other_facets_count_what_ticking_theirs_too_gives()
    {
        var kind = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Kind] = ["bulletin"] };
        var results = _archive.Search(new SearchRequest { Filters = kind, WithHighlights = false });

        foreach (var value in results.Facets[FacetField.Year])
        {
            var both = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Kind] = ["bulletin"], [FacetField.Year] = [value.Value] };
            Assert.Equal(_archive.Search(new SearchRequest { Filters = both, WithHighlights = false }).Total, value.Count);
        }
    }

    /// <summary>The article's near-duplicate group as the store keeps it: its leader, or itself when alone.</summary>
    private string Group(string articleId) => _archive.GetArticle(articleId)!.Article.TwinGroup ?? articleId;
}
