using System.Text;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Search;

public sealed class SimilarAndTwinTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ArchiveService _archive;
    private readonly string _original;

    public SimilarAndTwinTests()
    {
        _archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        _archive.Ingest([Path.Combine(AppContext.BaseDirectory, "samples")]);
        _original = _archive.Search(new SearchRequest { Query = "标题:考察识别干部" }).Hits[0].ArticleId;
    }

    public void Dispose()
    {
        _archive.Dispose();
        _temp.Dispose();
    }

    /// <summary>The 大观区 article republished elsewhere with a phrase changed.</summary>
    private void Republish()
    {
        var body = _archive.GetArticle(_original)!.Article.Body.Replace("奋勇争先", "奋勇向前");
        var page = $"大观区在疫情防控一线考察识别干部\n\n{body}\n";
        var outcome = _archive.IngestUpload("republished.txt", Encoding.UTF8.GetBytes(page));
        Assert.Equal(FileOutcomeStatus.New, outcome.Status);
    }

    [Fact]
    public void An_old_version_s_article_finds_no_article_of_the_version_that_replaced_it()
    {
        var body = _archive.GetArticle(_original)!.Article.Body;
        var old = _archive.IngestUpload("older.txt", Encoding.UTF8.GetBytes($"大观区考察识别干部\n\n{body}\n")).DocumentId!;
        var newer = _archive.IngestUpload("newer.txt", Encoding.UTF8.GetBytes($"大观区考察识别干部\n\n{body.Replace("奋勇争先", "奋勇向前")}\n"), replaces: old);
        Assert.Equal(FileOutcomeStatus.Superseded, newer.Status);

        var similar = _archive.Similar(Assert.Single(_archive.GetDocument(old)!.Articles).ArticleId, otherRegionsOnly: false, 50)!;
        Assert.NotEmpty(similar);
        Assert.DoesNotContain(similar, h => h.DocumentId == newer.DocumentId);
    }

    [Fact]
    public void A_copy_in_traditional_script_is_the_same_article_published_again()
    {
        const string simplified = "全区在职党员回社区报到\n\n全区机关党组织和在职党员集中回社区报到，认领志愿服务岗位，参与网格化管理和基层治理。社区党委建立报到台账，定期通报在职党员参与社区服务的情况，推动党员作用发挥常态化。\n";
        const string traditional = "全區在職黨員回社區報到\n\n全區機關黨組織和在職黨員集中回社區報到，認領志願服務崗位，參與網格化管理和基層治理。社區黨委建立報到臺賬，定期通報在職黨員參與社區服務的情況，推動黨員作用發揮常態化。\n";
        var original = _archive.IngestUpload("simplified.txt", Encoding.UTF8.GetBytes(simplified)).DocumentId!;
        var copy = _archive.IngestUpload("traditional.txt", Encoding.UTF8.GetBytes(traditional)).DocumentId!;

        var collapsed = _archive.Search(new SearchRequest { Query = "\"回社区报到\" 台账" });

        var hit = Assert.Single(collapsed.Hits);
        Assert.Equal(new[] { $"{original}-1", $"{copy}-1" }.Order(), new[] { hit.ArticleId, Assert.Single(hit.AlsoPublishedIn).ArticleId }.Order());
    }

    [Fact]
    public void A_traditional_script_article_has_simplified_keywords_and_is_similar_to_its_simplified_kin()
    {
        const string traditional = "石景山區開展在職黨員回社區雙報到活動\n\n近兩周，全區機關黨組織和在職黨員集中回社區雙報到，認領志願服務崗位，參與網格化管理和基層治理。在職黨員(yuán)亮明身份，社區黨委建立雙報到臺賬。\n";
        const string simplified = "某县推进机关党组织和在职党员双报到\n\n全县机关党组织和在职党员到社区双报到，认领志愿服务岗位，参与网格化管理和基层治理，社区党委建立双报到台账。\n";
        var traditionalId = _archive.IngestUpload("trad.txt", Encoding.UTF8.GetBytes(traditional)).DocumentId!;
        var simplifiedId = _archive.IngestUpload("simp.txt", Encoding.UTF8.GetBytes(simplified)).DocumentId!;

        var keywords = _archive.FindArticle($"{traditionalId}-1")!.Keywords;
        Assert.Contains("双报到", keywords);
        Assert.DoesNotContain(keywords, k => k.Any(c => "黨員區雙報".Contains(c)));
        Assert.Contains(_archive.Similar($"{simplifiedId}-1", otherRegionsOnly: false)!, h => h.ArticleId == $"{traditionalId}-1");
        Assert.Contains(_archive.Similar($"{traditionalId}-1", otherRegionsOnly: false)!, h => h.ArticleId == $"{simplifiedId}-1");
    }

    [Fact]
    public void A_republished_article_is_shown_once_with_where_else_it_appeared()
    {
        Republish();

        var collapsed = _archive.Search(new SearchRequest { Query = "考察识别干部" });
        var all = _archive.Search(new SearchRequest { Query = "考察识别干部", CollapseDuplicates = false });

        Assert.Equal(all.Total - 1, collapsed.Total);
        var top = collapsed.Hits[0];
        var twin = Assert.Single(top.AlsoPublishedIn);
        Assert.DoesNotContain(collapsed.Hits, h => h.ArticleId == twin.ArticleId);
        Assert.Contains(all.Hits, h => h.ArticleId == twin.ArticleId);
        Assert.Contains(_archive.GetArticle(_original)!.AlsoPublishedIn, t => t.ArticleId != _original);
        // The same text republished is 亦见于, not a similar article.
        Assert.DoesNotContain(_archive.Similar(_original, otherRegionsOnly: false, 50)!, h => h.ArticleId == twin.ArticleId);
    }

    [Fact]
    public void An_issue_in_several_files_is_not_published_elsewhere_and_another_issue_is_listed_once()
    {
        // The samples hold 安庆组工信息 2022 第8期; it comes again in two more files, and 2023 第8期 prints it again, in two files.
        var issue = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_037b87f1aeded1d9.txt"));
        var nextYear = issue.Replace("2022 年 3 月 10 日", "2023 年 3 月 10 日", StringComparison.Ordinal);
        Assert.NotEqual(issue, nextYear);
        foreach (var (name, text) in new[] { ("第8期.docx.txt", issue + "\n"), ("第8期.pdf.txt", issue + "\n\n"), ("2023第8期.txt", nextYear), ("2023第8期副本.txt", nextYear + "\n") })
        {
            Assert.Equal(FileOutcomeStatus.New, _archive.IngestUpload(name, Encoding.UTF8.GetBytes(text)).Status);
        }

        var hit = Assert.Single(_archive.Search(new SearchRequest { Query = "标题:考察识别干部" }).Hits);
        var elsewhere = Assert.Single(hit.AlsoPublishedIn);
        var onItsPage = Assert.Single(_archive.GetArticle(_original)!.AlsoPublishedIn);

        Assert.Equal(("安庆组工信息", 8), (elsewhere.Series, elsewhere.IssueNumber));
        Assert.Equal([2022, 2023], new[] { hit.Date!.Value.Year, elsewhere.Date!.Value.Year }.Order());
        Assert.Equal(2023, onItsPage.Date!.Value.Year);
        // Every copy is still a twin, never a similar article.
        Assert.Equal(4, _archive.Search(new SearchRequest { Query = "标题:考察识别干部", CollapseDuplicates = false }).Total - 1);
        Assert.DoesNotContain(_archive.Similar(_original, otherRegionsOnly: false)!, h => h.Title == "大观区在疫情防控一线考察识别干部");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("标题:考察识别干部")]
    public void An_issue_in_several_files_is_shown_by_the_same_copy_whatever_order_the_index_holds_them_in(string? query)
    {
        var issue = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_037b87f1aeded1d9.txt"));
        foreach (var (name, text) in new[] { ("第8期.docx.txt", issue + "\n"), ("第8期.pdf.txt", issue + "\n\n") })
        {
            Assert.Equal(FileOutcomeStatus.New, _archive.IngestUpload(name, Encoding.UTF8.GetBytes(text)).Status);
        }
        string Shown() => _archive.Search(new SearchRequest { Query = query, PageSize = 100 }).Hits
            .Single(h => h.Title == "大观区在疫情防控一线考察识别干部").ArticleId;
        var before = Shown();

        // A correction that changes nothing the list is ordered by re-adds the copy's document at the end of the index,
        // as a reindex may put the copies in any order: the list's hit (its permalink, the export's id) stays the same.
        _archive.CorrectDocument(_archive.FindArticle(before)!.DocumentId,
            new Dictionary<string, System.Text.Json.JsonElement> { ["publisher"] = CanonicalJson.Of("中共安庆市委组织部") }, new Editing("tests"));

        Assert.Equal(before, Shown());
    }

    [Fact]
    public void Different_articles_are_never_twins()
    {
        var results = _archive.Search(new SearchRequest { PageSize = 50 });

        Assert.All(results.Hits, h => Assert.Empty(h.AlsoPublishedIn));
        Assert.Equal(results.Hits.Count, _archive.Search(new SearchRequest { PageSize = 50, CollapseDuplicates = false }).Hits.Count);
    }

    [Fact]
    public void An_article_republished_elsewhere_is_one_similar_article_and_one_shared_keyword_makes_none()
    {
        const string item = "某县推进机关党组织和在职党员双报到\n\n全县机关党组织和在职党员到社区双报到，认领志愿服务岗位，参与网格化管理和基层治理，社区党委建立双报到台账。\n";
        const string kin = "某区在职党员回社区双报到\n\n全区在职党员回社区双报到，认领志愿服务岗位，参与网格化管理，社区党委建立双报到台账，定期通报在职党员参与社区服务的情况。"
                           + "报到的党员结合自身特长，主动参与社区环境整治、邻里互助和政策宣传，推动党员作用发挥常态化。\n";
        var id = _archive.IngestUpload("item.txt", Encoding.UTF8.GetBytes(item)).DocumentId! + "-1";
        var kinIds = new[] { "kin1.txt", "kin2.txt" }
            .Select((name, i) => _archive.IngestUpload(name, Encoding.UTF8.GetBytes(kin + (i == 0 ? "" : "（某区委组织部）\n"))).DocumentId! + "-1").ToList();
        // An article with one of its keywords in its title and its text, and nothing else of it.
        var keyword = _archive.FindArticle(id)!.Keywords[0];
        var oneKeyword = $"某市{keyword}工作推进会召开\n\n会议听取了各单位{keyword}工作情况汇报，研究部署下一阶段工作。\n";
        var other = _archive.IngestUpload("one.txt", Encoding.UTF8.GetBytes(oneKeyword)).DocumentId! + "-1";

        var similar = _archive.Similar(id, otherRegionsOnly: false, 50)!;

        Assert.Single(similar, h => kinIds.Contains(h.ArticleId));
        Assert.DoesNotContain(similar, h => h.ArticleId == other);
    }

    [Fact]
    public void Similar_articles_share_the_topic_and_can_come_from_other_regions_only()
    {
        var similar = _archive.Similar(_original, otherRegionsOnly: false)!;
        var elsewhere = _archive.Similar(_original, otherRegionsOnly: true)!;

        Assert.NotEmpty(similar);
        Assert.DoesNotContain(similar, h => h.ArticleId == _original);
        Assert.NotEmpty(elsewhere);
        Assert.All(elsewhere, h => Assert.False(h.Region?.StartsWith("安徽省/安庆市", StringComparison.Ordinal)));
        Assert.Contains(similar, h => h.Region?.StartsWith("安徽省/安庆市", StringComparison.Ordinal) == true);
        Assert.Null(_archive.Similar("unknown", false));
    }

    [Fact]
    public void An_article_of_no_known_place_is_kept_with_other_regions_only()
    {
        var keywords = _archive.FindArticle(_original)!.Keywords.Where(k => !k.EndsWith('区')).ToList();
        var placeless = $"{string.Join("", keywords.Take(3))}的做法\n\n有的地方{string.Join("，", keywords)}，取得了成效。\n";
        var id = _archive.IngestUpload("placeless.txt", Encoding.UTF8.GetBytes(placeless)).DocumentId! + "-1";
        Assert.Null(_archive.GetArticle(id)!.Article.RegionWithin(_archive.GetArticle(id)!.Document));

        Assert.Contains(_archive.Similar(_original, otherRegionsOnly: false, 50)!, h => h.ArticleId == id);
        Assert.Contains(_archive.Similar(_original, otherRegionsOnly: true, 50)!, h => h.ArticleId == id);
    }
    [Fact]
    public void From_elsewhere_an_issue_s_own_reference_from_another_city_is_a_precedent()
    {
        var issue = _archive.GetDocument(_archive.GetArticle(_original)!.Document.Id)!.Articles;
        var source = issue.Single(a => a.Title.StartsWith("宜秀区", StringComparison.Ordinal)).ArticleId;
        var reference = issue.Single(a => a.Title.StartsWith("旌德县", StringComparison.Ordinal)).ArticleId;

        Assert.Contains(_archive.Similar(source, otherRegionsOnly: true, 50)!, h => h.ArticleId == reference);
        Assert.DoesNotContain(_archive.Similar(source, otherRegionsOnly: false, 50)!, h => h.DocumentId == _archive.GetArticle(_original)!.Document.Id);
    }

    [Fact]
    public void A_measure_the_others_name_otherwise_is_found_by_its_synonym()
    {
        // 固定党日 is cut 固定 党日; the other article writes 主题党日, one word, and shares no other word of the measure.
        const string text = "县政府办机关党支部开展固定党日活动\n\n县政府办机关党支部开展固定党日活动，全体党员来到爱国主义教育基地，重温入党誓词。\n";
        var source = _archive.IngestUpload("fixed-day.txt", Encoding.UTF8.GetBytes(text)).DocumentId! + "-1";
        // Its other words held elsewhere too, so that an article must share two of them (or a synonym and one).
        const string visit = "某县组织党员参观爱国主义教育基地\n\n全体党员来到爱国主义教育基地，重温入党誓词。\n";
        _archive.IngestUpload("visit.txt", Encoding.UTF8.GetBytes(visit));
        const string another = "南浔区推行红色星期六制度\n\n南浔区规定每月第一个星期六为主题党日，党员定时间、定主题参加。\n";
        var other = _archive.IngestUpload("themed-day.txt", Encoding.UTF8.GetBytes(another)).DocumentId! + "-1";

        Assert.Contains(_archive.Similar(source, otherRegionsOnly: false, 50)!, h => h.ArticleId == other);
    }

    [Fact]
    public void For_an_article_of_no_known_place_every_place_counts_as_elsewhere()
    {
        const string text = "关于做好优秀共产党员评选推荐工作的通知\n\n各基层党组织：按照评选表彰工作安排，推荐优秀共产党员、优秀党务工作者和先进基层党组织，坚持标准，严格程序，广泛听取党员群众意见。\n";
        var source = _archive.IngestUpload("placeless-a.txt", Encoding.UTF8.GetBytes(text)).DocumentId! + "-1";
        const string another = "评选表彰优秀共产党员和先进基层党组织的实施方案\n\n一、评选范围。优秀共产党员、优秀党务工作者从基层党组织推荐产生。二、评选程序。党员群众推荐，党组织研究确定人选，公示后上报表彰。\n";
        var other = _archive.IngestUpload("placeless-b.txt", Encoding.UTF8.GetBytes(another)).DocumentId! + "-1";
        Assert.All(new[] { source, other }, id => Assert.Null(_archive.GetArticle(id)!.Article.RegionWithin(_archive.GetArticle(id)!.Document)));

        Assert.Contains(_archive.Similar(source, otherRegionsOnly: true, 50)!, h => h.ArticleId == other);
    }
}
