namespace Archive.Indexer.Tests.Search;

/// <summary>
/// A question put as researchers type it (上级…如何…下级…): who asks whom is no subject, so an article saying 上级 and
/// 下级 does not outrank one on what was asked.
/// </summary>
public sealed class QuestionWordsTests(QuestionWordsTests.Articles articles) : IClassFixture<QuestionWordsTests.Articles>
{
    /// <summary>An article on supervising elections, one that only speaks of higher and lower levels, and two on neither.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("supervision.txt", "督导组进驻指导换届", "督导组进驻各县，对换届工作进行督导。");
            Add("levels.txt", "上级要求下级落实", "上级部门要求下级单位按时报送材料，上级将通报下级落实情况。");
            Add("meeting.txt", "全县党建工作会议召开", "会议总结全年党建工作。");
            Add("training.txt", "全县党员培训班开班", "培训班为期三天。");
        }
    }

    [Fact]
    public void Higher_and_lower_levels_do_not_outrank_the_subject_of_a_question()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "上级如何督导下级换届" });

        Assert.Equal("督导组进驻指导换届", results.Hits[0].Title);
    }
}
