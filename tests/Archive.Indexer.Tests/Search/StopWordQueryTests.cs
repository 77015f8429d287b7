namespace Archive.Indexer.Tests.Search;

/// <summary>A query of characters that are each a stop word alone (管好: 管 and 好 are stop words) searches them as typed.</summary>
public sealed class StopWordQueryTests(StopWordQueryTests.Articles articles) : IClassFixture<StopWordQueryTests.Articles>
{
    /// <summary>One article saying 管好 and 用好, others not.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("manage.txt", "把村干部队伍管好用好", "乡镇党委加强村干部日常管理。");
            Add("plan.txt", "发展党员计划下达", "各支部按计划发展党员。");
            Add("grid.txt", "网格化管理工作推进", "社区推行网格化管理。");
        }
    }

    [Theory]
    [InlineData("管好")]
    [InlineData("用好")]
    public void Characters_that_are_each_a_stop_word_typed_together_alone_are_searched_as_typed(string query)
    {
        // Left out, the query had nothing to search and listed every article.
        var results = articles.Archive.Search(new SearchRequest { Query = query });

        Assert.Equal(["把村干部队伍管好用好"], results.Hits.Select(h => h.Title));
        Assert.Empty(results.Warnings);
    }

    [Fact]
    public void Beside_other_words_they_are_left_out()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "管好 发展党员" });

        Assert.Equal(["发展党员计划下达"], results.Hits.Select(h => h.Title));
    }
}
