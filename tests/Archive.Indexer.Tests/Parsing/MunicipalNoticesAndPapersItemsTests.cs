using Archive.Indexer.Parsing;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// Layouts the thirty-third batch showed: a paragraph wrapped inside the title it cites (…按照《 / 关于…》), a 批复 closing
/// on 特此批复 over its date alone and the names it approves, a paper's own reporter boxed under a headline that runs its
/// kicker into the title, a body stored alone closing on a department's short credit, and news told through what an
/// official says (…介绍,) and since when (2011年10月起). The texts are other public pages' sentences (北京 and 上海
/// notices, 拉萨, 西藏, 青海 and 海口 items) set in those layouts.
/// </summary>
public sealed class MunicipalNoticesAndPapersItemsTests
{
    [Fact]
    public void A_line_ending_on_the_mark_that_opens_a_cited_title_is_the_paragraphs_first_line_not_a_heading()
    {
        const string text = """
            关于基层党组织换届工作年中督查的通知
            各基层党委(党总支、直属党支部):
            按照《
            关于建立健全基层党组织按期换届提醒督促机制的通知》(京组通〔2017〕46号)要求,市委组织部和市委教育工委现对基层党组织换届工作进行年中督查。具体要求如下:
            1.扎实推进基层党组织换届工作,通过日常督查调研等方式进行督促检查,确保压力和措施传导到位。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.StartsWith("按照《", Assert.Single(doc.Articles).Body);
    }

    [Theory]
    [InlineData("特此批复。")]
    [InlineData("特此函告。")]
    public void A_date_alone_under_a_closing_formula_signs_the_document_and_the_names_listed_after_it_stay_text(string formula)
    {
        var text = $"""
            上海市民政局关于同意虹口区曲阳路街道办事处等2个街道办事处为上海市先进街道办事处的批复
            (沪民基发〔2007〕40号)
            虹口区民政局:
            经验收,你局申报的曲阳路街道办事处、凉城新村街道办事处达到上海市先进街道办事处标准,同意为上海市先进街道办事处(名单附后)。
            {formula}
            二○○七年六月二十五日
            上海市先进街道办事处
            1、曲阳路街道办事处
            2、凉城新村街道办事处
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(new DateOnly(2007, 6, 25), doc.Date);
        var body = Assert.Single(doc.Articles).Body;
        Assert.DoesNotContain("二○○七年六月二十五日", body);
        Assert.EndsWith("2、凉城新村街道办事处", body);
    }

    [Fact]
    public void A_papers_own_reporter_boxed_under_a_headline_running_its_kicker_into_the_title_makes_a_papers_item_titled_by_that_line()
    {
        const string headline = "全链式学历教育工程接续推出本科班成为基层党员干部提升学历的新途径海口美兰区再出“新招”提升“两委”干部综合能力";
        var text = $"""
            {headline}
            ■本报记者刘梦晓
            5月19日上午,海口美兰区海府街道大英社区居委会副主任王丽芬兴高采烈地赶到海南开放大学,参加美兰区第一届村(社区、居)干部本科班开学典礼。
            在今后5年,海口市美兰区每年选拔推荐60名村(社区、居)党员干部和群众参加本科班学习,5年学员名额共为300名。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        Assert.Equal(headline, article.Title);
        Assert.Equal(["刘梦晓"], article.Authors);
        Assert.NotNull(article.Region);
        Assert.Equal(article.Region, doc.Region);
    }

    [Fact]
    public void A_body_stored_alone_closing_on_a_departments_short_credit_is_a_sites_news_item()
    {
        const string text = """
            为推进学习贯彻习近平新时代中国特色社会主义思想主题教育在支部走深走实,根据我省主题教育三个实践载体的部署要求,机关党委纪委与传媒处党支部赴新西社区联合开展主题党日活动。
            通过参观“石榴籽家园”中青海民族概况、民族团结一家亲展墙、中华传统节日展墙、家园活动室等,增强了党员们铸牢中华民族共同体意识的责任感、使命感。 (城东组)
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.Equal("城东组", Assert.Single(doc.Articles).SourceDepartment);
    }

