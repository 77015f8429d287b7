using Archive.Indexer.Parsing;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// Layouts the thirty-fourth batch showed: a provincial paper's dateline naming the place its item is filed from
/// (甘肃日报秦州讯(记者…)), a reporter's credit run on after the last sentence (…召开。 记者丁威程), a document-sharing page
/// heading a 印发 notice with the name of what it issues, a body stored alone dated only 近期, a breadcrumb labelled 当前所在,
/// a comment counter under the text and a news channel's name over a text whose headline was lost. The texts are other
/// public pages' sentences (通渭, 盐城, 东阳, 乌兰察布, 柳州) set in those layouts.
/// </summary>
public sealed class BorderProvincesPagesTests
{
    [Theory]
    [InlineData("甘肃日报通渭讯(通讯员田敏利 朱建兵)", "田敏利")]
    [InlineData("甘肅日報通渭訊(記者田敏利)", "田敏利")]
    public void A_papers_name_and_the_place_before_its_reporters_credit_open_a_papers_item_and_the_comment_counter_under_it_is_chrome(string dateline, string reporter)
    {
        var text = $"""
            {dateline}近日,通渭县选派236名优秀年轻干部到236个贫困村担任“第一书记”,为深入推进基层组织建设年活动注入了新的活力。
            开展此项活动旨在进一步加强农村基层组织建设,增强村干部队伍的创造活力,促进农村经济社会发展。
            已有0人发表了评论
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        var article = Assert.Single(doc.Articles);
        Assert.Contains(reporter, article.Authors);
        Assert.StartsWith("近日,通渭县选派", article.Body);
        Assert.EndsWith("促进农村经济社会发展。", article.Body);
    }

    [Fact]
    public void A_reporters_credit_run_on_after_the_last_sentence_is_the_writers_not_the_text()
    {
        const string text = """
            晚报讯 1月6日,2023-2024年度盐城市基层党员冬训工作会议在我市召开。盐城市委常委、宣传部部长陈卫红出席并讲话。
            陈卫红指出,在上年度冬训工作中,全市各级党组织认真落实省、市冬训工作部署要求,创造性开展冬训工作,基层党员的冬训获得感明显增强。
            会上为2022-2023年度盐城市基层党员干部冬训工作先进集体、先进个人代表颁奖。 记者康素芳
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.Equal(["康素芳"], article.Authors);
        Assert.EndsWith("先进个人代表颁奖。", article.Body);
    }

    [Fact]
    public void Words_after_the_last_sentence_that_name_nobody_stay_text()
    {
        const string text = """
            晚报讯 1月6日,2023-2024年度盐城市基层党员冬训工作会议在我市召开。盐城市委常委、宣传部部长陈卫红出席并讲话。
            会上为2022-2023年度盐城市基层党员干部冬训工作先进集体颁奖。 通讯员队伍
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.Empty(article.Authors);
        Assert.EndsWith("通讯员队伍", article.Body);
    }

    [Fact]
    public void A_heading_the_notices_title_holds_whole_names_what_it_issues_and_is_no_first_half_of_the_title()
    {
        const string text = """
            东阳市促进残疾人就业行动实施方案(2023—2025年)
            东阳市人民政府办公室关于印发东阳市促进残疾人就业行动实施方案(2023—2025年)的通知
            各镇、乡人民政府,各街道办事处,市政府各部门:
            《东阳市促进残疾人就业行动实施方案(2023—2025年)》已经市政府同意,现印发你们,请结合实际认真贯彻落实。
            东阳市人民政府办公室
            2023年3月13日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal("东阳市人民政府办公室关于印发东阳市促进残疾人就业行动实施方案(2023—2025年)的通知", doc.Title);
    }

    [Fact]
    public void A_title_wrapped_over_two_lines_is_still_joined()
    {
        const string text = """
            东阳市人民政府办公室关于印发东阳市促进残疾人
            就业行动实施方案(2023—2025年)的通知
            各镇、乡人民政府,各街道办事处,市政府各部门:
            《东阳市促进残疾人就业行动实施方案(2023—2025年)》已经市政府同意,现印发你们,请结合实际认真贯彻落实。
            东阳市人民政府办公室
            2023年3月13日
            """;

        Assert.Equal("东阳市人民政府办公室关于印发东阳市促进残疾人就业行动实施方案(2023—2025年)的通知", Samples.Parser.Parse(text).Title);
    }

    [Theory]
    [InlineData("近期", DocumentKind.WebArticle)]
    [InlineData("", DocumentKind.Generic)]
    public void A_body_stored_alone_telling_what_was_held_recently_is_a_news_item(string when, DocumentKind kind)
    {
        var text = $"""
            乌兰察布市{when}专门举办了乡镇书记、副书记、组织委员专题培训班,全市各旗县市区委组织部分管副部长及92个苏木乡镇的党委书记、副书记和组织委员共280人参加了培训。
            通过分类重点培训,苏木乡镇、嘎查村干部各得其所,各增其能,进一步增强了党委书记的抓党建“第一责任人”职责意识。
            """;

        Assert.Equal(kind, Samples.Parser.Parse(text).Kind);
    }

    [Fact]
    public void A_breadcrumb_labelled_当前所在_is_page_chrome_and_makes_a_web_page()
    {
        const string text = """
            欢迎访问 反腐倡廉网!
            当前所在:首页 > 勤政简报
            乌兰察布市创新苏木乡镇干部培训打造过硬队伍
            培训对象更有针对性。在举办实用技能培训的基础上,针对基层党组织书记抓党建工作能力不强的问题,重点举办了苏木乡镇党(工)委书记培训班和村党组书记专题培训班。
            培训内容更有针对性。围绕“两学一做”学习教育要求,在基层党组织系统学习的基础上,通过集中培训重点学习党章党规。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.Equal("乌兰察布市创新苏木乡镇干部培训打造过硬队伍", doc.Title);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("农工党柳州市基层组织负责人暨新党员培训会召开\n", "农工党柳州市基层组织负责人暨新党员培训会召开")]
    public void A_news_channels_name_over_the_text_with_no_headline_under_it_is_no_title(string headline, string? title)
    {
        var text = $"""
            综合新闻
            {headline}2014年12月18日,农工党柳州市基层组织负责人暨新党员培训会在柳钢宾馆会议室召开。农工党柳州市委主委关建国、副主委秦海洸、黄福文、柳元,各基层组织负责人、近两年入党的新党员以及全体机关干部共60多人参加会议。
            会上,秦海洸副主委通报了今年全市农工党基层组织换届工作情况。
            """;

        Assert.Equal(title, Samples.Parser.Parse(text).Title);
    }
}
