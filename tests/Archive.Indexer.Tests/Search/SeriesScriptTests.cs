using System.Text;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// A bulletin one mirror printed in traditional script (臨江組工信息) and its other issues in simplified script are one
/// series on the bulletins pages, as they are one value of the series facet.
/// </summary>
public sealed class SeriesScriptTests(SeriesScriptTests.Issues issues) : IClassFixture<SeriesScriptTests.Issues>
{
    public sealed class Issues : PageArchive
    {
        public Issues()
        {
            Upload("臨江組工信息5.txt", "臨江組工信息\n第5期\n中共臨江市委組織部　　　　　　　2021年6月8日\n━━━━━━━━━━━━━━━━━━━━━━\n\n" +
                "臨江市開展年輕幹部蹲點調研\n\n　　近日，臨江市組織60名年輕幹部到鄉鎮蹲點調研，每人聯繫一個村，幫助解決群眾急難愁盼問題。\n");
            Upload("临江组工信息6.txt", "临江组工信息\n第6期\n中共临江市委组织部　　　　　　　2021年7月9日\n━━━━━━━━━━━━━━━━━━━━━━\n\n" +
                "临江市举办村党组织书记培训班\n\n　　近日，临江市举办村党组织书记培训班，全市120名村党组织书记参加培训，围绕乡村振兴交流经验。\n");
        }

        private void Upload(string name, string text) =>
            Assert.Equal(FileOutcomeStatus.New, Archive.IngestUpload(name, Encoding.UTF8.GetBytes(text)).Status);
    }

    [Fact]
    public void The_overview_lists_one_series_with_the_issues_of_both_scripts()
    {
        var series = Assert.Single(issues.Archive.SeriesOverviews());

        Assert.Equal(("临江组工信息", 2), (series.Series, series.IssueCount));
        Assert.Equal(6, Assert.Single(series.Years).NewestIssueNumber);
    }

    [Fact]
    public void The_timeline_lists_one_series_with_the_issues_of_both_scripts()
    {
        var series = Assert.Single(issues.Archive.Series());

        Assert.Equal([6, 5], Assert.Single(series.Years).Issues.Select(i => i.IssueNumber));
    }

    [Theory]
    [InlineData("临江组工信息")]
    [InlineData("臨江組工信息")]
    public void A_year_of_the_series_named_in_either_script_holds_the_issues_of_both(string name) =>
        Assert.Equal([6, 5], issues.Archive.SeriesIssues(name, 2021)!.Issues.Select(i => i.IssueNumber));
}
