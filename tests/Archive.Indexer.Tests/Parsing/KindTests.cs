
namespace Archive.Indexer.Tests.Parsing;

/// <summary>What makes each kind, by the evidence a reader would point at, and the conventions between them.</summary>
public sealed class KindTests
{
    [Theory]
    [InlineData(DocumentKind.Bulletin, "组工动态\n第12期\n中共宣城市委组织部  2023年5月6日\n△旌德县：党建引领乡村振兴。旌德县把党组织建在产业链上。")]
    [InlineData(DocumentKind.Notice, "关于做好干部考核工作的通知\n各市委组织部，省直各单位：\n现将有关事项通知如下。\n中共安徽省委组织部\n2020年12月20日")]
    [InlineData(DocumentKind.Notice, "皖组字〔2020〕12号\n关于做好干部考核工作的意见\n为做好考核工作，提出如下意见。")]
    // A 公示 without headline or signature: its own words say what it is.
    [InlineData(DocumentKind.Notice, "经组织考察,拟推荐以下同志为优秀党务工作者人选。为广泛接受监督,现将推荐人选予以公示,公示期为6月1日至6月7日。公示期间如有异议,可向县委组织部反映。")]
    // A 公示 a news page carries under its headline, signed and dated after its contact lines.
    [InlineData(DocumentKind.Notice, "当前位置: 首页>新闻中心>头条新闻\n全省“两优一先”拟表彰对象公示\n发布时间:2021-06-01 作者: 来源:某某日报\n经省委同意,现将我省全国优秀共产党员、全国优秀党务工作者和全国先进基层党组织拟推荐对象予以公示。\n1.优秀共产党员拟表彰对象(2名)\n张明 某某县某某镇某某村党支部书记\n公示期为2021年6月1日—7日。公示期间,如有异议,可向省委组织部反映。\n联系电话:\n0351—1234567\n中共某某省委组织部\n2021年6月1日")]
    // A 公告 flattened from a page's table: the title row keeps its empty cells.
    [InlineData(DocumentKind.Notice, "关于在镇党代表大会设立党员旁听席的公告 | ||||\n|\n||||\n镇第七届党代表大会第二次会议将于3月23日在镇政府会议室召开。为保障党员民主权利,决定设立党员旁听席。\n一、旁听名额为10人。\n二、报名地点:镇党政办公室。\n二〇一〇年三月十七日")]
    [InlineData(DocumentKind.WebArticle, "当前位置：首页 > 工作动态 > 正文\n滁州市：“三个清单”推动年轻干部成长\n今年以来，滁州市建立年轻干部“成长清单”。")]
    // A unit and a date under the headline, above the text, are the page's credit line, not a signature: the column
    // above the breadcrumb, named as an official document is (通知公告), does not make the page a notice with it.
    [InlineData(DocumentKind.WebArticle, "通知公告\n学院新闻 学院首页>通知公告>学院新闻>详情页\n学院召开党支部书记工作例会\n党委宣传部 2022/05/16\n本网讯 5月13日,学院召开党支部书记工作例会,部署近期党建重点工作。各党支部书记参加会议。")]
    [InlineData(DocumentKind.WebArticle, "滁州网讯(全媒体记者王晗笑)3月1日,全市组织部长会议在滁召开。市委常委、组织部部长主持会议并讲话。")]
    [InlineData(DocumentKind.WebArticle, "2月9日下午,县委组织部召开部务会理论学习中心组学习会。(通讯员 崔璨)")]
    [InlineData(DocumentKind.WebArticle, "為做好今年黨員冬訓工作,鎮黨委召開專題會議進行部署。會議要求各村抓好落實。\n(記者:陳嘉明)")]
    [InlineData(DocumentKind.WebArticle, "集團黨委組織中心組學習,與會人員結合分管工作作交流發言。\n(文/圖:集團黨群工作部 林曉雯)")]
    [InlineData(DocumentKind.WebArticle, "开发区党工委召开党建工作推进会,部署下半年重点任务。(文/图:党群工作部 孙海燕)")]
    [InlineData(DocumentKind.NewspaperPage, "第05版:要闻 上一版3  4下一版\n贵州铜仁:\n创新党建模式助力脱贫攻坚\n本报记者 王新伟 吴秉泽\n“今年,我们的香菇产业辐射到200多户。”")]
    // A paper's archive: each item under its page line, the section left empty, and its column's field.
    [InlineData(DocumentKind.NewspaperPage, "第1版()\n专栏:社论\n做好在青年中发展党员的工作\n加强党对青年工作的领导,是党在当前的重大任务之一。必须加强党在青年中的工作。")]
    [InlineData(DocumentKind.NewspaperPage, "本报讯(记者张鸣岐)昨天,由中央组织部指导的征文活动总结表彰会在津举行。")]
    // A city paper reprinting a provincial paper's item.
    [InlineData(DocumentKind.NewspaperPage, "全省选派千名干部驻村帮扶\n据《甘肃日报》消息 近日,省委组织部从省直机关选派1000名干部到村任职。")]
    // A page's own date label beside the paper it took the item from: a web page reposting a newspaper item.
    [InlineData(DocumentKind.WebArticle, "甲镇开展党员冬训\n来源:某某日报    日期:2024-01-10    浏览量:\n近日,甲镇党委组织全镇党员开展冬训,全镇300余名党员参加。")]
    // A place's dateline is a paper's or a site's alike: no evidence for either.
    [InlineData(DocumentKind.WebArticle, "甲区讯(通讯员 王明)近日,甲区召开全区组织工作会议,总结去年工作,部署今年任务。\n会议强调,要切实抓好基层党建工作。(记者:李华)")]
    // A body copied without its page, no dateline or credit: it tells what was held, who spoke, and when, as news does.
    // A body copied without its page, its points enumerated, closing on the department that supplied it: a news item.
    [InlineData(DocumentKind.WebArticle, "按照通知要求,省委组织部到集团就党的建设工作进行调研。\n会上指出,要把握两个重点:一是抓企业党委,二是抓基层党建。\n(集团组织人事部 供稿)")]
    [InlineData(DocumentKind.WebArticle, "组织员培训班于1月12日在学院会议室举办,组织部部长出席了培训班。\n随后,与会同志就组织工作进行了交流。")]
    // A news photo's caption copied without its page, closing on its photographers' credit.
    [InlineData(DocumentKind.WebArticle, "我市积极探索创新发展党建文化的新方法,在农村筹建了党建红色文化长廊。图为党员群众在文化长廊前驻足观看。 记者白永民通讯员张磊摄")]
    [InlineData(DocumentKind.WebArticle, "党建工作推进会\n会议由县委副书记主持。会议指出,要抓好基层党组织建设,推动各项任务落实。")]
    [InlineData(DocumentKind.Report, "在全县村级组织换届选举工作会议上的讲话\n同志们:\n今年是村级组织换届选举年,全县有个村党组织要进行换届选举。")]
    [InlineData(DocumentKind.Report, "小康大业,人才为本。上蔡县人事劳动和社会保障局长期以来一直重视人才资源的开发工作。\n一、文化专业技术人才资源现状\n全县共有文化专业技术人才265人。\n二、存在的问题\n人才总量少。")]
    public void Each_kind_is_told_by_its_evidence(DocumentKind kind, string text)
    {
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(kind, doc.Kind);
        Assert.InRange(doc.KindConfidence, 0.01, 1.0);
        Assert.NotEmpty(doc.Evidence);
    }

