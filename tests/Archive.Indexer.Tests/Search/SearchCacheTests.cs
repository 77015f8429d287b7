using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Search;

/// <summary>The search result cache answers repeated searches, and never with an answer the index has outgrown.</summary>
public sealed class SearchCacheTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _samples = Path.Combine(AppContext.BaseDirectory, "samples");

    public void Dispose() => _temp.Dispose();

    private ArchiveService Open(int entries = ArchiveOptions.DefaultSearchCacheEntries) =>
        ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data"), SearchCacheEntries = entries });

    private void IngestSamples(ArchiveService archive, Func<string, bool> which)
    {
        foreach (var file in Directory.GetFiles(_samples).Order().Where(f => which(Path.GetFileName(f))))
        {
            archive.IngestUpload(Path.GetFileName(file), File.ReadAllBytes(file));
        }
    }

    private static IEnumerable<string> Ids(SearchResults results) => results.Hits.Select(h => h.ArticleId);

    [Fact]
    public void A_search_asked_again_is_kept_and_answered_from_the_cache_with_the_same_results()
    {
        using var archive = Open();
        IngestSamples(archive, _ => true);
        var request = new SearchRequest { Query = "疫情防控 干部" };

        var first = archive.Search(request);
        Assert.Equal(0, archive.SearchCache.Entries); // asked once: not kept yet
        archive.Search(request with { });
        var before = archive.SearchCache;
        var third = archive.Search(request with { });
        var after = archive.SearchCache;

        Assert.True(first.Total > 0);
        Assert.Equal(1, before.Entries);
        Assert.Equal(before.Hits + 1, after.Hits);
        Assert.Equal(before.Misses, after.Misses);
        Assert.Equal(first.Total, third.Total);
        Assert.Equal(Ids(first), Ids(third));
        Assert.Equal(first.Hits.Select(h => h.Snippets), third.Hits.Select(h => h.Snippets));
        Assert.True(after.HitRatio > 0);
    }

    [Fact]
    public void Searches_asked_once_do_not_push_out_an_answer_asked_for_again()
    {
        using var archive = Open(entries: 1);
        IngestSamples(archive, _ => true);
        archive.Search(new SearchRequest { Query = "干部" });
        archive.Search(new SearchRequest { Query = "干部" }); // asked again: kept, the cache is full
        foreach (var once in new[] { "党建", "疫情", "考察", "人才" }) archive.Search(new SearchRequest { Query = once });
        var hits = archive.SearchCache.Hits;

        archive.Search(new SearchRequest { Query = "干部" });

        Assert.Equal(hits + 1, archive.SearchCache.Hits);
    }

    [Fact]
    public void The_same_filters_in_another_order_or_spelling_find_the_cached_answer()
    {
        using var archive = Open();
        IngestSamples(archive, _ => true);
        var request = new SearchRequest
        {
            Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Year] = ["2020", "2022"], [FacetField.Region] = ["安徽省/安庆市"] },
        };
        archive.Search(request);
        var first = archive.Search(request with { }); // asked again: kept
        var hits = archive.SearchCache.Hits;

        var second = archive.Search(new SearchRequest
        {
            Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Region] = [" 安徽省 / 安庆市 "], [FacetField.Year] = ["2022", "2020"] },
        });

        Assert.Equal(hits + 1, archive.SearchCache.Hits);
        Assert.Equal(first.Total, second.Total);
        Assert.Equal(Ids(first), Ids(second));
    }

    [Fact]
    public void A_newly_ingested_article_appears_in_a_repeated_search_and_a_deleted_one_goes()
    {
        using var archive = Open();
        IngestSamples(archive, name => !name.StartsWith("004_", StringComparison.Ordinal));
        var request = new SearchRequest { Query = "连心卡" };
        Assert.Equal(0, archive.Search(request).Total);
        Assert.Equal(0, archive.Search(request).Total); // asked again: now cached
        Assert.Equal(1, archive.SearchCache.Entries);

        var outcome = archive.IngestUpload("bulletin.txt", File.ReadAllBytes(Path.Combine(_samples, "004_40c502aea08ad668.txt")));

        var found = archive.Search(request);
        Assert.Equal(1, found.Total);
        Assert.Equal(1, archive.Search(request).Total);

        Assert.True(archive.DeleteDocument(outcome.DocumentId!));

        Assert.Equal(0, archive.Search(request).Total);
    }

    [Fact]
    public void The_least_recently_used_answer_goes_first_when_the_cache_is_full()
    {
        using var archive = Open(entries: 2);
        IngestSamples(archive, _ => true);
        foreach (var query in new[] { "干部", "党建", "疫情" }) archive.Search(new SearchRequest { Query = query }); // asked once each
        archive.Search(new SearchRequest { Query = "干部" }); // kept
        archive.Search(new SearchRequest { Query = "党建" }); // kept: the cache is full
        archive.Search(new SearchRequest { Query = "干部" }); // hit: 党建 is now the oldest
        archive.Search(new SearchRequest { Query = "疫情" }); // kept, evicts 党建
        var hits = archive.SearchCache.Hits;

        archive.Search(new SearchRequest { Query = "干部" });
        archive.Search(new SearchRequest { Query = "党建" });

        Assert.Equal(hits + 1, archive.SearchCache.Hits);
        Assert.Equal(2, archive.SearchCache.Entries);
    }

    [Fact]
    public void With_no_entries_the_cache_is_off()
    {
        using var archive = Open(entries: 0);
        IngestSamples(archive, _ => true);

        archive.Search(new SearchRequest { Query = "干部" });
        archive.Search(new SearchRequest { Query = "干部" });

        Assert.False(archive.SearchCache.Enabled);
        Assert.Equal(0, archive.SearchCache.Hits);
        Assert.Equal(0, archive.SearchCache.Entries);
    }
}
