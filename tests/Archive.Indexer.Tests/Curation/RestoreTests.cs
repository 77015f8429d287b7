using System.Text.Json;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Parsing;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Curation;

/// <summary>A document deleted by mistake comes back from its own file, with what editors corrected; nothing else brings it back.</summary>
public sealed class RestoreTests : IDisposable
{
    private static readonly Editing Editor = new("张编辑");
    private readonly TempDirectory _temp = new();
    private readonly ArchiveService _archive;
    private readonly byte[] _bytes = File.ReadAllBytes(Path.Combine(Samples.Folder, "000_037b87f1aeded1d9.txt"));

    public RestoreTests() => _archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });

    public void Dispose()
    {
        _archive.Dispose();
        _temp.Dispose();
    }

    private IReadOnlyList<SearchHit> Hits(string query) => _archive.Search(new SearchRequest { Query = query }).Hits;

    [Fact]
    public void A_deleted_document_comes_back_from_its_file_with_its_corrected_fields_and_every_permalink()
    {
        var document = _archive.IngestUpload("第8期.txt", _bytes).DocumentId!;
        var (first, second, third) = (ContentIdentity.ArticleId(document, 1), ContentIdentity.ArticleId(document, 2), ContentIdentity.ArticleId(document, 3));
        var asRead = _archive.GetDocument(document)!.Articles.Select(a => a.ArticleId).ToList();
        var bodies = asRead.ToDictionary(id => id, id => _archive.GetArticle(id)!.Article.Body);
        _archive.CorrectArticle(second, new Dictionary<string, JsonElement> { ["title"] = CanonicalJson.Of("大观区在抗疫一线考察识别干部") }, Editor);
        _archive.CorrectDocument(document, new Dictionary<string, JsonElement> { ["date"] = CanonicalJson.Of("2022-03-11") }, Editor);
        var split = _archive.SplitArticle(first, 2, "宜秀区力量下沉基层", Editor).ArticleId!;
        _archive.MergeArticles(second, third, Editor);
        Assert.True(_archive.DeleteDocument(document));

        var again = _archive.IngestUpload("第8期.txt", _bytes);
        Assert.Equal((FileOutcomeStatus.Deleted, document), (again.Status, again.DocumentId));
        Assert.Null(_archive.FindDocument(document));
        Assert.Equal(ReparseStatus.NotItsFile, _archive.RestoreDocument(document, _bytes.Append((byte)'\n').ToArray()).Status);
        Assert.Null(_archive.FindDocument(document));

        var report = _archive.RestoreDocument(document, _bytes);

        Assert.Equal((ReparseStatus.Reparsed, true), (report.Status, report.Changed));
        Assert.Equal(new Dictionary<string, string> { [split] = first }, report.ArticlesRetired);
        Assert.Equal(asRead, _archive.GetDocument(document)!.Articles.Select(a => a.ArticleId));
        Assert.All(asRead, id => Assert.Equal(bodies[id], _archive.GetArticle(id)!.Article.Body));
        Assert.Equal("大观区在抗疫一线考察识别干部", _archive.GetArticle(second)!.Article.Title);
        Assert.Equal(new DateOnly(2022, 3, 11), _archive.FindDocument(document)!.Date);
        Assert.Equal(first, _archive.MergedInto(split));
        Assert.Null(_archive.MergedInto(third));
        Assert.Equal(second, Hits("标题:抗疫一线").Single().ArticleId);
        Assert.Equal(third, Hits("\"火速集结\"").Single().ArticleId);
        Assert.Equal(asRead.Count, _archive.Stats().IndexedArticles);
        using (var original = _archive.OpenOriginal(document)!)
        {
            using var copy = new MemoryStream();
            original.CopyTo(copy);
            Assert.Equal(_bytes, copy.ToArray());
        }
        Assert.Equal(FileOutcomeStatus.Unchanged, _archive.IngestUpload("第8期.txt", _bytes).Status);
        Assert.Equal(ReparseStatus.NotFound, _archive.RestoreDocument(document, _bytes).Status);
    }

    [Fact]
    public void A_reparse_after_a_restore_reads_again_the_articles_whose_splits_and_merges_it_undid()
    {
        var document = _archive.IngestUpload("第8期.txt", _bytes).DocumentId!;
        var (first, second, third) = (ContentIdentity.ArticleId(document, 1), ContentIdentity.ArticleId(document, 2), ContentIdentity.ArticleId(document, 3));
        var bodies = new[] { first, second, third }.ToDictionary(id => id, id => _archive.GetArticle(id)!.Article.Body);
        _archive.SplitArticle(first, 2, "宜秀区力量下沉基层", Editor);
        _archive.MergeArticles(second, third, Editor);
        Assert.True(_archive.DeleteDocument(document));
        _archive.RestoreDocument(document, _bytes);
        using (var connection = _archive.Store.Connect())
        {
            // As an older parser would have left them.
            Dapper.SqlMapper.Execute(connection, "UPDATE articles SET body = 'stale' WHERE id IN @ids", new { ids = new[] { first, second, third } });
        }

        var report = _archive.Reparse(document);

        Assert.Equal([first, second, third], report.ArticlesChanged.Order(StringComparer.Ordinal));
        Assert.All(bodies, b => Assert.Equal(b.Value, _archive.GetArticle(b.Key)!.Article.Body));
    }

    [Fact]
    public void A_part_split_off_and_merged_back_leaves_the_article_to_the_parser_after_a_restore()
    {
        var document = _archive.IngestUpload("第8期.txt", _bytes).DocumentId!;
        var first = ContentIdentity.ArticleId(document, 1);
        var body = _archive.GetArticle(first)!.Article.Body;
        var split = _archive.SplitArticle(first, 2, "宜秀区力量下沉基层", Editor).ArticleId!;
        _archive.MergeArticles(first, split, Editor);
        Assert.True(_archive.DeleteDocument(document));
        _archive.RestoreDocument(document, _bytes);
        using (var connection = _archive.Store.Connect())
        {
            Dapper.SqlMapper.Execute(connection, "UPDATE articles SET body = 'stale' WHERE id = @first", new { first });
        }

        Assert.Contains(first, _archive.Reparse(document).ArticlesChanged);
        Assert.Equal(body, _archive.GetArticle(first)!.Article.Body);
    }

    [Fact]
    public void A_version_a_newer_one_replaced_comes_back_in_history_not_in_search()
    {
        var older = _archive.IngestUpload("第8期.txt", _bytes).DocumentId!;
        var newer = _archive.IngestUpload("第8期.txt", _bytes.Concat("\n（补发）\n"u8.ToArray()).ToArray()).DocumentId!;
        Assert.True(_archive.DeleteDocument(older));

        Assert.Equal(ReparseStatus.Reparsed, _archive.RestoreDocument(older, _bytes).Status);

        Assert.Equal(DocumentStatus.Superseded, _archive.FindDocument(older)!.Status);
        Assert.Equal(DocumentStatus.Active, _archive.FindDocument(newer)!.Status);
        Assert.NotEmpty(Hits("网格化管理"));
        Assert.All(Hits("网格化管理"), h => Assert.Equal(newer, h.DocumentId));
    }

    [Fact]
    public void Only_a_deleted_document_is_restored()
    {
        var document = _archive.IngestUpload("第8期.txt", _bytes).DocumentId!;
        var revision = _archive.FindDocument(document)!.Revision;

        Assert.Equal(ReparseStatus.NotFound, _archive.RestoreDocument(document, _bytes).Status);
        Assert.Equal(ReparseStatus.NotFound, _archive.RestoreDocument("0000000000000000", _bytes).Status);
        Assert.Equal(revision, _archive.FindDocument(document)!.Revision);
    }
}
