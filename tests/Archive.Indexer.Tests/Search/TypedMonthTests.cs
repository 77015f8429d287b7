using Archive.Indexer.Search.Queries;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// A month typed as a year and a month (2023年3月 组织工作): the items of that month seldom say it, so an article dated in
/// it holds the word, and one naming the year and the month apart (2023年 … 3月) does not.
/// </summary>
public sealed class TypedMonthTests(TypedMonthTests.Articles articles) : IClassFixture<TypedMonthTests.Articles>
{
    /// <summary>A meeting dated in March 2023 that names no month, one dated in April naming 2023年 and 3月 apart.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("march.txt", "全县组织工作会议召开", "发布时间：2023-03-15\n会议部署全年组织工作，各乡镇党委书记参加。");
            Add("april.txt", "全县组织工作推进会召开", "发布时间：2023-04-20\n会议回顾2023年以来的组织工作，3月起各乡镇开展了调研。");
        }
    }

    [Fact]
    public void An_article_dated_in_the_month_typed_holds_it()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "2023年3月 组织工作" });

        Assert.Equal("全县组织工作会议召开", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
    }

    [Theory]
    [InlineData("2023年3月", 2023, 3)]
    [InlineData("２０２３年３月 组工信息", 2023, 3)]
    [InlineData("2019年 12月", 2019, 12)]
    public void A_year_and_a_month_is_a_month(string typed, int year, int month) =>
        Assert.Equal(new DateOnly(year, month, 1), Assert.Single(TypedMonths.Find(typed)).Month);

    [Theory]
    [InlineData("2023年3月4日")]
    [InlineData("2023年3月4号")]
    [InlineData("2023年13月")]
    [InlineData("12023年3月")]
    [InlineData("2023年")]
    public void A_date_with_its_day_a_month_out_of_range_or_a_year_alone_is_no_month(string typed) =>
        Assert.Empty(TypedMonths.Find(typed));
}