    [Theory]
    [InlineData("""
        西藏自治区政府新闻办公室召开新闻发布会,记者在会上获悉,拉萨市现有基层党组织3605个,各行各业党员数量达到5.7万余名。
        拉萨市委组织部副部长杨栋章介绍,拉萨市已实现农牧区、机关事业单位、学校、国有企业、离退休老干部领域党组织覆盖率达100%。
        """)]
    [InlineData("""
        西藏自治区在拉萨市召开干部驻村工作会议,2万余名干部将进驻5541个村(社区),“接力”为群众办实事、解难事。
        2011年10月起,西藏已连续选派10批21万余名干部开展驻村帮扶工作,十年来协助基层健全各类规章制度11.2万余份。
        """)]
    public void News_told_through_what_an_official_says_or_since_when_a_work_runs_is_a_news_item_though_stored_alone(string text)
    {
        Assert.Equal(DocumentKind.WebArticle, Samples.Parser.Parse(text).Kind);
    }

    [Fact]
    public void A_title_wrapped_after_the_mark_that_opens_the_document_it_issues_is_the_whole_title()
    {
        const string text = """
            中共北京市委组织部关于印发《
            北京市基层党组织书记培训工作实施办法》的通知
            各区委组织部,市委各部委办,各市属企业党委:
            现将《北京市基层党组织书记培训工作实施办法》印发给你们,请结合实际认真贯彻执行。
            特此通知。
            中共北京市委组织部
            2019年3月12日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal("中共北京市委组织部关于印发《北京市基层党组织书记培训工作实施办法》的通知", doc.Title);
    }

    [Fact]
    public void A_pages_headline_wrapped_after_the_mark_that_opens_a_cited_title_is_whole_over_its_labels()
    {
        const string text = """
            我县召开学习贯彻《
            中国共产党支部工作条例(试行)》座谈会
            来源:湟源县委组织部 发布时间:2023-05-01 10:20
            4月28日,湟源县召开学习贯彻《中国共产党支部工作条例(试行)》座谈会,县委常委、组织部部长出席会议并讲话。
            会议强调,各级党组织要把学习贯彻《条例》作为一项重要政治任务,推动支部建设全面进步全面过硬。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.Equal("我县召开学习贯彻《中国共产党支部工作条例(试行)》座谈会", doc.Title);
    }

    [Fact]
    public void A_papers_headline_wrapped_inside_a_quotation_is_one_title()
    {
        const string text = """
            海口美兰区再出“
            新招”提升“两委”干部综合能力
            ■本报记者刘梦晓
            5月19日上午,海口美兰区海府街道大英社区居委会副主任王丽芬兴高采烈地赶到海南开放大学,参加美兰区第一届村(社区、居)干部本科班开学典礼。
            在今后5年,海口市美兰区每年选拔推荐60名村(社区、居)党员干部和群众参加本科班学习,5年学员名额共为300名。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.Equal("海口美兰区再出“新招”提升“两委”干部综合能力", article.Title);
        Assert.Null(article.Subtitle);
    }

    [Fact]
    public void A_notice_signed_by_its_issuer_over_an_attachment_list_keeps_the_list_out_of_its_body()
    {
        const string text = """
            关于开展2023年度全市优秀共产党员推荐工作的通知
            各县(市、区)委组织部,市直各党(工)委:
            为进一步激励广大党员干部担当作为,经研究,决定开展2023年度全市优秀共产党员推荐工作。请各单位于6月10日前将推荐材料报送市委组织部组织科。
            特此通知。
            中共西宁市委组织部
            2023年5月20日
            附件:
            1.全市优秀共产党员推荐对象基本情况汇总
            2.全市优秀共产党员推荐审批表.xlsx
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(new DateOnly(2023, 5, 20), doc.Date);
        Assert.EndsWith("报送市委组织部组织科。", Assert.Single(doc.Articles).Body);
        Assert.Contains("2.全市优秀共产党员推荐审批表.xlsx", doc.BackMatter);
    }

