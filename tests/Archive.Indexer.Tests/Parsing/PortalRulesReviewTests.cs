using Archive.Indexer.Parsing;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// What a review of the thirty-second batch's rules found them doing to texts they were not written for: a date or a
/// department run on into a dateline read as a headline. The texts are the batch's own sentences in other layouts.
/// </summary>
public sealed class PortalRulesReviewTests
{
    [Theory]
    [InlineData("2023年05月12日 新华网讯 5月12日,全县组织工作会议召开,会议总结了去年工作,部署了今年任务。", "5月12日", "2023-05-12")]
    [InlineData("2023年5月12日 本报讯(记者 王丽)近日,全县组织工作会议召开,会议总结了去年工作,部署了今年任务。", "近日", "2023-05-12")]
    [InlineData("中共昆明市委组织部 昆明日报讯(记者 李四) 5月12日,全市组织工作会议召开,会议总结了去年工作,部署了今年任务。", "5月12日", null)]
    public void A_date_or_a_department_before_a_dateline_is_no_headline(string opening, string bodyStart, string? date)
    {
        var text = $"""
            {opening}
            会议要求,各级党组织要把抓基层打基础作为长远之计和固本之策,以钉钉子精神抓好各项任务落实。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Null(article.Title);
        Assert.StartsWith(bodyStart, article.Body);
        if (date is not null) Assert.Equal(DateOnly.Parse(date), doc.Date);
    }
}
