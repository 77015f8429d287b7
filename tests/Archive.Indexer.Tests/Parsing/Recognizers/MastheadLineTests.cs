using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Tests.Parsing.Recognizers;

/// <summary>The masthead's lines: series names, issue lines, issuer and date lines.</summary>
public sealed class MastheadLineTests
{
    [Theory]
    [InlineData("第8期", 8, null)]
    [InlineData("第 8 期", 8, null)]
    [InlineData("第１８期", 18, null)]
    [InlineData("第十二期", 12, null)]
    [InlineData("第三十六期", 36, null)]
    [InlineData("2020年第2期（总第437期）", 2, 437)]
    [InlineData("2020年第2期(总第437期)", 2, 437)]
    [InlineData("宁乡组工  2020年第3期  总第56期", 3, 56)]
    [InlineData("第3期 总第56期", 3, 56)]
    [InlineData("二〇二一年第十七期", 17, null)]
    [InlineData("第 10 期（专刊）", 10, null)]
    [InlineData("总第156期", null, 156)]
    [InlineData("（总第203期）", null, 203)]
    [InlineData("（第15期）", 15, null)]
    [InlineData("(2021年第3期)", 3, null)]
    [InlineData("组工信息｜第5期", 5, null)]
    [InlineData("宣城组工（第15期）", 15, null)]
    [InlineData("宣城组工 （2023年第15期）", 15, null)]
    [InlineData("吉组轩 第1553期 吉安组工微讯 2023-03-04", 1553, null)]
    [InlineData("组工动态  第12期  中共宣城市委组织部  2023年5月6日", 12, null)]
    public void Reads_issue_lines(string line, int? issue, int? total)
    {
        var read = IssueLine.Read(Lines.Folded(line));
        Assert.NotNull(read);
        Assert.Equal((issue, total), (read.Number, read.Total));
    }

    [Theory]
    [InlineData("全市2009年第一期农村党支部书记培训班昨日上午开班")]
    [InlineData("2020年第6次县政府常务会召开")]
    [InlineData("第一期培训班结业。")]
    [InlineData("举办全县村党组织书记培训班（第一期）的通知")]
    [InlineData("关于举办全县组织系统干部培训班（第一期）")]
    [InlineData("党史学习教育专题讲座（第一期）")]
    public void Leaves_an_issue_mentioned_in_text_alone(string line) => Assert.Null(IssueLine.Read(Lines.Folded(line)));

    [Theory]
    [InlineData("安庆组工信息", "安庆组工信息")]
    [InlineData("郑 州 组 工 信 息", "郑州组工信息")]
    [InlineData("组工信息专报", "组工信息专报")]
    [InlineData("上海组工", "上海组工")]
    [InlineData("人才工作简报", "人才工作简报")]
    [InlineData("津南组工专报", "津南组工专报")]
    [InlineData("望江組工", "望江组工")]
    public void Reads_series_names(string line, string series) => Assert.Equal(series, Masthead.Series(Lines.Folded(line)));

    [Theory]
    [InlineData("中共河南省委组织部办公室编　　　　2020年1月16日", "中共河南省委组织部办公室", "2020-01-16")]
    [InlineData("中共郑州市委组织部　　　　　二○二三年九月八日", "中共郑州市委组织部", "2023-09-08")]
    [InlineData("许昌市城乡一体化示范区党工委组织人社局　2020年4月2日", "许昌市城乡一体化示范区党工委组织人社局", "2020-04-02")]
    [InlineData("中共深圳市委组织部 2004年3月4日", "中共深圳市委组织部", "2004-03-04")]
    [InlineData("(2019年3月31日)", null, "2019-03-31")]
    [InlineData("30.03.2021  20:03", null, "2021-03-30")]
    [InlineData("2019.5.20", null, "2019-05-20")]
    [InlineData("2020-07-22新闻5", null, "2020-07-22")]
    [InlineData("二oo八年六月十五日", null, "2008-06-15")]
    [InlineData("二00九年十月二十日", null, "2009-10-20")]
    [InlineData("阿里地区行政公署", "阿里地区行政公署", null)]
    [InlineData("县委组织部课题组", "县委组织部课题组", null)]
    [InlineData("中国石油大学(华东)党委组织部", "中国石油大学(华东)党委组织部", null)]
    [InlineData("中国矿业大学(北京)党委宣传部 (2021年5月8日 星期六)", "中国矿业大学(北京)党委宣传部", "2021-05-08")]
    public void Reads_issuer_and_date_lines(string line, string? issuer, string? date)
    {
        var read = IssuerAndDate.Read(Lines.Folded(line));
        Assert.NotNull(read);
        Assert.Equal((issuer, date is null ? (DateOnly?)null : DateOnly.Parse(date)), (read.Issuer, read.Date));
    }

    [Theory]
    [InlineData("衡南县委组织部做实考察识别 激发考察识别干部")]
    [InlineData("关于织密软弱涣散党组")]
    [InlineData("2020年1月27日召开会议。")]
    [InlineData("成立全市首个快递行业党委")]
    [InlineData("组建全县首家红色物业联合党支部")]
    [InlineData("党校 团校")]
    [InlineData("外科 内科 儿科")]
    public void A_headline_is_no_issuer(string line) => Assert.Null(IssuerAndDate.Read(Lines.Folded(line))?.Issuer);
}
