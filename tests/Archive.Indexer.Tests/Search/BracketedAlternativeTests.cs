namespace Archive.Indexer.Tests.Search;

/// <summary>
/// An alternative the text inserts in brackets (村(社区)党组织书记, 乡(镇)党委) is also read without it: the phrase the text
/// names first is found there, and so is its synonym (村支书 finds 村党组织书记); the alternative is not joined to what
/// follows the brackets.
/// </summary>
public sealed class BracketedAlternativeTests(BracketedAlternativeTests.Articles articles) : IClassFixture<BracketedAlternativeTests.Articles>
{
    /// <summary>A training of village and community secretaries written with the alternative in brackets, and another page.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("wuling.txt", "武陵区集中培训基层骨干", "全区村(社区)党组织书记参加为期6天的集中培训。");
            Add("meeting.txt", "社区工作会议召开", "社区党组织书记参加会议，部署下一步工作。");
        }
    }

    [Fact]
    public void A_synonym_is_found_across_an_alternative_in_brackets()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "村支书 培训" });

        Assert.Equal("武陵区集中培训基层骨干", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
    }

    [Fact]
    public void A_quoted_phrase_is_found_across_an_alternative_in_brackets()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "\"村党组织书记\"" });

        Assert.Equal("武陵区集中培训基层骨干", Assert.Single(results.Hits).Title);
    }

    [Fact]
    public void The_alternative_is_not_read_into_what_follows_the_brackets()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "\"社区党组织书记\"" });

        Assert.Equal("社区工作会议召开", Assert.Single(results.Hits).Title);
    }
}
