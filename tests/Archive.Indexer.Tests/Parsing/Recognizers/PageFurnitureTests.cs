using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Tests.Parsing.Recognizers;

public sealed class PageFurnitureTests
{
    [Theory]
    [InlineData("- 2 -", 2)]
    [InlineData("—3—", 3)]
    [InlineData("— 4 —", 4)]
    [InlineData("· 5 ·", 5)]
    [InlineData("-12-", 12)]
    [InlineData("7", 7)]
    [InlineData("第2页", 2)]
    [InlineData("第 1 页，共 18 页", 1)]
    [InlineData("第1页共10页", 1)]
    [InlineData("1 / 3", 1)]
    public void Reads_page_numbers(string line, int page) => Assert.Equal(page, PageFurniture.PageNumber(Lines.Folded(line)));

    [Theory]
    [InlineData("2022 年 3 月 10 日")]
    [InlineData("第 8 期")]
    [InlineData("一、工作动态")]
    [InlineData("1000")]
    [InlineData("共3页的材料")]
    public void Leaves_other_numbers_alone(string line) => Assert.Null(PageFurniture.PageNumber(Lines.Folded(line)));

    [Theory]
    [InlineData("━━━━━━━━━━━━━━━━━━━━━━", true)]
    [InlineData("----------------------------------------", true)]
    [InlineData("═══", true)]
    [InlineData("---|---|---", true)]
    [InlineData("——", false)]
    [InlineData("——逊克县为边城高质量发展提供坚强组织保障", false)]
    public void Tells_rules(string line, bool rule) => Assert.Equal(rule, PageFurniture.IsRule(Lines.Folded(line)));
}
