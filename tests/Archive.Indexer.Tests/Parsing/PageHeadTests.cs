namespace Archive.Indexer.Tests.Parsing;

/// <summary>What stands above a page's text as copies keep it: a blog's or a copy site's banner, a list's date line, a breadcrumb.</summary>
public sealed class PageHeadTests
{
    private const string Item = """
        7月21日,县委书记到县融媒体中心调研。县委常委、宣传部部长参加调研。

        他指出,建好县级融媒体中心,是贯彻落实党中央重大战略决策的政治任务。
        """;

    [Theory]
    [InlineData("")]
    // A blog's name above the headline, the item's original headline repeated under the date line.
    [InlineData("ZKX's LAB\n\n", "\n\n原标题:县委书记到县融媒体中心调研")]
    public void A_list_line_of_date_channel_and_count_under_the_headline_dates_the_page(string above, string under = "")
    {
        var doc = Samples.Parser.Parse(above + "县委书记到县融媒体中心调研\n\n2020-07-22新闻5" + under + "\n\n" + Item);
        Assert.Equal(new DateOnly(2020, 7, 22), doc.Date);
        Assert.Equal("县委书记到县融媒体中心调研", doc.Title);
        Assert.Null(doc.Articles[0].Subtitle);
    }

    [Fact]
    public void A_copy_sites_breadcrumb_and_a_related_heading_over_the_headline_again_leave_the_text_whole()
    {
        var text = """
            600字范文,内容丰富有趣,生活中的好帮手!
            600字范文 > 无棣县碣石山镇召开党外人士座谈会

            无棣县碣石山镇召开党外人士座谈会

            时间:2018-08-14 07:34:21

            相关推荐

            无棣县碣石山镇召开党外人士座谈会

            记者 王芳 通讯员 吕琳琳 孟维学

            5月26日,无棣县碣石山镇召开党外人士座谈会,镇党委副书记主持会议。

            随后,与会党外人士代表发言,提出了具体意见和建议。

            本内容不代表本网观点和政治立场,如有侵犯你的权益请联系我们处理。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal("无棣县碣石山镇召开党外人士座谈会", doc.Title);
        Assert.StartsWith("5月26日", doc.Articles[0].Body);
        Assert.EndsWith("提出了具体意见和建议。", doc.Articles[0].Body);
        Assert.Equal(["王芳", "吕琳琳", "孟维学"], doc.Articles[0].Authors);
    }

    [Fact]
    public void A_related_widget_listing_the_pages_own_headline_among_others_is_no_text()
    {
        var text = """
            无棣县碣石山镇召开党外人士座谈会

            时间:2018-08-14 07:34:21

            5月26日,无棣县碣石山镇召开党外人士座谈会,镇党委副书记主持会议。

            随后,与会党外人士代表发言,提出了具体意见和建议。

            相关推荐

            无棣县碣石山镇召开党外人士座谈会

            滨州市召开统一战线工作会议

            沾化区举办党外干部培训班
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.EndsWith("提出了具体意见和建议。", doc.Articles[0].Body);
        Assert.DoesNotContain("滨州市召开统一战线工作会议", doc.Articles[0].Body);
    }
}
