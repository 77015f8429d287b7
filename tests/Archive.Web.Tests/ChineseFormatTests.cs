using Archive.Web.Browse;

namespace Archive.Web.Tests;

public sealed class ChineseFormatTests
{
    private static ArticleRef Reference(string? series, int? issue, DateOnly? date, string title = "大观区在疫情防控一线考察识别干部") =>
        new("a-1", title, series, issue, date, null);

    [Fact]
    public void A_moment_reads_in_beijing_time_whatever_zone_it_was_kept_in()
    {
        Assert.Equal("2024-03-01 08:05", ChineseFormat.Time(new DateTimeOffset(2024, 3, 1, 0, 5, 0, TimeSpan.Zero)));
        Assert.Equal("23:30:00", ChineseFormat.Time(new DateTimeOffset(2024, 3, 1, 10, 30, 0, TimeSpan.FromHours(-5)), "HH:mm:ss"));
    }

    [Fact]
    public void Two_issues_of_one_number_in_two_years_read_apart_where_else_an_article_appeared()
    {
        Assert.Equal("《安庆组工信息》2022年第8期", ChineseFormat.Appearance(Reference("安庆组工信息", 8, new DateOnly(2022, 3, 10))));
        Assert.Equal("《安庆组工信息》2023年第8期", ChineseFormat.Appearance(Reference("安庆组工信息", 8, new DateOnly(2023, 3, 10))));
    }

    [Theory]
    [InlineData("安庆组工信息", null, "《安庆组工信息》2020年6月3日")]
    [InlineData("安庆组工信息", 8, "《安庆组工信息》2020年第8期")]
    [InlineData(null, null, "热心服务群众零距离（2020年6月3日）")]
    public void An_issue_without_a_number_reads_by_its_date_and_an_article_outside_series_by_its_title_and_date(string? series, int? issue, string expected) =>
        Assert.Equal(expected, ChineseFormat.Appearance(Reference(series, issue, new DateOnly(2020, 6, 3), "热心服务群众零距离")));

    [Fact]
    public void An_issue_that_prints_only_its_running_count_reads_by_it_where_else_an_article_appeared() =>
        Assert.Equal("《海南组工信息》2019年总第203期",
            ChineseFormat.Appearance(Reference("海南组工信息", null, new DateOnly(2019, 10, 25)) with { TotalIssueNumber = 203 }));

    [Fact]
    public void Undated_it_reads_as_it_can() =>
        Assert.Equal(("《安庆组工信息》第8期", "热心服务群众零距离"),
            (ChineseFormat.Appearance(Reference("安庆组工信息", 8, null)), ChineseFormat.Appearance(Reference(null, null, null, "热心服务群众零距离"))));

    [Theory]
    [InlineData(9, 1275, "第9期（总第1275期）")]
    [InlineData(9, null, "第9期")]
    [InlineData(null, 203, "总第203期")]
    public void An_issue_s_numbers_are_written_as_the_citations_write_them_without_spaces(int? issue, int? total, string expected) =>
        Assert.Equal(expected, IssueSummary.Printed(issue, total));

    [Theory]
    [InlineData(6, null, "第6期 2026年3月20日")]
    [InlineData(null, 203, "总第203期 2026年3月20日")]
    [InlineData(null, null, "2026年3月20日")]
    public void The_bulletins_overview_names_the_newest_issue_as_its_citation_does(int? issue, int? total, string expected) =>
        Assert.Equal(expected, Archive.Web.Pages.BulletinsModel.NewestIssue(
            new SeriesYear(2026, 1, issue, new DateOnly(2026, 3, 20), []) { NewestTotalIssueNumber = total }));

    [Theory]
    [InlineData(12.34, "12.3 毫秒")]
    [InlineData(0.06, "0.1 毫秒")]
    [InlineData(0.02, "不到 0.1 毫秒")]
    public void A_search_answered_from_the_cache_took_less_than_a_tenth_of_a_millisecond_not_none(double took, string expected) =>
        Assert.Equal(expected, ChineseFormat.Took(took));
}
