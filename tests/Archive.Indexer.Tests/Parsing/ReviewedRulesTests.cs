namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// Texts a review wrote against this session's parser rules, each of which one of them misread: the rules must keep
/// to what they were written for.
/// </summary>
public class ReviewedRulesTests
{
    [Theory]
    [InlineData("通知", "关于调整县委组织部部务会成员分工的通知")]
    [InlineData("补充通知", "关于调整县委组织部部务会成员分工的补充通知")]
    public void A_title_wrapped_before_its_last_word_is_the_whole_title(string lastLine, string title)
    {
        var text = $"""
            中共某某县委组织部文件
            某组发〔2023〕5号
            关于调整县委组织部部务会成员分工的
            {lastLine}
            各科室、各直属单位：
            根据工作需要，经部务会研究，决定对部务会成员分工进行调整，请认真抓好落实。
            中共某某县委组织部
            2023年3月1日
            """;

        Assert.Equal(title, Samples.Parser.Parse(text).Title);
    }

    [Fact]
    public void A_notice_quoted_after_a_lead_sentence_keeps_its_title_and_recipients()
    {
        const string text = """
            近日，中共某某县委组织部印发了关于做好2023年度党员发展工作的通知，全文如下，请各基层党组织认真学习贯彻。
            关于做好2023年度党员发展工作的通知
            各基层党组织：
            根据工作需要，现就2023年度党员发展工作有关事项通知如下，请认真对照执行。
            中共某某县委组织部
            2023年3月15日
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(("关于做好2023年度党员发展工作的通知", "各基层党组织"), (doc.Title, doc.Recipients));
    }

    [Fact]
    public void A_sentence_ending_in_a_request_to_each_unit_is_no_recipients_line()
    {
        const string text = """
            宜秀区召开党建工作推进会
            发布时间：2023-05-10 10:20 来源：宜秀区委组织部
            5月9日，宜秀区召开党建工作推进会，区委书记出席会议并讲话。
            会上，区委书记对各党组织提出三点要求，希望各单位：
            一是提高政治站位；二是强化责任落实；三是严格纪律要求。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal((DocumentKind.WebArticle, (DateOnly?)new DateOnly(2023, 5, 10)), (doc.Kind, doc.Date));
    }

    [Theory]
    [InlineData("会议要求，全区组织系统要强化保密意识，内部资料严禁对外转载传播，确保信息安全。")]
    [InlineData("三、加强保密管理。涉密材料严禁擅自转载、复制和外传。")]
    public void A_rule_against_reprinting_in_the_text_is_text(string sentence)
    {
        var text = $"""
            宜秀区召开2023年组织工作会议
            发布时间：2023-05-10 10:20 来源：宜秀区委组织部
            5月9日，宜秀区召开2023年组织工作会议。会议总结了去年工作，部署了今年任务。
            {sentence}
            """;

        Assert.EndsWith(sentence, Assert.Single(Samples.Parser.Parse(text).Articles).Body);
    }

    [Fact]
    public void A_site_cited_in_the_text_or_the_word_internet_is_no_dateline()
    {
        const string report = """
            关于全县基层党组织建设情况的调研报告
            县委组织部课题组
            今年以来，按照县委部署，课题组深入各乡镇开展调研，现将有关情况报告如下。
            一、基本情况。全县共有基层党组织520个，党员12000名。
            据中国政府网消息，中央近日印发了关于加强基层治理体系建设的意见，对基层党组织建设提出新要求。
            二、存在问题。部分基层党组织政治功能不强。
            三、对策建议。持续加强基层党组织建设。
            """;
        const string page = """
            发布时间：2023-05-10 10:20 来源：宜秀区委组织部
            互联网消息传播速度快、覆盖面广，为党员教育提供了新渠道。今年以来，宜秀区依托网络平台开展线上学习，党员参学率达98%。
            """;

        Assert.Equal(DocumentKind.Report, Samples.Parser.Parse(report).Kind);
        Assert.StartsWith("互联网消息传播速度快", Assert.Single(Samples.Parser.Parse(page).Articles).Body);
    }

    [Fact]
    public void A_headline_of_two_parallel_phrases_is_no_joint_issuer()
    {
        const string text = """
            管好干部、建强支部
            发布时间：2023-05-10 10:20 来源：宜秀区委组织部
            今年以来，宜秀区坚持把村级班子建设作为基层党建的重要任务，选优配强村党组织书记，取得明显成效。
            """;

        Assert.Equal("管好干部、建强支部", Samples.Parser.Parse(text).Title);
    }

    [Fact]
    public void A_greeting_is_no_exclaimed_headline()
    {
        const string text = """
            发布时间：2023-05-10 10:20 来源：宜秀区委组织部
            同志们！大家好！
            今天召开全区组织工作会议，主要任务是总结去年工作，部署今年任务。刚才，几位同志作了很好的发言，我完全同意。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Null(doc.Title);
        Assert.StartsWith("同志们！大家好！", Assert.Single(doc.Articles).Body);
    }

    [Fact]
    public void A_sentence_opening_on_an_editors_role_word_is_text()
    {
        const string text = """
            宜秀区开展党员志愿服务活动
            发布时间：2023-05-10 10:20 来源：宜秀区委组织部
            近日，宜秀区组织党员志愿者深入社区开展志愿服务活动，为群众办实事、解难题。
            制作：区委组织部电教中心负责拍摄剪辑。
            """;

        Assert.EndsWith("负责拍摄剪辑。", Assert.Single(Samples.Parser.Parse(text).Articles).Body);
    }

    [Fact]
    public void A_breadcrumb_addressing_the_reader_as_ni_is_chrome()
    {
        const string text = """
            你现在的位置：首页 - 工作动态
            宜秀区召开党建工作推进会
            发布时间：2023-05-10 10:20 来源：宜秀区委组织部
            5月9日，宜秀区召开党建工作推进会，对下一阶段工作进行部署。
            """;

        Assert.Equal("宜秀区召开党建工作推进会", Samples.Parser.Parse(text).Title);
    }
}
