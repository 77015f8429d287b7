using Archive.Indexer.Parsing;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// Layouts the thirty-first batch showed: a place's 讯 alone above the text and again over the teasers under it, a credit
/// broken over two lines, names a credit ran together, a site's dateline from a place (…网11月28日南宁消息), a speech's
/// greeting on its own line, e-paper arrows that lost their symbol font, a paper's print line naming the page, masks in a
/// traditional 范文 copy, a copy stored from a document's third part, a short place name before 实际 or 经济社会. The texts
/// are other public pages' sentences (襄城县, 郑集镇, 人民日报 items) set in those layouts.
/// </summary>
public sealed class CreditsAndDatelinesTests
{
    [Fact]
    public void A_places_news_mark_alone_above_the_text_names_no_writer_and_the_teasers_it_opens_again_are_not_the_text()
    {
        const string text = """
            襄城讯
            4月29日下午,襄城县委组织部召开“创五好、强双基”示范行动推进会,全县16个乡镇党委书记、党委副书记参加会议。
            会议通报了全县示范行动第一次观摩情况和村(社区)党组织书记县级备案情况。
            (黄
            勇)
            新闻推荐
            襄城讯
            近日,襄城县邀请专家为该县城区各社区负责人开展业务知识培训。
            &...
            襄城新闻,弘扬社会正气。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Null(doc.Title);
        Assert.StartsWith("4月29日下午", article.Body);
        Assert.EndsWith("县级备案情况。", article.Body);
        Assert.Equal(["黄勇"], article.Authors);
    }

    [Theory]
    [InlineData("(李明华王建国尤小军摄)", new[] { "李明华", "王建国", "尤小军" })]
    [InlineData("(通讯员 宁建华 左璐瑶陈澜 )", new[] { "宁建华", "左璐瑶", "陈澜" })]
    public void Names_a_credit_ran_together_are_cut_where_only_one_cut_gives_names(string credit, string[] names)
    {
        var text = $"""
            昨天上午,宁海县300余名党员干部分赴各社区,参加该县党员“领岗认职”活动,通过到社区当周末社工等形式为群众排忧解难。
            {credit}
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.Equal(names, article.Authors);
        Assert.EndsWith("为群众排忧解难。", article.Body);
    }

    [Fact]
    public void A_name_right_after_its_roles_label_is_a_writer_whatever_its_surname()
    {
        const string text = """
            7月1日晚,学院党委组织全体党员观看“七一”主题党课,重温入党誓词,进一步坚定理想信念。
            文:宇红雷  陈远林  审核:张艳霞
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.Equal(["宇红雷", "陈远林"], article.Authors);
        Assert.EndsWith("坚定理想信念。", article.Body);
    }

    [Fact]
    public void A_sites_dateline_from_a_place_on_a_day_is_taken_off_the_text()
    {
        const string text = """
            中国西藏网5月6日拉萨消息 5月5日下午,自治区机关党委组织在家的全体党员干部赴联系点开展党组织活动。
            当天,党员干部们与村干部、村民代表围坐一圈,畅聊村务村事,共谋致富发展道路。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.StartsWith("5月5日下午", article.Body);
    }

    [Fact]
    public void A_speechs_greeting_on_a_line_of_its_own_under_the_salutation_is_no_part_of_the_text()
    {
        const string text = """
            在全县组工信息工作培训会上的交流发言
            各位领导,各位同事:
            大家好!
            很高兴能借这个机会和大家一起交流学习写组工信息的心得和体会。
            我从事组工信息的写作时间不长,下面我就结合平时的收获向大家做一下汇报。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.StartsWith("很高兴能借这个机会", article.Body);
    }

    [Fact]
    public void An_epapers_arrows_that_lost_their_symbol_font_are_its_navigation()
    {
        const string text = """
            第03版:综合
            3上一版  下一版4
            3上一期
            3上一篇 2015年5月18日 放大 缩小 默认

            村级小报办进农家

            本报讯(记者 马超 通讯员 柳小军)近日,马坊镇二条街村村报正式创刊。
            村报每期四个版面,内容包括农村政策、村务公开、乡风文明等村务村情。

            3上一篇
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        Assert.EndsWith("乡风文明等村务村情。", article.Body);
    }

    [Fact]
    public void A_papers_print_line_under_an_item_reposted_alone_names_the_page_it_was_printed_on()
    {
        const string text = """
            本报北京2月27日电 (记者李晓晴)中共中央办公厅近日印发通知,对做好基层党组织换届工作作出部署。
            通知要求,各级党组织要把政治标准放在首位,选优配强村“两委”班子。
            《 人民日报 》( 2021年02月28日 04 版)
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        Assert.Equal(new DateOnly(2021, 2, 28), doc.Date);
        Assert.Equal(4, article.Page);
        Assert.EndsWith("选优配强村“两委”班子。", article.Body);
    }

    [Theory]
    [InlineData("根據《**區農村基層組織建設規劃》文件精神,確定**年度創建對象。", "根據《**區農村基層組織建設規劃》文件精神,確定**年度創建對象。")]
    [InlineData("五年(**-**)规划", "五年(**-**)规划")]
    [InlineData("**年度工作总结**", "年度工作总结")]
    public void A_mask_before_a_traditional_level_word_a_year_or_another_mask_stays(string text, string expected) =>
        Assert.Equal(expected, Punctuation.StripEmphasis(text));

    [Fact]
    public void A_copy_stored_from_a_documents_third_part_has_no_title()
    {
        const string text = """
            三、其他事项
            (一)领导小组办公室设在民政部,承担领导小组日常工作。办公室主任由民政部部长兼任。
            (二)领导小组实行工作会议制度,工作会议由组长或其委托的副组长召集,根据工作需要定期或不定期召开。
            国务院办公厅
            2021年4月21日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Null(doc.Title);
        Assert.Null(Assert.Single(doc.Articles).Title);
    }

