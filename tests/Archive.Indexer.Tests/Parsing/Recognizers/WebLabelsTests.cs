using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Tests.Parsing.Recognizers;

public sealed class WebLabelsTests
{
    [Theory]
    [InlineData("发布日期:2022-04-11")]
    [InlineData("来源：滁州市委组织部  时间：2023-06-12 09:30  点击数：1,234")]
    [InlineData("[ 字体: 发布时间:2023-03-01 08:29:37 稿源:市传媒中心 ]")]
    [InlineData("  • 发文字号:")]
    [InlineData("索引号 | 620702069/2023-00096 | 发文字号 | 号 |")]
    [InlineData("【法规类别】机关工作综合规定 【发文字号】深组通[2004]15号")]
    [InlineData("http://www.sina.com.cn 2005年11月20日06:55 四川在线-华西都市报")]
    [InlineData("导语:全市组织工作会议讲话一文来源于网友上传")]
    [InlineData("吴为 2015年05月01日 来源:新京报")]
    [InlineData("(编辑:赖聪 审核:黄争光)")]
    [InlineData("發(fā)布時(shí)間:2020-02-12 來源: 日記大全")]
    [InlineData("原创 鹿邑组工 鹿邑组工 2023-05-06 18:00 发表于河南")]
    [InlineData("吉安组工 2023-03-04 08:12")]
    [InlineData("初审:王红")]
    [InlineData("终审：李明")]
    [InlineData("[撰稿:张华 责编:赵强 终审:孙立]")]
    [InlineData("索 引 号  11340100/2022-01156     主 题 分 类  组织人事")]
    [InlineData("发 文 机 关  中共合肥市委组织部     成 文 日 期  2022-03-15")]
    [InlineData("名      称  关于做好2022年度党员发展工作的通知")]
    [InlineData("发文机关: 庐阳区三孝口街道")]
    [InlineData("来自：新桥社区")]
    [InlineData("2022 05/ 13 10:36")]
    public void Recognizes_label_lines(string line) => Assert.True(WebLabels.Matches(Lines.Folded(line)));

    [Theory]
    [InlineData("疫情防控工作开展以来,颍东区委组织部立足部门职能,充分发挥组织优势。")]
    [InlineData("导语是一篇文章的开头。")]
    [InlineData("会议于 2023-05-06 18:00 召开")]
    [InlineData("名 称 响 亮")]
    [InlineData("文 号 管 理 办 法")]
    public void Leaves_sentences_alone(string line) => Assert.False(WebLabels.Matches(Lines.Folded(line)));

    [Fact]
    public void Reads_each_label_and_its_value()
    {
        var labels = WebLabels.Read(Lines.Folded("来源：滁州市委组织部  时间：2023-06-12 09:30  点击数：1,234"));
        Assert.Equal([("来源", "滁州市委组织部"), ("时间", "2023-06-12"), ("点击数", "1,234")], labels.Select(l => (l.Name, l.Value)));
        Assert.Equal([("发文机关", "中共合肥市委组织部"), ("成文日期", "2022-03-15")],
            WebLabels.Read(Lines.Folded("发 文 机 关  中共合肥市委组织部     成 文 日 期  2022-03-15")).Select(l => (l.Name, l.Value)));
        Assert.Equal([("文号", "合组〔2022〕8号")], WebLabels.Read(Lines.Folded("文        号 合组〔2022〕8号")).Select(l => (l.Name, l.Value)));
        Assert.Equal([("作者", "李文"), ("来源", "某某网")],
            WebLabels.Read(Lines.Folded("2021-06-30 09:26:48?作者:李文?来源:某某网")).Select(l => (l.Name, l.Value)));
        Assert.Equal("记者柯竞通讯员潘达", WebLabels.Read(Lines.Folded("作者:記者柯競通訊員潘達 【字號 大 中 小】"))[0].Value);
    }

    [Fact]
    public void A_print_button_after_the_last_value_is_no_part_of_it()
    {
        var labels = WebLabels.Read(Lines.Folded("发布时间:2014年11月22日 07:47 来源:山西日报 编辑:白世康 打印"));
        Assert.Equal("白世康", labels[^1].Value);
    }

    [Fact]
    public void A_bare_fabu_label_before_the_date_is_the_pages_date_label()
    {
        var labels = WebLabels.Read(Lines.Folded("作者:朱爱鹃 编辑:祁大展 来源:宣传部 发布:2017-06-13 点击量:"));
        Assert.Contains(("发布", "2017-06-13"), labels.Select(l => (l.Name, l.Value)));
    }

    [Fact]
    public void A_label_in_square_brackets_before_its_colon_is_a_label()
    {
        var labels = WebLabels.Read(Lines.Folded("发布者: [发表时间]:2014-02-25 [来源]: [浏览次数]:"));
        Assert.Equal([("发表时间", "2014-02-25"), ("来源", ""), ("浏览次数", "")], labels.Select(l => (l.Name, l.Value)));
    }

    [Theory]
    [InlineData("作者", true)]
    [InlineData("更新时间", true)]
    [InlineData("作者简介", false)]
    [InlineData("来源于群众", false)]
    public void A_fields_label_alone_on_its_line_is_a_label(string line, bool bare) => Assert.Equal(bare, WebLabels.IsBareLabel(Lines.Folded(line)));

    [Theory]
    [InlineData("编辑:B_xiaohui  审核:coast", true)]
    [InlineData("责任编辑:王五", true)]
    [InlineData("来源:本站 编辑:张三", false)]
    [InlineData("作者:李明 审核:王华", false)]
    public void A_line_of_editors_labels_is_a_review_chain(string line, bool chain) => Assert.Equal(chain, WebLabels.IsReviewChain(Lines.Folded(line)));

    [Theory]
    [InlineData("【权威发布】铜陵市出台支持人才发展十条措施")]
    [InlineData("权威发布：铜陵市出台支持人才发展十条措施")]
    public void A_headline_ending_its_kicker_in_fabu_is_no_label(string headline) => Assert.False(WebLabels.Matches(Lines.Folded(headline)));
}
