using Archive.Indexer.Chinese;

namespace Archive.Indexer.Tests.Chinese;

[Collection(SegmentationCollection.Name)]
public sealed class SegmenterTests(SegmentationFixture fixture)
{
    [Theory]
    [InlineData("宜秀区第一时间召开疫情防控部署会", "宜秀区 第一时间 召开 疫情防控 部署会")]
    [InlineData("全区组织1450余名机关党员干部下沉一线", "全区 组织 1450 余名 机关 党员干部 下沉 一线")]
    [InlineData("庆组明电〔2020〕2号", "庆组明电 〔 2020 〕 2 号")]
    [InlineData("2022年3月10日", "2022 年 3 月 10 日")]
    [InlineData("旌德县“党建+12345”筑牢疫情防控", "旌德县 “ 党建 + 12345 ” 筑牢 疫情防控")]
    [InlineData("5G网络", "5g 网络")]
    [InlineData("１２ＡＢ和COVID-19", "12ab 和 covid - 19")]
    [InlineData("建立健康管理台账1.3万余户", "建立 健康 管理 台账 1.3 万余户")]
    [InlineData("落实“双联系双报到”服务联系制度", "落实 “ 双联系双报到 ” 服务 联系 制度")]
    public void Precise_mode_cuts_the_documented_cases(string text, string expected)
    {
        Assert.Equal(expected.Replace('，', ','), string.Join(' ', fixture.Words(text)));
    }

    [Fact]
    public void Hmm_finds_names_the_dictionary_lacks()
    {
        Assert.Contains("陆组轩", fixture.Words("陆组轩报道：全市组织系统闻令而动"));
        Assert.Contains("刘少叶", fixture.Words("作者:刘少叶"));
    }

    [Fact]
    public void Search_mode_adds_dictionary_sub_words_at_the_same_position()
    {
        const string text = "筑牢疫情防控红色堡垒";
        var tokens = fixture.Segmenter.Segment(text, SegmentMode.Search);
        var shown = tokens.Select(t => $"{t.Text(text)}@{t.Start}+{t.PositionIncrement}").ToArray();
        Assert.Equal(["筑牢@0+1", "疫情防控@2+1", "疫情@2+0", "防控@4+0", "红色堡垒@6+1", "红色@6+0", "堡垒@8+0"], shown);
    }

    [Fact]
    public void Search_mode_keeps_the_precise_words_in_order_with_increment_one()
    {
        var text = SegmentationFixture.Sample("000");
        var precise = fixture.Segmenter.Segment(text, SegmentMode.Precise);
        var search = fixture.Segmenter.Segment(text, SegmentMode.Search);
        Assert.Equal(precise, search.Where(t => t.PositionIncrement == 1));
        Assert.All(search.Where(t => t.PositionIncrement == 0), t => Assert.True(t.Length >= 2));
    }

    [Fact]
    public void Offsets_point_into_the_original_text_with_full_width_forms()
    {
        const string text = "　Ｇ２０峰会，ＡＢ１２ 疫情";
        var tokens = fixture.Segmenter.Segment(text);
        Assert.Equal(["g20", "峰会", ",", "ab12", "疫情"], tokens.Select(t => t.Text(text)));
        Assert.Equal("Ｇ２０", text.Substring(tokens[0].Start, tokens[0].Length));
        Assert.Equal("疫情", text[tokens[^1].Start..tokens[^1].End]);
    }

    [Fact]
    public void Every_sample_is_covered_exactly_once_in_precise_mode()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var text = SegmentationFixture.Sample(prefix);
            Coverage.AssertExactlyCovered(text, fixture.Segmenter.Segment(text));
        }
    }

    [Fact]
    public void Segmenting_from_many_threads_gives_the_same_words()
    {
        var text = SegmentationFixture.Sample("001");
        var expected = fixture.Words(text);
        var results = new string[8][];
        Parallel.For(0, results.Length, i => results[i] = fixture.Words(text));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
