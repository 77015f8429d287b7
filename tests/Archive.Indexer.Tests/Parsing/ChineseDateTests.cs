using Archive.Indexer.Parsing;

namespace Archive.Indexer.Tests.Parsing;

public sealed class ChineseDateTests
{
    [Theory]
    [InlineData("2022年3月10日", "2022-03-10")]
    [InlineData("2022 年 3 月 10 日", "2022-03-10")]
    [InlineData("2022-04-11", "2022-04-11")]
    [InlineData("2022.4.11", "2022-04-11")]
    [InlineData("2022/4/11", "2022-04-11")]
    [InlineData("２０２２年４月１１日", "2022-04-11")]
    [InlineData("二〇二二年三月十日", "2022-03-10")]
    [InlineData("二〇二〇年十二月三十一日", "2020-12-31")]
    [InlineData("二○一九年十月二十日", "2019-10-20")]
    [InlineData("二O一一年5月16日", "2011-05-16")]
    [InlineData("二〇二〇年 3 月 9 日", "2020-03-09")]
    public void Parses_every_usual_form(string text, string iso) =>
        Assert.Equal(DateOnly.Parse(iso), ChineseDate.ParseExact(text));

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("电话 0558-2235046")]
    [InlineData("第 8 期")]
    [InlineData("2022年13月1日")]
    public void Refuses_what_is_not_a_date(string text) => Assert.Null(ChineseDate.FindFirst(text));

    [Fact]
    public void Finds_the_first_date_in_running_text() =>
        Assert.Equal(new DateOnly(2020, 1, 27), ChineseDate.FindFirst("会议于2020年1月27日召开，2月3日复会。二〇二一年一月一日施行"));

    [Fact]
    public void A_news_sites_stamp_with_its_year_set_apart_is_a_date() =>
        Assert.Equal(new DateOnly(2022, 5, 13), ChineseDate.FindFirst("2022 05/ 13 10:36"));

    [Fact]
    public void A_date_inside_a_sentence_is_not_a_signature_date() =>
        Assert.Null(ChineseDate.ParseExact("2020年1月27日召开会议"));

    [Theory]
    [InlineData("2011411", "2011-04-11")]
    [InlineData("20151126", "2015-11-26")]
    public void A_date_whose_year_month_and_day_marks_were_dropped_is_read_when_its_digits_split_one_way(string text, string iso) =>
        Assert.Equal(DateOnly.Parse(iso), ChineseDate.ParseRunTogether(text));

    [Theory]
    [InlineData("2011111")]
    [InlineData("84261327")]
    [InlineData("201911")]
    [InlineData("电话20151126")]
    public void Digits_that_split_several_ways_or_into_no_date_are_no_date(string text) =>
        Assert.Null(ChineseDate.ParseRunTogether(text));
}
