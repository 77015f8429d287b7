namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Where few articles hold every word of a query, an article whose title holds its telling words is about them: it comes
/// before those holding every word in passing, scattered through the body, though it lacks a common word.
/// </summary>
public sealed class WordsInTitleTests(WordsInTitleTests.Articles articles) : IClassFixture<WordsInTitleTests.Articles>
{
    /// <summary>One article about first secretaries that never says 管理, two naming everything in passing, and others on managing.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("recall.txt", "濮阳召回2名驻村第一书记", "两名同志作风不实，工作不在状态，被组织召回。");
            Add("revival.txt", "乡村振兴工作推进会召开", "会议要求加强管理，选派第一书记，做好驻村工作。");
            Add("meeting.txt", "全县党建工作会议召开", "会议要求加强党员管理。驻村第一书记列席会议。");
            Add("grid.txt", "网格化治理工作推进", "社区推行网格化管理。");
            Add("points.txt", "党员积分制全面推行", "全镇党员实行积分管理。");
            Add("files.txt", "干部人事档案专项审核", "档案管理规范有序。");
            Add("funds.txt", "村级集体经济发展", "集体资金严格管理。");
            Add("rules.txt", "机关制度建设", "机关管理制度汇编成册。");
            Add("study.txt", "党员集中学习", "全体党员参加学习，交流心得，学习管理知识。");
            Add("plan.txt", "发展党员计划下达", "各支部按计划发展党员。");
        }
    }

    [Fact]
    public void A_near_miss_with_the_telling_words_in_its_title_comes_before_matches_in_passing()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "驻村第一书记 管理" });

        Assert.True(results.PartialMatches);
        Assert.Equal("濮阳召回2名驻村第一书记", results.Hits[0].Title);
        Assert.Equal(["管理"], results.Hits[0].MissingWords);
    }
}
