using System.Text;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Search;

/// <summary>The store is the truth; the index follows it: at once after a change, and at start-up after a restart.</summary>
public sealed class ConsistencyTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ArchiveOptions _options;
    private readonly string _samples = Path.Combine(AppContext.BaseDirectory, "samples");

    public ConsistencyTests() => _options = new ArchiveOptions { DataDirectory = _temp.File("data") };

    public void Dispose() => _temp.Dispose();

    private static long Count(ArchiveService archive, string query) => archive.Search(new SearchRequest { Query = query }).Total;

    [Fact]
    public void An_ingested_article_is_searchable_as_soon_as_ingest_returns()
    {
        using var archive = ArchiveService.Open(_options);
        Assert.Equal(0, Count(archive, "连心卡"));

        var outcome = archive.IngestUpload("bulletin.txt", File.ReadAllBytes(Path.Combine(_samples, "004_40c502aea08ad668.txt")));

        Assert.Equal(FileOutcomeStatus.New, outcome.Status);
        Assert.Equal(1, Count(archive, "连心卡"));
    }

    [Fact]
    public void During_a_long_batch_what_was_stored_a_second_ago_is_searchable_before_the_batch_ends()
    {
        var folder = Directory.CreateDirectory(_temp.File("batch")).FullName;
        File.Copy(Path.Combine(_samples, "004_40c502aea08ad668.txt"), Path.Combine(folder, "1.txt"));
        File.Copy(Path.Combine(_samples, "002_5e9980cb8ce07f44.txt"), Path.Combine(folder, "2.txt"));
        File.WriteAllText(Path.Combine(folder, "3.txt"), "最后一份文件\n\n这份文件在批次的末尾，用来让批次继续进行。");
        using var archive = ArchiveService.Open(_options);
        var seenMidBatch = new List<long>();

        archive.Ingest([folder], new SynchronousProgress<IngestProgress>(p =>
        {
            // A second passes after each stored file, as in a long batch; the batch is still running here.
            if (p.FilesDone is 1 or 2) Thread.Sleep(1_000);
            if (p.FilesDone == 2) seenMidBatch.Add(Count(archive, "连心卡"));
        }));

        Assert.Equal([1L], seenMidBatch);
    }

    [Fact]
    public void A_restart_finds_the_index_up_to_date_and_a_lost_index_is_rebuilt()
    {
        using (var archive = ArchiveService.Open(_options))
        {
            archive.Ingest([_samples]);
        }
        using (var archive = ArchiveService.Open(_options))
        {
            var stats = archive.Stats();
            Assert.Equal(stats.Articles, stats.IndexedArticles);
            Assert.Equal(1, Count(archive, "连心卡"));
        }

        Directory.Delete(_temp.File("data/index"), recursive: true);

        using (var archive = ArchiveService.Open(_options))
        {
            Assert.Equal(archive.Stats().Articles, archive.Stats().IndexedArticles);
            Assert.Equal(1, Count(archive, "连心卡"));
        }
    }

    [Fact]
    public void An_index_ahead_of_a_replaced_store_is_rebuilt_from_it()
    {
        using (var archive = ArchiveService.Open(_options))
        {
            archive.Ingest([_samples]);
        }
        File.Delete(_temp.File("data/archive.db"));
        using (var store = ArchiveStore.Open(_temp.File("data/archive.db")))
        {
            Assert.Equal(0, store.CurrentSequence);
        }

        using var reopened = ArchiveService.Open(_options);

        Assert.Equal(0, reopened.Stats().IndexedArticles);
        Assert.Equal(0, Count(reopened, "连心卡"));
    }

    [Fact]
    public void Changes_made_to_the_store_while_closed_are_caught_up_at_open()
    {
        string documentId;
        using (var archive = ArchiveService.Open(_options))
        {
            documentId = archive.Ingest([_samples]).Single(f => f.Path.EndsWith("004_40c502aea08ad668.txt", StringComparison.Ordinal)).DocumentId!;
        }
        using (var store = ArchiveStore.Open(_temp.File("data/archive.db")))
        {
            Assert.True(store.DeleteDocument(documentId, new Editing("测试")));
        }

        using var reopened = ArchiveService.Open(_options);

        Assert.Equal(0, Count(reopened, "连心卡"));
        Assert.Equal(reopened.Stats().Articles, reopened.Stats().IndexedArticles);
    }

    [Fact]
    public void A_deleted_document_is_gone_at_once_from_search_pages_similar_and_bulletins()
    {
        using var archive = ArchiveService.Open(_options);
        archive.Ingest([_samples]);
        var hit = archive.Search(new SearchRequest { Query = "连心卡" }).Hits[0];
        var sibling = archive.GetDocument(hit.DocumentId)!.Articles.First(a => a.ArticleId != hit.ArticleId);

        Assert.True(archive.DeleteDocument(hit.DocumentId));

        Assert.Equal(0, Count(archive, "连心卡"));
        Assert.Null(archive.GetArticle(hit.ArticleId));
        Assert.Null(archive.GetArticle(sibling.ArticleId));
        Assert.Null(archive.GetDocument(hit.DocumentId));
        Assert.Null(archive.Similar(hit.ArticleId, otherRegionsOnly: false));
        Assert.DoesNotContain(archive.Series().SelectMany(s => s.Years).SelectMany(y => y.Issues), i => i.DocumentId == hit.DocumentId);
        Assert.DoesNotContain(archive.Search(new SearchRequest { PageSize = 100 }).Hits, h => h.DocumentId == hit.DocumentId);
        Assert.False(archive.DeleteDocument("no-such-document"));

        // Its text is erased from the store, and ingesting the same file again does not bring it back.
        Assert.Equal("", archive.Store.GetOriginalText(hit.DocumentId));
        Assert.All(archive.Store.GetArticlesOfDocument(hit.DocumentId), a => Assert.Equal("", a.Body));
        archive.Ingest([_samples]);
        Assert.Null(archive.GetArticle(hit.ArticleId));
        Assert.Equal(0, Count(archive, "连心卡"));
    }

    [Theory]
    [InlineData(null)] // matches most of a segment: counted as the segment's totals minus the rest
    [InlineData("连心卡 OR 考察识别干部")] // matches few: counted match by match
    public void Facet_counts_leave_out_deleted_articles(string? query)
    {
        using var archive = ArchiveService.Open(_options);
        archive.Ingest([_samples]);
        var deleted = archive.Search(new SearchRequest { Query = "连心卡" }).Hits[0];
        Assert.True(archive.DeleteDocument(deleted.DocumentId));

        var results = archive.Search(new SearchRequest { Query = query });

        Assert.DoesNotContain(results.Facets[FacetField.Region], v => v.Value == "陕西省");
        foreach (var (field, values) in results.Facets)
        {
            foreach (var value in values)
            {
                var selected = new Dictionary<FacetField, IReadOnlyList<string>> { [field] = [value.Value] };
                Assert.Equal(archive.Search(new SearchRequest { Query = query, Filters = selected }).Total, value.Count);
            }
        }

        // With a selection, another facet's counts are those of selecting both values.
        var year = results.Facets[FacetField.Year][0].Value;
        var inYear = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Year] = [year] };
        foreach (var kind in archive.Search(new SearchRequest { Query = query, Filters = inYear }).Facets[FacetField.Kind])
        {
            var both = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Year] = [year], [FacetField.Kind] = [kind.Value] };
            Assert.Equal(archive.Search(new SearchRequest { Query = query, Filters = both }).Total, kind.Count);
        }
    }

    [Fact]
    public void A_changed_file_supersedes_its_old_articles_in_search()
    {
        var path = _temp.File("in/notice.txt");
        Directory.CreateDirectory(_temp.File("in"));
        var original = File.ReadAllText(Path.Combine(_samples, "003_19de08771915f546.txt"));
        File.WriteAllText(path, original, Encoding.UTF8);
        using var archive = ArchiveService.Open(_options);
        archive.Ingest([path]);
        Assert.Equal(1, Count(archive, "逢车必检"));

        File.WriteAllText(path, original.Replace("逢车必检", "逢车必查"), Encoding.UTF8);
        var outcome = archive.Ingest([path]).Single();

        Assert.Equal(FileOutcomeStatus.Superseded, outcome.Status);
        Assert.Equal(0, Count(archive, "逢车必检"));
        Assert.Equal(1, Count(archive, "逢车必查"));
    }

    [Fact]
    public void Reindex_rebuilds_the_same_answers_and_reports_progress()
    {
        using var archive = ArchiveService.Open(_options);
        archive.Ingest([_samples]);
        var before = archive.Search(new SearchRequest { Query = "疫情防控", PageSize = 50 });
        var reports = new List<IngestProgress>();

        archive.Reindex(new SynchronousProgress<IngestProgress>(reports.Add));

        var after = archive.Search(new SearchRequest { Query = "疫情防控", PageSize = 50 });
        Assert.Equal(before.Hits.Select(h => h.ArticleId), after.Hits.Select(h => h.ArticleId));
        Assert.Equal(archive.Stats().Articles, reports[^1].FilesDone);
    }
}
