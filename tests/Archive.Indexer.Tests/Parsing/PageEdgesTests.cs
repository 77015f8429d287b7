namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// What stands at a page's edges, around the document it carries: a sidebar's list above a headline, a paper's page line
/// lettered by edition, a signature's date with an attachment line under it, a rule cut short where a copy ends, credits
/// and labels under the text, a report's opening naming what it is where its heading was lost. Texts written here after
/// layouts the twenty-ninth batch showed.
/// </summary>
public sealed class PageEdgesTests
{
    [Fact]
    public void A_sidebars_bulleted_list_of_the_latest_pages_above_the_headline_is_no_headline()
    {
        const string text = """
            首页 组工动态 基层党建 干部工作
            当前位置:首页 >> 组工动态 >> 文章内容
            站内搜索
            最新新闻
            · 某某区召开基层党建工作推进会
            · 某某区建立年轻干部跟踪培养制度
            · 某某区举办新任村党组织书记培训班
            · 某某街道开展党员志愿服务活动
            · 某某区召开组织工作会议
            · 某某区选派干部驻村开展帮扶
            · 某某区组织部机关开展主题党日活动
            · 某某区评选优秀共产党员
            · 某某区推进党员积分管理
            · 某某区启动人才引进计划
            热点新闻
            某某区委组织部举办组织工作开放日活动
            发布日期:2019-05-20
            近日,二十位来自各行业的党员群众代表走进区委组织部,参加组织工作开放日活动。
            座谈会上,与会代表就干部选拔、人才培养等提出了意见建议。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.Equal("某某区委组织部举办组织工作开放日活动", doc.Title);
        Assert.Equal(new DateOnly(2019, 5, 20), doc.Date);
    }

    [Fact]
    public void A_page_line_lettered_by_edition_with_two_letters_heads_a_papers_item()
    {
        const string text = """
            第RB03版: 日报03版

            编者按

            为推动全市基层党组织建设提质增效,本报即日起开设《书记谈党建》专栏,刊发各级党组织书记的思考与实践,敬请关注。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        Assert.Null(doc.Title);
        Assert.Equal(("编者按", "日报03版", 3), (article.Title, article.Section, article.Page));
    }

    [Fact]
    public void A_date_alone_under_the_contact_lines_with_the_attachment_line_under_it_dates_the_notice()
    {
        const string text = """
            各分工会:
            经职工代表选举工作小组审查,推荐的代表候选人资格均有效,现将候选人名单予以公示,公示期三天。如有异议,请向选举工作小组反映。
            联系人:王明 12345678901
            联系邮箱: 12345678
            二○二三年三月六日
            附:代表候选人名单
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(new DateOnly(2023, 3, 6), doc.Date);
        Assert.EndsWith("联系邮箱: 12345678", article.Body);
    }

    [Fact]
    public void A_rules_article_cut_short_where_the_copy_ends_is_the_bodys_last_line_not_a_caption()
    {
        const string text = """
            某某县人民政府办公室关于印发某某县政务公开工作规定的通知
            各乡镇人民政府,县政府各部门:
            现将《某某县政务公开工作规定》印发给你们,请认真贯彻执行。
            二〇一八年4月2日
            某某县政务公开工作规定
            第一条 为推进政务公开工作,结合本县实际,制定本规定。
            第二条 县政府办公室是全县政务公开工作的主管部门。
            第三条  行政机关
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(new DateOnly(2018, 4, 2), doc.Date);
        Assert.EndsWith("第三条  行政机关", article.Body);
        Assert.Empty(article.Captions);
    }

    [Fact]
    public void A_headline_telling_that_a_school_set_up_a_branch_with_its_correspondents_byline_under_it_is_a_news_page()
    {
        const string text = """
            马克思主义学院成立教工第二党支部
            通讯员 李明
            根据学校党委统一部署,马克思主义学院党总支研究决定成立教工第二党支部,由五名教师党员组成。
            新支部将立足学科特色,加强党员教育管理,发挥战斗堡垒作用。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.Equal("马克思主义学院成立教工第二党支部", doc.Title);
        Assert.Equal(["李明"], article.Authors);
    }

    [Fact]
    public void A_credit_closing_the_text_with_its_reviewer_after_the_writer_is_taken_off_the_body()
    {
        const string text = """
            4月2日下午,机关党委召开党支部书记述职评议会,各党支部书记围绕履职情况作了述职。
            会议要求,各支部要深度融合党建与业务,提升党建质效。(供稿:周晓梅 审稿:钱立新)
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.EndsWith("提升党建质效。", article.Body);
        Assert.Equal(["周晓梅"], article.Authors);
    }

