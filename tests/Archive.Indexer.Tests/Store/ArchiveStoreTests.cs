using System.Text;
using Archive.Indexer.Parsing;
using Archive.Indexer.Store;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Tests.Store;

public sealed class ArchiveStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ArchiveStore _store;

    public ArchiveStoreTests() => _store = ArchiveStore.Open(_temp.File("data/archive.db"));

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private static ParsedDocument Bulletin(int issue, params string[] titles) => new()
    {
        Kind = DocumentKind.Bulletin,
        Series = "安庆组工信息",
        IssueNumber = issue,
        Date = new DateOnly(2022, 3, issue),
        Publisher = "中共安庆市委组织部研究室",
        Region = "安徽省/安庆市",
        Distribution = new Dictionary<string, string> { ["报"] = "省委组织部，本部领导。" },
        Contents = [new ContentsEntry(titles[0], "市内信息", 2)],
        Articles = titles.Select((t, i) => new ParsedArticle
        {
            Title = t,
            Section = "市内信息",
            SourceDepartment = "宜秀区委组织部",
            Region = "安徽省/安庆市/宜秀区",
            Page = i + 2,
            Authors = ["许睿"],
            Captions = ["于晓宇 摄"],
            Body = $"{t}。正文第一段。\n正文第二段。",
        }).ToList(),
    };

    private static SourceFile Source(string path, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return new SourceFile(path, ContentIdentity.Sha256Hex(bytes), bytes.Length);
    }

    [Fact]
    public void A_saved_document_reads_back_with_every_field_and_stable_ids()
    {
        var source = Source("/in/a.txt", "第8期 原文");
        var parsed = Bulletin(8, "宜秀区战“疫”一线党旗红", "大观区在疫情防控一线考察识别干部");
        var articles = ArchiveStore.ToStoredArticles(source.DocumentId, parsed)
            .Select(a => a with { Keywords = ["疫情防控", "党员"], Fingerprint = ulong.MaxValue - 7 }).ToList();

        var outcome = _store.Save(source, parsed, "第8期 原文", articles);

        Assert.Equal(FileOutcomeStatus.New, outcome.Status);
        Assert.Equal(2, outcome.Articles);
        Assert.Equal(source.Sha256[..16], outcome.DocumentId);
        var document = _store.GetDocument(source.DocumentId)!;
        Assert.Equal("安庆组工信息", document.Series);
        Assert.Equal(8, document.IssueNumber);
        Assert.Equal(new DateOnly(2022, 3, 8), document.Date);
        Assert.Equal("省委组织部，本部领导。", document.Distribution!["报"]);
        Assert.Equal("a.txt", document.FileName);
        Assert.Equal(DocumentStatus.Active, document.Status);
        Assert.Equal("第8期 原文", _store.GetOriginalText(source.DocumentId));
        Assert.Equal("市内信息", Assert.Single(_store.GetContents(source.DocumentId)).Section);

        var second = _store.GetArticle($"{source.DocumentId}-2")!;
        Assert.Equal("大观区在疫情防控一线考察识别干部", second.Title);
        Assert.Equal(3, second.Page);
        Assert.Equal(["许睿"], second.Authors);
        Assert.Equal(["于晓宇 摄"], second.Captions);
        Assert.Equal(["疫情防控", "党员"], second.Keywords);
        Assert.Equal(ulong.MaxValue - 7, second.Fingerprint);
        Assert.Equal(["宜秀区战“疫”一线党旗红", "大观区在疫情防控一线考察识别干部"],
            _store.GetArticlesOfDocument(source.DocumentId).Select(a => a.Title));
    }

    [Fact]
    public void The_same_bytes_from_a_second_path_or_a_second_time_make_one_document()
    {
        var first = Source("/in/a.txt", "同一内容");
        _store.Save(first, Bulletin(1, "标题"), "同一内容");

        var again = _store.RecordIfKnown(first);
        var copy = _store.RecordIfKnown(first with { Path = "/other/副本 a.txt" });
        var savedAgain = _store.Save(first, Bulletin(1, "标题"), "同一内容");

        Assert.Equal(FileOutcomeStatus.Unchanged, again!.Status);
        Assert.Equal(FileOutcomeStatus.Unchanged, copy!.Status);
        Assert.Equal(FileOutcomeStatus.Unchanged, savedAgain.Status);
        Assert.Equal(first.DocumentId, copy.DocumentId);
        Assert.Equal(new StoreCounts(1, 1, 0), _store.GetCounts());
        Assert.Null(_store.RecordIfKnown(Source("/in/b.txt", "另一内容")));
    }

    [Fact]
    public void A_changed_file_supersedes_its_old_version_which_leaves_search_but_stays_readable()
    {
        var oldVersion = Source("/in/a.txt", "旧版");
        _store.Save(oldVersion, Bulletin(1, "旧标题"), "旧版");
        var sequenceBefore = _store.CurrentSequence;

        var newVersion = Source("/in/a.txt", "新版");
        var outcome = _store.Save(newVersion, Bulletin(1, "新标题", "另一篇"), "新版");

        Assert.Equal(FileOutcomeStatus.Superseded, outcome.Status);
        Assert.Equal(DocumentStatus.Superseded, _store.GetDocument(oldVersion.DocumentId)!.Status);
        Assert.Equal("旧标题", _store.GetArticle($"{oldVersion.DocumentId}-1")!.Title);
        Assert.Equal(["新标题", "另一篇"], _store.ReadActiveArticles().SelectMany(b => b).Select(a => a.Article.Title));
        Assert.Equal(
            [($"{newVersion.DocumentId}-1", ArticleChangeKind.Upsert), ($"{newVersion.DocumentId}-2", ArticleChangeKind.Upsert), ($"{oldVersion.DocumentId}-1", ArticleChangeKind.Remove)],
            _store.GetChangesSince(sequenceBefore).Select(c => (c.ArticleId, c.Kind)));
        Assert.Equal(new StoreCounts(1, 2, 0), _store.GetCounts());
    }

    [Fact]
    public void A_reindex_batch_walks_articles_by_id_instead_of_sorting_them_all()
    {
        _store.Save(Source("/in/a.txt", "第1期"), Bulletin(1, "甲", "乙"), "第1期");
        using var connection = new SqliteConnection($"Data Source={_temp.File("data/archive.db")};Mode=ReadOnly");
        var plan = string.Join('\n', connection.Query(
            "EXPLAIN QUERY PLAN " + ArchiveStore.ArticlesWithDocuments(ArchiveStore.ActiveArticlesAfter),
            new { after = "", batchSize = 1000 }).Select(row => (string)row.detail));

        Assert.StartsWith("SEARCH a USING INDEX", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public void Whether_a_kept_file_is_shared_is_asked_of_an_index_not_of_every_document()
    {
        _store.Save(Source("/in/a.txt", "第1期"), Bulletin(1, "甲"), "第1期");
        using var connection = new SqliteConnection($"Data Source={_temp.File("data/archive.db")};Mode=ReadOnly");
        var plan = string.Join('\n', connection.Query("EXPLAIN QUERY PLAN " + ArchiveStore.DocumentsKeepingOriginal, new { kept = new string('0', 64) })
            .Select(row => (string)row.detail));

        Assert.Contains("USING COVERING INDEX documents_original", plan);
    }

    [Fact]
    public void A_file_reverted_to_its_old_bytes_brings_the_old_version_back()
    {
        var oldVersion = Source("/in/a.txt", "旧版");
        _store.Save(oldVersion, Bulletin(1, "旧标题"), "旧版");
        _store.Save(Source("/in/a.txt", "新版"), Bulletin(1, "新标题"), "新版");

        var outcome = _store.RecordIfKnown(oldVersion);

        Assert.Equal(FileOutcomeStatus.Superseded, outcome!.Status);
        Assert.Equal(["旧标题"], _store.ReadActiveArticles().SelectMany(b => b).Select(a => a.Article.Title));
    }

    [Fact]
    public void A_changed_copy_does_not_supersede_bytes_another_path_still_holds()
    {
        var shared = Source("/in/a.txt", "共享");
        _store.Save(shared, Bulletin(1, "共享标题"), "共享");
        _store.RecordIfKnown(shared with { Path = "/in/b.txt" });

        var outcome = _store.Save(Source("/in/b.txt", "改过"), Bulletin(2, "改过标题"), "改过");

        Assert.Equal(FileOutcomeStatus.New, outcome.Status);
        Assert.Equal(DocumentStatus.Active, _store.GetDocument(shared.DocumentId)!.Status);
        Assert.Equal(new StoreCounts(2, 2, 0), _store.GetCounts());
    }

    [Fact]
    public void Deleting_removes_a_document_from_search_keeps_it_in_history_and_survives_reingestion()
    {
        var source = Source("/in/a.txt", "内容");
        _store.Save(source, Bulletin(1, "标题一", "标题二"), "内容");
        var sequenceBefore = _store.CurrentSequence;

        Assert.True(_store.DeleteDocument(source.DocumentId, new Editing("测试")));
        Assert.False(_store.DeleteDocument(source.DocumentId, new Editing("测试")));
        Assert.False(_store.DeleteDocument("0000000000000000", new Editing("测试")));

        Assert.Equal(DocumentStatus.Deleted, _store.GetDocument(source.DocumentId)!.Status);
        Assert.All(_store.GetChangesSince(sequenceBefore), c => Assert.Equal(ArticleChangeKind.Remove, c.Kind));
        Assert.Equal(2, _store.GetChangesSince(sequenceBefore).Count);
        Assert.Empty(_store.ReadActiveArticles().SelectMany(b => b));
        Assert.Equal((FileOutcomeStatus.Deleted, source.DocumentId), (_store.RecordIfKnown(source)!.Status, _store.RecordIfKnown(source)!.DocumentId));
        Assert.Equal(DocumentStatus.Deleted, _store.GetDocument(source.DocumentId)!.Status);
    }

    [Fact]
    public void A_failure_is_recorded_with_its_reason_and_leaves_what_the_path_stored_before()
    {
        var good = Source("/in/a.txt", "好的");
        _store.Save(good, Bulletin(1, "标题"), "好的");

        _store.RecordFailure("/in/a.txt", 0, "empty file: nothing to read");
        _store.RecordFailure("/in/坏 文件.pdf", 12, "truncated pdf");

        Assert.Equal(DocumentStatus.Active, _store.GetDocument(good.DocumentId)!.Status);
        Assert.Equal(["/in/a.txt", "/in/坏 文件.pdf"], _store.GetFailures().Select(f => f.Path));
        Assert.Equal("truncated pdf", _store.GetSource("/in/坏 文件.pdf")!.Error);
        Assert.Equal(new StoreCounts(1, 1, 2), _store.GetCounts());

        var fixedVersion = _store.Save(Source("/in/a.txt", "修好了"), Bulletin(2, "新"), "修好了");
        Assert.Equal(FileOutcomeStatus.Superseded, fixedVersion.Status);
        Assert.Null(_store.GetSource("/in/a.txt")!.Error);
    }

    [Fact]
    public void Changes_page_by_sequence_and_active_articles_come_in_batches_covering_everything()
    {
        for (var i = 1; i <= 7; i++)
        {
            _store.Save(Source($"/in/{i}.txt", $"内容{i}"), Bulletin(i, $"甲{i}", $"乙{i}", $"丙{i}"), $"内容{i}");
        }

        var seen = new List<ArticleChange>();
        for (var page = _store.GetChangesSince(0, limit: 5); page.Count > 0; page = _store.GetChangesSince(page[^1].Sequence, limit: 5))
        {
            seen.AddRange(page);
        }

        Assert.Equal(21, seen.Count);
        Assert.Equal(_store.CurrentSequence, seen[^1].Sequence);
        Assert.Equal(seen.Select(c => c.Sequence).Order(), seen.Select(c => c.Sequence));
        var batches = _store.ReadActiveArticles(batchSize: 4).ToList();
        Assert.Equal(6, batches.Count);
        Assert.Equal(21, batches.SelectMany(b => b).Select(a => a.Article.Id).Distinct().Count());
        Assert.All(batches.SelectMany(b => b), a => Assert.Equal("安庆组工信息", a.Document.Series));
        Assert.Equal(2, _store.GetArticlesWithDocuments([seen[0].ArticleId, seen[5].ArticleId, "nope-1"]).Count);
    }

    [Fact]
    public void A_batch_of_articles_read_for_indexing_ends_once_its_bodies_reach_the_characters_it_may_hold()
    {
        // Long articles come in smaller batches: a reindex holds a few batches at once, and 1,000 articles of the 4 M
        // characters a document may hold were one batch of 8 GB (a catch-up's 5,000 changed articles, 40 GB).
        for (var i = 1; i <= 5; i++)
        {
            var body = new string('党', 1_000) + i;
            _store.Save(Source($"/in/{i}.txt", body), new ParsedDocument { Kind = DocumentKind.Report, Title = $"讲话{i}", Articles = [new ParsedArticle { Title = $"讲话{i}", Body = body }] }, body);
        }

        var batches = _store.ReadActiveArticles(batchSize: 1_000, batchCharacters: 2_500).ToList();

        Assert.Equal([3, 2], batches.Select(b => b.Count));
        Assert.Equal(5, batches.SelectMany(b => b).Select(a => a.Article.Id).Distinct().Count());
        Assert.All(batches.SelectMany(b => b), a => Assert.Equal(1_001, a.Article.Body.Length));
        var ids = batches.SelectMany(b => b).Select(a => a.Article.Id).ToList();
        // An id no longer stored (deleted since the change) is left out, wherever the batch ended.
        var changed = _store.ReadArticlesWithDocuments(["gone-1", .. ids, "gone-2"], batchCharacters: 2_500).ToList();
        Assert.Equal([3, 2], changed.Select(b => b.Count));
        Assert.Equal(ids.Order(), changed.SelectMany(b => b).Select(a => a.Article.Id).Order());
        Assert.All(changed.SelectMany(b => b), a => Assert.StartsWith("讲话", a.Document.Title));
    }

    [Fact]
    public void Series_timeline_groups_active_issues_by_year_newest_first()
    {
        _store.Save(Source("/in/1.txt", "一"), Bulletin(1, "一") with { Date = new DateOnly(2021, 5, 1) }, "一");
        _store.Save(Source("/in/2.txt", "二"), Bulletin(2, "二") with { Date = new DateOnly(2022, 5, 1) }, "二");
        _store.Save(Source("/in/3.txt", "三"), Bulletin(3, "三") with { Date = new DateOnly(2022, 6, 1) }, "三");
        _store.Save(Source("/in/n.txt", "通知"), new ParsedDocument { Kind = DocumentKind.Notice, Title = "通知", Articles = [new ParsedArticle { Title = "通知", Body = "正文" }] }, "通知");

        var timeline = Assert.Single(_store.GetSeriesTimelines());

        Assert.Equal("安庆组工信息", timeline.Series);
        Assert.Equal([2022, 2021], timeline.Years.Select(y => y.Year));
        Assert.Equal([3, 2], timeline.Years[0].Issues.Select(i => i.IssueNumber));
        Assert.Equal("三", timeline.Years[0].Issues[0].Articles.Single().Title);
    }

    [Fact]
    public void Series_overview_counts_active_issues_per_year_and_names_the_newest()
    {
        _store.Save(Source("/in/1.txt", "一"), Bulletin(1, "一") with { Date = new DateOnly(2021, 5, 1) }, "一");
        _store.Save(Source("/in/2.txt", "二"), Bulletin(2, "二") with { Date = new DateOnly(2022, 5, 1) }, "二");
        _store.Save(Source("/in/3.txt", "三"), Bulletin(3, "三") with { Date = new DateOnly(2022, 6, 1) }, "三");
        var deleted = _store.Save(Source("/in/4.txt", "四"), Bulletin(4, "四") with { Date = new DateOnly(2022, 7, 1) }, "四");
        _store.Save(Source("/in/5.txt", "五"), Bulletin(5, "五") with { Date = null }, "五");
        _store.Save(Source("/in/n.txt", "通知"), new ParsedDocument { Kind = DocumentKind.Notice, Title = "通知", Articles = [new ParsedArticle { Title = "通知", Body = "正文" }] }, "通知");
        Assert.True(_store.DeleteDocument(deleted.DocumentId!, new Editing("测试")));

        var overview = Assert.Single(_store.GetSeriesOverview());

        Assert.Equal("安庆组工信息", overview.Series);
        Assert.Equal([2022, 2021, 0], overview.Years.Select(y => y.Year));
        Assert.Equal([2, 1, 1], overview.Years.Select(y => y.IssueCount));
        Assert.Equal(4, overview.IssueCount);
        Assert.Equal(3, overview.Years[0].NewestIssueNumber);
        Assert.Equal(new DateOnly(2022, 6, 1), overview.Years[0].NewestDate);
    }

    [Fact]
    public void Series_overview_gives_the_newest_issue_s_running_count_for_an_issue_that_prints_only_that()
    {
        _store.Save(Source("/in/1.txt", "一"), Bulletin(1, "一") with { IssueNumber = null, TotalIssueNumber = 203, Date = new DateOnly(2019, 10, 25) }, "一");

        var year = Assert.Single(Assert.Single(_store.GetSeriesOverview()).Years);

        Assert.Equal((null, 203), (year.NewestIssueNumber, year.NewestTotalIssueNumber));
        Assert.Equal(203, Assert.Single(_store.GetSeriesTimelines()).Years[0].NewestTotalIssueNumber);
    }

    [Fact]
    public void Series_are_listed_by_pinyin_as_readers_look_them_up()
    {
        string[] names = ["上海组工", "九江组工", "安庆组工信息", "巢湖组工"];
        for (var i = 0; i < names.Length; i++)
            _store.Save(Source($"/in/{i}.txt", names[i]), Bulletin(i + 1, names[i]) with { Series = names[i] }, names[i]);

        string[] byPinyin = ["安庆组工信息", "巢湖组工", "九江组工", "上海组工"];
        Assert.Equal(byPinyin, _store.GetSeriesOverview().Select(s => s.Series));
        Assert.Equal(byPinyin, _store.GetSeriesTimelines().Select(s => s.Series));
    }

    [Fact]
    public void Series_year_holds_only_that_years_active_issues_with_their_articles()
    {
        _store.Save(Source("/in/1.txt", "一"), Bulletin(1, "一") with { Date = new DateOnly(2021, 12, 31) }, "一");
        _store.Save(Source("/in/2.txt", "二"), Bulletin(2, "二") with { Date = new DateOnly(2022, 1, 1) }, "二");
        _store.Save(Source("/in/3.txt", "三"), Bulletin(3, "三") with { Date = new DateOnly(2022, 6, 1) }, "三");
        _store.Save(Source("/in/4.txt", "四"), Bulletin(4, "四") with { Date = new DateOnly(2023, 1, 1) }, "四");
        _store.Save(Source("/in/5.txt", "五"), Bulletin(5, "五") with { Date = null }, "五");

        var year = _store.GetSeriesYear("安庆组工信息", 2022);

        Assert.NotNull(year);
        Assert.Equal(2022, year.Year);
        Assert.Equal([3, 2], year.Issues.Select(i => i.IssueNumber));
        Assert.Equal("三", year.Issues[0].Articles.Single().Title);
        Assert.Equal("安庆组工信息", year.Issues[0].Articles.Single().Series);
        Assert.Equal([5], _store.GetSeriesYear("安庆组工信息", 0)!.Issues.Select(i => i.IssueNumber));
        Assert.Null(_store.GetSeriesYear("安庆组工信息", 2019));
        Assert.Null(_store.GetSeriesYear("别的刊物", 2022));
    }

    /// <summary>
    /// 2020 第19期 in three files, 2021 第19期, a 增刊 without a number on the day of 第19期 in two files and another a
    /// month later, and two undated 第5期: the timeline's issues in every view, as (number, date, document) newest first.
    /// </summary>
    private (string Docx, string Supplement, string Undated1, string Undated2) SaveIssuesInSeveralFiles()
    {
        string Save(string path, int? issue, DateOnly? date, string title) =>
            _store.Save(Source(path, path), Bulletin(1, title) with { IssueNumber = issue, Date = date }, path).DocumentId!;

        var docx = Save("/in/b009.docx", 19, new DateOnly(2020, 6, 3), "对症下药");
        Save("/in/b009.pdf", 19, new DateOnly(2020, 6, 3), "对症下药");
        Save("/in/b009.txt", 19, new DateOnly(2020, 6, 3), "对症下药");
        Save("/in/2021.txt", 19, new DateOnly(2021, 6, 3), "另一期");
        var supplement = Save("/in/增刊.docx", null, new DateOnly(2020, 6, 3), "增刊文章");
        Save("/in/增刊.pdf", null, new DateOnly(2020, 6, 3), "增刊文章");
        Save("/in/增刊2.txt", null, new DateOnly(2020, 7, 1), "又一增刊");
        return (docx, supplement, Save("/in/5a.txt", 5, null, "甲"), Save("/in/5b.txt", 5, null, "乙"));
    }

    [Fact]
    public void An_issue_held_in_several_files_is_one_issue_of_the_timeline_and_distinct_issues_stay_apart()
    {
        var (docx, supplement, undated1, undated2) = SaveIssuesInSeveralFiles();

        var timeline = Assert.Single(_store.GetSeriesTimelines());

        Assert.Equal([2021, 2020, 0], timeline.Years.Select(y => y.Year));
        Assert.Equal([1, 3, 2], timeline.Years.Select(y => y.IssueCount));
        var issues = timeline.Years[1].Issues;
        Assert.Equal([(null, new DateOnly(2020, 7, 1)), (19, new DateOnly(2020, 6, 3)), (null, new DateOnly(2020, 6, 3))],
            issues.Select(i => (i.IssueNumber, i.Date)));
        // The copy stored first stands for its issue: its articles lead their near-duplicate groups.
        Assert.Equal((docx, supplement), (issues[1].DocumentId, issues[2].DocumentId));
        Assert.Equal(["对症下药"], issues[1].Articles.Select(a => a.Title));
        // Undated, two 第5期 may be of two years: nothing says they are one issue.
        Assert.Equal(new[] { undated1, undated2 }.Order(StringComparer.Ordinal), timeline.Years[2].Issues.Select(i => i.DocumentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_overview_and_a_year_count_an_issue_held_in_several_files_once()
    {
        var (docx, supplement, _, _) = SaveIssuesInSeveralFiles();

        var overview = Assert.Single(_store.GetSeriesOverview());
        var year = _store.GetSeriesYear("安庆组工信息", 2020)!;

        Assert.Equal([(2021, 1), (2020, 3), (0, 2)], overview.Years.Select(y => (y.Year, y.IssueCount)));
        Assert.Equal(6, overview.IssueCount);
        Assert.Equal((null, new DateOnly(2020, 7, 1)), (overview.Years[1].NewestIssueNumber, overview.Years[1].NewestDate));
        Assert.Equal(3, year.IssueCount);
        Assert.Equal([docx, supplement], year.Issues.Skip(1).Select(i => i.DocumentId));
        Assert.Equal(2, _store.GetSeriesYear("安庆组工信息", 0)!.IssueCount);
    }

    [Fact]
    public void Reopening_keeps_the_data_and_the_schema_version()
    {
        var source = Source("/in/a.txt", "内容");
        _store.Save(source, Bulletin(1, "标题"), "内容");
        _store.Dispose();

        using var reopened = ArchiveStore.Open(_temp.File("data/archive.db"));

        Assert.Equal(SchemaMigrations.Latest, reopened.SchemaVersion);
        Assert.Equal("标题", reopened.GetArticle($"{source.DocumentId}-1")!.Title);
    }

    [Fact]
    public void A_new_database_has_large_pages_and_one_made_with_small_pages_opens_as_it_is()
    {
        var small = _temp.File("old/archive.db");
        Directory.CreateDirectory(Path.GetDirectoryName(small)!);
        using (var connection = new SqliteConnection($"Data Source={small}"))
        {
            connection.Open();
            connection.Execute("PRAGMA page_size=4096; PRAGMA journal_mode=WAL; CREATE TABLE t (x INTEGER);");
        }
        SqliteConnection.ClearAllPools();

        using var old = ArchiveStore.Open(small);
        var source = Source("/in/a.txt", "内容");
        old.Save(source, Bulletin(1, "标题"), "内容");

        Assert.Equal(ArchiveStore.PageSize, PageSize(_store));
        Assert.Equal(4096, PageSize(old));
        Assert.Equal("标题", old.GetArticle($"{source.DocumentId}-1")!.Title);
    }

    private static long PageSize(ArchiveStore store)
    {
        using var connection = store.Connect();
        return connection.ExecuteScalar<long>("PRAGMA page_size");
    }
}
