using Archive.Indexer.Parsing;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// Layouts the thirty-second batch showed: a legal database's 发布文号 with its year in ASCII brackets, a document signed
/// by its seal (a date alone before its attachment), a province's number with no issuer printed, a portal's footer naming
/// who runs it before 主办 and forbidding copies, the text's opening printed again under it, a short headline run on into
/// the site's dateline, a photographer credited after a slash, a prompt to read the page on a phone, a day standing
/// between the page's labels, a footer naming the portal's sites, and a sidebar's headings above the headline and its
/// date. The texts are other public pages' sentences (a county's 有序供电 notice, 江西's 换届 news, 腾冲, 宜都, 抚宁, 天津
/// and 青海 items) set in those layouts.
/// </summary>
public sealed class PortalPagesAndSealedDocumentsTests
{
    private const string PowerNotice = """
        发布文号: 县政办发[2012]15号
        各乡镇、县直各单位:
        由于目前降水明显减少,水力发电严重不足,再加之部分火电厂燃煤供应紧张,发电设备检修等原因,造成电力供应不到用电负荷的30%,给人民群众的生产生活带来了一定影响。为切实做好安全有序用电工作,现就有关事项通知如下:
        一是科学调度。坚决服从电网调度,在确保电网安全运行的前提下,尽量多供电。
        二是保证重点。有序供电按以下顺序重点保证居民生活用电,党政军机关、医院、学校、金融机构、新闻媒体等正常用电。
        二〇一二年五月十日
        附:电网年有序用电方案
        一、总体要求
        """;

    [Fact]
    public void A_legal_databases_number_keeps_its_year_in_ascii_brackets_and_a_date_alone_before_the_attachment_signs_the_attachment_staying_text()
    {
        var doc = Samples.Parser.Parse(PowerNotice);

        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal("县政办发〔2012〕15号", doc.DocNumber);
        Assert.Equal(new DateOnly(2012, 5, 10), doc.Date);
        var body = Assert.Single(doc.Articles).Body;
        Assert.DoesNotContain("二〇一二年五月十日", body);
        Assert.EndsWith("附:电网年有序用电方案\n一、总体要求", body);
    }

    [Theory]
    [InlineData("赣组字[2011]8号", "全省100个县(市、区)的党政正职人员都具有基层领导工作经历,换届工作本月可基本结束。", "江西省")]
    [InlineData("宁政发[2011]8号", "按照全省部署,全市100个社区的党组织书记都具有基层工作经历,换届工作本月可基本结束。", null)]
    [InlineData("吉组字[2011]8号", "按照吉林省委部署,全省换届有序推进,全市100个社区的党组织书记都具有基层工作经历,换届工作本月可基本结束。", null)]
    [InlineData("桂组发[2011]8号", "全区100个社区的党组织书记都具有基层工作经历,换届工作本月可基本结束。", null)]
    [InlineData("桂组发[2011]8号", "广西全区100个县(市、区)的党政正职都具有基层领导工作经历,换届工作本月可基本结束。", "广西壮族自治区")]
    public void A_number_opening_on_a_provinces_character_places_a_document_that_speaks_as_the_province(string number, string sentence, string? region)
    {
        var text = $"""
            发布文号: {number}
            各县(市、区)委组织部:
            {sentence}请认真贯彻执行。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(region, doc.Region);
    }

    [Fact]
    public void A_footer_naming_its_host_before_主办_gives_the_publisher_and_the_opening_printed_again_under_the_text_is_no_paragraph()
    {
        const string text = """
            李明到界头镇蒲川乡调研基层党建工作
            4月23、24日,市委常委、组织部长李明到界头镇、蒲川乡调研基层党建工作。 在界头镇,李明先后到了镇政府机关党员活动室、壮大村级集体经济项目点,对下步工作提出了指导意见。
            4月23、24日,市委常委、组织部长李明到界头镇、蒲川乡调研基层党建工作。
            中共腾冲市委组织部 主办 腾冲市融媒体中心 承办
            滇ICP备05000002号
            未经腾冲组工网书面授权,请勿转载或建立镜像,违者依法必究
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal("中共腾冲市委组织部", doc.Publisher);
        Assert.StartsWith("4月23、24日", article.Body);
        Assert.EndsWith("提出了指导意见。", article.Body);
    }

    [Fact]
    public void A_short_headline_run_on_into_the_sites_dateline_is_the_headline_and_the_reporter_is_the_writer()
    {
        const string text = """
            全市机关党建工作会召开 宜都融媒讯(记者 江传堃)4月27日,2023年全市机关党建工作会暨2022年度市直单位机关党组织书记述职评议会议召开,市委常委、市委办公室主任张杰参加。 会议宣读了《市直群众满意机关建设方案》,10位党组织书记进行现场述职。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal("全市机关党建工作会召开", doc.Title);
        Assert.Equal(["江传堃"], article.Authors);
        Assert.StartsWith("4月27日,2023年", article.Body);
    }

    [Fact]
    public void A_caption_crediting_its_photographer_after_a_slash_is_no_part_of_the_text()
    {
        const string text = """

            抚宁区委常委、组织部部长在会上讲话。王明/摄
            3月29日下午,抚宁区组织部长会议召开。会议传达全国、全省、全市组织部长会议精神和全市老干部局长会议精神,安排部署今年工作任务。
            会上,大新寨镇、区住建局、区教体局主要负责人作交流发言。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.StartsWith("3月29日下午", article.Body);
        Assert.Contains("抚宁区委常委、组织部部长在会上讲话。王明/摄", article.Captions);
    }

    [Fact]
    public void A_prompt_to_read_on_a_phone_is_no_subtitle_a_day_between_labels_dates_the_page_and_a_footer_names_the_portal_of_its_sites()
    {
        const string text = """
            天津:突出党建引领基层治理 全面实行社区星级管理
            扫码阅读手机版
            来源:津云 2020-03-18 编辑:孙畅
            从市委组织部了解到,日前,全市1639个社区中,共评出五星社区161个,占9.8%;四星社区647个,占39.5%。
            评星定级增强了社区党组织组织力,提振了社区党员干部精气神,推动了“战区制、主官上、权下放”机制实施。
            北方网旗下网站 | 版权所有
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Null(article.Subtitle);
        Assert.Equal(new DateOnly(2020, 3, 18), doc.Date);
        Assert.Equal("北方网", doc.Site);
    }

    [Fact]
    public void Under_a_sidebars_headings_the_headline_is_the_heading_over_the_pages_date_alone()
    {
        const string text = """
            当前位置:首页 > 地区消息 > 青海 >
            中图推荐
            政治人物:胡锦涛
            推荐内容
            热点内容
            省委组织部举办援青干部培训班
            2009-08-27
              8月13日,省委组织部在西宁举办援青干部培训班,来自玉树、果洛的学员参加了培训。
              培训内容包括维稳工作、基础藏语等。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal("省委组织部举办援青干部培训班", doc.Title);
        Assert.Equal(new DateOnly(2009, 8, 27), doc.Date);
    }
}
