namespace Archive.Indexer.Tests.Parsing;

/// <summary>What stands under a page's text as copies keep it: credits, their empty labels, an e-paper's buttons.</summary>
public sealed class ClosingLinesTests
{
    private const string ItemWithoutHeadline = """
        日前,学校组工干部与结对学生党支部书记面对面交流。校党委副书记出席活动并讲话。

        他指出,要深入学生党支部,了解基层党组织的基本情况。

        各二级学院党委书记参加活动。
        """;

    [Theory]
    // Credits' labels whose values the copy lost, each alone under the text.
    [InlineData("\n通讯:\n撰稿:\n编辑:")]
    // An e-paper's home link, zoom button and page link, each alone on its line.
    [InlineData("\n\n首页\n\n\n放大\n上一版")]
    // A page's tags where a preview cut its text off.
    [InlineData("[标签:介绍]")]
    public void Lines_naming_nothing_under_the_text_are_no_part_of_it(string lines)
    {
        var doc = Samples.Parser.Parse(ItemWithoutHeadline + lines);
        Assert.EndsWith("党委书记参加活动。", doc.Articles[0].Body);
        Assert.Empty(doc.Articles[0].Authors);
    }

    [Fact]
    public void A_paper_credited_as_the_source_beside_its_reporter_is_no_department()
    {
        var doc = Samples.Parser.Parse(ItemWithoutHeadline.TrimEnd() + "(来源:长治日报 记者 解婷)");
        Assert.EndsWith("党委书记参加活动。", doc.Articles[0].Body);
        Assert.Null(doc.Articles[0].SourceDepartment);
        Assert.Equal(["解婷"], doc.Articles[0].Authors);
    }

    [Fact]
    public void A_county_media_centre_and_its_writers_alone_under_the_text_are_its_credit()
    {
        var doc = Samples.Parser.Parse(ItemWithoutHeadline + "\n平舆融媒 常启慧 朱青 单江坤");
        Assert.EndsWith("党委书记参加活动。", doc.Articles[0].Body);
        Assert.Equal("平舆融媒", doc.Articles[0].SourceDepartment);
        Assert.Equal(["常启慧", "朱青", "单江坤"], doc.Articles[0].Authors);
    }
}
