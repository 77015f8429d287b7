using Archive.Indexer.Search.Syntax;

namespace Archive.Indexer.Tests.Search;

/// <summary>A numbered slogan typed with digits (3会1课) is read as the texts write it (三会一课); counts and dates are not.</summary>
public sealed class NumberedSloganTests(NumberedSloganTests.Articles articles) : IClassFixture<NumberedSloganTests.Articles>
{
    /// <summary>A branch's organisational life under 三会一课, and an article on other meetings and lessons.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("a.txt", "机关党支部严格落实三会一课制度", "机关党支部每月召开支部委员会，按期讲党课，三会一课做到规范化。");
            Add("b.txt", "全县召开教育工作会议", "会上总结了一年的课程改革，3位校长发言，1名教师作报告。");
        }
    }

    [Theory]
    [InlineData("3会1课", "三会一课")]
    [InlineData("2学1做 学习教育", "两学一做 学习教育")]
    [InlineData("4议2公开工作法", "四议两公开工作法")]
    [InlineData("落实３会１课", "落实三会一课")]
    public void A_slogan_typed_with_digits_is_written_with_ideographs(string typed, string written) =>
        Assert.Equal(written, NumberedSlogans.Written(typed));

    [Theory]
    [InlineData("第8期")] // one number
    [InlineData("2020年3月")] // a date: digits among digits, units after them
    [InlineData("3年2次")] // counts: a unit and a measure word after the digits
    [InlineData("5G党建")]
    [InlineData("1+6模式")]
    [InlineData("12会3课")] // not a single digit
    [InlineData("3会1课2")]
    [InlineData("1万2千")] // an amount: scales after the digits
    [InlineData("1季度2季度")] // periods
    [InlineData("1等奖2等奖")] // ranks
    public void Counts_dates_and_codes_keep_their_digits(string typed) =>
        Assert.Equal(typed, NumberedSlogans.Written(typed));

    [Fact]
    public void The_slogan_typed_with_digits_finds_the_article_that_writes_it_and_says_how_it_was_read()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "3会1课" });

        Assert.Equal("机关党支部严格落实三会一课制度", results.Hits[0].Title);
        Assert.Contains("“3会1课”按“三会一课”查找。", results.Warnings);
    }
}
