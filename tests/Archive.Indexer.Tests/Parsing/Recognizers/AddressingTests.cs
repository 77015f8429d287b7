using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Tests.Parsing.Recognizers;

/// <summary>Who a document speaks to: salutations, recipients, footers.</summary>
public sealed class AddressingTests
{
    [Theory]
    [InlineData("同志们：")]
    [InlineData("各位领导、同志们：")]
    [InlineData("各位领导:大家好!")]
    public void Recognizes_salutations(string line) => Assert.True(Salutation.Matches(Lines.Folded(line)));

    [Theory]
    [InlineData("各县（市、区）委组织部，市直各单位党组（党委）：", "各县（市、区）委组织部，市直各单位党组（党委）")]
    [InlineData("各基层党组织:", "各基层党组织")]
    [InlineData("各二級黨組織、各基層黨支部:", "各二級黨組織、各基層黨支部")]
    [InlineData("主送：市直各单位：", "市直各单位")]
    [InlineData("厅属各单位：", "厅属各单位")]
    [InlineData("区卫生健康系统各相关单位:", "区卫生健康系统各相关单位")]
    public void Reads_recipients(string text, string who)
    {
        var line = Lines.Of(text);
        Assert.Equal(who, line.Cut(Recipients.Read(line.Folded)!.Value));
    }

    [Theory]
    [InlineData("现将有关事项通知如下：")]
    [InlineData("会议强调,")]
    [InlineData("会议要求各单位：")]
    [InlineData("全县教育系统各学校要做到以下几点：")]
    [InlineData("同志们：")]
    public void A_sentence_ending_in_a_colon_has_no_recipients(string line) => Assert.Null(Recipients.Read(Lines.Folded(line)));

    [Theory]
    [InlineData("报：省委组织部，本部领导。", "报", "省委组织部，本部领导。")]
    [InlineData("報：市委組織部，縣委領導同志。", "报", "市委組織部，縣委領導同志。")]
    [InlineData("报 送：省委组织部", "报送", "省委组织部")]
    [InlineData("抄送:省委组织部,市委领导同志。", "抄送", "省委组织部,市委领导同志。")]
    [InlineData("发送：各镇党委，区直各单位党组织", "发送", "各镇党委，区直各单位党组织")]
    [InlineData("（共印80份）", "印数", "80")]
    [InlineData("（共印六十份）", "印数", "60")]
    [InlineData("编辑：李明　　审核：张华　　　（共印 120 份）", "印数", "120")]
    [InlineData("郑州市委组织部办公室　　2023年9月8日印发", "印发", null)]
    [InlineData("（此件发至各县〔市、区〕委组织部）", "发至", null)]
    public void Reads_distribution_footers(string text, string key, string? value)
    {
        var line = Lines.Of(text);
        var read = DistributionFooter.Read(line.Folded);
        Assert.NotNull(read);
        Assert.Equal(key, read.Value.Key);
        if (value is not null)
            Assert.Equal(value, key == "印数" ? read.Value.Value : line.Cut(DistributionFooter.RecipientLists(line.Folded).Single().Value).Trim());
    }

    [Theory]
    [InlineData("　　区委组织部编印《年轻干部成长手册》 共印5000份")]
    [InlineData("全县编印学习读本 （共印5000份）")]
    public void A_sentence_ending_in_a_print_run_is_text(string line) => Assert.Null(DistributionFooter.Read(Lines.Folded(line)));

    [Fact]
    public void Reads_several_recipient_lists_printed_on_one_line()
    {
        var line = Lines.Of("报：市委常委，市政府党组成员。　送：省委组织部。  抄送：各县区委组织部");

        var lists = DistributionFooter.RecipientLists(line.Folded).Select(l => (l.Key, line.Cut(l.Value).Trim()));

        Assert.Equal([("报", "市委常委，市政府党组成员。"), ("送", "省委组织部。"), ("抄送", "各县区委组织部")], lists);
    }

    [Theory]
    [InlineData("编辑：王芳    审核：刘强    联系电话：87654321", true)]
    [InlineData("责任编辑：李明　签发：张强", true)]
    [InlineData("编辑：市委组织部研究室", true)]
    [InlineData("编辑：李明　　审核：张华　　　（共印 120 份）", true)]
    [InlineData("编辑部召开会议，审核通过了方案。", false)]
    [InlineData("审核：严把发展党员政治关", false)]
    public void Recognizes_an_issues_colophon(string text, bool colophon) =>
        Assert.Equal(colophon, DistributionFooter.IsColophon(Lines.Folded(text)));

    [Theory]
    [InlineData("主办单位:中共阜阳市委组织部 承办单位:阜阳市党员干部现代远程教育办公室")]
    [InlineData("Copyright © 1996 - 2005 SINA Inc. All Rights Reserved")]
    [InlineData("皖网宣备3412015001号 皖ICP备11004325号-1 热线电话:0550-3022685")]
    [InlineData("中共民权县直机关工委 版权所有  备案号:豫ICP备14022883号")]
    [InlineData("欢迎拨打读者热线：88886666，或发送至投稿邮箱：duzhe@example.com")]
    [InlineData("通讯地址:福建省福州市杨桥西路50号学院团委学生会 邮编:350002")]
    [InlineData("某某研究院主办 | 某某信息中心 主管")]
    [InlineData("本站部分信息由相应民事主体自行提供,该信息内容的真实性、准确性和合法性应由该民事主体负责。")]
    [InlineData("本网部分转载文章、图片等无法联系到权利人,请相关权利人与本网站联系。")]
    public void Recognizes_site_footers(string line) => Assert.True(SiteFooter.Matches(Lines.Folded(line)));

    [Fact]
    public void A_paragraph_opening_like_a_footer_label_is_no_footer() =>
        Assert.False(SiteFooter.Matches(Lines.Folded("地址变更后，驻村第一书记逐户走访，累计走访870户。")));

    [Theory]
    [InlineData("县委组织部开通干部监督举报热线和新闻热线，接到群众来电42个。")]
    // A heading naming a hotline, and what a 征文 notice asks for: the document's own text.
    [InlineData("二、开通新闻热线")]
    [InlineData("投稿邮箱：zzb2024@163.com")]
    // A site's own dateline opening a news item, and a sentence about a site's content.
    [InlineData("本网讯 3月5日，县委组织部召开会议，部署党员教育工作，要求压实责任。")]
    [InlineData("本站部分栏目改版后，组工信息更新更快，群众反映良好。")]
    public void A_hotline_or_a_mailbox_named_in_the_text_is_no_footer(string line) =>
        Assert.False(SiteFooter.Matches(Lines.Folded(line)));
}