    [Fact]
    public void A_portals_qr_code_prompts_around_the_headline_are_no_part_of_it()
    {
        const string text = """
            掃描二維碼訪問中評網移動版 中組部部署開展全國黨員隊伍建設調研 掃描二維碼訪問中評社微信
            http://www.CRNTT.com   2015-03-02 09:12:40

              中評社北京3月2日電/中央組織部近日發出通知,部署開展全國黨員隊伍建設調研工作。
              通知要求,各級黨組織要認真組織,確保調研質量。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal("中組部部署開展全國黨員隊伍建設調研", doc.Title);
    }

    [Fact]
    public void A_stamp_and_a_back_link_run_on_after_the_headline_date_the_page_and_leave_the_headline()
    {
        const string text = """
            新闻热点

            立法会议员对选举安排有不同意见 @ 2013-03-05T00: 返回 新闻热点
            关键词:立法会
            有传媒报道,立法会多名议员昨日就选举安排发表意见,认为应加强咨询。
            多名议员表示,希望政府在下月公布方案前,先听取各界意见。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal("立法会议员对选举安排有不同意见", doc.Title);
        Assert.Equal(new DateOnly(2013, 3, 5), doc.Date);
    }

    [Theory]
    [InlineData("去年,各级党委把黑河经济社会发展纳入培训重点,立足黑河实际,在潍坊市委党校举办了专题培训班。", "黑龙江省/黑河市")]
    [InlineData("要结合工作实际,推动经济社会发展。", null)]
    public void A_short_place_name_before_the_economy_or_the_circumstances_a_text_speaks_of_is_its_place(string text, string? path) =>
        Assert.Equal(path, Samples.Parser.Gazetteer.InferRegion(text)?.Place.Path);
    // The review's counter-examples to the rules above: each line is what a real page prints, read as before the batch.

    [Fact]
    public void A_columns_name_ending_in_its_news_mark_stays_the_headline()
    {
        var doc = Samples.Parser.Parse("组工要讯\n\n4月29日下午,县委组织部召开全县组织工作推进会,全县各乡镇党委书记参加会议。\n");

        Assert.Equal("组工要讯", doc.Title);
    }

    [Fact]
    public void A_company_giving_out_its_news_opens_the_text_and_is_no_dateline()
    {
        const string text = """
            南方电网加大农网投资
            南方电网5月6日对外发布消息 今年将投资300亿元用于农村电网改造升级,惠及广西、云南、贵州等五省区农村群众。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.StartsWith("南方电网5月6日对外发布消息", article.Body);
    }

    [Fact]
    public void A_holiday_pair_is_a_headline_not_an_outline_heading()
    {
        const string text = """
            五一、端午假期廉洁提醒

            五一、端午假期将至,为进一步严明纪律要求,驰而不息纠“四风”树新风,现就有关事项提醒如下。
            县纪委监委
            2024年4月28日
            """;
        Assert.Equal("五一、端午假期廉洁提醒", Samples.Parser.Parse(text).Title);
    }

    [Theory]
    [InlineData("(记者 佳木斯报道)")]
    [InlineData("(图:受访者)")]
    public void A_place_reported_from_or_an_interviewee_is_no_writer(string credit)
    {
        var text = $"""
            昨天上午,宁海县300余名党员干部分赴各社区,参加该县党员“领岗认职”活动,通过到社区当周末社工等形式为群众排忧解难。
            {credit}
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.DoesNotContain("佳木斯", article.Authors);
        Assert.DoesNotContain("受访者", article.Authors);
    }

    [Fact]
    public void A_contact_and_a_phone_closing_a_notice_are_not_joined_as_a_credit()
    {
        const string text = """
            关于报送2024年度党员发展计划的通知
            各基层党组织:请于12月20日前将本单位2024年度党员发展计划报县委组织部组织科。
            (联系人:张三
            电话:12345678)
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.DoesNotContain("联系人:张三电话", article.Body);
    }

    [Fact]
    public void A_qr_code_prompt_run_into_a_headline_goes_without_the_headline()
    {
        Assert.Equal("中组部部署开展主题教育", SingleArticle.CleanTitle("扫描二维码访问中评网移动版中组部部署开展主题教育"));
        Assert.Equal("扫描二维码访问党员之家", SingleArticle.CleanTitle("扫描二维码访问党员之家"));
    }
}
