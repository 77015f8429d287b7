using System.Text;
using Archive.Indexer.Parsing;
using Archive.Indexer.Tests.Text;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>Documents the samples do not show, built here: other cities, other layouts, other formats.</summary>
public sealed class GeneralizationTests
{
    static GeneralizationTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // A bulletin from another city: spaced-out masthead, 总第 number, contents with sections 一、二、, no △ before titles.
    private const string BulletinWithoutBullets = """
        铜 陵 组 工 简 报

        第3期（总第125期）

        中共铜陵市委组织部办公室          2021年6月8日

        本期要目

        一、工作动态

        郊区：推行“党建+网格”治理模式 2

        枞阳县：选派优秀年轻干部到村任职……3

        二、经验交流

        义安区委组织部：建强基层党组织

        锻造过硬干部队伍……4

        一、工作动态

        郊区：推行“党建+网格”治理模式

        郊区坚持以党建引领基层治理，划分网格120个，配备专职网格员240名。推动党员干部下沉网格，

        解决群众急难愁盼问题300余件。（郊区区委组织部）

        枞阳县：选派优秀年轻干部到村任职

        枞阳县从县直单位选派45名优秀年轻干部到村任职，明确任职期限和考核办法。（枞阳县委组织部）

        二、经验交流

        义安区委组织部：建强基层党组织锻造过硬干部队伍

        义安区委组织部坚持大抓基层的鲜明导向，全面推进基层党组织标准化规范化建设。

        抄送：市委各部委，各县区委组织部。
        """;

    [Fact]
    public void A_gbk_bulletin_without_bullets_and_with_numbered_sections_parses()
    {
        var bytes = Encoding.GetEncoding("GBK").GetBytes(BulletinWithoutBullets.Replace("\n", "\r\n"));
        var extracted = DocumentReader.Read("铜陵 组工简报 第3期.txt", bytes);
        Assert.Equal("gb18030", extracted.Encoding);
        var doc = Samples.Parser.Parse(extracted);

        Assert.Equal(DocumentKind.Bulletin, doc.Kind);
        Assert.Equal("铜陵组工简报", doc.Series);
        Assert.Equal(3, doc.IssueNumber);
        Assert.Equal(125, doc.TotalIssueNumber);
        Assert.Equal(new DateOnly(2021, 6, 8), doc.Date);
        Assert.Equal("中共铜陵市委组织部办公室", doc.Publisher);
        Assert.Equal("安徽省/铜陵市", doc.Region);
        Assert.Equal(
            [
                ("郊区：推行“党建+网格”治理模式", "工作动态", "郊区区委组织部", 2, "安徽省/铜陵市"),
                ("枞阳县：选派优秀年轻干部到村任职", "工作动态", "枞阳县委组织部", 3, "安徽省/铜陵市/枞阳县"),
                ("义安区委组织部：建强基层党组织锻造过硬干部队伍", "经验交流", null, 4, "安徽省/铜陵市/义安区"),
            ],
            doc.Articles.Select(a => (a.Title, a.Section, a.SourceDepartment, a.Page, a.Region)));
        Assert.Equal("郊区坚持以党建引领基层治理，划分网格120个，配备专职网格员240名。推动党员干部下沉网格，解决群众急难愁盼问题300余件。",
            doc.Articles[0].Body);
        Assert.Equal("市委各部委，各县区委组织部。", doc.Distribution!["抄送"]);
        Assert.DoesNotContain(doc.Articles, a => a.Body.Contains("抄送"));
    }