    [Fact]
    public void An_aggregators_title_label_under_the_text_is_no_part_of_it()
    {
        const string text = """
            本篇文章180字,读完约1分钟

            今年以来,某某镇以村部和文化广场建设为抓手,采取了一系列有效措施加快建设进度。全镇有8个行政村,按照村部面积应达到200平方米以上的要求,新建村部4个,改建文化广场3个,基层阵地面貌焕然一新

            来源:某某新闻

            标题:某某镇狠抓村级阵地建设

            地址:http://www.example.com/news/1234.html
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.EndsWith("基层阵地面貌焕然一新", article.Body);
    }

    [Theory]
    [InlineData("福建成都商会党委", true)] // 建成 across two words of a name
    [InlineData("中共重庆市设立新区工作委员会", true)]
    [InlineData("公共管理学院成立研究生党支部", false)] // a headline: a body that set one up
    [InlineData("成立全市首个商圈党委", false)]
    public void A_name_holding_a_verb_of_founding_is_still_a_name(string folded, bool isName) =>
        Assert.Equal(isName, Archive.Indexer.Parsing.Recognizers.Organization.IsName(folded));

    [Fact]
    public void A_period_ending_a_notice_above_its_attachment_is_no_signature_date()
    {
        const string text = """
            关于拟提拔任用干部的任前公示

            根据《党政领导干部选拔任用工作条例》有关规定，现将拟提拔任用干部情况予以公示。
            公示期间，对公示对象有异议的，可通过来信、来电、来访等方式向县委组织部反映。
            举报电话：0551-12345678
            公示期为2023年3月1日至2023年3月7日
            附件：拟提拔任用干部名单
            """;
        var document = Samples.Parser.Parse(text);

        Assert.Null(document.Date);
        Assert.Contains("公示期为2023年3月1日至2023年3月7日", Assert.Single(document.Articles).Body);
    }

    [Fact]
    public void News_that_a_survey_made_a_report_is_no_report()
    {
        const string text = """
            县委组织部开展基层党建专题调研
            近日,县委组织部组成调研组,深入全县12个乡镇开展基层党建专题调研,通过走访座谈、查阅资料等方式,形成了调研报告。
            调研组表示,将针对发现的问题逐项整改,推动基层党建提质增效。
            """;
        Assert.NotEqual(DocumentKind.Report, Samples.Parser.Parse(text).Kind);
    }

    [Fact]
    public void A_page_headed_by_a_title_label_has_its_value_as_the_headline()
    {
        const string text = """
            标题：清凉山镇狠抓村部文化广场建设工作
            来源：县委组织部 发布时间：2023-05-06
                今年以来，清凉山镇党委把村部文化广场建设作为抓党建促乡村振兴的重要抓手，统筹资金，倒排工期，扎实推进。
                目前，全镇12个村的文化广场已全部建成投用，群众满意度明显提升。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.Equal("清凉山镇狠抓村部文化广场建设工作", article.Title);
        Assert.StartsWith("今年以来", article.Body);
    }

    [Fact]
    public void A_report_stored_without_its_heading_that_calls_itself_a_report_is_a_report()
    {
        const string text = """
            基层党组织是党的全部工作和战斗力的基础。通过走访座谈、发放问卷等方式,摸清了全镇党建工作情况,形成本调研报告:
            一、党建工作开展情况
            目前,全镇有党员560名,党支部24个。
            (一)健全组织抓党建。对隶属关系不顺的党组织及时调整,新建产业党支部3个。
            """;
        Assert.Equal(DocumentKind.Report, Samples.Parser.Parse(text).Kind);
    }
}
