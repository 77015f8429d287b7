namespace Archive.Indexer.Tests.Search;

/// <summary>
/// A place typed beside a subject (山东 服务中心 全覆盖) says where the answer must be: where no article holds it all, the
/// place's article on a neighbouring subject comes before the subject elsewhere, however many of its words that one holds.
/// </summary>
public sealed class PlaceBesideSubjectTests(PlaceBesideSubjectTests.Articles articles) : IClassFixture<PlaceBesideSubjectTests.Articles>
{
    /// <summary>The subject in another province, a neighbouring subject in the place named, and others on neither.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("elsewhere.txt", "平潭：服务中心全覆盖", "福建省平潭县新建村级服务中心，实现服务中心全覆盖，群众办事更方便。");
            Add("place.txt", "齐河县搭建党员教育平台", "山东省齐河县加强党员教育阵地和课程建设。");
            Add("meeting.txt", "全县组织工作会议召开", "会议总结全年组织工作。");
            Add("training.txt", "全县党员培训班开班", "培训班为期三天。");
            Add("study.txt", "机关干部理论学习", "机关干部集中学习。");
        }
    }

    [Fact]
    public void The_place_named_outweighs_the_other_words_of_a_partial_answer()
    {
        var titles = articles.Archive.Search(new SearchRequest { Query = "山东 服务中心 全覆盖" }).Hits.Select(h => h.Title).ToList();

        Assert.Contains("平潭：服务中心全覆盖", titles);
        Assert.True(titles.IndexOf("齐河县搭建党员教育平台") is >= 0 and var place && place < titles.IndexOf("平潭：服务中心全覆盖"), string.Join(" | ", titles));
    }
}
