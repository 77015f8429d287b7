using Archive.Indexer.Search.Queries;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// A period typed: a month as a year and a month (2023年3月 组织工作), whose items seldom say it, so an article dated in it
/// holds the word, and one naming the year and the month apart (2023年 … 3月) does not; a range of years (2007年-2009年),
/// held by an article naming a year of it.
/// </summary>
public sealed class TypedPeriodTests(TypedPeriodTests.Articles articles) : IClassFixture<TypedPeriodTests.Articles>
{
    /// <summary>
    /// A meeting dated in March 2023 that names no month, one dated in April naming 2023年 and 3月 apart; rural party
    /// building in 2008 and in 2012.
    /// </summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("march.txt", "全县组织工作会议召开", "发布时间：2023-03-15\n会议部署全年组织工作，各乡镇党委书记参加。");
            Add("april.txt", "全县组织工作推进会召开", "发布时间：2023-04-20\n会议回顾2023年以来的组织工作，3月起各乡镇开展了调研。");
            Add("2008.txt", "农村党建工作综述", "2008年，全县农村党建工作扎实推进，村级组织活动场所全面建成。");
            Add("2012.txt", "农村党建工作回顾", "2012年，全县农村党建工作稳步推进，村党组织书记全部轮训。");
        }
    }

    [Fact]
    public void An_article_dated_in_the_month_typed_holds_it()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "2023年3月 组织工作" });

        Assert.Equal("全县组织工作会议召开", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
    }

    [Fact]
    public void An_article_naming_a_year_of_the_range_typed_holds_it()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "2007年-2009年 农村党建" });

        Assert.Equal("农村党建工作综述", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
        Assert.DoesNotContain(results.Hits, h => h.Title == "农村党建工作回顾" && h.MissingWords.Count == 0);
    }

    [Theory]
    [InlineData("2007年-2009年", 2007, 2009)]
    [InlineData("2007-2009年 基层党建", 2007, 2009)]
    [InlineData("２００７年至２００９年", 2007, 2009)]
    public void Two_years_joined_by_a_dash_or_至_are_a_range(string typed, int from, int to)
    {
        var period = Assert.Single(TypedPeriods.Find(typed)).Period;

        Assert.Equal((new DateOnly(from, 1, 1), new DateOnly(to, 12, 31)), (period.From, period.To));
    }

    [Theory]
    [InlineData("2009年-2007年")]
    [InlineData("1990年-2020年")]
    public void A_range_backwards_or_longer_than_anyone_looks_at_as_one_is_none(string typed) =>
        Assert.Empty(TypedPeriods.Find(typed));

    [Theory]
    [InlineData("2023年3月", 2023, 3)]
    [InlineData("２０２３年３月 组工信息", 2023, 3)]
    [InlineData("2019年 12月", 2019, 12)]
    public void A_year_and_a_month_is_a_month(string typed, int year, int month) =>
        Assert.Equal(new DateOnly(year, month, 1), Assert.Single(TypedPeriods.Find(typed)).Period.From);

    [Theory]
    [InlineData("2023年3月4日")]
    [InlineData("2023年3月4号")]
    [InlineData("2023年13月")]
    [InlineData("12023年3月")]
    [InlineData("2023年")]
    public void A_date_with_its_day_a_month_out_of_range_or_a_year_alone_is_no_month(string typed) =>
        Assert.Empty(TypedPeriods.Find(typed));
}
