using Archive.Indexer.Parsing;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// What a review of the thirty-second batch's rules found them doing to texts they were not written for: a date or a
/// department run on into a dateline read as a headline, a
/// headline's subtitle or its last line read as the headline under a sidebar, another
/// label's day read as the page's date, a rule's sentence forbidding copies read as a site's rights notice, a city's
/// document numbered on its province's character placed in the province, an
/// attachment's heading alone under the seal's date put before it. The texts are the batch's own sentences in other layouts.
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

    [Theory]
    [InlineData("扎根基层三十载\n为民服务显担当\n——记全国优秀共产党员、县人民医院医生张三", "扎根基层三十载")]
    [InlineData("县委组织部:以高质量党建\n引领乡村振兴\n推动基层治理现代化", "县委组织部:以高质量党建")]
    public void A_headline_over_lines_and_its_date_is_no_sidebar(string head, string title)
    {
        var text = $"""
            {head}
            2023-05-12
            近年来,县委组织部坚持大抓基层的鲜明导向,把党的领导贯穿基层治理全过程,推动各项工作落地见效。
            全县各级党组织以钉钉子精神抓好各项任务落实,基层党组织的政治功能和组织功能不断增强。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.StartsWith(title, doc.Title);
    }

    [Fact]
    public void A_day_under_another_label_between_the_labels_is_no_date_of_the_page()
    {
        const string text = """
            市人社局召开职称评审工作会议
            索引号: 11320100MB1234567X/2023-00123 发布机构: 市人社局 实施日期: 2024-01-01 有效性: 有效
            发布日期: 2023-11-20
            11月20日,市人社局召开职称评审工作会议,部署2024年度职称评审工作。
            会议要求,各单位要严格按照评审条件,认真组织申报人员填报材料,确保材料真实准确。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(new DateOnly(2023, 11, 20), doc.Date);
    }

    [Fact]
    public void A_rules_sentence_forbidding_copies_names_no_site_and_stays_in_the_text()
    {
        const string text = """
            档案利用管理办法
            第一条 为加强馆藏档案的利用管理,根据《中华人民共和国档案法》,制定本办法。
            第二条 利用档案应当出示有效证件,填写档案利用登记表,经批准后方可查阅。
            第三条 档案利用者应当遵守下列规定:
            未经授权,任何单位和个人不得擅自复制、转载、摘编馆藏档案的内容。
            第四条 本办法自发布之日起施行。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Contains("未经授权,任何单位和个人不得擅自复制、转载、摘编馆藏档案的内容。", Assert.Single(doc.Articles).Body);
        Assert.NotEqual(DocumentKind.WebArticle, doc.Kind);
    }

    [Fact]
    public void A_citys_number_on_its_provinces_character_quoting_the_province_places_no_document_in_the_province()
    {
        const string text = """
            发布文号: 宁政发[2023]12号
            各区人民政府,市府各委办局,市各直属单位:
            根据《省政府关于加强基层治理体系和治理能力现代化建设的实施意见》,现就有关事项通知如下。
            一、各单位要高度重视,明确责任分工,确保各项任务按期完成。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Null(doc.Region);
    }

    [Fact]
    public void An_attachments_heading_alone_under_the_seals_date_follows_the_date_in_the_back_matter()
    {
        const string text = """
            发布文号: 县政办发[2012]15号
            各乡镇、县直各单位:
            由于目前降水明显减少,水力发电严重不足,造成电力供应不到用电负荷的30%,给人民群众的生产生活带来了一定影响。
            一是科学调度。坚决服从电网调度,在确保电网安全运行的前提下,尽量多供电。
            联系人:王强 0351-3075871
            二〇一二年五月十日
            附:电网年有序用电方案
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(new DateOnly(2012, 5, 10), doc.Date);
        Assert.Equal(["二〇一二年五月十日", "附:电网年有序用电方案"], doc.BackMatter.TakeLast(2));
        Assert.DoesNotContain("附:电网年有序用电方案", Assert.Single(doc.Articles).Body);
    }
}
