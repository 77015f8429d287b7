using System.Text.Json;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Curation;

/// <summary>Editors correct fields, split and merge articles: the store, the index, the citation and the audit log follow.</summary>
public sealed class CorrectionTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ArchiveService _archive;
    private readonly string _document;

    public CorrectionTests()
    {
        _archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        // 安庆组工信息 2022 第 8 期: 宜秀 (3 paragraphs), 大观, 迎江 (1 each), 旌德 (4, in 市外参考).
        _document = _archive.IngestUpload("第8期.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "000_037b87f1aeded1d9.txt"))).DocumentId!;
    }

    public void Dispose()
    {
        _archive.Dispose();
        _temp.Dispose();
    }

    private string Article(int n) => ContentIdentity.ArticleId(_document, n);

    private static Dictionary<string, JsonElement> Values(params (string Field, object? Value)[] values) =>
        values.ToDictionary(v => v.Field, v => CanonicalJson.Of(v.Value));

    private static readonly Editing Editor = new("张编辑", "与纸质版核对");

    private long Count(string query, FacetField? field = null, string? value = null) => _archive.Search(new SearchRequest
    {
        Query = query,
        Filters = field is { } f ? new Dictionary<FacetField, IReadOnlyList<string>> { [f] = [value!] } : new Dictionary<FacetField, IReadOnlyList<string>>(),
    }).Total;

    [Fact]
    public void A_web_pages_site_and_byline_are_corrected_into_its_citation()
    {
        var page = _archive.IngestUpload("web.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "002_5e9980cb8ce07f44.txt"))).DocumentId!;

        var result = _archive.CorrectDocument(page, Values(("site", "阜阳市委组织部网站"), ("author", "王编辑")), Editor);

        Assert.Equal(CorrectionStatus.Applied, result.Status);
        var citation = _archive.GetArticle(ContentIdentity.ArticleId(page, 1))!.Citation.Gbt7714;
        Assert.StartsWith("王编辑. ", citation);
        Assert.Contains("[EB/OL]. 阜阳市委组织部网站, (2022-04-11)", citation);
    }

    [Fact]
    public void A_web_pages_address_is_corrected_into_its_citation_and_what_is_no_web_address_is_refused()
    {
        var page = _archive.IngestUpload("web.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "002_5e9980cb8ce07f44.txt"))).DocumentId!;

        var refused = _archive.CorrectDocument(page, Values(("source_url", "javascript:alert(1)")), Editor);
        var applied = _archive.CorrectDocument(page, Values(("source_url", " https://www.fyxfw.gov.cn/dj/2022/0411/1.html ")), Editor);

        Assert.Equal((CorrectionStatus.Invalid, "source_url"), (refused.Status, refused.Problems.Single().Field));
        Assert.Equal(CorrectionStatus.Applied, applied.Status);
        Assert.Equal("https://www.fyxfw.gov.cn/dj/2022/0411/1.html", _archive.FindDocument(page)!.SourceUrl);
        Assert.EndsWith("]. https://www.fyxfw.gov.cn/dj/2022/0411/1.html.", _archive.GetArticle(ContentIdentity.ArticleId(page, 1))!.Citation.Gbt7714);
    }

    [Fact]
    public void A_document_correction_reaches_search_facets_the_citation_and_the_audit_log()
    {
        var result = _archive.CorrectDocument(_document, Values(("date", "2022-03-11"), ("issue_number", 9), ("series", "安庆组工")), Editor);

        Assert.Equal(CorrectionStatus.Applied, result.Status);
        Assert.Equal(1, result.Revision);
        Assert.Equal(4, Count("", FacetField.Series, "安庆组工"));
        Assert.Equal(0, Count("", FacetField.Series, "安庆组工信息"));
        Assert.Equal(4, Count("期号:9"));
        var article = _archive.GetArticle(Article(1))!;
        Assert.Equal("《安庆组工》2022年第9期", article.Citation.Short);
        Assert.Contains("[J]. 安庆组工, 2022(9)", article.Citation.Gbt7714);
        var log = _archive.Corrections(_document);
        Assert.Equal(["date", "issue_number", "series"], log.Select(e => e.Field).Order());
        var date = log.Single(e => e.Field == "date");
        Assert.Equal(("\"2022-03-10\"", "\"2022-03-11\"", "张编辑", "与纸质版核对", _document),
            (date.OldValue.GetRawText(), date.NewValue.GetRawText(), date.Editor, date.Reason, date.Target));
    }

    [Fact]
    public void An_article_correction_is_searchable_at_once_and_the_old_value_is_not()
    {
        var result = _archive.CorrectArticle(Article(4), Values(("title", "旌德县党建加一二三四五"), ("region", "宣城市"), ("source_department", "旌德县委组织部"),
            ("authors", new[] { "李四", "王五" }), ("page", "6")), Editor);

        Assert.Equal(CorrectionStatus.Applied, result.Status);
        Assert.Equal(1, Count("标题:旌德县党建加一二三四五"));
        Assert.Equal(0, Count("标题:筑牢疫情防控"));
        Assert.Equal(0, Count("", FacetField.Region, "安徽省/宣城市/旌德县"));
        Assert.Equal(1, Count("", FacetField.Region, "安徽省/宣城市"));
        Assert.Equal(1, Count("", FacetField.Department, "旌德县委组织部"));
        var detail = _archive.GetArticle(Article(4))!;
        Assert.Equal(("安徽省/宣城市", 6), (detail.Article.Region, detail.Article.Page!.Value));
        Assert.Equal(["李四", "王五"], detail.Article.Authors);
        Assert.Equal("旌德县委组织部. 旌德县党建加一二三四五[J]. 安庆组工信息, 2022(8): 6.", detail.Citation.Gbt7714);
    }

    [Theory]
    [InlineData("date", "2023-02-30", "not a date")]
    [InlineData("date", "明天", "not a date")]
    [InlineData("issue_number", "0", "whole number")]
    [InlineData("kind", "poster", "not a document kind")]
    [InlineData("volume", "3", "not a field")]
    public void A_document_value_that_cannot_be_taken_changes_nothing(string field, string value, string reason)
    {
        var result = _archive.CorrectDocument(_document, Values((field, value), ("series", "另一个刊物")), Editor);

        Assert.Equal(CorrectionStatus.Invalid, result.Status);
        Assert.Contains(reason, Assert.Single(result.Problems).MessageEn);
        Assert.Equal(4, Count("", FacetField.Series, "安庆组工信息"));
        Assert.Empty(_archive.Corrections(_document));
    }

    [Theory]
    [InlineData("title", "  ", "cannot be empty")]
    [InlineData("region", "火星", "no region")]
    [InlineData("region", "宜秀区委组织部", "no region")]
    [InlineData("region", "安徽省/安庆市/不存在区", "no region")]
    [InlineData("region", "鼓楼区", "several places share")]
    [InlineData("section", "第一行\n第二行", "one line")]
    public void An_article_value_that_cannot_be_taken_changes_nothing(string field, string value, string reason)
    {
        var result = _archive.CorrectArticle(Article(1), Values((field, value)), Editor);

        Assert.Equal(CorrectionStatus.Invalid, result.Status);
        Assert.Contains(reason, Assert.Single(result.Problems).MessageEn);
        Assert.Equal(0, _archive.GetArticle(Article(1))!.Document.Revision);
    }

    [Theory]
    [InlineData("江苏省/南京市/鼓楼区", "江苏省/南京市/鼓楼区")]
    [InlineData("福建省/福州市/鼓楼区", "福建省/福州市/鼓楼区")]
    [InlineData("宜秀区", "安徽省/安庆市/宜秀区")]
    public void A_region_is_a_path_or_the_name_of_one_place(string given, string stored)
    {
        var result = _archive.CorrectArticle(Article(1), Values(("region", given)), Editor);

        Assert.Equal(CorrectionStatus.Applied, result.Status);
        Assert.Equal(stored, _archive.GetArticle(Article(1))!.Article.Region);
    }

    [Fact]
    public void Of_two_editors_correcting_the_same_field_at_once_the_later_is_told_of_the_earlier()
    {
        var seen = _archive.GetArticle(Article(2))!.Document.Revision;

        var first = _archive.CorrectArticle(Article(2), Values(("title", "大观区在一线考察识别干部")), new Editing("甲", SeenRevision: seen));
        var second = _archive.CorrectArticle(Article(2), Values(("title", "大观区考察识别干部")), new Editing("乙", SeenRevision: seen));
        var otherField = _archive.CorrectArticle(Article(2), Values(("section", "县区动态")), new Editing("乙", SeenRevision: seen));

        Assert.Equal(CorrectionStatus.Applied, first.Status);
        Assert.Equal(CorrectionStatus.Conflict, second.Status);
        var earlier = Assert.Single(second.Entries);
        Assert.Equal(("甲", "title", "\"大观区在一线考察识别干部\""), (earlier.Editor, earlier.Field, earlier.NewValue.GetRawText()));
        Assert.Equal("大观区在一线考察识别干部", _archive.GetArticle(Article(2))!.Article.Title);
        // A field nobody else touched goes through: the editors did not correct the same thing.
        Assert.Equal(CorrectionStatus.Applied, otherField.Status);
        Assert.Equal(2, otherField.Revision);
        // A revision the document never had is no version anyone saw.
        Assert.Equal(CorrectionStatus.Conflict, _archive.CorrectArticle(Article(2), Values(("page", 3)), new Editing("丙", SeenRevision: 99)).Status);
    }

    [Fact]
    public void A_deleted_or_superseded_document_is_not_corrected()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "002_5e9980cb8ce07f44.txt"));
        var old = _archive.IngestUpload("notice.txt", bytes).DocumentId!;
        _archive.IngestUpload("notice.txt", bytes.Concat("\n补充一句。"u8.ToArray()).ToArray());

        Assert.Equal(CorrectionStatus.Superseded, _archive.CorrectDocument(old, Values(("series", "x")), Editor).Status);
        Assert.True(_archive.DeleteDocument(_document));
        Assert.Equal(CorrectionStatus.NotFound, _archive.CorrectDocument(_document, Values(("series", "x")), Editor).Status);
        Assert.Equal(CorrectionStatus.NotFound, _archive.CorrectArticle(Article(1), Values(("title", "x")), Editor).Status);
        Assert.Equal(CorrectionStatus.NotFound, _archive.SplitArticle(Article(2), 2, "x", Editor).Status);
    }

    [Fact]
    public void A_split_keeps_every_existing_id_and_gives_the_new_article_its_own()
    {
        var before = _archive.GetDocument(_document)!.Articles.Select(a => a.ArticleId).ToList();

        var result = _archive.SplitArticle(Article(1), 2, "宜秀区力量下沉基层", Editor);

        Assert.Equal(CorrectionStatus.Applied, result.Status);
        var added = result.ArticleId!;
        Assert.Equal(ContentIdentity.EditorArticleId(_document, 1), added);
        var after = _archive.GetDocument(_document)!.Articles.Select(a => a.ArticleId).ToList();
        Assert.Equal([before[0], added, .. before[1..]], after);
        var first = _archive.GetArticle(Article(1))!.Article;
        var second = _archive.GetArticle(added)!.Article;
        Assert.Single(ArticleParagraphs.Of(first.Body));
        Assert.StartsWith("迅速动员部署", first.Body);
        Assert.Equal(2, ArticleParagraphs.Of(second.Body).Count);
        Assert.StartsWith("力量下沉基层", second.Body);
        Assert.Equal((first.Section, first.SourceDepartment, 2), (second.Section, second.SourceDepartment, second.Ordinal));
        Assert.Equal(3, _archive.GetArticle(Article(2))!.Article.Ordinal);
        Assert.Equal(1, Count("标题:宜秀区力量下沉基层"));
        Assert.Equal(added, _archive.Search(new SearchRequest { Query = "\"双联系双报到双服务\"" }).Hits.Single().ArticleId);
        var entry = Assert.Single(_archive.Corrections(_document));
        Assert.Equal(("split", added, 2), (entry.Field, entry.NewValue.GetProperty("article").GetString(), entry.NewValue.GetProperty("at_paragraph").GetInt32()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(-4)]
    public void A_split_point_outside_the_article_is_refused(int atParagraph)
    {
        var result = _archive.SplitArticle(Article(1), atParagraph, "新文章", Editor);
        var empty = _archive.SplitArticle(Article(1), 2, " ", Editor);

        Assert.Equal(CorrectionStatus.Invalid, result.Status);
        Assert.Contains("it has 3 paragraphs", Assert.Single(result.Problems).MessageEn);
        Assert.Contains("cannot be empty", Assert.Single(empty.Problems).MessageEn);
        Assert.Equal(4, _archive.GetDocument(_document)!.Articles.Count);
    }

    [Fact]
    public void A_merge_keeps_the_first_id_and_the_second_leads_to_it()
    {
        var result = _archive.MergeArticles(Article(3), Article(2), Editor);

        Assert.Equal(CorrectionStatus.Applied, result.Status);
        Assert.Equal(Article(2), result.ArticleId);
        Assert.Null(_archive.GetArticle(Article(3)));
        Assert.Equal(Article(2), _archive.MergedInto(Article(3)));
        Assert.Null(_archive.MergedInto(Article(2)));
        var merged = _archive.GetArticle(Article(2))!.Article;
        Assert.StartsWith("安庆市全员核酸检测开展以来", merged.Body);
        Assert.Contains("火速集结，召之即来", merged.Body);
        Assert.Equal([Article(1), Article(2), Article(4)], _archive.GetDocument(_document)!.Articles.Select(a => a.ArticleId));
        Assert.Equal(Article(2), _archive.Search(new SearchRequest { Query = "\"火速集结\"" }).Hits.Single().ArticleId);
        Assert.Equal(3, _archive.Stats().Articles);
        Assert.Equal(3, _archive.Stats().IndexedArticles);

        // A merge of merges: the oldest id still leads to the text.
        Assert.Equal(CorrectionStatus.Applied, _archive.MergeArticles(Article(1), Article(2), Editor).Status);
        Assert.Equal(Article(1), _archive.MergedInto(Article(3)));
    }

    [Fact]
    public void Splits_and_merges_leave_the_original_text_as_it_was_read()
    {
        var read = Parsing.Samples.Read("000_037b87f1aeded1d9.txt").Text;
        Assert.Equal(read, _archive.GetDocument(_document)!.OriginalText);

        Assert.Equal(CorrectionStatus.Applied, _archive.SplitArticle(Article(1), 2, "宜秀区力量下沉基层", Editor).Status);
        Assert.Equal(CorrectionStatus.Applied, _archive.MergeArticles(Article(3), Article(2), Editor).Status);

        Assert.Equal(read, _archive.GetDocument(_document)!.OriginalText);
    }

    [Fact]
    public void Only_neighbours_of_one_document_merge()
    {
        var other = _archive.IngestUpload("notice.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "002_5e9980cb8ce07f44.txt"))).DocumentId!;

        var apart = _archive.MergeArticles(Article(1), Article(3), Editor);
        var twoDocuments = _archive.MergeArticles(Article(4), ContentIdentity.ArticleId(other, 1), Editor);
        var itself = _archive.MergeArticles(Article(1), Article(1), Editor);

        Assert.Equal(CorrectionStatus.Invalid, apart.Status);
        Assert.Contains("not next to", Assert.Single(apart.Problems).MessageEn);
        Assert.Equal(CorrectionStatus.Invalid, twoDocuments.Status);
        Assert.Contains("another document", Assert.Single(twoDocuments.Problems).MessageEn);
        Assert.Equal(CorrectionStatus.Invalid, itself.Status);
        Assert.Equal(4, _archive.GetDocument(_document)!.Articles.Count);
        Assert.Empty(_archive.Corrections(_document));
    }
}