    [Theory]
    [InlineData("附件")]
    [InlineData("附件清单:")]
    [InlineData("附表:")]
    public void A_date_alone_under_the_closing_formula_over_an_attachment_list_leaves_the_list_out_of_the_body(string heading)
    {
        var text = $"""
            中共某某县委组织部关于开展2023年度基层党组织书记培训的通知
            各乡镇党委,县直各单位党组(党委):
            为进一步提升基层党组织书记履职能力,县委组织部决定举办2023年度基层党组织书记培训班。请各单位按照要求认真做好学员选派工作,确保按时参训。
            特此通知。
            2023年5月20日
            {heading}
            1.基层党组织书记培训学员名单
            2.培训日程安排
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(new DateOnly(2023, 5, 20), doc.Date);
        Assert.EndsWith("确保按时参训。", Assert.Single(doc.Articles).Body);
        Assert.Contains("2.培训日程安排", doc.BackMatter);
    }

    [Fact]
    public void A_report_signed_at_its_foot_over_a_numbered_attachment_list_keeps_its_signature()
    {
        const string text = """
            湟源县委组织部2023年上半年工作总结
            今年以来,县委组织部在县委的坚强领导下,紧紧围绕全县中心工作,扎实推进组织工作各项任务落实,取得了阶段性成效。
            一、主要工作
            一是持续加强政治建设;二是扎实推进基层党建;三是不断深化干部队伍建设。
            二、下半年工作打算
            下半年,我们将继续坚持以党的政治建设为统领,全面提升组织工作质量。
            中共湟源县委组织部
            2023年7月5日
            附件:
            1、上半年基层党建重点任务完成情况
            2、上半年干部教育培训情况统计
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.Report, doc.Kind);
        Assert.Equal(new DateOnly(2023, 7, 5), doc.Date);
        Assert.Equal("中共湟源县委组织部", doc.Publisher);
        Assert.DoesNotContain("2023年7月5日", Assert.Single(doc.Articles).Body);
    }

    [Theory]
    [InlineData("""
        关于进一步激励干部担当作为的若干措施
        一、树立鲜明用人导向。坚持把政治标准放在首位,大力选拔敢于负责、勇于担当、善于作为、实绩突出的干部。(责任单位:县委组织部)
        二、完善干部考核评价机制。突出考准考实干部政治素质,强化考核结果运用。(县委组织部、县人社局)
        三、加大关心关爱干部力度。落实谈心谈话制度,帮助干部解决实际困难。(县委组织部)
        """)]
    [InlineData("""
        关于进一步激励干部担当作为的若干措施
        为深入贯彻落实新时代党的组织路线,激励广大干部新时代新担当新作为,结合我县实际,制定如下措施。
        一、树立鲜明用人导向。坚持把政治标准放在首位,大力选拔敢于负责、勇于担当、善于作为、实绩突出的干部。
        二、完善干部考核评价机制。突出考准考实干部政治素质,强化考核结果运用。
        三、加大关心关爱干部力度。落实谈心谈话制度,帮助干部解决实际困难。(县委组织部)
        """)]
    [InlineData("""
        基层党组织是党全部工作和战斗力的基础,其在基层社会治理中如何更好的发挥作用,是一个迫切的现实课题。
        社会治理是指在执政党领导下,由政府主导,多方面治理主体共同参与的,对社会公共事务进行治理的活动。(作者单位:县委党校)
        """)]
    [InlineData("""
        关于进一步激励干部担当作为的若干措施
        为深入贯彻落实新时代党的组织路线,激励广大干部新时代新担当新作为,结合我县实际,制定如下措施。
        树立鲜明用人导向。坚持把政治标准放在首位,大力选拔敢于负责、勇于担当、善于作为、实绩突出的干部。
        加大关心关爱干部力度。落实谈心谈话制度,帮助干部解决实际困难。(责任单位:县委组织部)
        """)]
    public void Measures_charging_a_department_or_prose_naming_its_authors_unit_are_no_sites_news_item(string text)
    {
        Assert.Equal(DocumentKind.Generic, Samples.Parser.Parse(text).Kind);
    }

    [Fact]
    public void A_report_closing_on_the_working_group_that_wrote_it_is_no_sites_news_item()
    {
        const string text = """
            关于加强基层党组织建设的调研报告

            近年来,我县坚持把基层党组织建设作为最大政绩,不断夯实基层基础。通过深入调研,我们发现基层党组织建设仍存在一些薄弱环节。
            为此,建议进一步健全工作机制,强化保障措施,推动基层党建提质增效。
            (课题组)
            """;
        Assert.Equal(DocumentKind.Report, Samples.Parser.Parse(text).Kind);
    }

    [Fact]
    public void A_working_groups_credit_takes_nothing_from_a_reports_confidence()
    {
        const string text = """
            加强基层党组织建设的几点思考

            在新时代党的建设总要求指引下,基层党组织建设必须坚持问题导向。我们要进一步树立大抓基层的鲜明导向,推动基层党组织全面进步、全面过硬。
            基层党组织是党的全部工作和战斗力的基础,要切实发挥战斗堡垒作用。
            """;
        var unsigned = Samples.Parser.Parse(text);
        var signed = Samples.Parser.Parse(text + "\n(调研组)");

        Assert.Equal(unsigned.Kind, signed.Kind);
        Assert.Equal(unsigned.KindConfidence, signed.KindConfidence);
    }

    [Theory]
    [InlineData("1.", "2.", "3.", DocumentKind.Generic)]
    [InlineData("(一)", "(二)", "(三)", DocumentKind.Generic)]
    [InlineData("第一条 ", "第二条 ", "第三条 ", DocumentKind.Generic)]
    [InlineData("一是", "二是", "三是", DocumentKind.Report)]
    public void Measures_however_numbered_closing_each_on_the_department_charged_keep_their_kind(string first, string second, string third, DocumentKind kind)
    {
        var text = $"""
            关于进一步激励干部担当作为的若干措施
            为深入贯彻落实新时代党的组织路线,激励广大干部新时代新担当新作为,结合我县实际,制定如下措施。
            {first}树立鲜明用人导向。坚持把政治标准放在首位,大力选拔敢于负责、勇于担当、善于作为、实绩突出的干部。(县委组织部)
            {second}完善干部考核评价机制。突出考准考实干部政治素质,强化考核结果运用。(县委组织部、县人社局)
            {third}加大关心关爱干部力度。落实谈心谈话制度,帮助干部解决实际困难。(县委组织部)
            """;
        Assert.Equal(kind, Samples.Parser.Parse(text).Kind);
    }

    [Theory]
    [InlineData("通过支部书记的讲解和老党员的介绍,")]
    [InlineData("听了支部书记介绍,")]
    public void A_members_report_that_tells_of_an_introduction_is_no_news_item(string introduction)
    {
        var text = $"""
            敬爱的党组织:
            本季度我参加了党支部组织的集中学习,认真学习了党章党规和习近平总书记系列重要讲话精神,思想认识有了新的提高。
            {introduction}我对党的光荣历史有了更加深刻的理解,更加坚定了理想信念。
            今后我将严格要求自己,努力向党组织靠拢。
            """;
        Assert.NotEqual(DocumentKind.WebArticle, Samples.Parser.Parse(text).Kind);
    }

    [Fact]
    public void A_rule_that_applies_from_a_month_is_no_news_of_a_work_begun()
    {
        const string text = """
            为进一步规范党员教育管理工作,结合我县实际,制定以下措施。
            一、自2024年3月起,各基层党支部每季度召开一次组织生活会,认真开展批评与自我批评。
            二、各乡镇党委要加强对党员教育管理工作的督促指导,每半年开展一次专项检查。
            """;
        Assert.Equal(DocumentKind.Generic, Samples.Parser.Parse(text).Kind);
    }

    [Fact]
    public void Prose_naming_an_occasion_alone_stays_generic()
    {
        const string text = """
            基层党组织是党全部工作和战斗力的基础,其在基层社会治理中如何更好的发挥作用,是一个迫切的现实课题。
            社会治理是指在执政党领导下,由政府主导,多方面治理主体共同参与的,对社会公共事务进行治理的活动,各地召开会议研究部署。
            """;
        Assert.Equal(DocumentKind.Generic, Samples.Parser.Parse(text).Kind);
    }
}
