using Archive.Indexer.Parsing;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Parsing.Recognizers;

public sealed class GluedLinesTests
{
    [Theory]
    [InlineData("第1页共10页学习贯彻讲话精神发言稿今天会议的主要目的是:传达学习市委书记的讲话精神,围绕县域经济开展深入讨论,进一步找准问题、剖析原因。",
        "第1页共10页|学习贯彻讲话精神发言稿|今天会议的主要目的是:传达学习市委书记的讲话精神,围绕县域经济开展深入讨论,进一步找准问题、剖析原因。")]
    [InlineData("在2023年县委党建工作例会上的讲话同志们:今天,我们召开2023年县委党建工作例会,主要任务是深入贯彻党的二十大精神和习近平总书记重要论述。",
        "在2023年县委党建工作例会上的讲话|同志们:|今天,我们召开2023年县委党建工作例会,主要任务是深入贯彻党的二十大精神和习近平总书记重要论述。")]
    [InlineData("某某县基层党组织建设情况的调研报告某某县基层党组织建设情况的调研报告中共某某县委(二00九年十月二十日)州学践办:根据州委通知精神,县委组成调研组。",
        "某某县基层党组织建设情况的调研报告|某某县基层党组织建设情况的调研报告|中共某某县委(二00九年十月二十日)|州学践办:|根据州委通知精神,县委组成调研组。")]
    [InlineData("中组部换届选举工作督导组将到本市http://www.sina.com.cn 2008年01月17日04:54 东方早报 早报讯为了贯彻落实中央关于换届工作的有关要求,保证换届选举工作顺利进行。",
        "中组部换届选举工作督导组将到本市|http://www.sina.com.cn 2008年01月17日04:54 东方早报 早报讯为了贯彻落实中央关于换届工作的有关要求,保证换届选举工作顺利进行。")]
    [InlineData("中组部换届选举工作督导组将到本市http://www.sina.com.cn 2008年01月17日04:54 东方早报",
        "中组部换届选举工作督导组将到本市|http://www.sina.com.cn 2008年01月17日04:54 东方早报")]
    [InlineData("党费用在“刀刃上”湖南日报长沙5月8日电 (记者 王五 通讯员 赵六)记者从省委组织部获悉,全省今年下拨党费2000万元,用于基层党组织活动阵地建设。",
        "党费用在“刀刃上”|湖南日报长沙5月8日电 (记者 王五 通讯员 赵六)记者从省委组织部获悉,全省今年下拨党费2000万元,用于基层党组织活动阵地建设。")]
    public void Cuts_a_document_rendered_into_one_line(string text, string pieces) =>
        Assert.Equal(pieces.Split('|'), GluedLines.Split([Lines.Of(text)]).Select(l => l.Text));

    [Fact]
    public void Cuts_a_portal_post_run_into_one_line_at_its_labels_recipients_and_signature()
    {
        const string text = "市委宣传部转发通知 做好节日期间值班工作 来源:市委宣传部 | 发布时间:2021-09-28 | 浏览次数:316 "
                            + "各县(区)委宣传部、部机关各科室:现将有关事项通知如下,请认真执行。各单位要严格落实值班制度,确保信息畅通。中共青山市委宣传部 2021年9月27日";
        Assert.Equal(
            ["市委宣传部转发通知 做好节日期间值班工作", "来源:市委宣传部 | 发布时间:2021-09-28 | 浏览次数:316", "各县(区)委宣传部、部机关各科室:",
             "现将有关事项通知如下,请认真执行。各单位要严格落实值班制度,确保信息畅通。", "中共青山市委宣传部 2021年9月27日"],
            GluedLines.Split([Lines.Of(text)]).Select(l => l.Text));
    }

    [Fact]
    public void A_long_first_line_ending_in_a_sentence_stays_whole()
    {
        const string text = "来源:县委组织部 发布时间:2021-09-28 全县组织工作会议强调,要把发展党员工作抓紧抓实,确保质量,严格程序,严肃纪律,切实把好党员队伍入口关。";
        Assert.Single(GluedLines.Split([Lines.Of(text)]));
    }

    [Fact]
    public void A_sites_preview_whose_heading_follows_stays_whole()
    {
        var lines = new[] { "在全县研讨班结业仪式上的讲话同志们: 县不图强,必有远忧。当前,全国各地都在深入学习贯彻。", "在全县研讨班结业仪式上的讲话", "同志们:" }
            .Select(Lines.Of).Select((l, n) => l with { Number = n }).ToList();
        Assert.Equal(3, GluedLines.Split(lines).Count);
    }

    [Fact]
    public void A_sentence_naming_a_papers_dateline_stays_whole()
    {
        const string text = "据报道,湖南日报长沙5月8日电称,全省今年下拨党费2000万元,用于基层党组织活动阵地建设,惠及村级党组织一万余个,受到广泛欢迎。";
        Assert.Single(GluedLines.Split([Lines.Of(text)]));
    }

    /// <summary>
    /// A text of many lines each holding many paper datelines is cut into no more lines than a text may bring: each line
    /// cut 1,000 times at most, 2,000 lines of 300 本报讯 made 600,000 lines for the parsers (hostile29).
    /// </summary>
    [Fact]
    public void Lines_cut_at_datelines_are_no_more_than_a_text_may_hold()
    {
        var lines = Enumerable.Range(0, 2_000).Select(_ => Lines.Of(string.Concat(Enumerable.Repeat("本报讯", 300)))).ToList();
        var split = GluedLines.Split(lines);
        Assert.InRange(split.Count, 190_000, ExtractedText.MaxLines);
    }
}
