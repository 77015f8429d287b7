using Archive.Evaluation.Generation;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Searches over a generated archive of several segments with a deleted document: date-sorted lists where a page
/// is a small part of the matches, facet counts where hits are a few, many or nearly all of a segment.
/// </summary>
public sealed class GeneratedArchiveSearchTests(GeneratedArchiveSearchTests.GeneratedArchive generated) : IClassFixture<GeneratedArchiveSearchTests.GeneratedArchive>
{
    private readonly ArchiveService _archive = generated.Archive;

    public sealed class GeneratedArchive : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public GeneratedArchive()
        {
            Archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
            var generator = new CorpusGenerator(CorpusGenerator.DefaultDataPackagesFolder);
            foreach (var seed in new[] { 7, 8 })
            {
                // Two batches: two segments at least.
                Archive.Ingest([generator.Generate(new GenerationOptions(150, seed, _temp.File($"corpus-{seed}"))).FilesDirectory]);
            }
            var deleted = Archive.Search(new SearchRequest { Sort = SearchSort.Newest, PageSize = 1, Page = 5 }).Hits[0];
            Assert.True(Archive.DeleteDocument(deleted.DocumentId));
        }

        public ArchiveService Archive { get; }

        public void Dispose()
        {
            Archive.Dispose();
            _temp.Dispose();
        }
    }

    [Theory]
    [InlineData(null, SearchSort.Newest)]
    [InlineData(null, SearchSort.Oldest)]
    [InlineData("党建", SearchSort.Newest)]
    [InlineData("党建", SearchSort.Oldest)]
    public void Pages_of_a_date_sorted_list_follow_each_other_in_date_order_with_every_match_once(string? query, SearchSort sort)
    {
        var first = Page(query, sort, 1);
        var pages = (int)Math.Ceiling(first.Total / 7.0);
        var hits = Enumerable.Range(1, pages).SelectMany(p => Page(query, sort, p).Hits).ToList();

        Assert.True(first.Total > 50, $"{first.Total} matches");
        Assert.Equal(first.Total, hits.Count);
        Assert.Equal(hits.Count, hits.Select(h => h.ArticleId).Distinct().Count());
        // Undated articles come last whichever way the dates run.
        var dates = hits.Select(h => h.Date?.DayNumber ?? (sort == SearchSort.Newest ? int.MinValue : int.MaxValue)).ToList();
        Assert.Equal(sort == SearchSort.Newest ? dates.OrderDescending() : dates.Order(), dates);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("党建")]
    [InlineData("疫情防控")]
    [InlineData("干部 OR 党员")]
    public void Every_facet_count_equals_the_total_of_selecting_that_value(string? query)
    {
        // Every copy counted (CountsThatHoldTests checks the same with near-duplicates collapsed).
        var results = _archive.Search(new SearchRequest { Query = query, WithHighlights = false, CollapseDuplicates = false });

        Assert.True(results.Total > 0);
        foreach (var (field, values) in results.Facets.Where(f => f.Key != FacetField.Keyword))
        {
            foreach (var value in values)
            {
                var selected = new Dictionary<FacetField, IReadOnlyList<string>> { [field] = [value.Value] };
                Assert.Equal(_archive.Search(new SearchRequest { Query = query, Filters = selected, WithHighlights = false, CollapseDuplicates = false }).Total, value.Count);
            }
        }
    }

    [Theory]
    [InlineData("年轻干部")]
    [InlineData("软弱涣散")]
    public void A_quoted_phrase_finds_exactly_the_articles_whose_title_or_body_holds_it(string phrase)
    {
        List<SearchHit> All(string? query) => Enumerable.Range(1, 10)
            .SelectMany(p => _archive.Search(new SearchRequest { Query = query, Page = p, PageSize = 100, CollapseDuplicates = false, WithHighlights = false, WithFacets = false }).Hits)
            .ToList();

        var found = All($"\"{phrase}\"").Select(h => h.ArticleId).Order().ToList();
        var holding = All(null)
            .Select(h => _archive.GetArticle(h.ArticleId)!.Article)
            .Where(a => $"{a.Title}\n{a.Subtitle}\n{a.Body}".Contains(phrase, StringComparison.Ordinal))
            .Select(a => a.Id).Order().ToList();

        Assert.NotEmpty(found);
        Assert.Equal(holding, found);
    }

    private SearchResults Page(string? query, SearchSort sort, int page) => _archive.Search(new SearchRequest
    {
        Query = query, Sort = sort, Page = page, PageSize = 7, CollapseDuplicates = false, WithHighlights = false,
    });
}