    [Fact]
    public void Two_articles_of_the_same_title_take_their_own_pages_from_the_contents()
    {
        const string text = """
            攀枝花信息专报
            第22期
            中共攀枝花市委组织部研究室
            2012年7月20日
            ★ 工作动态
            米易县：推动疫情防控“战斗堡垒”……2
            米易县：“市场+铁路”健全连心桥……2
            米易县：推动疫情防控“战斗堡垒”……3
            △米易县：推动疫情防控“战斗堡垒”。深入开展“四不两直”督查，累计组织7251次专项督查。
            △米易县：“市场+铁路”健全连心桥。健全人才服务“一站式”平台，群众满意度明显提升。
            △米易县：推动疫情防控“战斗堡垒”。开展“微党课”宣讲活动，组建党员先锋队53支。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal([2, 2, 3], doc.Articles.Select(a => a.Page));
        Assert.Equal("开展“微党课”宣讲活动，组建党员先锋队53支。", doc.Articles[2].Body);
    }

    [Fact]
    public void A_bulletin_with_bracketed_sections_and_no_contents_parses()
    {
        const string text = """
            组工动态  第12期  中共宣城市委组织部  2023年5月6日
            【经验交流】
            △旌德县：党建引领乡村振兴。旌德县把党组织建在产业链上，成立产业党委5个。（旌德县委组织部）
            △泾县：“红色代办”服务群众。泾县在乡镇便民服务中心设立红色代办点32个。
            （泾县县委组织部）
            【他山之石】
            △鼓楼区推行“社区合伙人”制度。社区引入合伙人单位60家，解决问题200余个。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Bulletin, doc.Kind);
        Assert.Equal(("组工动态", 12, "中共宣城市委组织部", new DateOnly(2023, 5, 6)), (doc.Series, doc.IssueNumber, doc.Publisher, doc.Date));
        Assert.Equal(
            [
                ("旌德县：党建引领乡村振兴", "经验交流", "旌德县委组织部", "安徽省/宣城市/旌德县"),
                ("泾县：“红色代办”服务群众", "经验交流", "泾县县委组织部", "安徽省/宣城市/泾县"),
                // 鼓楼区 exists in four cities, none in 宣城: no guess, the issue's own region stands.
                ("鼓楼区推行“社区合伙人”制度", "他山之石", null, "安徽省/宣城市"),
            ],
            doc.Articles.Select(a => (a.Title, a.Section, a.SourceDepartment, a.Region)));
        Assert.Equal("泾县在乡镇便民服务中心设立红色代办点32个。", doc.Articles[1].Body);
    }

    [Fact]
    public void A_flush_bulletin_whose_headlines_name_their_source_on_the_next_line_parses()
    {
        const string text = """
            党建工作简报
            2019年第5期
            中共梅县区委组织部办公室                 二〇一九年三月二十日

            ◆ 镇村动态 ◆

            松口镇推行“党员联户”制度
            松口镇党委
            松口镇以村党支部为单位，每名党员联系5至10户群众，定期走访，收集诉求。

            雁洋镇开展“支部书记讲党课”活动
            雁洋镇党委
            3月以来，雁洋镇组织各村党支部书记走上讲台，全镇已开展党课32场。

            ◆ 经验交流 ◆

            深圳市宝安区：“智慧党建”平台提升组织力
            宝安区依托“智慧党建”平台，实现党员教育、组织生活全流程线上管理。

            抄送：市委组织部，区委常委
            发送：各镇党委，区直各单位党组织
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Bulletin, doc.Kind);
        Assert.Equal(
            [
                ("松口镇推行“党员联户”制度", "镇村动态", "松口镇党委"),
                ("雁洋镇开展“支部书记讲党课”活动", "镇村动态", "雁洋镇党委"),
                ("深圳市宝安区：“智慧党建”平台提升组织力", "经验交流", null),
            ],
            doc.Articles.Select(a => (a.Title, a.Section, a.SourceDepartment)));
        Assert.Equal("3月以来，雁洋镇组织各村党支部书记走上讲台，全镇已开展党课32场。", doc.Articles[1].Body);
        Assert.Equal(new Dictionary<string, string> { ["抄送"] = "市委组织部，区委常委", ["发送"] = "各镇党委，区直各单位党组织" }, doc.Distribution);
    }

    [Fact]
    public void A_bulletin_with_numbered_headlines_source_credits_and_a_colophon_parses()
    {
        const string text = """
            宁乡组工  2020年第3期  总第56期
            中共宁乡市委组织部主办

            1.宁乡市建立村级后备干部“蓄水池”
            为解决村干部队伍后继乏人问题，宁乡市共选拔后备干部1116名，实行“一人一档”管理。
            （供稿：宁乡市委组织部组织二科）

            2.外地经验：浏阳市“屋场会”问需于民
            浏阳市推行“屋场会”制度，今年以来共召开屋场会1200余场。
            （作者单位：浏阳市委组织部）

            编辑：王芳    审核：刘强    联系电话：87654321
            中共宁乡市委组织部办公室                    2020年5月7日印发
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(("宁乡组工", 3, 56, new DateOnly(2020, 5, 7)), (doc.Series, doc.IssueNumber, doc.TotalIssueNumber, doc.Date));
        Assert.Equal(
            [
                ("宁乡市建立村级后备干部“蓄水池”", "宁乡市委组织部组织二科"),
                ("外地经验：浏阳市“屋场会”问需于民", "浏阳市委组织部"),
            ],
            doc.Articles.Select(a => (a.Title, a.SourceDepartment)));
        Assert.Empty(doc.Articles[1].Authors);
        Assert.Equal("浏阳市推行“屋场会”制度，今年以来共召开屋场会1200余场。", doc.Articles[1].Body);
    }

    [Fact]
    public void A_docx_bulletin_with_heading_styles_for_titles_parses()
    {
        var bytes = TestDocuments.Docx(
            ("六安组工信息", "Title"), ("第 5 期", null), ("中共六安市委组织部研究室", null), ("二〇二二年五月九日", null),
            ("金安区：“五线五关”筑牢防线", "Heading2"),
            ("金安区委组织部设立疫情防控应急专班，成立7个工作小组。", null),
            ("指标|数量", null), ("工作小组|7", null),
            ("全面担负联系指导5个街道、17个乡镇的工作。（金安区委组织部）", null),
            ("裕安区：临时党支部凝聚力量", "Heading2"),
            ("全区成立疫情防控临时党支部53个。", null));
        var doc = Samples.Parser.Parse(DocumentReader.Read("issue.docx", bytes));

        Assert.Equal(DocumentKind.Bulletin, doc.Kind);
        Assert.Equal(("六安组工信息", 5, new DateOnly(2022, 5, 9), "安徽省/六安市"), (doc.Series, doc.IssueNumber, doc.Date, doc.Region));
        Assert.Equal(["金安区：“五线五关”筑牢防线", "裕安区：临时党支部凝聚力量"], doc.Articles.Select(a => a.Title));
        Assert.Equal("金安区委组织部", doc.Articles[0].SourceDepartment);
        Assert.Contains("工作小组\t7", doc.Articles[0].Body);
        Assert.Equal("安徽省/六安市/裕安区", doc.Articles[1].Region);
    }

    [Fact]
    public void A_docx_bulletin_whose_body_is_indented_by_formatting_splits_without_credits()
    {
        // Centered headlines over paragraphs Word indents by w:ind (no spaces in the text), no source under any article: the
        // indented body sets the headlines apart, as in the same issue typed with spaces.
        string Headline(string text) => $"<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p>";
        string Body(string text) => $"<w:p><w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>";
        var bytes = TestDocuments.DocxOfXml(
            Headline("组工信息") + Headline("第12期") + "<w:p><w:r><w:t>中共某某县委组织部编　　2023年6月15日</w:t></w:r></w:p>" +
            Headline("某某县“三个聚焦”抓实年轻干部培养") +
            Body("今年以来，县委组织部坚持把年轻干部培养作为基础性、战略性工程来抓，聚焦源头储备、实践锻炼、从严管理，着力建设高素质年轻干部队伍。") +
            Body("聚焦实践锻炼。选派62名年轻干部到乡村振兴一线、重大项目攻坚一线墩苗历练，在急难险重任务中检验干部成色。") +
            Headline("青山镇推行“党员积分制”激活农村党员队伍") +
            Body("青山镇将党员日常表现量化为积分，设置政治学习、组织生活、志愿服务等4类22项积分内容，每季度公示一次。") +
            Body("实施以来，全镇1260名农村党员参与志愿服务4300余人次，党员先锋模范作用有效发挥。"));

        var doc = Samples.Parser.Parse(DocumentReader.Read("issue.docx", bytes));

        Assert.Equal(DocumentKind.Bulletin, doc.Kind);
        Assert.Equal(["某某县“三个聚焦”抓实年轻干部培养", "青山镇推行“党员积分制”激活农村党员队伍"], doc.Articles.Select(a => a.Title));
        Assert.StartsWith("青山镇将党员日常表现", doc.Articles[1].Body);
    }

    [Fact]
    public void An_html_bulletin_under_a_page_title_restating_its_masthead_reads_the_masthead_and_splits_by_indents()
    {
        // A site posting its issue: the page's title (组工信息第12期) above the masthead it restates, paragraphs indented by
        // text-indent, headlines centered (an editor's indent on them too), no source under any article.
        const string html = """
            <html><head><meta charset="utf-8"><title>组工信息第12期</title></head><body>
            <p style="text-align:center">组工信息</p><p style="text-align:center">第12期</p><p>中共某某县委组织部编　　2023年6月15日</p>
            <p style="text-indent:2em;text-align:center"><strong>某某县“三个聚焦”抓实年轻干部培养</strong></p>
            <p style="text-indent:2em">今年以来，县委组织部坚持把年轻干部培养作为基础性、战略性工程来抓，聚焦源头储备、实践锻炼、从严管理。</p>
            <p style="text-indent:2em">聚焦实践锻炼。选派62名年轻干部到乡村振兴一线、重大项目攻坚一线墩苗历练，在急难险重任务中检验干部成色。</p>
            <p style="text-indent:2em;text-align:center"><strong>青山镇推行“党员积分制”激活农村党员队伍</strong></p>
            <p style="text-indent:2em">青山镇将党员日常表现量化为积分，设置政治学习、组织生活、志愿服务等4类22项积分内容，每季度公示一次。</p>
            <p style="text-indent:2em">实施以来，全镇1260名农村党员参与志愿服务4300余人次，党员先锋模范作用有效发挥。</p>
            </body></html>
            """;

        var doc = Samples.Parser.Parse(DocumentReader.Read("issue.html", Encoding.UTF8.GetBytes(html)));

        Assert.Equal((DocumentKind.Bulletin, "组工信息", 12, new DateOnly(2023, 6, 15)), (doc.Kind, doc.Series, doc.IssueNumber, doc.Date));
        Assert.Equal(["某某县“三个聚焦”抓实年轻干部培养", "青山镇推行“党员积分制”激活农村党员队伍"], doc.Articles.Select(a => a.Title));
    }

    [Fact]
    public void A_masthead_restated_in_traditional_script_is_read_whole()
    {
        var doc = Samples.Parser.Parse("組工信息第12期\n組工信息\n第12期\n中共某某縣委組織部編　　2023年6月15日\n某某縣“三個聚焦”抓實年輕幹部培養\n" +
                                       "　　今年以來，縣委組織部堅持把年輕幹部培養作為基礎性、戰略性工程來抓。\n（縣委組織部幹部科）\n");

        Assert.Equal(("組工信息", 12, new DateOnly(2023, 6, 15)), (doc.Series, doc.IssueNumber, doc.Date));
        Assert.Equal("某某縣“三個聚焦”抓實年輕幹部培養", Assert.Single(doc.Articles).Title);
    }

    [Fact]
    public void A_pdf_bulletin_gives_each_article_the_page_it_starts_on()
    {
        // What the PDF reader yields for a two-page issue (PdfPig's standard fonts cannot draw Chinese, so the
        // reader's page numbering is tested on a real PDF in DocumentReaderTests and the bulletin logic here).
        var blocks = new List<TextBlock>
        {
            new("滁州组工信息", 1, null), new("第 9 期", 1, null), new("中共滁州市委组织部研究室", 1, null), new("2022年9月1日", 1, null),
            new("△琅琊区：党员先锋岗全覆盖。琅琊区设立党员先锋岗120个。（琅琊区委组织部）", 1, null),
            new("△南谯区：村级后备力量储备。南谯区储备村级后备力量300名，", 1, null),
            new("全部建立培养台账。（南谯区委组织部）", 2, null),
            new("△天长市：人才回引计划。天长市回引在外人才150名。（天长市委组织部）", 2, null),
        };
        var doc = Samples.Parser.Parse(new ExtractedText(string.Join("\n", blocks.Select(b => b.Text)), blocks, "pdf", "pdf"));
        Assert.Equal([1, 1, 2], doc.Articles.Select(a => a.Page ?? 0));
        Assert.Equal("南谯区储备村级后备力量300名，全部建立培养台账。", doc.Articles[1].Body);
        Assert.Equal("安徽省/滁州市/天长市", doc.Articles[2].Region);
    }

    [Fact]
    public void A_page_line_with_the_pages_name_in_parentheses_gives_page_and_section_not_the_title()
    {
        const string text = """
            全市村级党组织换届圆满完成
            第3版(要闻)专栏:喜迎党代会
            全市村级党组织换届圆满完成
            本报讯(记者 周一)近日,全市1200个村党组织换届全部完成,新一届班子平均年龄下降5岁。
            市委组织部有关负责人介绍,换届中严把人选资格,确保选优配强。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);
        Assert.Equal(("全市村级党组织换届圆满完成", (string?)null, "要闻", (int?)3), (article.Title, article.Subtitle, article.Section, article.Page));
    }

    [Fact]
    public void A_real_pdf_without_known_structure_still_becomes_an_article_with_pages()
    {
        var bytes = TestDocuments.Pdf(["Annual work report", "", "The committee met twelve times in 2021."], ["It approved 2022-03-15 as the start date."]);
        var doc = Samples.Parser.Parse(DocumentReader.Read("report.pdf", bytes));
        Assert.Equal(DocumentKind.Generic, doc.Kind);
        var article = Assert.Single(doc.Articles);
        Assert.Equal("Annual work report", article.Title);
        Assert.Equal(1, article.Page);
        Assert.Contains("twelve times", article.Body);
        Assert.Equal(new DateOnly(2022, 3, 15), doc.Date);
    }

    [Theory]
    [InlineData("皖组字[2020]12号", "皖组字〔2020〕12号")]
    [InlineData("皖组字［2020］12号", "皖组字〔2020〕12号")]
    [InlineData("皖组字(2020)12号", "皖组字〔2020〕12号")]
    [InlineData("皖组字 〔2020〕 12 号", "皖组字〔2020〕12号")]
    public void A_notice_number_in_any_bracket_is_read(string written, string normalized)
    {
        var text = $"""
            加急
            {written}
            中共安徽省委组织部
            关于做好2020年度
            干部考核工作的通知
            各市委组织部，省直各单位：
            现将有关事项通知如下：
            一、考核范围
            各级领导班子和领导干部。
            二、时间安排
            2021年1月底前完成。
            中共安徽省委组织部
            二〇二〇年十二月二十日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(normalized, doc.DocNumber);
        Assert.Equal("加急", doc.Urgency);
        Assert.Equal("关于做好2020年度干部考核工作的通知", doc.Title);
        Assert.Equal("各市委组织部，省直各单位", doc.Recipients);
        Assert.Equal(("中共安徽省委组织部", new DateOnly(2020, 12, 20), "安徽省"), (doc.Publisher, doc.Date, doc.Region));
        Assert.Equal("现将有关事项通知如下：\n一、考核范围\n各级领导班子和领导干部。\n二、时间安排\n2021年1月底前完成。",
            Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void An_html_page_with_navigation_chrome_parses_to_its_article()
    {
        const string html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>蚌埠先锋网</title></head><body>
            <div id="nav"><ul><li>首页</li><li>工作动态</li><li>党员教育</li></ul></div>
            <div class="location">首页 &gt; 工作动态 &gt; 正文</div>
            <h2>龙子湖区：“红色物业”破解小区治理难题</h2>
            <p>发布日期：2021-09-14　作者：王明　浏览次数：321</p>
            <p>龙子湖区委组织部推动物业企业党组织全覆盖，建立“红色物业”联盟。</p>
            <p>全区32个小区实现党组织与物业服务双向融合。</p>
            <div class="footer">主办单位：中共蚌埠市委组织部</div>
            </body></html>
            """;
        var doc = Samples.Parser.Parse(DocumentReader.Read("article.html", Encoding.UTF8.GetBytes(html)));
        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.Equal("龙子湖区：“红色物业”破解小区治理难题", doc.Title);
        Assert.Equal((new DateOnly(2021, 9, 14), "王明", (int?)321), (doc.Date, doc.Author, doc.Views));
        Assert.Equal("安徽省/蚌埠市/龙子湖区", doc.Region);
        var body = Assert.Single(doc.Articles).Body;
        Assert.Equal("龙子湖区委组织部推动物业企业党组织全覆盖，建立“红色物业”联盟。\n全区32个小区实现党组织与物业服务双向融合。", body);
    }

    [Fact]
    public void A_document_without_date_or_metadata_is_kept_as_a_generic_article()
    {
        const string text = "\n—————\n基层党建工作\n\n基层党组织是党的全部工作和战斗力的基础。\n要把抓基层打基础作为长远之计。\n";
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Generic, doc.Kind);
        Assert.InRange(doc.KindConfidence, 0.0, 1.0);
        Assert.Null(doc.Date);
        var article = Assert.Single(doc.Articles);
        Assert.Equal("基层党建工作", article.Title);
        // The rule above the title is page furniture.
        Assert.Equal("基层党组织是党的全部工作和战斗力的基础。\n要把抓基层打基础作为长远之计。", article.Body);
    }

    [Fact]
    public void A_think_piece_is_a_report_by_its_title()
    {
        const string text = "关于基层党建工作的几点思考\n\n基层党组织是党的全部工作和战斗力的基础。\n要把抓基层打基础作为长远之计。\n";
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Report, doc.Kind);
        Assert.Contains(doc.Evidence, e => e.StartsWith("report", StringComparison.Ordinal) && e.Contains("几点思考"));
        Assert.Equal("关于基层党建工作的几点思考", Assert.Single(doc.Articles).Title);
    }

    [Fact]
    public void A_speech_keeps_its_own_title_over_the_occasion_and_its_letter_spaced_speaker()
    {
        const string text = "压实责任抓落实 久久为功强基层\n——在全市基层党建工作推进会上的讲话\n（2021年3月5日）\n张 建 国\n同志们：\n今天召开会议，主要任务是总结去年工作，部署今年任务。\n";
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);
        Assert.Equal(DocumentKind.Report, doc.Kind);
        Assert.Equal("压实责任抓落实 久久为功强基层", article.Title);
        Assert.Equal("在全市基层党建工作推进会上的讲话", article.Subtitle);
        Assert.Equal(["张建国"], article.Authors);
        Assert.Equal(new DateOnly(2021, 3, 5), doc.Date);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_credit_alone_on_its_line_closes_its_article_and_never_joins_the_next_title(bool withContents)
    {
        var contents = withContents ? "目　　录\n\n甲区：推行网格化管理（1）\n\n乙县召开选调生座谈会（2）\n\n" : "";
        var text = $"某市组工信息\n\n2023年第3期\n\n中共某市委组织部办公室　　　　　　2023年3月15日\n\n{contents}〔基层探索〕\n\n甲区：推行网格化管理\n\n"
                   + "　　今年以来，甲区推行网格化管理，划分网格120个，配备专职网格员240名，推动党员干部下沉网格。\n\n（甲区委组织部）\n\n"
                   + "乙县召开选调生座谈会\n\n　　为更好了解选调生思想状态和工作状况，3月6日，乙县召开选调生座谈会。（乙县委组织部）\n";
        var articles = Samples.Parser.Parse(text).Articles;

        Assert.Equal(["甲区：推行网格化管理", "乙县召开选调生座谈会"], articles.Select(a => a.Title));
        Assert.Equal(["甲区委组织部", "乙县委组织部"], articles.Select(a => a.SourceDepartment));
        Assert.DoesNotContain("甲区委组织部", articles[0].Body);
    }

    [Theory]
    [InlineData("4月28日，全县村“两委”主要负责人培训班开班，县委常委出席开班仪式并作动员讲话。", "4月28日，全县村“两委”主要负责人培训班开班")]
    [InlineData("近日，某县召开组织工作会议。会议总结了去年的工作。", "近日，某县召开组织工作会议")]
    [InlineData("全市组织部长会议在市委党校隆重召开，市委书记出席并讲话。", "全市组织部长会议在市委党校隆重召开")]
    [InlineData("3月29日上午，2021年全县组织工作和宣传思想工作会议在县大礼堂召开，会议总结回顾了去年的工作。", "3月29日上午，2021年全县组织工作和宣传思想工作会议在县…")]
    public void A_page_without_a_headline_is_shown_by_its_opening_words_not_by_a_date_alone(string opening, string shown)
    {
        var doc = Samples.Parser.Parse($"{opening}\n县委常委、组织部长杨青围绕如何当好一名新时代合格村干部为学员授课。\n");
        var article = Assert.Single(doc.Articles);
        Assert.Null(article.Title);
        Assert.Equal(shown, article.DisplayTitle);
    }

    [Theory]
    [InlineData("●甲山乙县讯(记者 张 三)5月6日,乙县召开2022年度党委(党组)书记抓基层党建述职评议会议。", "5月6日,乙县召开2022年度党委(党组)书记抓基层党建述职…")]
    [InlineData("●乙县讯（通讯员 李四）乙县召开选调生座谈会，县委常委出席。", "乙县召开选调生座谈会，县委常委出席")]
    public void A_bulletin_item_without_a_headline_is_shown_by_its_words_after_the_dateline(string item, string shown)
    {
        var text = "某市组工信息\n\n2023年第3期\n\n中共某市委组织部办公室　　　　　　2023年3月15日\n\n〔基层探索〕\n\n甲区：推行网格化管理\n\n"
                   + "　　今年以来，甲区推行网格化管理，划分网格120个，配备专职网格员240名，推动党员干部下沉网格。（甲区委组织部）\n\n"
                   + $"〔简　讯〕\n\n{item}\n\n　　会上，各乡镇党委书记分别作了述职。\n";
        var article = Samples.Parser.Parse(text).Articles[^1];
        Assert.Null(article.Title);
        Assert.Equal(shown, article.DisplayTitle);
    }

    [Theory]
    [InlineData("关于做好年度考核工作的通 知", "关于做好年度考核工作的通知")]
    [InlineData("关于做好年度考核工作的通　　知", "关于做好年度考核工作的通知")]
    [InlineData("关 于 做 好 年 度 考 核 工 作 的 通 知", "关于做好年度考核工作的通知")]
    public void A_letter_spaced_notice_title_closes_up(string printed, string title)
    {
        var doc = Samples.Parser.Parse($"{printed}\n各乡镇党委：\n现就做好年度考核工作通知如下：\n一、考核对象\n全体干部。\n中共某某县委组织部\n2021年12月1日\n");
        Assert.Equal(title, doc.Title);
    }

    [Fact]
    public void A_report_an_issue_prints_whole_keeps_its_numbered_headings_inside_it()
    {
        // Written here: one unnumbered headline, then the report's own 一、二、三、 headings over an indented body.
        const string text = """
            信息专报
            第9期
            中共铜陵市委组织部　　　　　　　　　　2021年10月12日

            关于全市年轻干部队伍建设情况的调研报告

            　　为摸清全市年轻干部队伍建设情况，市委组织部成立调研组开展专题调研。现将有关情况报告如下。
            一、主要做法
            　　全市坚持把年轻干部放到基层一线锻炼，近三年选派年轻干部到乡镇任职120余名。
            二、存在问题
            　　部分年轻干部缺乏复杂环境历练，应对突发事件能力不足。
            三、意见建议
            　　建议完善常态化发现培养选拔机制，加大实践锻炼力度。
            （调研组成员：赵敏　孙伟）
            """;
        var doc = Samples.Parser.Parse(text);

        var article = Assert.Single(doc.Articles);
        Assert.Equal("关于全市年轻干部队伍建设情况的调研报告", article.Title);
        Assert.Contains("\n二、存在问题\n", article.Body);
        Assert.Null(article.SourceDepartment);
        Assert.Equal(["赵敏", "孙伟"], article.Authors);
    }

    [Fact]
    public void An_accounts_post_is_a_web_article_without_its_calls_to_follow_and_its_list_of_earlier_posts()
    {
        // Written here: an account's post as copied, its stamp, its calls to follow and like, its source and earlier posts.
        const string text = """
            来安：“红色代办”跑出为民服务加速度
            原创 来安组工 来安组工 2023-09-12 07:30 发表于安徽
            点击上方蓝字 关注我们
            来安县在全县村（社区）组建“红色代办”队伍，由党员干部为群众代办各类民生事项，今年以来代办事项8600余件。
            县里同步建立代办事项台账，群众满意率达到99%。
            来源：来安县委组织部
            编辑：周倩
            往期回顾
            来安县召开村级后备干部培训会
            来安：“党员积分”激活农村党员队伍
            觉得不错就点个赞吧
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.WebArticle, (DateOnly?)new DateOnly(2023, 9, 12)), (doc.Kind, doc.Date));
        var article = Assert.Single(doc.Articles);
        Assert.Equal("来安：“红色代办”跑出为民服务加速度", article.Title);
        Assert.Equal("来安县委组织部", article.SourceDepartment);
        Assert.EndsWith("群众满意率达到99%。", article.Body);
    }

    [Fact]
    public void A_sites_terms_of_reprinting_and_scraped_image_names_are_no_part_of_the_article()
    {
        // Written here: a county portal's item as copied, its credit in brackets, then image names and the site's reprint terms.
        const string text = """
            定远县举办新任村干部履职能力培训班
            发布时间：2024-03-18 09:12　来源：定远融媒
            3月15日至17日，定远县举办新任村干部履职能力培训班，全县128名新任村干部参加培训。
            培训采取专题授课、现场教学、分组研讨相结合的方式，帮助新任村干部尽快进入角色。（王磊）
            img1 webp
            banner02.jpg
            定远融媒郑重声明：本网原创稿件未经书面授权，严禁转载。转载请注明出处。
            """;
        var doc = Samples.Parser.Parse(text);

        var article = Assert.Single(doc.Articles);
        Assert.Equal("定远县举办新任村干部履职能力培训班", article.Title);
        Assert.EndsWith("帮助新任村干部尽快进入角色。", article.Body);
        Assert.Equal(["王磊"], article.Authors);
    }

    [Fact]
    public void A_pictures_file_name_with_the_number_a_copy_gave_it_is_no_part_of_the_article()
    {
        // Written here: an institute's Party-building page as a spam host copied it, the picture's file name left after
        // the text with the number a file manager gives a copy (新建位图图像 (2).jpg).
        const string text = """
            您当前位置: 首页 > 党建园地 > 党建工作
            第三党支部开展主题党日活动
            2023年5月12日下午,第三党支部开展主题党日活动,支部党员集体学习党章并交流体会。
            新建位图图像 (2).jpg
            """;
        var doc = Samples.Parser.Parse(text);

        var article = Assert.Single(doc.Articles);
        Assert.Equal("第三党支部开展主题党日活动", article.Title);
        Assert.EndsWith("集体学习党章并交流体会。", article.Body);
    }

    [Fact]
    public void An_editors_credit_run_on_after_the_last_sentence_is_no_part_of_the_text()
    {
        // Written here: a county portal's item as a mirror stored it, the reviewer's credit after the last sentence on the
        // same line and a table's pipe after it.
        const string text = """
            |
            9月3日上午,石门乡召开村“两委”换届工作部署会,乡党委书记王涛出席会议并讲话。
            会议要求,全乡上下要严明换届纪律,确保换届工作风清气正。 审核:刘海 |
            """;
        var doc = Samples.Parser.Parse(text);

        var article = Assert.Single(doc.Articles);
        Assert.EndsWith("确保换届工作风清气正。", article.Body);
        Assert.Empty(article.Authors); // a reviewer writes nothing
    }

    [Fact]
    public void A_chain_of_editors_credits_run_on_after_the_last_sentence_keeps_the_sentence_and_names_no_author()
    {
        // Written here (review): the editor and the reviewer after the last sentence of a township's news item; the line
        // was read as the page's labels, so the paragraph was lost and the editor taken as its author.
        const string text = """
            石门乡召开村两委换届工作部署会
            2021-09-03 来源:石门乡
            9月3日上午,石门乡召开村“两委”换届工作部署会,乡党委书记王涛出席会议并讲话。
            会议要求,全乡上下要严明换届纪律,确保换届工作风清气正。 编辑:李红 审核:刘海
            """;
        var doc = Samples.Parser.Parse(text);

        var article = Assert.Single(doc.Articles);
        Assert.EndsWith("确保换届工作风清气正。", article.Body);
        Assert.Null(doc.Author);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void A_news_item_signed_at_its_foot_ends_at_its_text_and_is_dated_by_its_signature()
    {
        // Written here: a school's news item without headline or page line, signed by its office and dated under the text.
        const string text = """
            9月14日上午,副校长王平到学院走访调研,听取了新学期教学准备等情况汇报,对后续工作提出了指导意见。
            科技处相关负责人陪同调研,学院领导班子成员参加调研。

            学院办公室
            2020年9月15日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.WebArticle, (DateOnly?)new DateOnly(2020, 9, 15)), (doc.Kind, doc.Date));
        Assert.EndsWith("学院领导班子成员参加调研。", Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_notices_own_title_under_its_issuer_wins_over_the_pages_headline()
    {
        // Written here: a school's page headed by the title of the notice it forwards, then its own issuer and its own
        // 关于转发《…》的通知 title wrapped over three lines, the first opening the 《 the last closes.
        const string text = """
            关于开展教职工趣味运动会报名工作的通知

              • 发布时间: 2022-05-10 09:12:40

            华山职业学院城南分校

            关于转发《华山市城南区教育局
            关于开展教职工趣味运动会
            报名工作的通知》的通知

            全体教职工:

            按照区教育局要求,现将《华山市城南区教育局关于开展教职工趣味运动会报名工作的通知》全文转发你们,请认真组织报名。

            华山职业学院城南分校

            2022年5月10日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal("关于转发《华山市城南区教育局关于开展教职工趣味运动会报名工作的通知》的通知", doc.Title);
        Assert.Equal(("华山职业学院城南分校", "全体教职工"), (doc.Publisher, doc.Recipients));
    }

    [Fact]
    public void A_pages_headline_over_its_issuer_stays_the_title_when_the_body_lists_what_the_notice_forwards()
    {
        // Written here (review): the headline is the notice's own title; below the issuer, the body lists two documents
        // whose names end as titles do, and neither is the notice's title.
        const string text = """
            关于转发省委组织部两个文件的通知

              • 发布时间: 2022-05-10 09:12:40

            华山职业学院党委组织部

            各党总支、直属党支部:

            现将以下两个文件转发给你们,请结合实际认真贯彻落实。

            1.关于加强新时代党员教育管理工作的意见

            2.关于做好2022年发展党员工作的通知

            华山职业学院党委组织部

            2022年5月10日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal("关于转发省委组织部两个文件的通知", doc.Title);
        Assert.Equal("各党总支、直属党支部", doc.Recipients);
    }

    [Fact]
    public void A_copy_sites_end_of_preview_is_no_part_of_the_speech()
    {
        // Written here: a speech as a document-sharing site shows it, cut off with its call to buy the rest.
        const string text = """
            在全县组织工作会议上的讲话
            同志们：
            今天召开全县组织工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。
            第一，要提高政治站位。各级党组织要把抓好党建作为最大的政绩......
            预览结束，获取全文请扫码联系客服！
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.EndsWith("作为最大的政绩......", Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_channels_name_over_an_items_headline_is_not_its_title()
    {
        // Written here: a college site's item under its channel's name, and a notice under 通知公告 repeated past a breadcrumb.
        const string item = """
            组工动态

            机关第三党支部开展主题党日活动

              5月10日，机关第三党支部组织党员赴渡江战役纪念馆开展主题党日活动，重温入党誓词。
              支部书记结合参观内容讲授专题党课，全体党员参加。
            """;
        const string notice = """
            通知公告
            您所在的位置：首页 > 通知公告
            通知公告
            关于做好2024年度党员组织关系排查工作的通知
            各二级党委，机关各部门：
            　　为进一步加强党员队伍管理，经研究，决定在全校开展党员组织关系排查工作。请于6月30日前报送排查结果。
            党委组织部
            2024年5月20日
            """;

        var page = Samples.Parser.Parse(item);
        Assert.Equal("机关第三党支部开展主题党日活动", Assert.Single(page.Articles).Title);

        var doc = Samples.Parser.Parse(notice);
        Assert.Equal((DocumentKind.Notice, "关于做好2024年度党员组织关系排查工作的通知"), (doc.Kind, doc.Title));
        Assert.Equal("各二级党委，机关各部门", doc.Recipients);
    }

    [Fact]
    public void A_short_official_title_with_no_headline_under_it_stays_the_title()
    {
        const string text = """
            紧急通知
            各乡镇党委：
            　　受强降雨影响，请各乡镇党委立即组织党员干部下沉一线，做好防汛救灾工作，有关情况及时报县委组织部。
            中共东至县委组织部
            2024年6月28日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.Notice, "紧急通知"), (doc.Kind, doc.Title));
    }

    [Fact]
    public void A_notice_to_named_bodies_and_each_of_a_kind_after_them_names_its_recipients()
    {
        const string text = """
            关于开展党费收缴情况专项检查的通知
            直属党委（党总支），党群各部门：
            　　根据上级要求，现决定开展党费收缴情况专项检查，请于7月15日前完成自查。
            党委组织部
            2024年7月1日
            """;

        Assert.Equal("直属党委（党总支），党群各部门", Samples.Parser.Parse(text).Recipients);
    }

    [Fact]
    public void A_page_that_names_no_place_of_its_own_is_placed_by_the_paper_it_comes_from()
    {
        // Written here: a city's item as a school board's site reposts it, "全市" and "我市" only, its source a city paper.
        const string text = """
            全市开展新任村党组织书记集中轮训
            发布时间：2023年05月16日 作者：教育局 来源：铜陵日报 浏览次数：
            5月15日，全市新任村党组织书记集中轮训开班，我市各村新任书记参加培训。
            轮训为期三天，围绕抓党建促乡村振兴、村级事务管理等内容开展专题教学。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal("安徽省/铜陵市", doc.Region);
        Assert.Equal("安徽省/铜陵市", Assert.Single(doc.Articles).Region);
    }

    [Fact]
    public void A_disclosure_blocks_title_label_gives_way_to_the_printed_title()
    {
        // Written here: a portal's disclosure block, its 标题 naming the issuer, then the document as printed.
        const string text = """
            索引号：11341100003/2022-00118 发文字号：明组发〔2022〕9号
            发布机构：中共明光市委组织部 成文日期：2022-06-02
            标题：中共明光市委组织部关于开展村级后备力量培育工作的通知
            明组发〔2022〕9号
            关于开展村级后备力量培育工作的通知
            各乡镇党委：
            　　为进一步加强村级后备力量建设，经研究，决定在全市开展村级后备力量培育工作，请结合实际认真抓好落实。
            中共明光市委组织部
            2022年6月2日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.Notice, "关于开展村级后备力量培育工作的通知", "明组发〔2022〕9号"), (doc.Kind, doc.Title, doc.DocNumber));
        Assert.Equal("各乡镇党委", doc.Recipients);
    }

    [Fact]
    public void A_notice_opening_on_its_recipients_takes_no_title_from_its_attachment_list_or_attachment()
    {
        // Written here: a 印发 notice whose stored text starts at its 主送 line, its attachment list, signature and attachment.
        const string text = """
            各村党组织，镇直各单位：
            经镇党委研究同意，现将《村级组织活动场所规范化建设工作方案》印发给你们，请认真贯彻执行。
            附件：1.村级组织活动场所规范化建设工作方案
            2.村级组织活动场所使用登记表
            中共张桥镇委员会
            2023年3月6日
            附件1：
            村级组织活动场所规范化建设工作方案
            为规范村级组织活动场所建设，制定本方案。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Null(doc.Title);
        Assert.Equal("各村党组织，镇直各单位", doc.Recipients);
        Assert.Equal(new DateOnly(2023, 3, 6), doc.Date);
        Assert.StartsWith("经镇党委研究同意", Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_site_news_item_stored_without_its_page_is_a_web_article_after_its_dateline()
    {
        // Written here: an item's text alone, opening on a site's 消息 dateline.
        const string text = """
            东方网消息：3月2日，金山区召开2023年组织工作会议，总结去年工作，部署今年任务。
            会议要求，全区各级组织部门要聚焦主责主业，持续提升组织工作质量。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.StartsWith("3月2日，金山区召开", Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_reporters_byline_opening_the_text_and_the_editors_lines_closing_it_are_credits()
    {
        // Written here: a party school's item, its reporter in brackets before the text, its editors' chain after it.
        const string text = """
            2023年中青年干部培训班开班
            （通讯员 周敏）3月6日上午，2023年中青年干部培训班在县委党校开班，县委常委、组织部长出席开班仪式并作动员讲话。
            本期培训为期两周，共有学员56人。
            （编辑：许静）
            （编审：方海）
            （签发：林涛）
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.Equal(["周敏"], article.Authors);
        Assert.StartsWith("3月6日上午", article.Body);
        Assert.EndsWith("共有学员56人。", article.Body);
    }

    [Fact]
    public void A_writers_credit_with_the_editors_after_it_closing_the_last_paragraph_is_a_credit_and_the_paragraph_stays()
    {
        // Written here: a school's item whose last sentence runs on into its writer's and editors' credits in one bracket.
        const string text = """
            6月3日,学校党委在图书馆报告厅举办入党积极分子培训班,党委副书记出席并作动员讲话。
            培训班为期三天,共有学员120人参加。(撰稿:李明 审核:王强 编辑:赵刚)
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.Equal(["李明"], article.Authors);
        Assert.EndsWith("共有学员120人参加。", article.Body);
    }

    [Fact]
    public void An_editors_short_credit_closing_the_last_paragraph_is_no_part_of_the_text()
    {
        // Written here: a regional site's item whose last sentence runs on into its editor's credit (责编 for 责任编辑), a name
        // read as no person's.
        const string text = """
            2014-03-14 10:45 来源:某某新闻网
            全区各级党组织狠抓基层党组织建设,共建立基层党组织1.2万多个。
            各地加大村级活动场所建设力度,力求实现村村都有活动场所。(责编:扎西)
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.EndsWith("村村都有活动场所。", article.Body);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void A_sites_disclaimers_and_its_owner_and_supervisor_under_the_text_are_its_footer()
    {
        // Written here: a portal's item stored as its text alone, the site's disclaimers and credits under it.
        const string text = """
            5月14日,州委召开编纂工作动员大会,州委常委、组织部部长出席会议并讲话。
            州直各有关单位分管领导和编委会有关负责同志参加会议。
            本站部分信息由相应民事主体自行提供,该信息内容的真实性、准确性和合法性应由该民事主体负责。某某网 对此不承担任何保证责任。
            本网部分转载文章、图片等无法联系到权利人,请相关权利人与本网站联系。
            某某农业技术研究院主办 | 某某信息中心 主管
            某某网 example.org.cn 版权所有。
            联系电话:010-12345678
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.EndsWith("有关负责同志参加会议。", article.Body);
    }

    [Fact]
    public void A_headline_run_straight_into_the_pages_time_and_labels_is_the_title_and_the_time_its_date()
    {
        // Written here: a city channel's page, its headline glued to the time and labels under it (a line too long for
        // one label to make it a label line but for the time opening it).
        const string text = """
            某某县召开基层党建工作推进会 部署下半年重点任务2015-6-8 9:12:45 来源: 某某市某某县新闻网 网友评论 0 条 点击查看
            某某新闻网讯(记者 张明)6月7日,某某县召开基层党建工作推进会,总结上半年工作,部署下半年任务。
            会议要求,各级党组织要压实责任,抓好落实。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal("某某县召开基层党建工作推进会 部署下半年重点任务", doc.Title);
        Assert.Equal(new DateOnly(2015, 6, 8), doc.Date);
        Assert.Equal(["张明"], article.Authors);
        Assert.StartsWith("6月7日", article.Body);
    }

    [Fact]
    public void A_signature_of_two_issuers_joined_by_a_pause_mark_dates_the_notice()
    {
        // Written here: a college notice signed jointly on one line.
        const string text = """
            关于做好2024年上半年发展党员工作的通知
            各二级党组织：
            　　请各二级党组织严格执行发展党员工作规程，确保发展党员工作质量。
            党委组织部、党委教师工作部
            2024年3月1日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.Notice, (DateOnly?)new DateOnly(2024, 3, 1), "党委组织部、党委教师工作部"), (doc.Kind, doc.Date, doc.Publisher));
        Assert.EndsWith("确保发展党员工作质量。", Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_paper_item_reposted_with_its_masthead_under_the_headline_is_a_newspaper_page()
    {
        // Written here: a paper's item on its site, the paper and its day under the headline, a byline over the text.
        const string text = """
            吉林：村级后备力量储备实现全覆盖

            吉林日报 2023年06月21日

            本报记者 孙 伟 通讯员 刘 洋

            今年以来，我省把村级后备力量培养作为抓党建促乡村振兴的基础工程，每个村储备后备力量2名以上。
            各地建立后备力量动态管理台账，定期开展培训和考察。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.NewspaperPage, "吉林日报", (DateOnly?)new DateOnly(2023, 6, 21)), (doc.Kind, doc.Publisher, doc.Date));
        var article = Assert.Single(doc.Articles);
        Assert.Equal("吉林：村级后备力量储备实现全覆盖", article.Title);
        Assert.Null(article.Subtitle);
        Assert.Equal(["孙伟", "刘洋"], article.Authors);
        Assert.StartsWith("今年以来", article.Body);
    }

    [Fact]
    public void An_apps_own_item_with_a_cry_in_its_headline_and_its_original_stamp_parses()
    {
        // Written here: a county media app's item: headline with a cry before it, its ©原创 stamp naming the reporter.
        const string text = """
            好消息！我县新建12个党群服务中心！

            ©原创   2023-08-02 09:30   桐城融媒 记者 方丽

            8月1日，我县12个新建党群服务中心同时投入使用，为群众提供政务服务、便民服务等20余项服务。
            各中心实行党员干部轮值制度，确保群众办事有人管、有人帮。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.WebArticle, "好消息！我县新建12个党群服务中心！", (DateOnly?)new DateOnly(2023, 8, 2)), (doc.Kind, doc.Title, doc.Date));
        var article = Assert.Single(doc.Articles);
        Assert.Equal(["方丽"], article.Authors);
        Assert.StartsWith("8月1日", article.Body);
    }

    [Fact]
    public void Zero_width_and_control_characters_of_a_pasted_text_are_left_out()
    {
        const string text = "宜秀区\u200B党建\u200B工作会议召开\n发布时间：2024-03-01\n3月1日，宜秀区召开基\u200B层\u200B党\u200B建工作会议\u0001，部署全年任务。\n";
        var doc = Samples.Parser.Parse(text);

        var article = Assert.Single(doc.Articles);
        Assert.Equal("宜秀区党建工作会议召开", article.Title);
        Assert.Contains("召开基层党建工作会议，部署", article.Body);
    }

    [Fact]
    public void Noncharacters_in_a_text_are_left_out()
    {
        // U+FFFE and U+FFFF are valid UTF-8 and no text: they were stored, split 表彰先进 for a phrase, and left out of feeds.
        var doc = Samples.Parser.Parse("关于表彰\uFFFE先进\uFFFF集体的通知\n各党支部：现将表彰\uFDEF先进集体的有关事项通知如下。\n");

        var article = Assert.Single(doc.Articles);
        Assert.Equal("关于表彰先进集体的通知", article.Title);
        Assert.Contains("现将表彰先进集体的有关事项", article.Body);
    }

    [Fact]
    public void An_editors_note_in_brackets_and_a_source_under_a_dash_are_read_as_such()
    {
        // Written here: 【编者按】 before the articles, articles parted by ＊＊＊, each source under its headline after a dash.
        const string text = """
            组工通讯
            2022年第9期（总第131期）
            中共霍山县委组织部主办　　　　　　　　2022年9月16日
            【编者按】近期，各地在发展壮大村级集体经济方面积累了一些经验。现予刊发，供学习借鉴。
            ＊＊＊
            衡山镇：盘活闲置资产增加村集体收入
            ——衡山镇党委
            　　衡山镇对各村闲置校舍、厂房进行清理盘活，通过租赁经营增加村集体收入，今年已增收60余万元。
            ＊＊＊
            佛子岭镇：发展林下经济带民增收
            ——佛子岭镇党委
            　　佛子岭镇引导村集体发展林下种植，带动农户800余户，户均增收3000元。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal("近期，各地在发展壮大村级集体经济方面积累了一些经验。现予刊发，供学习借鉴。", doc.EditorsNote);
        Assert.Equal(["衡山镇：盘活闲置资产增加村集体收入", "佛子岭镇：发展林下经济带民增收"], doc.Articles.Select(a => a.Title));
        Assert.Equal(["衡山镇党委", "佛子岭镇党委"], doc.Articles.Select(a => a.SourceDepartment));
        Assert.All(doc.Articles, a => Assert.Null(a.Subtitle));
    }

    [Fact]
    public void Paragraphs_wrapped_at_the_pages_width_are_no_headlines()
    {
        // Written here, as a PDF's text comes out: each paragraph's first line indented, the rest flush, cut mid-sentence.
        const string text = """
            宣城组工
            第 4 期
            中共宣城市委组织部                              2023 年 5 月 8 日
            郎溪县推行村级事务“阳光公开”
            　　郎溪县在各村设立党务村务公开栏，每月公开村级财务收支、项
            目建设等情况，接受群众监督，今年以来群众满意度提升至97%。
            （郎溪县委组织部）
            广德市开展村干部“擂台比武”
            　　广德市组织村党组织书记围绕产业发展、基层治理等主题开展
            擂台比武，评选出“十佳书记”，激发了村干部干事创业热情。
            （广德市委组织部）
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(["郎溪县推行村级事务“阳光公开”", "广德市开展村干部“擂台比武”"], doc.Articles.Select(a => a.Title));
        Assert.StartsWith("郎溪县在各村设立党务村务公开栏，每月公开村级财务收支、项目建设等情况", doc.Articles[0].Body);
        Assert.Equal(["郎溪县委组织部", "广德市委组织部"], doc.Articles.Select(a => a.SourceDepartment));
    }

    [Fact]
    public void An_editors_note_wrapped_at_the_pages_width_is_the_issues_whole_note()
    {
        // Written here: the note wraps like the paragraphs under it; its rest was an untitled article of its own.
        const string text = """
            党建工作信息
            （第 5 期）
            中共宁远县委组织部办公室编               2019年4月2日
            　　编者按：近期，各乡镇围绕抓党建促乡村振兴，创新
            方式方法，取得了一定成效。现将有关做法刊发，供
            交流借鉴。
            清水镇推行“党员中心户”制度
            　　清水镇在农村推行“党员中心户”制度，每名党员中
            心户联系10至15户群众，帮助解决实际困难。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal("近期，各乡镇围绕抓党建促乡村振兴，创新方式方法，取得了一定成效。现将有关做法刊发，供交流借鉴。", doc.EditorsNote);
        Assert.Equal(["清水镇推行“党员中心户”制度"], doc.Articles.Select(a => a.Title));
    }

    [Fact]
    public void Lines_wrapped_with_ascii_commas_or_before_a_title_mark_join_their_paragraph()
    {
        // Written here, as many web copies print Chinese text: ASCII commas, each paragraph wrapped at the page's width.
        // A short wrapped line holding only ASCII commas was taken for a headline, so 乡土人 / 才 stayed cut.
        const string text = """
            组工信息
            第6期
            中共临泉县委组织部                    2021年6月8日
            乡土人才名单公布
            　　近年来,我县扎实推进乡土人才培育工程,通过完善乡土人
            才选拔管理机制,强化教育培训,并在县电视台开设
            《乡土大讲堂》栏目,营造良好氛围。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal("近年来,我县扎实推进乡土人才培育工程,通过完善乡土人才选拔管理机制,强化教育培训,并在县电视台开设《乡土大讲堂》栏目,营造良好氛围。",
            Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_headline_holding_a_number_with_a_thousands_comma_stays_a_headline()
    {
        // Written here, with ASCII commas as web copies print Chinese: the comma in 1,200 is a number's, no sentence's,
        // so the subheading is not the first line of the paragraph under it.
        const string text = """
            组工信息
            第6期
            中共临泉县委组织部                    2021年6月8日
            乡土人才培育工程成效明显
            　　近年来,我县扎实推进乡土人才培育工程,成效明显。
            培育乡土人才1,200名
            　　通过完善选拔管理机制,强化教育培训,营造良好氛围。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal("近年来,我县扎实推进乡土人才培育工程,成效明显。\n培育乡土人才1,200名\n通过完善选拔管理机制,强化教育培训,营造良好氛围。",
            Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_wrapped_line_without_punctuation_that_fills_the_pages_measure_joins_its_paragraph()
    {
        // Written here, wrapped at 24 ideographs: the indented first line holds no punctuation, so alone it is shaped
        // like a headline; as wide as the lines under it, it is the paragraph's (抓党建促 / 脱贫攻坚 stayed cut).
        const string text = """
            党建工作信息
            （第 5 期）
            中共宁远县委组织部办公室编               2019年4月2日
            西平县实施“领头雁”工程选优配强村党组织书记
            　　西平县坚持把选优配强村党组织书记作为抓党建促
            脱贫攻坚的关键，实施“领头雁”工程。一是拓宽选人
            渠道。从致富能手、退役军人、返乡大学生中选拔村
            党组织书记。二是强化教育培训，分期分批组织书记
            到先进地区考察学习。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal("西平县坚持把选优配强村党组织书记作为抓党建促脱贫攻坚的关键，实施“领头雁”工程。一是拓宽选人渠道。" +
            "从致富能手、退役军人、返乡大学生中选拔村党组织书记。二是强化教育培训，分期分批组织书记到先进地区考察学习。", Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_heading_as_wide_as_the_pages_measure_over_an_indented_paragraph_stays_a_heading()
    {
        // Written here, wrapped at 25 ideographs: 一、 is as wide as the measure by chance and holds no sentence mark; the
        // indented line under it opens its paragraph, so it is no wrapped line of it (…农民党员每村推荐… was one).
        const string text = """
            中共广德市委组织部
            广组字〔2021〕7号
            关于开展村级后备干部集中培训的通知
            各乡镇党委、街道党工委：
            　　为加强村级后备干部队伍建设，提升后备干部综合素
            质，经研究，决定开展村级后备干部集中培训。现将有关
            事项通知如下：
            一、培训对象为各乡镇村级后备干部和优秀青年农民党员
            　　每村推荐不少于两名，由乡镇党委统一组织报名参加
            培训，并于4月10日前将参训人员名单报市委组织部。
            二、培训时间和地点安排在市委党校第一教学楼报告厅
            　　培训时间为4月中旬，为期三天，具体时间另行通知。
            中共广德市委组织部
            2021年3月30日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(
            [
                "为加强村级后备干部队伍建设，提升后备干部综合素质，经研究，决定开展村级后备干部集中培训。现将有关事项通知如下：",
                "一、培训对象为各乡镇村级后备干部和优秀青年农民党员",
                "每村推荐不少于两名，由乡镇党委统一组织报名参加培训，并于4月10日前将参训人员名单报市委组织部。",
                "二、培训时间和地点安排在市委党校第一教学楼报告厅",
                "培训时间为4月中旬，为期三天，具体时间另行通知。",
            ],
            Assert.Single(doc.Articles).Body.Split('\n'));
    }

    [Fact]
    public void A_notice_as_a_pdfs_text_keeps_the_first_line_of_its_text()
    {
        // Written here: a notice whose paragraphs wrap at the page's width, the first line of each indented.
        const string text = """
            中共广德市委组织部
            广组字〔2021〕7号
            关于开展村级后备干部集中培训的通知
            各乡镇党委、街道党工委：
            　　为加强村级后备干部队伍建设，提升后备干部综合素质，经研究，决定开
            展村级后备干部集中培训。现将有关事项通知如下：
            　　请各乡镇于4月10日前将参训人员名单报市委组织部组织科。
            中共广德市委组织部
            2021年3月30日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.Notice, "广组字〔2021〕7号"), (doc.Kind, doc.DocNumber));
        Assert.StartsWith("为加强村级后备干部队伍建设，提升后备干部综合素质，经研究，决定开展", Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_centred_headline_with_commas_over_a_flush_body_stays_a_headline()
    {
        // Written here: headlines centred with spaces, holding 、 and ，, over flush paragraphs.
        const string text = """
            组工信息
            第12期
            中共肥西县委组织部                    2023年7月5日
            　　　　　　三河镇：强班子、带队伍、促发展
            三河镇聚焦村级班子建设，选优配强村党组织书记，带动村级集体经济稳步增长，今年村均收入增长15%。
            （三河镇党委）
            　　　　　　紫蓬镇：抓党建，促振兴，群众得实惠
            紫蓬镇以党建引领乡村振兴，发展特色种植产业，带动群众增收致富，受益农户达2000余户。
            （紫蓬镇党委）
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(["三河镇：强班子、带队伍、促发展", "紫蓬镇：抓党建，促振兴，群众得实惠"], doc.Articles.Select(a => a.Title));
    }

    [Fact]
    public void A_profiles_subtitle_under_a_dash_stays_the_subtitle_and_its_credit_the_source()
    {
        const string text = """
            组工信息
            第3期
            中共泗县县委组织部                    2023年3月8日
            一面旗帜引领一方发展
            ——记全国先进基层党组织大庄镇大庄村党支部
            　　大庄村党支部坚持党建引领，发展特色产业，村集体经济收入突破百万元，群众生活水平明显提高。
            （泗县县委组织部）
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.Equal(("记全国先进基层党组织大庄镇大庄村党支部", "泗县县委组织部"), (article.Subtitle, article.SourceDepartment));
    }

    [Fact]
    public void A_numbered_section_after_an_article_that_ends_at_a_colon_is_a_section()
    {
        const string text = """
            组工信息
            第8期
            中共舒城县委组织部                    2023年6月1日
            一、工作动态
            县委组织部召开组织工作推进会
            　　5月30日，县委组织部召开组织工作推进会，部署下一阶段重点任务。会议要求：
            　　各乡镇要压实责任，确保各项任务按时完成。
            二、基层经验
            春秋乡：“三张清单”压实党建责任
            　　春秋乡为每个村党组织制定责任清单、任务清单、问题清单，实行季度评估。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(["工作动态", "基层经验"], doc.Articles.Select(a => a.Section));
        Assert.DoesNotContain("基层经验", doc.Articles[0].Body);
    }

    [Fact]
    public void A_sites_footer_naming_its_host_after_a_bare_label_gives_the_publisher()
    {
        // Written here: 主办： without 单位, beside 承办： and the ICP number.
        const string text = """
            桐城市：“六尺巷工作法”化解基层矛盾
            发布时间：2023-05-11 10:20 来源：市委组织部
            　　桐城市推广“六尺巷工作法”，引导党员干部带头调解邻里纠纷，今年以来化解矛盾纠纷1200余件。
            主办：桐城市人民政府办公室 承办：桐城市数据资源局 皖ICP备05001234号
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.WebArticle, "桐城市人民政府办公室"), (doc.Kind, doc.Publisher));
    }

    [Fact]
    public void A_page_line_after_the_papers_name_and_date_makes_a_newspaper_page()
    {
        // Written here: the paper, its date and the 版次 on one line, a page editor, a report with its byline and a column.
        const string text = """
            江淮晨报 2022年11月8日 星期二 第6版：基层党建
            本版编辑：孙丽

            “党员先锋岗”亮在生产一线
            本报记者　陈晨
            　　走进某工业园区的一家企业车间，“党员先锋岗”的红色标牌格外醒目。园区党委推动党员亮身份、当先锋，带动职工技术攻关。
            　　今年以来，园区已设立党员先锋岗58个，解决生产难题130余项。

            编后
            让先锋岗成为攻坚岗
            　　设岗只是起点，关键在于让党员在急难险重任务中站得出来、冲得上去。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.NewspaperPage, (DateOnly?)new DateOnly(2022, 11, 8), "江淮晨报"), (doc.Kind, doc.Date, doc.Publisher));
        Assert.Equal(["“党员先锋岗”亮在生产一线", "让先锋岗成为攻坚岗"], doc.Articles.Select(a => a.Title));
        Assert.All(doc.Articles, a => Assert.Equal(6, a.Page));
        Assert.Equal(["陈晨"], doc.Articles[0].Authors);
    }

    [Fact]
    public void A_notice_posted_as_one_line_with_its_page_labels_is_a_notice()
    {
        const string text = "市委宣传部转发通知 做好节日期间值班工作 来源:市委宣传部 | 发布时间:2021-09-28 | 浏览次数:316 "
                            + "各县(区)委宣传部、部机关各科室:现将有关事项通知如下,请认真执行。各单位要严格落实值班制度,确保信息畅通。中共青山市委宣传部 2021年9月27日";
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(("各县(区)委宣传部、部机关各科室", "中共青山市委宣传部", (DateOnly?)new DateOnly(2021, 9, 27)), (doc.Recipients, doc.Publisher, doc.Date));
        Assert.Equal("现将有关事项通知如下,请认真执行。各单位要严格落实值班制度,确保信息畅通。", Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_readers_letter_signed_under_its_paragraph_has_no_headline_and_names_its_writer()
    {
        const string text = """
            日前本版刊登的报道中，把社区党总支称为“居委会党总支”，这一提法不准确。社区党组织领导居委会工作，两者并非隶属关系。
            ——读者 周明华
            本报记者 吴桐 整理
            欢迎拨打读者热线：88886666，或发送至投稿邮箱：duzhe@example.com
            """;
        var (_, article) = UntitledNewspaperItem(text, ["周明华", "吴桐"]);
        Assert.EndsWith("两者并非隶属关系。", article.Body);
        Assert.DoesNotContain("热线", article.Body);
    }

    [Fact]
    public void An_epaper_item_without_headline_takes_the_byline_above_its_text()
    {
        const string text = """
            □本报记者 赵明 通讯员 钱红
            本报讯 日前，东城街道党工委组织辖区党员开展“社区微治理”议事活动，收集居民意见建议60余条。
            议事活动每月举行一次，问题办结情况在社区公告栏公示。
            """;
        var (doc, article) = UntitledNewspaperItem(text, ["赵明", "钱红"]);
        Assert.StartsWith("日前，东城街道", article.Body);
        Assert.DoesNotContain("□本报记者 赵明 通讯员 钱红", doc.FrontMatter);
    }

    /// <summary>The text parsed as a newspaper page of one item without headline, by these authors.</summary>
    private static (ParsedDocument Doc, ParsedArticle Article) UntitledNewspaperItem(string text, string[] authors)
    {
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        var article = Assert.Single(doc.Articles);
        Assert.Null(article.Title);
        Assert.Equal(authors, article.Authors);
        return (doc, article);
    }

    [Fact]
    public void A_newspaper_page_without_headings_is_one_article_with_its_bylines()
    {
        const string text = """
            合肥：“组团式”帮扶激活乡村振兴
            本报记者 张三 通讯员 李四
            本报讯 合肥市选派120支帮扶团队深入乡村，开展“组团式”帮扶。
            帮扶团队已协调解决项目资金3000万元。
            村民在帮扶团队指导下采摘草莓。 王五 摄
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        var article = Assert.Single(doc.Articles);
        Assert.Equal("合肥：“组团式”帮扶激活乡村振兴", article.Title);
        Assert.Equal(["张三", "李四"], article.Authors);
        Assert.Equal(["村民在帮扶团队指导下采摘草莓。 王五 摄"], article.Captions);
        Assert.Equal("安徽省/合肥市", article.Region);
        Assert.DoesNotContain("王五", article.Body);
    }

    [Fact]
    public void Contents_without_page_numbers_and_an_editors_note_are_recognized()
    {
        const string text = """
            池州组工
            第 6 期
            中共池州市委组织部    2024年4月2日
            本期目录
            贵池区：“三个一”机制
            激发干部干事创业活力
            青阳县：推进村级后备力量储备
            编者按：今年以来，各地认真落实市委部署，现将有关做法刊发。
            △贵池区：“三个一”机制激发干部干事创业活力。贵池区建立“一人一档”。（贵池区委组织部）
            △青阳县：推进村级后备力量储备。青阳县储备村级后备力量300名。（青阳县委组织部）
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(("池州组工", 6), (doc.Series, doc.IssueNumber));
        Assert.Equal(["贵池区：“三个一”机制激发干部干事创业活力", "青阳县：推进村级后备力量储备"], doc.Contents.Select(c => c.Title));
        // The editors' note is the issue's, not an article.
        Assert.Equal(["贵池区：“三个一”机制激发干部干事创业活力", "青阳县：推进村级后备力量储备"], doc.Articles.Select(a => a.Title));
        Assert.Equal("今年以来，各地认真落实市委部署，现将有关做法刊发。", doc.EditorsNote);
    }

    [Fact]
    public void A_web_page_with_labels_on_one_line_and_a_copyright_footer_parses()
    {
        const string text = """
            当前位置：首页 > 工作动态 > 正文
            滁州市：“三个清单”推动年轻干部成长
            来源：滁州市委组织部  时间：2023-06-12 09:30  点击数：1,234
            【字体：大 中 小】
            今年以来，滁州市建立年轻干部“成长清单”，全市建立清单1200份。
            打印本页  关闭窗口
            版权所有：中共滁州市委组织部  滁州先锋网
            皖ICP备12345678号
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.Equal(("滁州市：“三个清单”推动年轻干部成长", new DateOnly(2023, 6, 12), (int?)1234), (doc.Title, doc.Date, doc.Views));
        Assert.Equal(("中共滁州市委组织部", "滁州先锋网", "安徽省/滁州市"), (doc.Publisher, doc.Site, doc.Region));
        var article = Assert.Single(doc.Articles);
        Assert.Equal("滁州市委组织部", article.SourceDepartment);
        Assert.Equal("今年以来，滁州市建立年轻干部“成长清单”，全市建立清单1200份。", article.Body);
    }

    [Fact]
    public void A_short_web_page_whose_paragraphs_begin_like_footer_labels_keeps_them_in_the_body()
    {
        const string text = """
            泰宁县：驻村第一书记做实干事活力

            泰宁县委组织部

            发布日期:2015-01-01

            地址变更后，驻村第一书记逐户走访，累计走访870户。

            主办方党支部牵头，形成了一批可复制可推广的经验做法。

            主办单位中共三明市委组织部
            地址:福建省三明市人民路221号
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.Equal("地址变更后，驻村第一书记逐户走访，累计走访870户。\n主办方党支部牵头，形成了一批可复制可推广的经验做法。", article.Body);
    }

    [Fact]
    public void A_notice_with_a_red_header_attachments_and_a_closing_note_loses_nothing()
    {
        const string text = """
            中共合肥市委组织部文件
            合组〔2021〕15号
            关于开展2021年度党员教育培训工作的通知
            各县（市）区委组织部：
            现就有关事项通知如下。
            一、总体要求
            坚持以习近平新时代中国特色社会主义思想为指导。
            附件：1.培训计划表
            中共合肥市委组织部
            2021年3月5日
            （此件公开发布）
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(("合组〔2021〕15号", "关于开展2021年度党员教育培训工作的通知"), (doc.DocNumber, doc.Title));
        Assert.Equal(("中共合肥市委组织部", new DateOnly(2021, 3, 5), "各县（市）区委组织部"), (doc.Publisher, doc.Date, doc.Recipients));
        // The attachment list, the signature and the closing note are the document's end, not its body: nothing is dropped.
        Assert.Equal("现就有关事项通知如下。\n一、总体要求\n坚持以习近平新时代中国特色社会主义思想为指导。", Assert.Single(doc.Articles).Body);
        Assert.Equal(["附件：1.培训计划表", "中共合肥市委组织部", "2021年3月5日", "（此件公开发布）"], doc.BackMatter);
    }

    [Fact]
    public void A_notices_copy_list_and_printing_line_are_its_distribution()
    {
        const string text = """
            中共仁寿县委组织部文件
            仁组发〔2021〕15号
            关于开展2021年度村（社区）党组织书记述职评议工作的通知
            各乡镇党委，县级各部门党组（党委）：
            现将有关事项通知如下。
            中共仁寿县委组织部
            （此件公开发布）
            抄送：市委组织部组织一科，
            县委办公室。
            中共仁寿县委组织部办公室　　　　　2021年12月20日印发
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(new Dictionary<string, string> { ["抄送"] = "市委组织部组织一科，县委办公室。" }, doc.Distribution);
        // No date under the signature: the printing line's.
        Assert.Equal(new DateOnly(2021, 12, 20), doc.Date);
    }

    [Fact]
    public void A_line_asking_to_send_something_above_the_signature_is_text_not_a_copy_list()
    {
        const string text = """
            关于报送2023年上半年党建工作总结的通知
            各乡镇党委，县直各单位党组织：
            现将报送上半年党建工作总结有关事项通知如下。
            发送：请将电子版发送至邮箱zzb@163.com
            联系人：张三，电话：88888888
            中共某某县委组织部
            2023年6月1日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Null(doc.Distribution);
        Assert.Equal(("中共某某县委组织部", new DateOnly(2023, 6, 1)), (doc.Publisher, doc.Date));
        Assert.Contains("发送：请将电子版发送至邮箱zzb@163.com", Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void Headlines_led_by_a_bracketed_place_split_articles_no_credit_closes_across_a_page_header_printed_once()
    {
        const string text = """
            组织工作信息
            （第8期）
            中共某某区委组织部                  二〇二三年三月二十日
            【某某街道】推行“小区吹哨、部门报到”机制
            某某街道建立小区议事会36个，推行“小区吹哨、部门报到”，今年以来解决问题210件。
            —1—
            组织工作信息 第8期
            【另一街道】“红色管家”进小区
            另一街道选派机关党员担任“红色管家”，每周进小区走访，收集居民诉求，建立台账销号管理。
            市外参考
            杭州市上城区：打造“近邻”社区服务品牌
            上城区推行“近邻”服务模式，在社区设立邻里中心，整合党群服务、养老托幼等功能。
            （来源：浙江在线）
            —2—
            抄送：区委常委，各街道党工委
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((8, new DateOnly(2023, 3, 20)), (doc.IssueNumber, doc.Date));
        Assert.Equal(["【某某街道】推行“小区吹哨、部门报到”机制", "【另一街道】“红色管家”进小区", "杭州市上城区：打造“近邻”社区服务品牌"],
            doc.Articles.Select(a => a.Title));
        Assert.Equal("某某街道建立小区议事会36个，推行“小区吹哨、部门报到”，今年以来解决问题210件。", doc.Articles[0].Body);
        Assert.Equal((2, "市外参考"), (doc.Articles[2].Page, doc.Articles[2].Section));
        Assert.Equal("上城区推行“近邻”服务模式，在社区设立邻里中心，整合党群服务、养老托幼等功能。", doc.Articles[2].Body);
        Assert.Equal(["（来源：浙江在线）"], doc.Articles[2].Credits);
    }

    [Fact]
    public void A_flush_headline_whose_subject_is_a_known_place_opens_an_article_a_caption_does_not()
    {
        const string text = """
            铜陵组工
            第5期
            中共铜陵市委组织部编印                 2021年4月30日
            全市组织部长会议召开
            4月28日，全市组织部长会议召开。会议总结2020年全市组织工作，部署2021年重点任务。
            枞阳县浮山镇组织部长会议分组讨论现场，党员们认真记录
            会议要求，各级组织部门要围绕中心、服务大局，以党建高质量发展推动经济社会高质量发展。
            义安区实施“墩苗计划”培养年轻干部
            义安区今年选派45名优秀年轻干部到乡镇、村（社区）一线墩苗锻炼，实行“一人一策”跟踪培养。
            义安区年轻干部在社区开展志愿服务
            区委组织部定期开展谈心谈话，对表现突出的及时提拔使用。
            报：省委组织部
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(["全市组织部长会议召开", "义安区实施“墩苗计划”培养年轻干部"], doc.Articles.Select(a => a.Title));
        Assert.Equal("安徽省/铜陵市/义安区", doc.Articles[1].Region);
        Assert.EndsWith("区委组织部定期开展谈心谈话，对表现突出的及时提拔使用。", doc.Articles[1].Body);
    }

    [Fact]
    public void A_section_named_last_in_the_contents_as_its_entries_are_is_no_section_of_the_articles_before_it()
    {
        const string text = """
            人才工作简报
            第 2 期
            中共某某市委人才工作领导小组办公室           2022年7月15日
            本期导读
            ●某某区出台人才新政十条
            ●某某县“人才夜校”受青睐
            ●简讯
            某某区出台人才新政十条
            某某区委组织部
            近日，某某区出台人才工作若干措施，每年安排人才发展专项资金2000万元。
            某某县“人才夜校”受青睐
            某某县委组织部
            某某县依托县委党校开办“人才夜校”，累计培训乡土人才1200余人次。
            简讯
            ◇某某镇召开人才工作推进会。7月8日，某某镇召开人才工作推进会，部署下半年重点任务。
            报：市委常委
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal([null, null, "简讯"], doc.Articles.Select(a => a.Section));
        Assert.Equal(["某某区出台人才新政十条", "某某县“人才夜校”受青睐", "某某镇召开人才工作推进会"], doc.Articles.Select(a => a.Title));
    }

    [Fact]
    public void An_issue_wrapped_at_the_page_width_keeps_its_headlines_whole_and_its_paragraphs_in_their_articles()
    {
        const string text = """
            组 工 动 态
            第12期
            中共岳西县委组织部                    2023年11月6日
            岳西县“三个聚焦”抓实村级后备力
            量培养
            　　今年以来，岳西县聚焦村级后备力量“选、育、用”三个环节，
            建立县乡村三级联动培养机制，全县储备村级后备力量612名，其
            中35岁以下的占78%。
            　　县委组织部对后备力量实行季度考核，考核结果作为使用的重要
            依据。
            （县委组织部组织股）
            响肠镇推行“党员联户”制度
            　　响肠镇将全镇1460名党员编入网格，每名党员联系10至15户群
            众，定期走访，收集社情民意，帮助解决实际困难。
            （响肠镇党委）
            报：市委组织部
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(["岳西县“三个聚焦”抓实村级后备力量培养", "响肠镇推行“党员联户”制度"], doc.Articles.Select(a => a.Title));
        Assert.Equal("今年以来，岳西县聚焦村级后备力量“选、育、用”三个环节，建立县乡村三级联动培养机制，全县储备村级后备力量612名，其中35岁以下的占78%。\n" +
                     "县委组织部对后备力量实行季度考核，考核结果作为使用的重要依据。", doc.Articles[0].Body);
        Assert.Equal(("县委组织部组织股", "响肠镇党委"), (doc.Articles[0].SourceDepartment, doc.Articles[1].SourceDepartment));
    }

    [Fact]
    public void A_name_no_pattern_knows_above_the_issue_line_is_the_series_not_part_of_the_publisher()
    {
        const string text = """
            铜陵先锋
            第3期
            中共铜陵市委组织部                 2023年5月6日
            义安区召开村级换届工作推进会
            5月5日，义安区召开村级换届工作推进会，部署换届各项工作。
            （义安区委组织部）
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(("铜陵先锋", 3, "中共铜陵市委组织部", new DateOnly(2023, 5, 6)), (doc.Series, doc.IssueNumber, doc.Publisher, doc.Date));
        Assert.Equal("义安区召开村级换届工作推进会", Assert.Single(doc.Articles).Title);
    }

    [Fact]
    public void A_telegrams_letter_spaced_marks_are_its_urgency_not_its_title()
    {
        const string text = """
            特 急                                      明 电
            中共某某市委组织部
            某组明电〔2021〕5号                    签发人：张华
            关于做好春节期间走访慰问困难党员工作的通知
            各县（市、区）委组织部，市直各党（工）委：
                春节将至，为做好走访慰问工作，现就有关事项通知如下：
                一、慰问对象。生活困难党员、老党员和因公牺牲党员家属。
                                               中共某某市委组织部
                                               2021年1月18日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.Notice, "关于做好春节期间走访慰问困难党员工作的通知", "特急", "某组明电〔2021〕5号"),
            (doc.Kind, doc.Title, doc.Urgency, doc.DocNumber));
    }

    [Fact]
    public void The_colophon_under_a_recipient_list_is_no_part_of_it_and_gives_the_print_run()
    {
        const string text = """
            组工信息
            第 15 期
            中共某某县委组织部编        2023年6月12日
            某某镇：建立村级后备力量人才库
            某某镇储备村级后备力量86名，实行导师帮带。
            （某某镇党委）
            报：市委组织部
            发：各乡镇党委，县直各党（工）委
            编辑：李明　　审核：张华　　　（共印 120 份）
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal("各乡镇党委，县直各党（工）委", doc.Distribution!["发"]);
        Assert.Equal(120, doc.PrintRun);
        Assert.Equal("某某镇储备村级后备力量86名，实行导师帮带。", Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_single_article_issue_keeps_its_numbered_parts_in_one_article()
    {
        const string text = """
            淮南组工信息
            第 10 期（专刊）
            中共淮南市委组织部研究室        2022年8月8日
            田家庵区：“三项机制”激发基层活力
            今年以来，田家庵区聚焦基层治理，探索建立三项机制。
            一、建立联系机制
            全区128名区级干部联系社区，每月走访不少于2次。
            二、建立评价机制
            对社区书记实行季度评价，评价结果与绩效挂钩。
            （田家庵区委组织部）
            报 送：省委组织部
            （共印60份）
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);
        Assert.Equal(("田家庵区：“三项机制”激发基层活力", "田家庵区委组织部", "安徽省/淮南市/田家庵区"), (article.Title, article.SourceDepartment, article.Region));
        Assert.Contains("\n二、建立评价机制\n", article.Body);
        Assert.Equal("省委组织部", doc.Distribution!["报送"]);
        Assert.Equal(60, doc.PrintRun);
    }

    [Fact]
    public void A_web_page_copied_with_its_site_header_keeps_the_header_out_of_the_title()
    {
        const string text = """
            阜阳先锋网
            首页 > 基层党建
            临泉县：“红色网格”治理见实效
            临泉县委组织部
            发布时间：2022年5月6日 来源：阜阳先锋网 浏览量：88
            临泉县划分红色网格560个，实现党组织全覆盖。
            主办单位：中共阜阳市委组织部
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.Equal(("临泉县：“红色网格”治理见实效", "阜阳先锋网", (int?)88), (doc.Title, doc.Site, doc.Views));
        var article = Assert.Single(doc.Articles);
        Assert.Equal(("临泉县委组织部", "安徽省/阜阳市/临泉县"), (article.SourceDepartment, article.Region));
        Assert.Equal("临泉县划分红色网格560个，实现党组织全覆盖。", article.Body);
    }

    [Fact]
    public void A_county_bulletin_with_bracketed_sections_in_its_contents_and_titles_on_their_own_lines_parses()
    {
        const string text = """
            组 工 信 息
            2021年第5期（总第86期）
            中共怀宁县委组织部办公室编                  2021年3月2日
            目  录
            【工作动态】
            石牌镇：党建引领乡村振兴……………………1
            高河镇：“红色管家”进小区………………2
            【基层风采】
            三桥村：好支书带出好班子………………3
            【工作动态】
            石牌镇：党建引领乡村振兴
            　　石牌镇坚持党建引领，推动产业发展，建成特色产业基地12个。
            （石牌镇党委）
            高河镇：“红色管家”进小区
            　　高河镇在小区成立党支部18个，选派“红色管家”60名。
            【基层风采】
            三桥村：好支书带出好班子
            　　三桥村党支部书记带领村民发展茶叶产业，村集体收入突破50万元。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(("组工信息", 5, 86, "中共怀宁县委组织部办公室"), (doc.Series, doc.IssueNumber, doc.TotalIssueNumber, doc.Publisher));
        Assert.Equal("安徽省/安庆市/怀宁县", doc.Region);
        Assert.Equal(
            [
                ("石牌镇：党建引领乡村振兴", "工作动态", 1, "石牌镇党委"),
                ("高河镇：“红色管家”进小区", "工作动态", 2, null),
                ("三桥村：好支书带出好班子", "基层风采", 3, null),
            ],
            doc.Articles.Select(a => (a.Title, a.Section, a.Page ?? 0, a.SourceDepartment)));
        Assert.Equal("石牌镇坚持党建引领，推动产业发展，建成特色产业基地12个。", doc.Articles[0].Body);
    }

    [Fact]
    public void A_newspaper_page_without_markup_is_split_at_the_titles_its_bylines_follow()
    {
        const string text = """
            安徽日报  2022年5月6日  第3版
            芜湖：“双招双引”激活发展动能
            本报记者 王五
            今年以来，芜湖市组织部门围绕双招双引，选派干部200名。
            铜陵：年轻干部“墩苗”成长
            本报讯（通讯员 赵六）铜陵市选派120名年轻干部到基层墩苗。
            年轻干部在基层一线经受锻炼。 钱七 摄
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        Assert.Equal(new DateOnly(2022, 5, 6), doc.Date);
        Assert.Equal("安徽省", doc.Region); // the paper names its province; two of its cities, neither dominant: no city
        Assert.Equal(
            [("芜湖：“双招双引”激活发展动能", "王五", "安徽省/芜湖市"), ("铜陵：年轻干部“墩苗”成长", "赵六", "安徽省/铜陵市")],
            doc.Articles.Select(a => (a.Title, string.Join(" ", a.Authors), a.Region)));
        Assert.Equal(["年轻干部在基层一线经受锻炼。 钱七 摄"], doc.Articles[1].Captions);
    }

    [Fact]
    public void A_provincial_papers_page_head_and_bylines_naming_the_paper_are_read()
    {
        const string text = """
            湖南日报  2023年6月12日  星期一  第05版：党建
            常德：让“红色物业”暖民心
            湖南日报记者 李国斌  通讯员 王芳
            本报常德6月11日讯  常德市大力推进“红色物业”建设，全市已有326个小区成立党组织。
            郴州：村级后备力量“育苗”工程见效
            湖南日报通讯员 陈明 记者 张伟
            本报郴州6月11日讯  郴州市实施村级后备力量“育苗”工程，三年来共培养村级后备力量4200余名。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.NewspaperPage, "湖南日报"), (doc.Kind, doc.Publisher));
        Assert.Equal(
            [("常德：让“红色物业”暖民心", "李国斌 王芳", "党建", 5), ("郴州：村级后备力量“育苗”工程见效", "陈明 张伟", "党建", 5)],
            doc.Articles.Select(a => (a.Title, string.Join(" ", a.Authors), a.Section, a.Page ?? 0)));
    }

    [Fact]
    public void A_newspaper_pages_news_in_brief_are_items_of_their_own()
    {
        const string text = """
            湖南日报  2023年6月12日  第05版：党建
            郴州：村级后备力量“育苗”工程见效
            湖南日报通讯员 陈明
            本报郴州6月11日讯  郴州市实施村级后备力量“育苗”工程，三年来共培养村级后备力量4200余名。
            简讯
            ●6月8日，省委组织部召开全省组织系统干部教育培训工作座谈会。
                会议研究部署了年轻干部培养工作。
            ●近日，长沙市开展新录用公务员初任培训，培训学员560名。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal("郴州市实施村级后备力量“育苗”工程，三年来共培养村级后备力量4200余名。", doc.Articles[0].Body);
        Assert.Equal(
            [
                (null, "简讯", "6月8日，省委组织部召开全省组织系统干部教育培训工作座谈会。\n会议研究部署了年轻干部培养工作。"),
                (null, "简讯", "近日，长沙市开展新录用公务员初任培训，培训学员560名。"),
            ],
            doc.Articles.Skip(1).Select(a => ((string?)a.Title, a.Section, a.Body)));
    }

    [Fact]
    public void News_in_brief_under_their_own_headlines_are_a_newspapers_items_each_titled()
    {
        // A Macau paper's brief column as its site prints it: the column's name, its day, then headline over △ paragraph.
        const string text = """
            簡訊
            2021-05-19
            『民族心中華情』徵文演講賽接受報名
            △由澳門辛亥•黃埔協進會主辦的青少年徵文演講比賽將於本年七月中旬舉行總決賽,現正接受報名。
            公務華員職工會舉辦親子兩日遊
            △澳門公務華員職工會日前在金象農場舉辦親子兩日遊,由本會理事帶領四十位會員及家屬參加。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.NewspaperPage, new DateOnly(2021, 5, 19)), (doc.Kind, doc.Date));
        Assert.Equal(
            [
                ("『民族心中華情』徵文演講賽接受報名", "簡訊", "由澳門辛亥•黃埔協進會主辦的青少年徵文演講比賽將於本年七月中旬舉行總決賽,現正接受報名。"),
                ("公務華員職工會舉辦親子兩日遊", "簡訊", "澳門公務華員職工會日前在金象農場舉辦親子兩日遊,由本會理事帶領四十位會員及家屬參加。"),
            ],
            doc.Articles.Select(a => (a.Title, a.Section, a.Body)));
    }

    [Fact]
    public void A_brief_under_its_headline_that_names_its_source_follows_the_lead_as_an_item_of_its_own()
    {
        // The lead under its headline and its date ([特讯], a paper's own report), then a brief whose source opens it.
        const string text = """
            政府連串活動慶祝特區成立十九周年
            2018-12-20
            【特訊】為熱烈慶祝澳門特別行政區成立十九周年,特區政府今日將舉行連串活動。
            旅遊局則於晚上9時在旅遊塔對開海面舉行煙花表演。
            特區政府公布本年度授勳名單
            △政府發言人辦公室訊:特區政府昨日公布,向下列人士及實體頒授勳章、獎章和獎狀。
            陳明金 金蓮花榮譽勳章
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.NewspaperPage, new DateOnly(2018, 12, 20)), (doc.Kind, doc.Date));
        Assert.Equal(
            [
                ("政府連串活動慶祝特區成立十九周年", (string?)null, "為熱烈慶祝澳門特別行政區成立十九周年,特區政府今日將舉行連串活動。\n旅遊局則於晚上9時在旅遊塔對開海面舉行煙花表演。"),
                ("特區政府公布本年度授勳名單", "政府發言人辦公室", "特區政府昨日公布,向下列人士及實體頒授勳章、獎章和獎狀。\n陳明金 金蓮花榮譽勳章"),
            ],
            doc.Articles.Select(a => (a.Title, a.SourceDepartment, a.Body)));
    }

    [Fact]
    public void A_newspaper_page_flattened_into_one_line_is_cut_into_its_items_at_the_papers_datelines()
    {
        // A PDF page's text as a document host keeps it: the page line, then every item run on, the second under its headline.
        const string text = """
            A26 中國新聞 責任編輯:曹思遠 版面設計:袁耀誠 2015 年 8 月 10 日(星期一) 香港文匯報訊 中國國民黨參選人洪秀柱昨日表示,要理性思考能源政策,若能源無法穩定供應,不排除第四座核電廠啟封重新運轉。 逾千兩岸青年共話創業 香港文匯報訊(記者 蘇榕蓉 福州報道)海峽青年峰會昨日在福州海峽國際會展中心拉開帷幕,逾千兩岸青年社團負責人和青年代表參加。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.NewspaperPage, new DateOnly(2015, 8, 10)), (doc.Kind, doc.Date));
        Assert.Equal(
            [
                ((string?)null, "", "中國國民黨參選人洪秀柱昨日表示,要理性思考能源政策,若能源無法穩定供應,不排除第四座核電廠啟封重新運轉。"),
                ("逾千兩岸青年共話創業", "蘇榕蓉", "海峽青年峰會昨日在福州海峽國際會展中心拉開帷幕,逾千兩岸青年社團負責人和青年代表參加。"),
            ],
            doc.Articles.Select(a => (a.Title, string.Join(" ", a.Authors), a.Body)));
    }

    [Fact]
    public void A_front_pages_count_of_the_days_pages_makes_a_newspaper_page_of_a_flipbook_hosts_text()
    {
        const string text = """
            發布時間:2024-1-31 | 雜志分類:其他
            今日16版 總第3640期 星期三2024年1月31日
            本報訊(記者 張明凱)1月30日,中央氣象臺預計,我國中東部地區將遭遇入冬以來持續時間最長的雨雪冰凍天氣。
            """;
        Assert.Equal(DocumentKind.NewspaperPage, Samples.Parser.Parse(text).Kind);
    }

    [Fact]
    public void A_front_pages_masthead_dates_the_page_below_a_flipbook_hosts_chrome()
    {
        // The host's chrome and a teaser's item come first; the masthead stands between the items.
        const string text = """
            Published on Apr 25,2023
            點亮航太夢想
            〔本報綜合報導〕大陸多地開展中國航太日活動,各地舉辦航太科普展覽。
            今日 8 版 2023 年 4 月 26 日 星 期 三
            〔本報綜合報導〕2015 年八仙塵爆造成 15 人死亡、400 多人輕重傷,消基會代替家屬提告求償。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.NewspaperPage, new DateOnly(2023, 4, 26)), (doc.Kind, doc.Date));
    }

    [Fact]
    public void An_articles_own_marked_subheads_over_bulleted_points_are_no_news_in_brief()
    {
        const string text = """
            湖南日报  2023年6月12日  第05版：党建
            郴州：村级后备力量“育苗”工程见效
            本报记者 李国斌
            本报郴州6月11日讯  郴州市实施村级后备力量“育苗”工程，三年来共培养村级后备力量4200余名。
            ■ 选苗
            ●各县市区坚持好中选优，从致富能手、退役军人中选拔后备力量，建立人才库。
            ●严格资格审查，实行县级联审，确保人选质量过硬。
            ■ 育苗
                郴州市组织后备力量参加集中培训，安排到村“两委”岗位跟班学习。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);
        Assert.EndsWith("安排到村“两委”岗位跟班学习。", article.Body);
    }

    [Fact]
    public void A_newspaper_page_whose_articles_name_two_counties_of_a_city_is_placed_at_the_city()
    {
        const string text = """
            安庆日报
            2023年7月12日 星期三
            第3版：党建
            抓党建促乡村振兴
            本报记者 王芳
            今年以来，望江县坚持以党建引领乡村振兴，选派驻村第一书记86名。
            宿松：“积分制”激发党员活力
            通讯员 刘洋 陈晨
            近日，宿松县在全县农村党员中推行“积分制”管理。截至目前，宿松县已有1.2万名党员参与积分管理。
            图为宿松县党员志愿者开展服务活动。 刘洋 摄
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal("安徽省/安庆市", doc.Region);
        Assert.Equal(["安徽省/安庆市/望江县", "安徽省/安庆市/宿松县"], doc.Articles.Select(a => a.Region));
    }

    [Fact]
    public void A_news_page_ends_its_text_before_the_review_chain_and_names_the_reporter_of_its_author_field()
    {
        const string text = """
            3月5日，全市组织工作会议在市委党校召开。会议总结去年工作，部署今年任务。
            会议要求，各级组织部门要抓好基层党建重点任务，推动各项工作落地见效。
            来源：某某日报
            作者：某某日报记者 王海燕
            初审：刘明
            复审：陈亮
            终审：赵峰
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);
        Assert.EndsWith("推动各项工作落地见效。", article.Body);
        Assert.Equal(["王海燕"], article.Authors);
        Assert.Equal("某某日报记者 王海燕", doc.Author);
    }

    [Fact]
    public void A_signed_article_keeps_its_headline_over_the_writers_office_line()
    {
        const string text = """
            人民网>>湖南频道

            以高质量组织工作服务高质量发展

            株洲市委常委、组织部部长 刘明华
            2023年05月10日09:15 | 来源：人民网-湖南频道

            组织工作要围绕中心、服务大局，在推动高质量发展中展现担当作为。一是加强干部队伍建设。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.Equal("以高质量组织工作服务高质量发展", doc.Title);
        Assert.Equal(["刘明华"], doc.Articles[0].Authors);
        Assert.Equal("湖南省/株洲市", doc.Region); // where the writer serves
    }

    [Fact]
    public void Stray_lines_without_chinese_and_a_mobile_link_are_no_headline()
    {
        const string text = """
            手机版
            ad3_300*250
            1 1 1
            县委组织部开展年轻干部教育培训
            发布时间：2024-06-03 10:20
            近日，县委组织部举办年轻干部培训班，全县60名年轻干部参加培训。
            """;
        Assert.Equal("县委组织部开展年轻干部教育培训", Samples.Parser.Parse(text).Title);
    }

    [Fact]
    public void Other_pages_teasers_after_the_text_are_no_part_of_it_and_leave_its_closing_credit()
    {
        const string text = """
            6月2日，某某市召开机关党建工作推进会，部署下半年重点任务。会议要求各单位压实责任。(王晓东)
            新闻推荐
            为做好年度立法计划编制工作，市人大常委会现向社会公开征集立法项目建议。现将有关事项公告如下：一、征集...
            本地新闻，新鲜有料。世界很大，期待在此相遇。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);
        Assert.EndsWith("会议要求各单位压实责任。", article.Body);
        Assert.Equal(["王晓东"], article.Authors);
    }

    [Fact]
    public void A_notice_ending_with_its_closing_formula_and_an_undated_signature_parses()
    {
        const string text = """
            各二级党组织：
            根据上级要求，请各单位于5月20日前报送年度党建工作总结。
            特此通知
            中国石油大学(华东)党委组织部
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Null(doc.Title); // 特此通知 closes the body, it titles nothing
        Assert.Equal("中国石油大学(华东)党委组织部", doc.Publisher);
        Assert.Equal("根据上级要求，请各单位于5月20日前报送年度党建工作总结。", doc.Articles[0].Body);
    }

    [Fact]
    public void A_speech_is_dated_by_its_own_bracketed_date_not_by_the_pages_and_its_speakers_office_is_no_department()
    {
        const string text = """
            王建国副县长在全县安全生产工作会议上的讲话
            2010-3-8
            县政府副县长  王建国
            (2009年12月25日)
            同志们：
            今天召开全县安全生产工作会议，主要任务是总结今年工作，安排部署明年任务。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Report, doc.Kind);
        Assert.Equal(new DateOnly(2009, 12, 25), doc.Date);
        Assert.Equal(["王建国"], doc.Articles[0].Authors);
        Assert.Null(doc.Articles[0].SourceDepartment);
    }

    [Fact]
    public void A_newspaper_article_loses_the_jump_to_the_page_it_continues_on()
    {
        const string text = """
            本报讯（记者 李明）近日，市委组织部召开座谈会，听取基层党组织书记意见建议。与会人员结合工作实际，（下转第2版）
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);
        Assert.EndsWith("与会人员结合工作实际，", article.Body);
    }

    [Fact]
    public void Leader_instructions_are_read_up_to_the_first_section()
    {
        const string text = """
            宿州组工信息
            第 4 期
            中共宿州市委组织部研究室
            2022年4月1日
            ★ 市内信息
            埇桥区：党员先锋队冲在一线.....2
            领导批示：
            张三同志批示：此件很好，请各地学习借鉴。
            市内信息
            △埇桥区：党员先锋队冲在一线。埇桥区组建党员先锋队120支。（埇桥区委组织部）
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal("张三同志批示：此件很好，请各地学习借鉴。", doc.LeaderInstructions);
        var article = Assert.Single(doc.Articles);
        Assert.Equal(("埇桥区：党员先锋队冲在一线", "市内信息", 2, "安徽省/宿州市/埇桥区"), (article.Title, article.Section, article.Page ?? 0, article.Region));
    }

    [Fact]
    public void An_editors_line_after_each_article_closes_it_and_loses_none_of_the_issue()
    {
        const string text = """
            组工信息
            2023年第5期
            中共某某县委组织部编印                2023年6月12日
            【工作动态】
            县委组织部召开全县组织工作会议
                6月10日，县委组织部召开全县组织工作会议，部署下半年任务。
            责任编辑：王芳
            松口镇推行党员联户制度
                今年以来，松口镇推行党员联户制度，每名党员联系十户群众。
            联系电话：0731-88888888
            某某乡开展主题党日活动
                6月1日，某某乡组织全体党员开展主题党日活动。
            报：市委组织部
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(["县委组织部召开全县组织工作会议", "松口镇推行党员联户制度", "某某乡开展主题党日活动"], doc.Articles.Select(a => a.Title));
        Assert.All(doc.Articles, a => Assert.Empty(a.Authors));
        Assert.Equal("6月1日，某某乡组织全体党员开展主题党日活动。", doc.Articles[2].Body);
    }

    [Fact]
    public void Leader_instructions_under_their_own_section_heading_are_no_article()
    {
        const string text = """
            组工信息
            第 6 期
            中共南阳市委组织部                     2023年4月3日
            【领导批示】
            市委常委、组织部部长张三同志批示：桐柏县的做法很好，请各地学习借鉴。
            【县区动态】
            桐柏县“三抓三促”推动基层党建提质增效
                今年以来，桐柏县聚焦抓班子、抓队伍、抓阵地，推动基层党建工作提质增效。
                                              （桐柏县委组织部  王磊）
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal("市委常委、组织部部长张三同志批示：桐柏县的做法很好，请各地学习借鉴。", doc.LeaderInstructions);
        var article = Assert.Single(doc.Articles);
        Assert.Equal(("桐柏县“三抓三促”推动基层党建提质增效", "县区动态", "桐柏县委组织部"), (article.Title, article.Section, article.SourceDepartment));
    }

    [Fact]
    public void A_boxed_byline_under_a_headline_is_no_bulleted_item()
    {
        const string text = """
            泰州组工
            2021年第9期（总第188期）
            中共泰州市委组织部编                2021年9月30日
            ★基层来稿★
            靖江市：“三项清单”管好用好年轻干部
            □ 靖江市委组织部  陈晨
            今年以来，靖江市建立问题清单、培养清单、评价清单，推动年轻干部在一线历练成长。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);
        Assert.Equal(("靖江市：“三项清单”管好用好年轻干部", "基层来稿", "靖江市委组织部", "陈晨"),
            (article.Title, article.Section, article.SourceDepartment, Assert.Single(article.Authors)));
    }

    [Fact]
    public void An_interviewee_named_under_the_headline_is_no_author()
    {
        const string text = """
            首页 > 新闻中心 > 工作动态
            抓实基层党建 推动乡村振兴
            专访吉林市委常委、组织部部长董亮
            发布时间：2023-06-12 10:00  来源：吉林日报  作者：本报记者 李抑嫱
            近日，记者就基层党建工作采访了吉林市委组织部负责同志。
            他表示，要切实加强基层党组织建设，推动乡村全面振兴。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);
        Assert.Equal(("抓实基层党建 推动乡村振兴", "李抑嫱"), (article.Title, Assert.Single(article.Authors)));
    }

    [Fact]
    public void More_of_the_story_under_a_further_reading_heading_stays_text()
    {
        const string text = """
            我市出台年轻干部培养十条措施
            发布时间：2023-06-12 10:00  来源：市委组织部
            近日，市委组织部出台《关于加强年轻干部培养的十条措施》，从选拔、培养、使用等方面提出具体要求。
            延伸阅读
            十条措施的主要内容包括：建立年轻干部储备库，实施墩苗计划，完善交流轮岗机制。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);
        Assert.EndsWith("完善交流轮岗机制。", article.Body);
    }

    [Fact]
    public void A_masthead_that_labels_its_date_is_read_as_the_masthead()
    {
        const string text = """
            组工信息
            2023年第5期
            中共某某县委组织部编    日期：2023年6月12日
            【工作动态】
            县委组织部召开全县组织工作会议
                6月10日，县委组织部召开全县组织工作会议，部署下半年任务。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(("中共某某县委组织部", new DateOnly(2023, 6, 12)), (doc.Publisher, doc.Date));
        Assert.Equal("县委组织部召开全县组织工作会议", Assert.Single(doc.Articles).Title);
    }

    [Fact]
    public void Items_led_by_their_place_in_brackets_are_articles_of_their_own()
    {
        const string text = """
            组工动态
            第21期
            中共安庆市委组织部                2023年9月15日
            【县区传真】
            【桐城市】近日，桐城市举办年轻干部能力提升培训班，60名年轻干部参加培训。
            【怀宁县委组织部】9月12日，怀宁县召开村级集体经济发展工作推进会。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(
            [("县区传真", null, "安徽省/安庆市/桐城市"), ("县区传真", "怀宁县委组织部", "安徽省/安庆市/怀宁县")],
            doc.Articles.Select(a => (a.Section, a.SourceDepartment, a.Region)));
        Assert.All(doc.Articles, a => Assert.Null(a.Title));
    }

    [Fact]
    public void A_newspaper_page_with_boxed_bylines_is_split_at_its_headlines()
    {
        const string text = """
            湖南日报  2023年6月12日  第05版：党建
            常德：让“红色物业”暖民心
            □ 本报记者 李国斌
            本报常德6月11日讯  常德市大力推进“红色物业”建设，全市已有326个小区成立党组织。
            郴州：村级后备力量“育苗”工程见效
            □ 王丽 李明
            郴州市实施村级后备力量“育苗”工程，三年来共培养村级后备力量4200余名。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(
            [("常德：让“红色物业”暖民心", "李国斌"), ("郴州：村级后备力量“育苗”工程见效", "王丽 李明")],
            doc.Articles.Select(a => (a.Title, string.Join(" ", a.Authors))));
    }

    [Fact]
    public void A_kicker_and_a_title_over_a_dashed_subtitle_make_the_title()
    {
        const string text = """
            常德日报  2023年6月12日  第02版：综合新闻
            以高质量党建引领高质量发展
            常德：让“红色物业”暖民心
            ——我市推进城市基层党建工作综述
            本报记者 李国斌
            常德市大力推进“红色物业”建设，全市已有326个小区成立党组织。
            我市召开年轻干部工作座谈会
            本报讯（记者 王丽）6月10日，我市召开年轻干部工作座谈会。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(
            [("以高质量党建引领高质量发展常德：让“红色物业”暖民心", "我市推进城市基层党建工作综述"), ("我市召开年轻干部工作座谈会", null)],
            doc.Articles.Select(a => (a.Title, a.Subtitle)));
    }

    [Fact]
    public void A_dateline_with_a_credit_closed_by_报道_names_the_authors_and_leaves_the_body()
    {
        const string text = """
            县委组织部启动基层党建工作“整县推进”行动
            2023-05-12 09:30  来源：云上平江

            云上平江讯 记者 李明 通讯员 刘芳 报道：为理顺基层党建工作管理体制，近日，县委组织部在全县启动基层党建工作“整县推进”行动。
            县委常委、组织部部长主持启动仪式并讲话。
            """;
        var article = Samples.Parser.Parse(text).Articles.Single();
        Assert.Equal(["李明", "刘芳"], article.Authors);
        Assert.StartsWith("为理顺基层党建工作管理体制", article.Body);
    }

    [Fact]
    public void Contents_entries_led_by_their_section_find_their_headlines_and_a_one_line_footer_is_read_by_key()
    {
        const string text = """
            组 工 信 息
            第 12 期

            中共萍乡市委组织部                    二〇二三年六月十六日

            本期导读
            ● 芦溪县“三个一批”建强村级后备力量
            ● 外地经验：浙江省衢州市“村情通”助推基层治理

            【工作动态】

            芦溪县“三个一批”建强村级后备力量
            今年以来，芦溪县坚持把村级后备力量建设作为基层党建重点工作，建立村级后备力量库。
            （芦溪县委组织部）

            【外地经验】

            浙江省衢州市“村情通”助推基层治理
            衢州市依托“村情通”平台，把党务、村务、财务全部上网公开，有效提升了基层治理透明度。
            （摘自《浙江组工》）

            报：市委常委。  送：省委组织部。  发：各县（区）委组织部。
            （共印120份）
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(
            [("芦溪县“三个一批”建强村级后备力量", "工作动态"), ("浙江省衢州市“村情通”助推基层治理", "外地经验")],
            doc.Articles.Select(a => (a.Title, a.Section)));
        Assert.Equal(new Dictionary<string, string> { ["报"] = "市委常委。", ["送"] = "省委组织部。", ["发"] = "各县（区）委组织部。" }, doc.Distribution!);
    }

    [Fact]
    public void A_circulation_note_above_the_masthead_leaves_the_masthead_whole()
    {
        const string text = """
            （此件发至县级）

            组织工作动态

            第23期　　　　　　　　　　　　鹤壁市委组织部编
            2019.05.20
            ━━━━━━━━━━━━━━━━━━━━━━

            淇县推行村干部“坐班制”
            今年以来，淇县在全县村级组织推行村干部“坐班制”，每天安排一名村干部在党群服务中心值班，群众办事不再跑空趟。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(("组织工作动态", 23, new DateOnly(2019, 5, 20)), (doc.Series, doc.IssueNumber, doc.Date));
        Assert.Equal(["淇县推行村干部“坐班制”"], doc.Articles.Select(a => a.Title));
    }

    [Fact]
    public void A_report_signed_at_its_foot_is_dated_and_issued_there_and_the_signature_leaves_the_body()
    {
        const string text = """
            关于全县村级后备干部队伍建设情况的调研报告

            为全面掌握全县村级后备干部队伍建设情况，今年3月至4月，县委组织部成立调研组，深入15个乡镇开展专题调研。现将有关情况报告如下。
            一、基本情况
            全县共有村级后备干部1260名，平均年龄34.5岁，大专以上学历占42%。
            二、主要做法
            县委办公室转发的工作方案明确由以下单位牵头：
            中共怀宁县委组织部
            2019年3月1日
            各乡镇按照方案要求，逐村摸排，建立后备干部人才库。
            三、对策建议
            拓宽选拔渠道，健全培养机制，畅通使用通道。

            中共怀宁县委组织部
            2019年5月6日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Report, new DateOnly(2019, 5, 6), "中共怀宁县委组织部"), (doc.Kind, doc.Date, doc.Publisher));
        Assert.EndsWith("畅通使用通道。", doc.Articles.Single().Body);
        Assert.Contains("2019年3月1日", doc.Articles.Single().Body); // a quoted issuer and date stay text
    }

    [Fact]
    public void Headlines_closed_by_their_source_in_brackets_under_bracketed_contents_and_a_reprint_credit()
    {
        const string text = """
            太湖组工信息　第3期

            中共太湖县委组织部编　　　　　　　　　　2023.5.8

            【本期要目】
            1.弥陀镇推行农村党员“积分制”管理
            2.北中镇打造“红色驿站”服务群众
            3.他山之石：湖南浏阳探索“党建+微网格”

            一、工作动态

            弥陀镇推行农村党员“积分制”管理（弥陀镇党委）
            弥陀镇将农村党员参加“三会一课”、志愿服务等情况纳入积分管理，每季度评星定级，激发了党员队伍活力。

            - 2 -

            北中镇打造“红色驿站”服务群众（北中镇党委）
            北中镇在集镇、村部设立“红色驿站”8个，为群众提供政策咨询、代办服务等。

            二、他山之石

            湖南浏阳探索“党建+微网格”
            浏阳市以党建引领网格化治理，把党小组建在网格上，有效提升了基层治理效能。
            （来源：《学习时报》）
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(
            [("弥陀镇推行农村党员“积分制”管理", "工作动态", "弥陀镇党委"), ("北中镇打造“红色驿站”服务群众", "工作动态", "北中镇党委"), ("湖南浏阳探索“党建+微网格”", "他山之石", null)],
            doc.Articles.Select(a => (a.Title, a.Section, a.SourceDepartment)));
        Assert.EndsWith("有效提升了基层治理效能。", doc.Articles[^1].Body);
    }

    [Fact]
    public void A_notice_issued_jointly_names_both_issuers()
    {
        const string text = """
            怀组〔2023〕15号

            关于开展2023年度村级后备干部集中培训的通知

            各乡镇党委，县直有关单位：
            为进一步加强村级后备干部队伍建设，经研究，决定开展2023年度村级后备干部集中培训。现将有关事项通知如下。
            各乡镇要高度重视，严格落实学员选派工作，确保参训率。

            中共怀宁县委组织部　　　　怀宁县人力资源和社会保障局
            二〇二三年五月八日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(("中共怀宁县委组织部、怀宁县人力资源和社会保障局", new DateOnly(2023, 5, 8)), (doc.Publisher, doc.Date));
    }

    [Fact]
    public void Lines_of_an_article_closed_by_the_unit_responsible_stay_in_it()
    {
        const string text = """
            太湖组工信息　第3期

            中共太湖县委组织部编　　　　　　　　　　2023.5.8

            县委组织部部署2023年基层党建重点任务
            近日，县委组织部印发《2023年全县基层党建工作要点》，明确了全年重点任务。
            一是深化党员教育管理（县委组织部）
            各乡镇党委要严格落实“三会一课”制度，组织党员开展集中学习，全年不少于12次。
            二是抓好村级后备力量建设（县委组织部）
            各乡镇要按照每村不少于2名的标准储备村级后备干部，建立动态管理台账。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(["县委组织部部署2023年基层党建重点任务"], doc.Articles.Select(a => a.Title));
    }

    [Fact]
    public void A_flush_issue_without_contents_whose_headlines_close_with_their_source_is_split_at_each_headline()
    {
        // Written here: no blank lines, no contents, no credits; each headline names its source in brackets.
        const string text = """
            党建工作简报
            第7期
            中共宁陵县委组织部                    2022年9月2日
            宁陵县推行“一村一策”壮大村集体经济（县委组织部）
            宁陵县结合各村资源禀赋制定发展方案，今年全县村集体经济收入10万元以上的村达到86个。
            城关回族镇建强网格党小组（城关回族镇党委）
            城关回族镇把党小组建在网格上，由党员网格员包联农户，及时收集和解决群众诉求。
            逻岗镇开展“支部书记讲党课”活动（逻岗镇党委）
            逻岗镇组织各村支部书记轮流登台讲党课，累计开展32场次，覆盖党员1500余人。
            报：市委组织部
            发：各乡镇党委
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(["宁陵县推行“一村一策”壮大村集体经济", "城关回族镇建强网格党小组", "逻岗镇开展“支部书记讲党课”活动"], doc.Articles.Select(a => a.Title));
        Assert.Equal(["县委组织部", "城关回族镇党委", "逻岗镇党委"], doc.Articles.Select(a => a.SourceDepartment));
        Assert.All(doc.Articles, a => Assert.DoesNotContain("\n", a.Body));
    }

    [Fact]
    public void An_issue_as_an_account_posts_it_with_its_source_line_and_headlines_led_by_their_place_parses()
    {
        // Written here: series and issue parted by a bar, the account's source and time, flush headlines led by a place.
        const string text = """
            宿州组工｜第21期
            来源：宿州组工　2022-08-16 18:05

            埇桥区：“党建+信用”助推乡村治理

            埇桥区在全区推行村民信用积分，把遵纪守法、邻里互助等情况纳入评价，积分可在信用超市兑换商品，目前已覆盖286个村。

            灵璧县：组建“红色代办员”队伍

            灵璧县在每个村选聘2至3名党员担任代办员，为群众代办社保、医保等事项，今年以来代办事项4200余件。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.Bulletin, "宿州组工", (int?)21, (DateOnly?)new DateOnly(2022, 8, 16)), (doc.Kind, doc.Series, doc.IssueNumber, doc.Date));
        Assert.Equal(["埇桥区：“党建+信用”助推乡村治理", "灵璧县：组建“红色代办员”队伍"], doc.Articles.Select(a => a.Title));
        Assert.All(doc.Articles, a => Assert.DoesNotContain("\n", a.Body));
    }

    [Fact]
    public void Contents_entries_that_differ_from_their_headlines_by_punctuation_or_a_speakers_lead_find_them_and_a_speaker_is_no_section()
    {
        const string text = """
            组 工 信 息
            第 12 期

            中共萍乡市委组织部                    二〇二三年六月十六日

            本期导读
            ● 湘东区：“三个一批”建强村级后备力量
            ● 习近平：把党的政治建设摆在首位

            湘东区“三个一批”建强村级后备力量
            今年以来，湘东区坚持把村级后备力量建设作为基层党建重点工作，建立村级后备力量库。
            （湘东区委组织部）

            把党的政治建设摆在首位
            党的政治建设是党的根本性建设，决定党的建设方向和效果。
            （摘自《求是》）
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(
            [("湘东区“三个一批”建强村级后备力量", null), ("把党的政治建设摆在首位", null)],
            doc.Articles.Select(a => (a.Title, a.Section)));
    }

    [Theory]
    [InlineData("短评")]
    [InlineData("【短评】")]
    public void A_page_head_without_a_colon_gives_the_page_and_a_column_under_its_label_is_an_article_of_its_own(string label)
    {
        var text = $"""
            安庆日报
            2023年5月8日  星期一  第3版  党建

            桐城：“红色网格”织密基层治理网
            本报记者  汪洋  通讯员  方芳
            今年以来，桐城市坚持党建引领，将全市划分为1260个网格，推动服务力量下沉。

            怀宁县：村级后备干部“育苗”见成效
            本报通讯员  李明
            怀宁县实施村级后备干部“育苗工程”，从致富能手、退役军人中储备后备干部620名。

            {label}
            让党建引领落到实处
            基层治理千头万绪，关键在党。各地要把党组织的政治优势转化为治理效能。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(
            [("桐城：“红色网格”织密基层治理网", "党建", 3), ("怀宁县：村级后备干部“育苗”见成效", "党建", 3), ("让党建引领落到实处", "短评", 3)],
            doc.Articles.Select(a => (a.Title, a.Section, a.Page ?? 0)));
        Assert.EndsWith("储备后备干部620名。", doc.Articles[1].Body);
    }

    [Fact]
    public void Widgets_around_a_web_article_are_neither_its_headline_nor_its_text()
    {
        const string counted = """
            全文共1120字，阅读大约需要3分钟
            日前，丰台区卢沟桥街道召开“红色物业”工作推进会，20个社区党组织书记参加会议。
            会议通报了上半年物业服务企业党建工作情况，部署下一阶段重点任务。
            责任编辑：李红
            阅读
            转发
            点赞
            评论
            加载中...
            """;
        var doc = Samples.Parser.Parse(counted);
        Assert.Null(doc.Articles.Single().Title);
        Assert.StartsWith("日前，丰台区", doc.Articles.Single().Body);
        Assert.EndsWith("部署下一阶段重点任务。", doc.Articles.Single().Body);

        const string printed = """
            当前位置：首页 > 基层党建
            长丰县推行村级党组织“星级评定”
            发布日期：2021-06-15  来源：长丰县委组织部
            今年以来，长丰县对全县村级党组织开展“星级评定”，评定结果与村干部绩效报酬挂钩。
            全县已评出五星级村党组织23个，带动后进村整改问题140余个。
            打印  关闭
            上一条：长丰县举办村党组织书记培训班
            下一条：长丰县开展党员冬训
            阅读更多 合肥新闻 的文章
            """;
        doc = Samples.Parser.Parse(printed);
        Assert.Equal("长丰县推行村级党组织“星级评定”", doc.Articles.Single().Title);
        Assert.EndsWith("带动后进村整改问题140余个。", doc.Articles.Single().Body);
    }

    [Fact]
    public void A_photo_caption_paragraph_and_a_rating_widget_close_no_newspaper_article()
    {
        const string text = """
            安庆日报
            第05版：要闻

            桐城建立首批社区楼栋党小组
            本报通讯员  方芳
            近日，桐城市在文昌街道试点建立楼栋党小组36个，党员亮身份、领任务，帮助居民解决实际困难。

            上图：楼栋党小组组长走访独居老人。下图：党员志愿者清理楼道杂物。

            评分
            """;
        var doc = Samples.Parser.Parse(text);
        var article = doc.Articles.Single();
        Assert.EndsWith("帮助居民解决实际困难。", article.Body);
        Assert.Contains("上图：楼栋党小组组长走访独居老人。下图：党员志愿者清理楼道杂物。", article.Captions);
    }

    [Fact]
    public void A_web_headline_may_end_with_an_exclamation_or_a_question_mark()
    {
        const string labelled = """
            当前位置：首页 > 工作动态
            全区“两新”组织(商务楼宇)党建观摩活动圆满举办！
            发布时间：2023-04-12  来源：区委组织部
            4月11日，全区“两新”组织(商务楼宇)党建观摩活动举办，30余名楼宇党组织书记参加。
            观摩团先后走进5个楼宇党群服务站，现场学习经验做法。
            """;
        var doc = Samples.Parser.Parse(labelled);
        Assert.Equal("全区“两新”组织(商务楼宇)党建观摩活动圆满举办！", doc.Articles.Single().Title);
        Assert.StartsWith("4月11日，全区", doc.Articles.Single().Body);

        const string asked = """
            您现在的位置：首页 > 党建时评
            基层减负，到底减的是什么?
            近年来，各地持续为基层减负，清理规范各类考核评比，精简会议文件，让基层干部把更多精力用在抓落实上。
            """;
        doc = Samples.Parser.Parse(asked);
        Assert.Equal("基层减负，到底减的是什么?", doc.Articles.Single().Title);
    }

    // A paper's archive page: its day before the paper's name, then the item under its page line and an empty column field.
    private const string ArchiveItemUnderAnEmptyColumn = """
        1955年3月2日人民日报 第3版

        第3版()
        专栏:

        甲县农村党支部坚持民主生活会
        本报讯 近来,甲县农村党支部普遍坚持了民主生活会制度,支部委员会按月开会,检查工作,开展批评和自我批评。
        """;

    [Fact]
    public void A_papers_archive_item_under_an_empty_column_field_is_titled_by_its_headline_alone()
    {
        var doc = Samples.Parser.Parse(ArchiveItemUnderAnEmptyColumn);
        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        Assert.Equal("甲县农村党支部坚持民主生活会", doc.Articles.Single().Title);
    }

    [Fact]
    public void Each_item_under_an_archives_page_line_is_an_article_of_its_own()
    {
        // A photo item without headline, a commentary without dateline whose headline the site also lists above its page
        // line, and a report: no byline or dateline tells the first two apart.
        const string text = """
            1958年4月2日人民日报 第2版

            第2版()
            专栏:

            甲县社员在新修的水渠旁植树。这是植树的场面。

            谈谈农村党支部的学习

            第2版(评论)
            专栏:

            谈谈农村党支部的学习
            农村党支部的学习,是提高党员觉悟的重要一环。各地党组织应当经常检查支部的学习情况。

            第2版()
            专栏:

            甲县农村党支部坚持民主生活会
            本报讯 近来,甲县农村党支部普遍坚持了民主生活会制度,支部委员会按月开会。
            """;
        var articles = Samples.Parser.Parse(text).Articles;
        Assert.Equal([null, "谈谈农村党支部的学习", "甲县农村党支部坚持民主生活会"], articles.Select(a => a.Title));
        Assert.Equal("甲县社员在新修的水渠旁植树。这是植树的场面。", articles[0].Body);
        Assert.StartsWith("农村党支部的学习", articles[1].Body);
        Assert.Equal(("评论", 2), (articles[1].Section, articles[1].Page));
        Assert.StartsWith("近来,甲县农村", articles[2].Body);
    }

    [Fact]
    public void An_archive_item_run_into_one_line_under_the_sites_list_entry_is_titled_by_that_entry()
    {
        // The site lists each title (1. …) and renders the item's page line, column field, headline and text as one line.
        const string text = """
            1964-11-07
            第 1 版
            1. 甲县召开农村党支部书记会议 交流整党经验
            第2版()专栏: 甲县召开农村党支部书记会议 交流整党经验 本报讯 甲县县委日前召开农村党支部书记会议,交流整党经验。 会议要求各支部抓好学习。
            2. 乙县干部下乡参加劳动
            第2版()专栏: 乙县干部下乡参加劳动 本报讯 乙县机关干部分批下乡,同社员一起参加春耕劳动。
            """;
        var articles = Samples.Parser.Parse(text).Articles;
        Assert.Equal(["甲县召开农村党支部书记会议 交流整党经验", "乙县干部下乡参加劳动"], articles.Select(a => a.Title));
        Assert.Equal([2, 2], articles.Select(a => a.Page));
        Assert.StartsWith("甲县县委日前召开", articles[0].Body);
        Assert.StartsWith("乙县机关干部分批下乡", articles[1].Body);
    }

    [Fact]
    public void A_pages_line_breaks_left_in_its_text_as_markup_are_line_breaks()
    {
        // Each item one line of the stored text, its lines apart only by the page's <br/>; a —— subtitle ends the headline
        // (the writers under it, run together, are no part of it).
        const string text = """
            第11版(副刊)<br/>专栏:<br/><br/>  延安二首<br/> 周克玉<br/> 枣园<br/> 吾心久仰枣园春,<br/> 窑洞灯光破夜深。

            第11版(副刊)<br/>专栏:<br/><br/>  听军歌忆郑律成<br/> ——写在“八一”建军节前夕<br/> 丁雪松杨德华<br/> 有人说过:“一首好的革命战歌,胜过一个兵团的威力。”
            """;
        var articles = Samples.Parser.Parse(text).Articles;
        Assert.Equal(["延安二首", "听军歌忆郑律成"], articles.Select(a => a.Title));
        Assert.Equal(("副刊", 11), (articles[0].Section, articles[0].Page));
        Assert.Equal(["周克玉"], articles[0].Authors);
        // A verse's line ending in a comma goes on into the next, as it does with a full-width comma (8c07a38).
        Assert.Equal("枣园\n吾心久仰枣园春,窑洞灯光破夜深。", articles[0].Body);
        Assert.Equal("写在“八一”建军节前夕", articles[1].Subtitle);
    }

    [Fact]
    public void A_page_of_several_items_is_not_placed_by_the_one_item_that_names_a_place()
    {
        const string text = """
            1957年8月25日人民日报 第5版

            第5版()
            专栏:

            河上新船
            今天早晨,我们农业社的社员坐上了社里造的新船,大家又说又笑。

            第5版()
            专栏:

            山西对个体农民加强领导
            本报讯 山西省加强对个体农民的领导,各地普遍建立了联系制度。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Null(doc.Region);
        Assert.Equal([null, "山西省"], doc.Articles.Select(a => a.Region));
    }

    [Fact]
    public void An_archives_note_of_the_picture_after_the_text_is_no_part_of_it()
    {
        const string text = """
            1958年9月24日人民日报 第8版

            第8版()
            专栏:

            河上新船
            今天早晨,我们农业社的社员坐上了社里造的新船,大家又说又笑。(附图片)
            """;
        var article = Samples.Parser.Parse(text).Articles.Single();
        Assert.Equal("今天早晨,我们农业社的社员坐上了社里造的新船,大家又说又笑。", article.Body);
        Assert.Contains("(附图片)", article.Captions);
    }

    [Fact]
    public void A_photographers_credit_after_the_last_sentence_is_the_pictures()
    {
        const string text = """
            甲县干部下乡参加春耕
            本报讯 甲县机关干部分批下乡,同社员一起参加春耕劳动。 图为干部同社员一起插秧。 新华社记者 李明摄
            """;
        var article = Samples.Parser.Parse(text).Articles.Single();
        Assert.EndsWith("图为干部同社员一起插秧。", article.Body);
        Assert.Contains("新华社记者 李明摄", article.Captions);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void An_archive_page_heading_its_day_before_the_papers_name_is_published_by_that_paper()
    {
        var doc = Samples.Parser.Parse(ArchiveItemUnderAnEmptyColumn);
        Assert.Equal(("人民日报", new DateOnly(1955, 3, 2)), (doc.Publisher, doc.Date));
    }

    [Fact]
    public void A_sites_disclaimer_after_the_text_is_no_part_of_it()
    {
        const string text = """
            甲县开展党员冬训
            发布时间:2020-06-02
            近日,甲县党委组织全县党员开展冬训,300余名党员参加。冬训分三期进行。
            免责声明:
            - 1、本网刊登的文章仅代表作者个人观点,文章内容仅供参考,并不构成投资建议。
            - 2、本网转载的文章均已注明来源,版权归原作者所有,如有侵权请联系我们删除!
            """;
        Assert.EndsWith("冬训分三期进行。", Samples.Parser.Parse(text).Articles.Single().Body);
    }

    [Fact]
    public void A_portal_line_led_by_the_sites_name_is_no_part_of_the_headline()
    {
        const string text = """
            当前位置: 工作动态>> 地方政务
            甲省地方党委换届工作有序进行
            甲省政府门户网站 www.jia.gov.cn   2016年07月14日   来源:甲省日报
                记者从全省组织部长座谈会上获悉:全省地方党委换届工作正在有序进行。截至7月12日,已有24个县召开党代会。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = doc.Articles.Single();
        Assert.Equal(new DateOnly(2016, 7, 14), doc.Date);
        Assert.Equal("甲省地方党委换届工作有序进行", article.Title);
        Assert.Null(article.Subtitle);
        Assert.StartsWith("记者从全省", article.Body);
    }

    [Fact]
    public void A_signature_a_copy_site_masked_names_no_issuer()
    {
        const string text = """
            临政办〔2022〕9号
            各乡镇人民政府，县政府各部门：
            《县防汛抗旱应急预案》已经县政府同意，现印发给你们，请认真贯彻执行。
            (略) 人民政府办公室
            2022年5月6日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Null(doc.Publisher);
        Assert.Null(doc.Articles.Single().SourceDepartment);
        Assert.Equal(new DateOnly(2022, 5, 6), doc.Date);
    }

    [Fact]
    public void A_portal_disclosure_table_with_letter_spaced_labels_is_no_part_of_the_notice_title()
    {
        const string text = """
            首  页  信 息 公 开  办 事 服 务  互 动 交 流
            索  引  号  11340100/2022-01156     主 题 分 类  组织人事
            发 文 机 关  中共合肥市委组织部     成 文 日 期  2022-03-15
            名        称  中共合肥市委组织部关于做好2022年度发展党员工作的通知
            文        号  合组〔2022〕8号
            中共合肥市委组织部关于做好2022年度发展党员工作的通知
            各县（市）区委组织部，市直各党（工）委：
            为做好2022年度发展党员工作，现就有关事项通知如下。各地要坚持标准，严格程序，确保发展党员质量。
            中共合肥市委组织部
            2022年3月15日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal("中共合肥市委组织部关于做好2022年度发展党员工作的通知", doc.Title);
        Assert.Equal("合组〔2022〕8号", doc.DocNumber);
    }

    [Fact]
    public void A_document_reposted_under_a_portals_headline_keeps_its_number_issuer_and_date()
    {
        const string text = """
            宣城市人民政府 安徽省民政厅
            当前位置：首页 > 政策文件 > 市委市政府文件
            关于加强新时代村级组织建设的若干措施
            发布日期：2021-09-14  字号：[大 中 小]

            宣发〔2021〕11

            中共宣城市委  宣城市人民政府
            关于加强新时代村级组织建设的若干措施
            （2021年6月30日）

            为进一步加强村级组织建设，夯实党在农村的执政基础，结合我市实际，提出如下措施。
            一、健全组织体系
            全面推行村党组织书记通过法定程序担任村民委员会主任，优化村“两委”班子结构。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(("宣发〔2021〕11", new DateOnly(2021, 6, 30)), (doc.DocNumber, doc.Date));
        Assert.Equal(("中共宣城市委", "中共宣城市委"), (doc.Publisher, doc.Articles.Single().SourceDepartment));
        Assert.StartsWith("为进一步加强村级组织建设", doc.Articles.Single().Body);
    }

    [Fact]
    public void An_epaper_page_line_in_chinese_numerals_or_with_a_long_page_name_gives_page_and_section()
    {
        const string numbered = """
            三版:基层党建总第1024期 >2015-06-18编印

            我县推行村级党务公开“明白卡”
            发布日期:2015-06-18 点击次数: 作者:xwzx
                近日，我县在全县187个行政村推行党务公开“明白卡”，将党员发展、党费收缴等事项逐项公开，接受群众监督。
                下一步，县委组织部将把“明白卡”落实情况纳入村党组织书记述职评议内容。
            """;
        var doc = Samples.Parser.Parse(numbered);
        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        var article = doc.Articles.Single();
        Assert.Equal(("我县推行村级党务公开“明白卡”", "基层党建", 3), (article.Title, article.Section, article.Page ?? 0));

        const string named = """
            安庆日报 数字报
            第十二版：纪念改革开放四十周年特别策划·基层党建巡礼

            宿松“党员中心户”架起连心桥
            本报通讯员  周明
            宿松县在全县推行“党员中心户”制度，每名中心户联系10至15户群众，收集社情民意2300余条。
            """;
        doc = Samples.Parser.Parse(named);
        article = doc.Articles.Single();
        Assert.Equal(("宿松“党员中心户”架起连心桥", "纪念改革开放四十周年特别策划·基层党建巡礼", 12), (article.Title, article.Section, article.Page ?? 0));
    }

    [Fact]
    public void A_disclosure_page_naming_the_issuing_organ_carries_an_official_document()
    {
        const string text = """
            当前位置：首页 > 信息公开 > 公示公告
            索引号：11340122/2022-00318  主题分类：
            发文机关：肥西县上派镇  发文日期：2022-08-16
            名称：关于上派镇村级后备干部人选的公
            文号：
            关于上派镇村级后备干部人选的公
            2022-08-16   来源：上派镇人民政府  【字体：大 中 小】
            经个人报名、资格审查、考察考核，确定以下同志为村级后备干部人选，接受群众监督。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(("肥西县上派镇", "安徽省/合肥市/肥西县", new DateOnly(2022, 8, 16)), (doc.Publisher, doc.Region, doc.Date));
    }

    [Fact]
    public void An_epaper_item_without_byline_keeps_its_headline()
    {
        const string text = """
            皖北日报 数字报

            第03版：聚焦基层党建

            文章导航

            成立全市首个快递行业党委

              本月初，全市首个快递行业党委在经开区挂牌成立，覆盖快递企业28家、党员120名。

              下一步，行业党委将推动快递企业党组织应建尽建，引导快递小哥参与社区治理。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        var article = doc.Articles.Single();
        Assert.Equal(("成立全市首个快递行业党委", "聚焦基层党建", 3), (article.Title, article.Section, article.Page ?? 0));
        Assert.StartsWith("本月初，全市首个", article.Body);
    }

    [Fact]
    public void A_paper_item_reposted_by_a_community_site_under_its_source_label_is_a_web_article()
    {
        const string text = """
            来自：新桥社区

            新桥社区与区图书馆共建“社区书房”

            2019年04月02日

            2019年03月28日09:42

              本报讯近日，新桥社区党委与区图书馆签订共建协议，在社区党群服务中心开设“社区书房”，首批配送图书2000册。

              据介绍，“社区书房”由党员志愿者轮流值守，每周开放六天。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.Equal("新桥社区与区图书馆共建“社区书房”", doc.Articles.Single().Title);
        Assert.StartsWith("近日，新桥社区党委", doc.Articles.Single().Body);
    }

    [Fact]
    public void A_town_credited_after_the_last_sentence_is_no_part_of_the_text_nor_a_department()
    {
        const string text = """
            5月12日下午，渠县土溪镇召开村级后备干部座谈会，20名后备干部交流学习体会。
            镇党委书记要求后备干部主动担当作为，在基层一线经受锻炼，为全镇乡村振兴贡献力量。(渠县土溪镇)
            阅读更多 川东新闻 的文章
            """;
        var doc = Samples.Parser.Parse(text);
        var article = doc.Articles.Single();
        Assert.EndsWith("为全镇乡村振兴贡献力量。", article.Body);
        Assert.Null(article.SourceDepartment);
    }

    [Fact]
    public void A_forum_copy_strewn_with_anti_copy_junk_reads_as_the_web_article_it_carries()
    {
        const string text = """
            2015年03月02日08:30 来源:《安庆日报》 (记者方芳)3 K! p- q7 Z5 m. e1 w% X
            4 h* V; q0 ]0 R- W
            2日，宿松县孚玉镇召开“两新”组织党建工作推进会，辖区32家企业党组织负责人参加。u# Y+ A6 c. M8 {1 r
            : [" q6 I- T! w3 z
            会议要求各企业党组织落实“三会一课”制度，发挥党员先锋模范作用。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.WebArticle, new DateOnly(2015, 3, 2)), (doc.Kind, doc.Date));
        Assert.StartsWith("2日，宿松县孚玉镇", doc.Articles.Single().Body);
    }

    [Fact]
    public void An_item_datelined_by_the_papers_own_reporter_away_from_home_is_a_newspaper_item()
    {
        const string text = """
            本报大理5月9日电 （记者 赵红梅）今天上午，州委组织部召开全州党员教育培训工作推进会，部署下半年重点任务。
            会议要求，各县市要把培训经费列入预算，确保每名党员每年参加集中培训不少于32学时。
            州委组织部有关负责同志对做好下一步工作提出了具体要求。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = doc.Articles.Single();
        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        Assert.Equal(["赵红梅"], article.Authors);
        Assert.StartsWith("今天上午，州委组织部", article.Body);
    }

    [Fact]
    public void An_e_paper_page_line_that_lost_its_ban_still_gives_page_and_section_and_a_boxed_department_byline_opens_the_item()
    {
        const string text = """
            第B03:理论之窗
            上一版  下一版
            2015年03月06日 星期五 出版
            放大 缩小 默认
            以组织振兴引领乡村振兴
            县委组织部推行村级党建联盟
              □通讯员 林组
              本报讯 近日,县委组织部在全县推行村级党建联盟,把相邻的3至5个村组成一个联盟,统一谋划产业发展。
              目前,全县已组建党建联盟26个,覆盖行政村108个。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = doc.Articles.Single();
        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        Assert.Equal(("以组织振兴引领乡村振兴", "县委组织部推行村级党建联盟", "理论之窗", 3),
            (article.Title, article.Subtitle, article.Section, article.Page));
        Assert.StartsWith("近日,县委组织部", article.Body);
    }

    [Fact]
    public void An_e_paper_template_naming_the_current_page_gives_the_page_and_its_headline()
    {
        const string text = """
            通版阅读请点击:
            展开通版
            收缩通版
            当前版:03版
            发布日期:2020年06月18日 上一版  下一版
            县委组织部开展年轻干部轮岗交流
            文章字数:512
              本报讯(王敏)6月17日,县委组织部召开会议,安排部署年轻干部轮岗交流工作。
              会议要求,各乡镇要把轮岗交流与日常考核结合起来。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = doc.Articles.Single();
        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        Assert.Equal(("县委组织部开展年轻干部轮岗交流", 3), (article.Title, article.Page));
        Assert.StartsWith("6月17日,县委组织部", article.Body);
    }

    [Fact]
    public void A_policy_research_office_named_as_the_source_under_the_text_is_its_department()
    {
        const string text = """
            淮北市委政研室召开理论学习中心组学习会
            2019-05-08
            5月7日上午,淮北市委政研室召开理论学习中心组学习会,传达学习全市组织工作会议精神,研究部署下一步工作。
            来源:淮北市委政研室
            """;
        var article = Samples.Parser.Parse(text).Articles.Single();
        Assert.Equal("淮北市委政研室", article.SourceDepartment);
    }

    [Fact]
    public void A_red_header_split_over_two_lines_under_a_column_named_for_files_is_the_issuer()
    {
        const string text = """
            您的位置: 首页  >>  政务公开  >>  市政府文件  >>  正文
            市政府文件

            关于印发《某某市推进城乡基层治理实施方案》的通知

            来源:市政府办公室 发布时间:2021年05月12日 10:20 浏览次数:

            某某市人民政府

            文件

            某政发〔2021〕9号

            关于印发《某某市推进城乡基层治理实施方案》的通知

            各县(区)人民政府,市政府各部门:

            《某某市推进城乡基层治理实施方案》已经市政府常务会议审议通过,现印发给你们,请认真贯彻执行。

            2021年5月10日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(("某某市人民政府", "某某市人民政府"), (doc.Publisher, doc.Articles.Single().SourceDepartment));
    }

    [Fact]
    public void A_deck_as_long_as_the_headline_above_the_page_labels_is_its_subtitle()
    {
        const string text = """
            当前位置：首页 > 基层党建
            全市首个园区党群服务中心在高新区揭牌
            可为企业职工提供30多项便民服务
            发布时间:2023-05-10 来源:某某日报
            5月9日,全市首个建在产业园区的党群服务中心在高新区正式揭牌,可为园区企业职工提供政策咨询、技能培训等服务。
            据了解,该中心面积约600平方米,由园区党工委统一管理。
            """;
        var article = Samples.Parser.Parse(text).Articles.Single();
        Assert.Equal(("全市首个园区党群服务中心在高新区揭牌", "可为企业职工提供30多项便民服务"), (article.Title, article.Subtitle));
    }

    [Fact]
    public void A_lead_sentence_restating_the_headline_after_the_day_is_the_first_paragraph()
    {
        const string text = """
            全县村党组织书记轮训班在党校开班
            2021-04-12 10:05:00 来源:县融媒体中心
            4月10日至11日,全县村党组织书记轮训班在党校开班。
            县委组织部主要负责同志作开班动员。
            """;
        var article = Samples.Parser.Parse(text).Articles.Single();
        Assert.StartsWith("4月10日至11日,全县村党组织书记轮训班在党校开班。", article.Body);
    }

    [Fact]
    public void A_forums_calls_to_register_and_log_in_are_chrome_not_the_headline()
    {
        const string text = """
            马上注册,结交更多好友,享用更多功能,让你轻松玩转社区
            您需要 登录 才可以下载或查看,没有账号?立即注册
            x
            近日,县委组织部公布了2022年度五星级党支部名单,全县共有12个村党支部入选。
            下一步,县委组织部将组织入选党支部开展经验交流。
            来源:县委组织部
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Null(doc.Articles.Single().Title);
        Assert.StartsWith("近日,县委组织部公布", doc.Articles.Single().Body);
    }

    [Fact]
    public void A_breadcrumb_run_together_without_separators_is_chrome_not_the_headline()
    {
        const string text = """
            首页范文工作总结述职报告
            导航
            乡镇党委书记抓基层党建工作述职报告
            县委组织部:
              今年以来,我认真履行抓基层党建第一责任人职责,现将有关情况报告如下:
              一、主要做法
              一是压实责任。镇党委每季度专题研究基层党建工作,形成了书记带头抓、班子成员分头抓的工作格局。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal("乡镇党委书记抓基层党建工作述职报告", doc.Articles.Single().Title);
    }

    [Fact]
    public void The_date_and_time_a_site_stamps_on_the_byline_line_is_the_page_date()
    {
        const string text = """
            当前位置: 首页 > 镇街动态 > 正文
            石楼镇举办村级后备干部能力提升培训班
            | 【记者 张明】【编辑 李华】通讯员 王芳 | 2022-03-08 10:21:05
            3月7日,石楼镇举办村级后备干部能力提升培训班,全镇60余名村级后备干部参加培训。
            培训采取专题授课与现场教学相结合的方式进行。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(new DateOnly(2022, 3, 8), doc.Date);
    }

    [Fact]
    public void An_attachment_linked_by_its_file_name_before_the_signature_is_no_part_of_the_text()
    {
        const string text = """
            关于做好春节期间走访慰问工作的通知
            各党支部:
              春节将至,为做好困难党员走访慰问工作,请各党支部摸清本支部困难党员情况,于1月20日前报党委组织部。
              特此通知。
            困难党员情况统计表.xls
            党委组织部
            2019年1月10日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Notice, new DateOnly(2019, 1, 10)), (doc.Kind, doc.Date));
        Assert.EndsWith("于1月20日前报党委组织部。", doc.Articles.Single().Body);
    }

    [Fact]
    public void A_notice_addressed_to_a_single_body_without_ge_names_its_recipients()
    {
        const string text = """
            关于开展党员志愿服务活动的通知
            学生工作处:
              为深入开展学雷锋志愿服务,经研究,决定在3月组织党员志愿服务活动,现将有关事项通知如下:
              一、活动时间为3月1日至31日。
              二、请于3月25日前报送活动总结。
            党委组织部
            2020年3月2日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Notice, "学生工作处"), (doc.Kind, doc.Recipients));
    }

    [Fact]
    public void A_date_alone_right_after_an_issuing_notices_closing_request_is_its_signature()
    {
        const string text = """
            关于印发《机关考勤管理办法》的通知
            各科室:
              《机关考勤管理办法》已经局务会议研究通过,现予印发,请遵照执行。
                                        二〇一九年五月六日
            机关考勤管理办法
              第一条 为加强机关作风建设,严肃工作纪律,制定本办法。
              第二条 本办法适用于局机关全体工作人员。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Notice, new DateOnly(2019, 5, 6)), (doc.Kind, doc.Date));
        Assert.EndsWith("第二条 本办法适用于局机关全体工作人员。", doc.Articles.Single().Body);
    }
    // A research office's digest: its university over the editing unit on a line of its own, the issue, total and date on
    // the unit's line, a list of what follows numbered 1. 2. 3. without a label, the first headline wrapped after its colon.
    private const string DigestWithNumberedContents = """
        高等教育参考
        中国石油大学(华东)
        高等教育研究所编 第3期(总第21期) 2010年5月6日
        1.教育部:进一步加强高校教师队伍建设
        2.高校科研评价改革的几点思考
        3.浙江大学推行教师分类管理
        教育部:
        进一步加强高校教师队伍建设
        教育部近日召开直属高校工作咨询委员会会议,要求各高校把教师队伍建设摆在更加突出的位置,完善教师培养培训体系。
        会议强调,要健全教师考核评价制度,引导教师潜心教书育人。
        高校科研评价改革的几点思考
        当前,一些高校科研评价过分看重论文数量,导致急功近利的倾向,必须加以改进。
        浙江大学推行教师分类管理
        浙江大学将教师分为教学为主型、教学科研型和研究为主型三类,分类设置考核标准。
        """;

    [Fact]
    public void A_mastheads_editing_unit_under_its_parent_body_gives_the_issue_and_the_whole_publisher()
    {
        var doc = Samples.Parser.Parse(DigestWithNumberedContents);
        Assert.Equal((DocumentKind.Bulletin, 3, 21, new DateOnly(2010, 5, 6)), (doc.Kind, doc.IssueNumber, doc.TotalIssueNumber, doc.Date));
        Assert.Equal("中国石油大学(华东)高等教育研究所", doc.Publisher);
    }

    [Fact]
    public void Lines_numbered_in_turn_under_the_masthead_are_its_contents_not_articles()
    {
        var doc = Samples.Parser.Parse(DigestWithNumberedContents);
        Assert.Equal(["教育部:进一步加强高校教师队伍建设", "高校科研评价改革的几点思考", "浙江大学推行教师分类管理"], doc.Contents.Select(c => c.Title));
        Assert.Equal(3, doc.Articles.Count);
    }

    [Fact]
    public void A_headline_broken_after_the_colon_of_its_lead_is_one_title()
    {
        var doc = Samples.Parser.Parse(DigestWithNumberedContents);
        Assert.Equal("教育部:进一步加强高校教师队伍建设", doc.Articles[0].Title);
        Assert.StartsWith("教育部近日召开直属高校", doc.Articles[0].Body);
    }
    [Fact]
    public void Two_offices_signing_side_by_side_with_one_space_are_the_signature_and_date_the_notice()
    {
        const string text = """
            各学院党委、各职能部门:
            经研究,决定于6月20日下午在图书馆报告厅召开全校安全稳定工作会议,请各单位主要负责人准时参加。
            1.请各单位于6月18日前报送参会人员名单。
            2.请参会人员提前十分钟入场。
            学校办公室 保卫处
            2019年6月15日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Notice, new DateOnly(2019, 6, 15), "学校办公室、保卫处"), (doc.Kind, doc.Date, doc.Publisher));
        Assert.EndsWith("2.请参会人员提前十分钟入场。", doc.Articles.Single().Body);
    }

    // A news site's regional channel: another special's banner above the breadcrumb, the stamp with its year set apart,
    // the source, the headline under them, the reporter in brackets closing the last paragraph, the page's tracking code.
    private const string ChannelPageUnderABanner = """
        新华社“乡村振兴”系列报道专题
        青海频道 > 正文
        2021 07/ 02 09:15
        来源: 新华社
        青海选派千名干部驻村帮扶
        字体:
        青海省1日召开干部驻村工作会议,全省选派1000余名干部进驻村(社区),为群众办实事。
        据介绍,驻村工作队将重点帮助基层发展集体经济、健全规章制度。(记者王明)
        【纠错】 【责任编辑: 李华】
        010020070800000000000000011200000000000000
        """;

    [Fact]
    public void A_banner_above_the_breadcrumb_is_no_headline_and_the_stamp_dates_the_page()
    {
        var doc = Samples.Parser.Parse(ChannelPageUnderABanner);
        Assert.Equal(("青海选派千名干部驻村帮扶", new DateOnly(2021, 7, 2)), (doc.Title, doc.Date));
    }

    [Fact]
    public void A_pages_tracking_code_after_the_text_leaves_the_reporter_closing_the_last_paragraph()
    {
        var article = Samples.Parser.Parse(ChannelPageUnderABanner).Articles.Single();
        Assert.Equal(["王明"], article.Authors);
        Assert.EndsWith("健全规章制度。", article.Body);
    }

    // An agency's item on a news page: the end mark after the last paragraph, the editor's stamp in brackets closing the
    // text, then another channel's video titles (no heading over them).
    private const string AgencyItemWithVideosAfter = """
        首頁 -> 頭條
        澳門公務員培訓中心下月啟用
        2022-03-02 10:15 | 稿件來源:澳門中通社
        澳門中通社3月2日電 澳門特區政府行政公職局2日表示,公務員培訓中心將於下月啟用。
        行政公職局表示,中心將開設國家事務、憲法和基本法等課程,並會陸續更新。(完)
        【編輯:陈明】
        視頻
        更 多
        香港回歸25周年|市民:國家是最堅強的後盾!
        珠海橫琴新區發展提速 兩地合作更緊密
        """;

    [Fact]
    public void An_editors_stamp_in_brackets_closes_the_text_and_the_agencys_end_mark_is_no_part_of_it()
    {
        var doc = Samples.Parser.Parse(AgencyItemWithVideosAfter);
        Assert.Equal("陈明", doc.Author);
        Assert.EndsWith("並會陸續更新。", doc.Articles.Single().Body);
    }

    // Notices whose title wraps after the issuers' 印发 or 转发: one issuer; two side by side, the next line letter-spaced.
    private const string TitleWrappedAfterItsIssuer = """
        绥政发〔2024〕9号
        绥化市人民政府印发
        关于加强基层公共服务的若干措施的通知
        各县(市、区)人民政府,市政府各部门:
        《关于加强基层公共服务的若干措施》已经市政府常务会议审议通过,现印发给你们,请认真贯彻执行。
        绥化市人民政府
        2024年3月8日
        """;

    private const string TitleWrappedAfterTwoIssuers = """
        伊政办发〔2023〕5号
        伊春市人民政府办公室 伊春市中级人民法院办公室转发
        关于做好行政争议化解工作意见的通 知
        各区(县、市)人民政府,市政府各部门:
        《关于做好行政争议化解工作的意见》已经市政府同意,现转发给你们,请认真贯彻执行。
        伊春市人民政府办公室
        2023年5月9日
        """;

    [Theory]
    [InlineData(TitleWrappedAfterItsIssuer, "绥化市人民政府印发关于加强基层公共服务的若干措施的通知")]
    [InlineData(TitleWrappedAfterTwoIssuers, "伊春市人民政府办公室 伊春市中级人民法院办公室转发关于做好行政争议化解工作意见的通知")]
    public void A_title_wrapped_after_its_issuers_transmitting_verb_is_one_title_keeping_the_space_between_words(string text, string title)
    {
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Notice, title), (doc.Kind, doc.Title));
    }

    // A paper's serial, one installment on its page: the marks tying it to the issues before and after it are no headline
    // and no part of the text.
    private const string SerialInstallment = """
        (接上期)
        南下干部在县城集中后,编为一个中队,由县委副书记任中队长,分三批出发。
        一路上,他们白天行军,夜里宿营,途经十多个县,历时四十余天到达目的地。
        (未完待续)
        """;

    [Fact]
    public void A_serials_marks_to_the_issues_before_and_after_are_neither_its_title_nor_its_text()
    {
        var article = Samples.Parser.Parse(SerialInstallment).Articles.Single();
        Assert.Null(article.Title);
        Assert.StartsWith("南下干部", article.Body);
        Assert.EndsWith("到达目的地。", article.Body);
    }

    // A forum's copy of a county item: the board software's credit under the text is the site's footer.
    private const string ForumPostWithSoftwareCredit = """
        全县基层党建工作推进会召开
        6月12日,全县基层党建工作推进会召开,各乡镇党委书记参加会议。
        会议要求,各乡镇要压实责任,确保各项任务按期完成。
        Powered by Discuz! X3.4
        ( 豫ICP备12345678号-1 )
        """;

    [Fact]
    public void A_forum_softwares_credit_under_the_text_is_the_sites_footer()
    {
        var article = Samples.Parser.Parse(ForumPostWithSoftwareCredit).Articles.Single();
        Assert.EndsWith("按期完成。", article.Body);
    }

    // A copy that kept the page's pictures as Markdown, one empty and one with its address, glued to paragraphs.
    private const string PostWithImageMarkup = """
        乡镇组织委员集中培训结束
        ![]() 7月3日至5日,全市乡镇组织委员集中培训在市委党校举办,120余人参加培训。
        培训采取专题讲座、现场教学等方式进行。![培训现场](/uploads/2019/07/px.jpg)
        """;

    [Fact]
    public void A_picture_kept_as_markdown_is_no_part_of_the_paragraph_it_is_glued_to()
    {
        var article = Samples.Parser.Parse(PostWithImageMarkup).Articles.Single();
        Assert.StartsWith("7月3日至5日", article.Body);
        Assert.EndsWith("等方式进行。", article.Body);
    }

    // A county item copied with its reporter's line after the text and the source under it: the short line is the
    // writer's byline, not a photo's caption.
    private const string ItemWithBylineOverSource = """
        全县“三会”筹备工作安排部署会召开
        2月8日,全县“三会”筹备工作安排部署会召开,县委副书记出席会议。
        会议要求,各筹备工作组要各司其职,确保大会开成功。
        记者 吕晓琼
        (来源:县人民政府网站)
        """;

    [Fact]
    public void A_byline_under_the_last_paragraph_is_no_caption()
    {
        var article = Samples.Parser.Parse(ItemWithBylineOverSource).Articles.Single();
        Assert.Equal(["吕晓琼"], article.Authors);
        Assert.Empty(article.Captions);
        Assert.EndsWith("确保大会开成功。", article.Body);
    }

    // A speech on a document site: the page's headline puts the speaker's office before the speech's own heading.
    private const string SpeechUnderAPageHeadline = """
        县委组织部长在全县组工信息调研工作座谈会上的讲话
        在全县组工信息调研工作座谈会上的讲话
        同志们:
        今天,我们召开全县组工信息调研工作座谈会,主要任务是总结去年工作,安排今年任务。
        一、提高认识,切实增强做好信息调研工作的责任感
        信息调研工作是组织工作的重要组成部分,各单位要高度重视。
        """;

    [Fact]
    public void The_speechs_own_heading_under_a_headline_naming_the_speaker_is_the_title()
    {
        var doc = Samples.Parser.Parse(SpeechUnderAPageHeadline);
        var article = doc.Articles.Single();
        Assert.Equal("在全县组工信息调研工作座谈会上的讲话", doc.Title);
        Assert.Equal("在全县组工信息调研工作座谈会上的讲话", article.Title);
        Assert.Null(article.Subtitle);
        Assert.StartsWith("今天,我们召开", article.Body);
    }

    // A department's page forwarding a notice it does not sign: the date stands alone under the last paragraph.
    private const string UnsignedForwardingNotice = """
        关于开通党员咨询服务电话的通知
        各党总支:
        现将有关通知转发给你们,请按照文件要求,尽快将通知精神传达到党支部,及时办理有关部门移交的服务事项。
        二〇〇九年三月二十五日
        """;

    [Fact]
    public void The_date_alone_under_an_unsigned_notice_is_its_date()
    {
        var doc = Samples.Parser.Parse(UnsignedForwardingNotice);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(new DateOnly(2009, 3, 25), doc.Date);
        Assert.EndsWith("移交的服务事项。", doc.Articles.Single().Body);
    }

    [Fact]
    public void The_date_alone_under_an_unsigned_notices_contact_lines_is_its_date()
    {
        const string text = """
            关于设立党员旁听席的公告
            镇党代表大会将于3月23日召开,现将设立党员旁听席的有关事项公告如下:
            一、旁听名额为10人。
            二、报名地点:
            镇党政办公室 联系电话:88788222
            镇党员服务中心 联系电话:88781462
            二〇一〇年三月十七日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(new DateOnly(2010, 3, 17), doc.Date);
        Assert.EndsWith("联系电话:88781462", doc.Articles.Single().Body);
    }

    // A page whose date line runs into the font widget after it (2024-02-24 20:10字体:), a share label under it.
    private const string DateLineIntoFontWidget = """
        当前位置: > 工作动态 >

        全市推进城市基层党建引领基层治理

        2024-03-18 09:30字体:
        分享到:

          近年来,某市持续加强和改进城市基层党建引领基层治理工作,群众的幸福感不断增强。

          推动街道赋权扩能。各街道认领赋权事项平均为176项,有效推动了资源下沉。
        """;

    [Fact]
    public void A_date_line_run_into_the_font_widget_is_the_pages_date()
    {
        var doc = Samples.Parser.Parse(DateLineIntoFontWidget);
        Assert.Equal("全市推进城市基层党建引领基层治理", doc.Title);
        Assert.Equal(new DateOnly(2024, 3, 18), doc.Date);
        Assert.StartsWith("近年来,某市", doc.Articles.Single().Body);
    }

    // A bureau's page holding a notice that the copy cut before its signature: the page's 发布日期 is all the date there is.
    private const string NoticeCutBeforeItsSignature = """
        关于建立信息联络员制度的通知

        发布日期:2019-04-16

        局属各单位:

          为进一步做好信息报送工作,经局党组研究,决定建立信息联络员制度。现将有关事项通知如下:

          1、明确专职联络员。各单位要确定一名熟悉工作、具有高度责任心的专职联络人员。

          2、具体要求:局属各单位要在4月30日前将联络员名单及联系方式报局办公室
        """;

    [Fact]
    public void A_notice_cut_before_its_signature_is_dated_by_the_pages_publication_date()
    {
        var doc = Samples.Parser.Parse(NoticeCutBeforeItsSignature);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(new DateOnly(2019, 4, 16), doc.Date);
        Assert.Equal("局属各单位", doc.Recipients);
    }

    // A 范文 site's bundle of speeches: the headline counts the pieces, the first speech follows under its numbered heading.
    private const string BundleOfSpeeches = """
        县委书记在全县组织工作会议上的讲话(通用5篇)
        1.县委书记在全县组织工作会议上的讲话 篇一
        同志们:
        这次全县组织工作会议的主要任务是,总结过去一年的组织工作,研究部署今年的工作。下面,我讲三点意见。
        一、充分肯定过去一年的工作成绩
        过去的一年,全县组织工作紧扣中心、服务大局,较好地完成了各项任务。
        """;

    [Fact]
    public void The_first_speechs_own_heading_under_a_bundles_headline_is_the_title()
    {
        var doc = Samples.Parser.Parse(BundleOfSpeeches);
        var article = doc.Articles.Single();
        Assert.Equal(DocumentKind.Report, doc.Kind);
        Assert.Equal("县委书记在全县组织工作会议上的讲话", doc.Title);
        Assert.Null(article.Subtitle);
        Assert.StartsWith("这次全县组织工作会议", article.Body);
    }

    // A city's document page: a headline saying two documents are issued, the page's date, then the first document itself.
    private const string DocumentUnderAHeadlineAnnouncingIt = """
        某市印发《关于加强新时代基层干部教育培训工作的实施意见》和《关于加强年轻干部实践锻炼的实施意见》
        发布时间:2023-05-10 浏览次数:

        关于加强新时代基层干部教育培训工作的实施意见

        为深入贯彻落实中央和省委关于干部教育培训工作的部署要求,结合我市实际,现提出如下实施意见。

        一、总体要求

        坚持以习近平新时代中国特色社会主义思想为指导,着力提高基层干部推动高质量发展的本领。
        """;

    [Fact]
    public void A_document_under_a_headline_announcing_its_issue_is_the_document()
    {
        var doc = Samples.Parser.Parse(DocumentUnderAHeadlineAnnouncingIt);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal("关于加强新时代基层干部教育培训工作的实施意见", doc.Title);
        Assert.Equal(new DateOnly(2023, 5, 10), doc.Date);
        Assert.StartsWith("为深入贯彻落实", doc.Articles.Single().Body);
    }

    [Fact]
    public void A_notice_numbered_in_its_series_under_its_title_carries_that_number_not_a_credit()
    {
        var doc = Samples.Parser.Parse("""
            宿松县新冠肺炎疫情防控指挥部
            通  告
            （县疫情防控指挥部第3号）
            为切实做好疫情防控工作，现将有关事项通告如下：
            一、所有从外地返回本县的人员须主动向村（社区）报告。
            二、全县暂停各类聚集性活动。
            宿松县新冠肺炎疫情防控指挥部
            2020年2月1日
            """);

        Assert.Equal((DocumentKind.Notice, "县疫情防控指挥部第3号"), (doc.Kind, doc.DocNumber));
        Assert.Equal("宿松县新冠肺炎疫情防控指挥部", doc.Articles.Single().SourceDepartment);
        Assert.Empty(doc.Articles.Single().Credits);
    }

    [Fact]
    public void A_notice_titled_by_the_genre_alone_is_titled_with_its_issuer_above_it_even_wrapped()
    {
        var doc = Samples.Parser.Parse("""
            望江县新型冠状病毒感染的
            肺炎疫情防控指挥部
            公  告
            为有效防控疫情，保障人民群众身体健康，现将有关事项公告如下：
            一、全县所有农贸市场暂停营业。
            二、请广大群众减少外出，不信谣、不传谣。
            """);

        Assert.Equal((DocumentKind.Notice, "望江县新型冠状病毒感染的肺炎疫情防控指挥部公告"), (doc.Kind, doc.Title));
        Assert.Equal("望江县新型冠状病毒感染的肺炎疫情防控指挥部", doc.Publisher);
        Assert.Equal("安徽省/安庆市/望江县", doc.Region);
    }

    [Fact]
    public void A_channel_named_公告_under_a_site_name_is_not_a_title_when_the_printed_one_follows()
    {
        var doc = Samples.Parser.Parse("""
            宿松县人民政府
            公告
            关于开展2021年森林防火检查的通知
            各乡镇人民政府：
            为进一步加强森林防火工作，现将有关事项通知如下。
            一、全县范围内禁止野外用火。
            宿松县人民政府
            2021年3月1日
            """);

        Assert.Equal((DocumentKind.Notice, "关于开展2021年森林防火检查的通知"), (doc.Kind, doc.Title));
    }

    [Fact]
    public void A_date_alone_under_the_last_paragraph_is_the_date_not_a_photo_caption()
    {
        var doc = Samples.Parser.Parse("""
            望江县新型冠状病毒感染的肺炎疫情防控指挥部
            通  告
            为有效防控疫情，保障人民群众身体健康，现将有关事项通告如下。
            请广大群众减少外出，不信谣、不传谣。
            2020年1月25日
            来源：望江县疫情防控指挥部
            编辑：张明
            """);

        Assert.Equal(new DateOnly(2020, 1, 25), doc.Date);
        Assert.Empty(doc.Articles.Single().Captions);
    }

    [Fact]
    public void A_department_beside_the_date_under_a_headline_is_the_department_without_the_date()
    {
        var doc = Samples.Parser.Parse("""
            我校召开党建工作推进会
            2021年04月09日   党委组织部

            4月8日下午，学校在行政楼召开党建工作推进会，校党委书记出席会议并讲话。

            会议强调，各基层党组织要把党建工作与中心工作同谋划、同部署、同落实。
            """);

        Assert.Equal((DocumentKind.WebArticle, new DateOnly(2021, 4, 9)), (doc.Kind, doc.Date));
        Assert.Equal("党委组织部", doc.Articles.Single().SourceDepartment);
    }

    [Fact]
    public void A_signature_dated_with_its_year_month_and_day_marks_dropped_signs_the_notice()
    {
        const string text = """
            关于组织评选优秀党校教师的通知

            各党总支、直属支部:

            现将有关注意事项通知如下:请各党总支于418日下班前将推荐人选报党委组织部。

            联系电话:84261327

            附件:关于开展评选活动的通知

            某某学院党委组织部

            2011411
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(new DateOnly(2011, 4, 11), doc.Date);
        Assert.Equal("某某学院党委组织部", doc.Publisher);
        Assert.DoesNotContain("2011411", doc.Articles.Single().Body);
    }

    [Fact]
    public void A_proclamation_copied_without_its_heading_is_a_notice_and_the_dates_its_conditions_name_are_not_its_date()
    {
        const string text = """
            为加强科级领导班子建设,县委决定面向全县公开选拔一批科级领导干部。现公告如下:
            一、选拔职位和人数
            确定4名正科级领导干部职位,面向全县公开选拔。
            二、报考资格
            1.报考人员年龄须是1970年1月1日以后出生的。
            2.近3年年度考核等次须为称职以上。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Null(doc.Date);
    }

    [Fact]
    public void A_papers_site_stamping_its_time_and_the_paper_under_the_headline_dates_a_web_page()
    {
        const string text = """
            遍访调研推动组织工作提质增效

            2023-08-02 07:30:31 商丘日报

              大兴调查研究活动开展以来,柘城县委组织部结合职能职责,科学选定调研课题。

              深入基层调研。调研组每到一处,一是认真听取汇报;二是看党群服务中心建设;三是查阅文件资料。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.WebArticle, new DateOnly(2023, 8, 2)), (doc.Kind, doc.Date));
        Assert.Equal("遍访调研推动组织工作提质增效", doc.Title);
    }

    [Fact]
    public void A_bundles_first_report_is_titled_by_its_heading_when_the_sites_date_line_stands_between()
    {
        const string text = """
            2024年乡镇调研报告(优秀9篇)

            2024-01-02调研报告

            2024年乡镇调研报告 篇1

              近年来,镇党委、政府提出了“工业抓点、旅游抓线、农业抓面”的思路,全力推进招商引资和项目建设。

            一、工业经济基本情况

              工业企业是全镇经济发展的主体,在活跃市场、增加税收、创造就业等方面发挥着不可替代的作用。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Report, "2024年乡镇调研报告"), (doc.Kind, doc.Title));
    }

    [Fact]
    public void A_sites_time_to_the_second_glued_to_its_own_mark_under_the_headline_dates_a_web_page()
    {
        const string text = """
            新年春節(jié)作文:組織部新年致辭
            2009-09-02 10:01:08本站原創(chuàng)
            新年春節(jié)作文:組織部新年致辭
            申年桃獻瑞,猴歲竹迎春。在此,我謹代表縣委組織部全體同志,向全縣廣大黨員、干部致以新年的問候和祝福!
            過去的一年,是我縣組織工作求實創(chuàng)新取得豐碩成果的一年,全縣上下出現(xiàn)了一心一意忙發(fā)展的喜人景象。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.WebArticle, new DateOnly(2009, 9, 2)), (doc.Kind, doc.Date));
        Assert.Equal("新年春節(jié)作文:組織部新年致辭", doc.Title);
    }

    [Fact]
    public void A_writers_credit_in_brackets_under_the_text_names_the_articles_writers_not_the_pages_author()
    {
        const string text = """
            您当前位置:网站首页 >> 新闻 >> 基层党建

            某区社区党组织书记培训班开班

            2011-04-12 10:06:55 来源:某区视窗 浏览:320

              4月11日,由区委组织部、区委党校组织的社区党组织书记培训班开班。全区80多名社区党组织书记参加了培训。

              此次培训精心挑选老师、编排课程,以此提高社区党组织书记的综合素质,为加快社区建设提供坚强的组织保证。

              (作者:王建国  李明华)
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Null(doc.Author);
        Assert.Equal(["王建国", "李明华"], doc.Articles[0].Authors);
    }

    [Fact]
    public void An_editors_field_holding_a_department_or_a_sites_code_gives_the_person_as_the_pages_author()
    {
        const string text = """
            学校召开基层党组织书记工作会议

            2月26日,学校党委召开基层党组织书记工作会议,布置本学期党支部评估工作。党委副书记出席会议。

            会议强调,各党支部要对评估工作予以高度重视,认真准备,为今后的组织建设工作总结出有益经验。

            文:党委组织部 编辑:党委宣传部 责任编辑:王丽
            """;
        Assert.Equal("王丽", Samples.Parser.Parse(text).Author);
        Assert.Equal("刘芳", Samples.Parser.Parse(text.Replace("文:党委组织部 编辑:党委宣传部 责任编辑:王丽", "责任编辑:刘芳 SN112")).Author);
    }

    [Fact]
    public void A_pages_author_field_crediting_words_and_pictures_names_the_articles_writers()
    {
        const string text = """
            当前位置:首页 > 政务要闻 > 正文

            某县委组织部组团观摩学习“一肩挑”工作

             时间:2020-08-14       大    中    小      来源:某县委新闻办      作者:王建国 李明华 文/图

              8月13日,某县委常委、组织部长一行20余人就村“两委”主干“一肩挑”工作进行观摩学习。

              观摩团一行对“一肩挑”工作探索出的经验做法给予了高度评价,为下一步工作提供了借鉴。

            实地观摩

            关闭本页
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(["王建国", "李明华"], doc.Articles[0].Authors);
        Assert.EndsWith("为下一步工作提供了借鉴。", doc.Articles[0].Body);
    }

    [Fact]
    public void A_papers_registration_masthead_over_an_item_and_its_templates_leftovers_make_a_newspaper_page()
    {
        const string text = """
            国内统一刊号:CN12-0345 某某日报社出版党报热线:0731-5826666广告热线:0731-5822112


            2022年03月15日

            我市首家社区党校揭牌成立

            本报讯(记者 王明)日前,中共某某市某某区某某社区党校正式揭牌成立,这是我市首家常态化运作的社区党校。

            社区党校作为最基层的一级党校,肩负着集中教育培训基层党员的重要职责。

            --> 2022-03-15 王明 1 1 某某日报 c12345.html 1 我市首家社区党校揭牌成立 /enpproperty-->
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.NewspaperPage, new DateOnly(2022, 3, 15), "某某日报社"), (doc.Kind, doc.Date, doc.Publisher));
        Assert.Equal(("我市首家社区党校揭牌成立", "王明"), (doc.Articles[0].Title, doc.Articles[0].Authors.Single()));
        Assert.StartsWith("日前,中共", doc.Articles[0].Body);
        Assert.EndsWith("重要职责。", doc.Articles[0].Body);
    }

    [Fact]
    public void A_notice_stored_as_one_line_is_cut_at_its_number_title_recipients_attachments_and_signature()
    {
        const string text = "某党委发〔2020〕12号 中共某某市委员会关于表彰2020年度先进基层党组织的通报 各县区委、市直各单位党组织: "
            + "一年来,全市各级党组织深入学习贯彻党的十九大精神,围绕中心工作,涌现出一批先进基层党组织。 "
            + "为总结经验,鼓励先进,经市委研究决定,对2020年度先进基层党组织进行表彰。 "
            + "附件: 1.先进基层党组织名单.docx 2.优秀共产党员名单.docx 中共某某市委员会 2020年12月11日 |";
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Notice, "某党委发〔2020〕12号", "各县区委、市直各单位党组织"), (doc.Kind, doc.DocNumber, doc.Recipients));
        Assert.Equal("中共某某市委员会关于表彰2020年度先进基层党组织的通报", doc.Title);
        Assert.Equal(("中共某某市委员会", new DateOnly(2020, 12, 11)), (doc.Publisher, doc.Date));
        Assert.StartsWith("一年来,", doc.Articles[0].Body);
        Assert.EndsWith("进行表彰。", doc.Articles[0].Body);
    }

    [Fact]
    public void A_page_of_two_signed_notices_under_their_batches_labels_is_two_articles()
    {
        const string text = """
            第一批
            疫情发生以来,全市广大村(社区)党组织坚决贯彻落实上级部署要求,充分发挥战斗堡垒作用,涌现出了一批先进典型。经研究,市委组织部决定对第一批20个先进党组织予以通报表扬。
            全市各级党组织要以先进典型为榜样,坚决打赢疫情防控阻击战。
            中共某某市委组织部
            2020年3月20日
            第二批
            疫情发生以来,全市各级党组织认真贯彻上级部署要求,涌现出了一大批担当作为的先进典型。现在对第二批30个先进党组织予以通报表扬。
            中共某某市委组织部
            2020年3月25日
            来源:某某发布
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Notice, null, new DateOnly(2020, 3, 20)), (doc.Kind, doc.Title, doc.Date));
        Assert.Equal(2, doc.Articles.Count);
        Assert.Equal(("第一批", "第二批"), (doc.Articles[0].Section, doc.Articles[1].Section));
        Assert.Equal(("中共某某市委组织部", "中共某某市委组织部"), (doc.Articles[0].SourceDepartment, doc.Articles[1].SourceDepartment));
        Assert.EndsWith("疫情防控阻击战。", doc.Articles[0].Body);
        Assert.StartsWith("疫情发生以来,全市各级", doc.Articles[1].Body);
        Assert.EndsWith("予以通报表扬。", doc.Articles[1].Body);
    }

    [Theory]
    [InlineData("En\n新闻资讯\n通知公告\n")]
    [InlineData("首页\n\n通知公告\n\n当前位置: 首页 -> 通知公告 -> 正文\n\n")]
    [InlineData("学校首页\n工作动态\n")]
    public void A_notice_under_a_sites_home_link_and_channels_is_titled_by_its_own_title(string menu)
    {
        var text = menu + """
            关于做好年度党员教育培训工作的通知

            发布时间:2021-03-02

            各党总支、直属党支部:

            为进一步加强党员教育培训工作,现将有关事项通知如下:

            一、各单位要制定年度培训计划,于3月底前报党委组织部。

            二、各单位要认真组织实施,确保培训质量。

            党委组织部

            2021年3月1日
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Notice, "关于做好年度党员教育培训工作的通知", "党委组织部"), (doc.Kind, doc.Title, doc.Publisher));
        Assert.Null(doc.Articles[0].Subtitle);
    }

    [Fact]
    public void A_signature_dated_by_its_year_and_month_alone_closes_the_notice()
    {
        const string text = """
            关于加强校园网站新闻稿件审核的通知

            发布时间:2017-10-10

            各部门、各二级学院:

                为营造良好的舆论氛围,现就加强新闻稿件审核工作通知如下:

                1、各单位主要领导要加强对二级网站新闻稿件的审核。

                2、宣传部将在近期对各二级网站进行检查。

                                                          特此通知


                                                          校党委宣传部

                                                          二〇一七年十月
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Notice, "校党委宣传部", new DateOnly(2017, 10, 10)), (doc.Kind, doc.Publisher, doc.Date));
        Assert.EndsWith("进行检查。", doc.Articles[0].Body);
    }

    [Fact]
    public void A_notice_cut_before_its_signature_is_dated_by_the_page_line_of_bracketed_labels()
    {
        const string text = """
            当前位置: 部门首页 >> 正文

            关于2020年度各学院网站建设评比情况的通报

            发布者: [发表时间]:2021-01-12 [来源]: [浏览次数]:

            关于2020年度各学院网站建设评比情况的通报

            各学院:

            网站是学院对外宣传的重要窗口。党委宣传部组织人员对各学院网站进行了评比,现将结果通报如下:

            一等奖:文学院网站
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Notice, new DateOnly(2021, 1, 12), "各学院"), (doc.Kind, doc.Date, doc.Recipients));
        Assert.StartsWith("网站是学院对外宣传", doc.Articles[0].Body);
    }

    [Theory]
    [InlineData("(图文:周晓明 初审:李红 编辑:王建国 审核:张华)")]
    [InlineData("(撰稿:周晓明 初审:李红 编辑:王建国 审核:张华)")]
    [InlineData("[文/图:周晓明 编辑:王建国]")]
    public void A_review_chain_in_brackets_alone_after_the_text_names_its_writer_first(string credits)
    {
        var text = """
            学院召开新闻宣传工作会议

            时间:2025-03-05浏览:10

              3月5日上午,学院在行政楼第三会议室召开新闻宣传工作会议,各系部负责同志参加会议。

              会议对下一阶段新闻宣传工作作了部署。


            """ + credits;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.WebArticle, "王建国"), (doc.Kind, doc.Author));
        Assert.Equal(["周晓明"], doc.Articles[0].Authors);
    }

    [Fact]
    public void A_page_field_whose_label_and_value_stand_on_lines_of_their_own_is_read()
    {
        const string text = """
            学校首页
            我校校报获评全省高校优秀校报
            作者
            李明
            来源
            校报
            点击数
            更新时间
            2012-05-18

            由省委高校工委组织的全省高校校报评估工作日前结束,我校校报获评全省高校优秀校报。

            评估专家组认为,我校校报办报质量较高,栏目设置合理。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.WebArticle, "我校校报获评全省高校优秀校报", "李明", new DateOnly(2012, 5, 18)), (doc.Kind, doc.Title, doc.Author, doc.Date));
        Assert.StartsWith("由省委高校工委", doc.Articles[0].Body);
    }

    [Fact]
    public void A_review_chain_after_the_text_ends_it_before_the_short_lines_under_it()
    {
        const string text = """
            我校校报获评全省高校优秀校报
            发布时间:2012-05-18

            由省委高校工委组织的全省高校校报评估工作日前结束,我校校报获评全省高校优秀校报。

            评估专家组认为,我校校报办报质量较高,栏目设置合理。

            编辑:liming  审核:wanghua
            视觉
            新闻最新 更多>
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.EndsWith("栏目设置合理。", doc.Articles[0].Body);
    }

    [Fact]
    public void A_page_of_bulleted_briefs_under_a_bare_brief_heading_gives_each_brief_its_article()
    {
        const string text = """
            2041 期 / 第3版:3
            综合简报
               ◆5月8日,我县召开安全生产工作调度会。副县长王强出席,各乡镇分管负责人参加会议。
                ◆5月9日,县委组织部举办年轻干部培训班,全县60名年轻干部参加培训。
                ◆ 5月10日,县政协组织委员开展视察活动,实地察看重点项目建设进展。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        Assert.Equal(3, doc.Articles.Count);
        Assert.All(doc.Articles, a => Assert.Equal(("综合简报", (int?)3, (string?)null), (a.Section, a.Page, a.Title)));
        Assert.StartsWith("5月9日,县委组织部", doc.Articles[1].Body);
    }

    [Fact]
    public void A_page_line_repeating_the_pages_number_after_its_colon_names_no_section()
    {
        const string text = """
            1886 期 / 第2版:2
            县委组织部举办年轻干部培训班
            本报讯 5月9日,县委组织部举办年轻干部培训班,全县60名年轻干部参加培训。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.NewspaperPage, (int?)2, (string?)null), (doc.Kind, doc.Articles[0].Page, doc.Articles[0].Section));
    }

    [Fact]
    public void A_stamp_to_the_second_with_the_reposted_papers_channel_and_its_editors_dates_the_page()
    {
        const string text = """
            全省组织工作会议召开

            2022-06-02 09:15:40 光明网-光明日报 王晓、李强

            本报讯 6月1日,全省组织工作会议召开,会议部署了下一阶段组织工作。

            会议强调,要全面加强干部队伍建设。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.WebArticle, new DateOnly(2022, 6, 2), (string?)null), (doc.Kind, doc.Date, doc.Articles[0].Subtitle));
    }

    [Fact]
    public void A_stamp_to_the_minute_between_a_page_lines_labels_dates_the_page()
    {
        const string text = """
            某区举行社区党组织书记擂台比武活动

            作者:张明 李华  2023-12-05 09:27:03 来源:城市导报

            擂台比武晒实绩,比学赶超谱新篇。12月4日,某区举行社区党组织书记擂台比武活动。

            参赛书记分别围绕抓党建、抓治理等方面作了交流发言。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.WebArticle, new DateOnly(2023, 12, 5)), (doc.Kind, doc.Date));
    }

    [Fact]
    public void A_bundles_numbering_before_a_space_is_no_part_of_the_speechs_title()
    {
        const string text = """
            - 目录
            第1篇 党代表选举会议讲话稿
            同志们:
            按照区委的统一安排部署,今天我们召开党代表换届选举工作部署大会。下面,我谈四点意见。
            一、统一思想,提高认识,充分认识这次换届选举的重大意义
            这次换届选举,对于激发全镇人民的政治热情,依法行使民主权利,具有十分重要的意义。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal((DocumentKind.Report, "党代表选举会议讲话稿"), (doc.Kind, doc.Title));
    }

    [Theory]
    [InlineData("(新华社)")]
    [InlineData("《 人民日报 》( 2021年02月28日 01 版)\n\n(责编:王晓、李强)")]
    public void The_mark_of_where_a_reposted_item_comes_from_is_no_part_of_its_text(string mark)
    {
        var text = """
            全国组织工作会议召开

            发布时间:2021-03-01

            近日,全国组织工作会议在北京召开,会议部署了下一阶段组织工作。

            会议强调,要全面加强干部队伍建设,充分体现先进性、代表性和时代性。

            """ + mark;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.EndsWith("代表性和时代性。", doc.Articles[0].Body);
        Assert.Null(doc.Articles[0].SourceDepartment);
    }

    private const string ItemWithoutHeadline = """
        5月27日下午,学院召开党建工作会商会议。校党委书记出席会议并讲话。

        会上,与会同志就基层组织工作条例的修订背景、过程和内容作了交流。

        党建办、组织部等相关同志参加会议。
        """;

    [Theory]
    // A magazine's column editor under a reprinted item, the writer's unit above him.
    [InlineData("\n(作者单位:建平县委组织部)\n本栏编辑/赵阳", "建平县委组织部")]
    // An office credited for words and pictures, alone after the text.
    [InlineData("\n文/图 培训办公室", "培训办公室")]
    public void Credits_of_an_office_after_the_text_are_no_part_of_it(string credits, string department)
    {
        var doc = Samples.Parser.Parse(ItemWithoutHeadline + credits);
        Assert.EndsWith("相关同志参加会议。", doc.Articles[0].Body);
        Assert.Equal(department, doc.Articles[0].SourceDepartment);
    }

    [Theory]
    // A reporter and a correspondent sharing a picture's credit, run together after the caption's text.
    [InlineData(" 记者白永民通讯员张磊摄")]
    // The writer's credit with the photographer and the reviewers after it (摄影, 初核, 审定).
    [InlineData("(撰稿:蔡梦雅 摄影:张雷雷 初核:张丽丽 编辑:朱新水 审定:束舒娅)")]
    // A spam mirror's pictograph inside an editor's label.
    [InlineData("(撰稿:蔡梦雅 审核:张丽丽 编辑🍮:朱新水)")]
    public void Credits_run_on_after_the_last_sentence_are_no_part_of_the_text(string credits)
    {
        var doc = Samples.Parser.Parse(ItemWithoutHeadline + credits);
        Assert.EndsWith("相关同志参加会议。", doc.Articles[0].Body);
    }

    [Fact]
    public void Pictographs_a_spam_mirror_scatters_through_a_copy_break_no_reading()
    {
        var text = """
            組織部召開黨建工作會議

            發布時間:2022-05-31

            5月27日下午,學院召開黨建工作五月會商會議🧔🏿。校黨委書記出席會議並講話🏌🏼。

            黨建辦、組織部等相關同誌參加會議👓。(撰稿👱🏻‍♀️:蔡夢雅 編輯:朱新水)
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.EndsWith("參加會議👓。", doc.Articles[0].Body);
        Assert.Equal(["蔡夢雅"], doc.Articles[0].Authors);
    }

    /// <summary>A pictograph before a page's credit line: its names are cut from the printed text after it (the cut ran past the line's end and threw).</summary>
    [Fact]
    public void A_pictograph_opening_a_credit_line_moves_no_name()
    {
        var doc = Samples.Parser.Parse("😀(融媒体记者:涂炜 编辑:胡共鸣 审核:万疆 终审:黄炎)\n手第8期机版\n");
        Assert.Contains("涂炜", doc.Articles.SelectMany(a => a.Authors));
    }

    /// <summary>A recipient key glued before a dateline (送：　　本报讯…) is cut apart and trimmed in its folded text too (a value was cut past the printed one).</summary>
    [Fact]
    public void A_recipient_key_glued_before_a_dateline_is_cut_apart_cleanly()
    {
        var doc = Samples.Parser.Parse("２０２３年３月４日第8期\n| 自相矛盾、互相矛盾,其為矛盾,一也。\n送：　　本报讯(记者庄婷婷通讯员许文洁杨晶晶)“大家现在看到的这张图,是我们区主导产业布局定位一览表,这些集中区、集聚区的产业之间既相互独立,又密不可分。”在赣榆区2025年新录用公务员初任培训班的课堂上,“山海榆跃”导师工作室成员、赣榆区工信局党委书记、局长董惠民结合区域发展实际,为新录用公务员带来了一堂干货满满的实践课。\n");
        Assert.NotEmpty(doc.Articles);
    }
}
