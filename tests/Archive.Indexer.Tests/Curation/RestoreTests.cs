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
        Assert.Equal(ReparseStatus.NotItsFile, _archive.RestoreDocument(document, "第8期.txt", _bytes.Append((byte)'\n').ToArray()).Status);
        Assert.Null(_archive.FindDocument(document));

        var report = _archive.RestoreDocument(document, "第8期.txt", _bytes);

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
        Assert.Equal(ReparseStatus.NotFound, _archive.RestoreDocument(document, "第8期.txt", _bytes).Status);
    }

    [Fact]
    public void Only_a_deleted_document_is_restored()
    {
        var document = _archive.IngestUpload("第8期.txt", _bytes).DocumentId!;
        var revision = _archive.FindDocument(document)!.Revision;

        Assert.Equal(ReparseStatus.NotFound, _archive.RestoreDocument(document, "第8期.txt", _bytes).Status);
        Assert.Equal(ReparseStatus.NotFound, _archive.RestoreDocument("0000000000000000", "第8期.txt", _bytes).Status);
        Assert.Equal(revision, _archive.FindDocument(document)!.Revision);
    }
}