    [Fact]
    public void An_official_document_is_a_notice_inside_a_portals_chrome()
    {
        const string text = """
            首页 -> 新闻中心 -> 部门动态
            关于机关企事业单位党员干部到社区参加疫情防控工作的紧急通知
            时间:2020-02-05 07:41:54 来源:信阳政务
            各县区、管理区开发区疫情防控工作指挥部,市直各单位:
            根据市委要求,现将有关事项通知如下:
            一、全市各级机关企事业单位所有在职党员干部务必于2月5日下午5点前报到。
            信阳市新型冠状病毒感染的肺炎疫情防控工作指挥部
            2020年2月4日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(new DateOnly(2020, 2, 4), doc.Date); // the signature's, not the portal's
        Assert.Equal("信阳市新型冠状病毒感染的肺炎疫情防控工作指挥部", doc.Publisher);
    }

    [Fact]
    public void A_speech_on_a_page_with_its_lead_is_a_web_article()
    {
        const string text = """
            全市组织工作会议讲话
            时间:2022-11-21 12:36:00
            导语:全市组织工作会议讲话一文来源于网友上传,不代表本站观点。
            全市组织工作会议讲话
            同志们:
            这次全市组织工作会议是一次重要的会议。下面,我就如何做好今年的组织工作讲几点意见:
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.Equal("全市组织工作会议讲话", doc.Title);
        Assert.StartsWith("这次全市组织工作会议", Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_speech_with_a_sites_upload_stamp_stays_a_report()
    {
        const string text = """
            2022年度近三年区组织工作情况汇报【完整版】
            时间:2022-06-03 14:30:03 浏览量:
            下面是小编为大家整理的2022年度近三年区组织工作情况汇报【完整版】,供大家参考。
            2022年度近三年区组织工作情况汇报【完整版】
            一、基本情况
            ×区下辖×个街道和×个先进制造业集聚区。目前,全区共设基层党组织×个。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Report, doc.Kind);
        Assert.Null(doc.Date); // an upload time is not the material's date
        Assert.StartsWith("×区下辖", Assert.Single(doc.Articles).Body);
    }
}
