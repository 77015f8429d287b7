using Archive.Indexer.Model;
using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Tests.Parsing.Recognizers;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>An e-paper's masthead naming its digital edition makes its item a newspaper's, whatever labels the item's page prints.</summary>
public sealed class EpaperMastheadTests
{
    [Theory]
    [InlineData("今日竹山-数字报|今日竹山-电子版", true)]
    [InlineData("浙江日报 数字报纸", true)]
    [InlineData("環境資訊電子報", false)]
    [InlineData("推进数字报刊建设", false)]
    [InlineData("我县正式上线数字报", false)]
    [InlineData("竹山日报数字报", true)]
    [InlineData("下载电子版", false)]
    [InlineData("全县订阅党报党刊数字报3000份。", false)]
    public void Recognizes_an_e_papers_masthead(string line, bool masthead) =>
        Assert.Equal(masthead, Newspaper.IsEpaperMasthead(Lines.Folded(line)));

    [Fact]
    public void An_item_under_an_e_papers_masthead_is_a_newspaper_page()
    {
        const string text = """
            今日竹山-数字报|今日竹山-电子版

            2019年04月03星期三
            本期导航 往期回顾 上一期 下一期
            放大 缩小 默认

            竹山推进“两个中心”全省试点县建设

            新闻作者:    发布时间:2019年04月03日  查看次数:次
              本报讯 3月28日,省委网信办副主任带领调研组来我县指导融媒体中心建设工作。
              今年,我县抢抓全省试点县建设机遇,迅速行动,先行先试。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        Assert.Equal("竹山推进“两个中心”全省试点县建设", doc.Articles[0].Title);
        Assert.StartsWith("3月28日", doc.Articles[0].Body);
    }
}
