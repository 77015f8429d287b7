using Archive.Indexer.Text.Recognition;

namespace Archive.Indexer.Tests.Conversion;

/// <summary>What Tesseract's Chinese model writes for the marks it lacks, as read off the scans of the sample bulletins.</summary>
public sealed class ChineseMarksTests
{
    [Theory]
    [InlineData("^宜秀区战“疫”一线党旗红。迅速动员部署。", "宜", 0.92, "△宜秀区战“疫”一线党旗红。迅速动员部署。")]
    [InlineData("“^岳西县;开展“背包上门”服务", "“", 0.5, "△岳西县：开展“背包上门”服务")]
    [InlineData("桐城市:发挥组织作用助力疫情平稳过峰,…2", "桐", 0.9, "桐城市：发挥组织作用助力疫情平稳过峰……2")]
    [InlineData("宜秀区战“疫”一线党旗红…2", "宜", 0.9, "宜秀区战“疫”一线党旗红……2")]
    [InlineData("太市内信息", "太", 0.07, "★ 市内信息")]
    [InlineData("女市外参考", "女", 0.63, "★ 市外参考")]
    [InlineData("领导批示;", "领导", 0.96, "领导批示：")]
    [InlineData("桐城市;发挥组织作用助力疫情平稳过峰", "桐", 0.9, "桐城市：发挥组织作用助力疫情平稳过峰")]
    [InlineData("各县(市、区)委组织部，市直各单位党组(党委):", "各", 0.9, "各县（市、区）委组织部，市直各单位党组（党委）：")]
    [InlineData("在评先评优时优先考虑;对工作不力的，及时调整", "在", 0.9, "在评先评优时优先考虑；对工作不力的，及时调整")]
    public void Marks_the_model_cannot_write_are_put_back(string read, string firstWord, double confidence, string printed) =>
        Assert.Equal(printed, ChineseMarks.Restore(read, firstWord, confidence));

    [Theory]
    [InlineData("女干部队伍建设", "女", 0.95)]
    [InlineData("女性干部占比提高到百分之三十以上", "女", 0.5)]
    [InlineData("发布日期:2022-04-11", "发", 0.9)]
    [InlineData("Tel: (0556) 5500000", "Tel", 0.9)]
    public void Text_that_only_looks_alike_is_left_as_it_was_read(string read, string firstWord, double confidence)
    {
        var expected = read.Replace("期:", "期：", StringComparison.Ordinal);

        Assert.Equal(expected, ChineseMarks.Restore(read, firstWord, confidence));
    }
}
