namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Questions and searches for precedents put as researchers type them (上级…如何…下级…, …做法): who asks whom and the
/// kind of answer wanted are no subject, so an article saying 上级 and 下级, or 做法, does not outrank one on what was asked.
/// </summary>
public sealed class QuestionWordsTests(QuestionWordsTests.Articles articles) : IClassFixture<QuestionWordsTests.Articles>
{
    /// <summary>
    /// An article on supervising elections and one that only speaks of higher and lower levels; one on a service
    /// station and ones on practices and ways of something else; one on members reporting to their communities and a
    /// speech saying 以后, 具体 and 事情; others on none of these.
    /// </summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("supervision.txt", "督导组进驻指导换届", "督导组进驻各县，对换届工作进行督导。");
            Add("levels.txt", "上级要求下级落实", "上级部门要求下级单位按时报送材料，上级将通报下级落实情况。");
            Add("meeting.txt", "全县党建工作会议召开", "会议总结全年党建工作。");
            Add("training.txt", "全县党员培训班开班", "培训班为期三天。");
            Add("station.txt", "社区服务站挂牌", "社区新建党员服务站，建设完成后方便群众办事，居民反映良好，服务站每天开放。");
            Add("practice.txt", "党员建设做法", "党员交流建设做法，党员推广建设做法。");
            Add("method.txt", "党员建设办法", "党员交流建设办法，党员推广建设办法。");
            Add("example.txt", "党员建设案例", "党员交流建设案例，党员推广建设例子。");
            Add("county.txt", "全县建设工作会议", "会议部署建设工作。");
            Add("town.txt", "乡镇建设推进会", "推进乡镇建设。");
            Add("reporting.txt", "在职党员到社区报到", "在职党员到居住地社区报到，认领服务岗位，参加志愿服务。");
            Add("speech.txt", "全体干部会议讲话", "以后遇到具体事情，干部要多想办法，以后的事情以后具体再说。");
        }
    }

    [Fact]
    public void Higher_and_lower_levels_do_not_outrank_the_subject_of_a_question()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "上级如何督导下级换届" });

        Assert.Equal("督导组进驻指导换届", results.Hits[0].Title);
    }


    [Fact]
    public void When_and_how_precisely_a_question_asks_do_not_outrank_its_subject()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "党员干部到社区报到以后具体做些什么事情" });

        Assert.Equal("在职党员到社区报到", results.Hits[0].Title);
    }

    [Theory]
    [InlineData("党员服务站建设做法")]
    [InlineData("党员服务站建设办法")]
    [InlineData("党员服务站建设案例")]
    [InlineData("党员服务站建设例子")]
    public void The_kind_of_answer_wanted_does_not_outrank_the_subject_of_a_search_for_precedents(string query)
    {
        var results = articles.Archive.Search(new SearchRequest { Query = query });

        Assert.Equal("社区服务站挂牌", results.Hits[0].Title);
    }
}
