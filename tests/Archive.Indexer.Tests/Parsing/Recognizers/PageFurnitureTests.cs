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

    [Theory]
    [InlineData("各支部结合实际制定了学习计划，(下转02版)", "各支部结合实际制定了学习计划，")]
    [InlineData("全年共培训党员3000人次。（下转第三版）", "全年共培训党员3000人次。")]
    [InlineData("（上接第1版）活动期间，各村组织党员开展志愿服务。", "活动期间，各村组织党员开展志愿服务。")]
    [InlineData("会议要求抓好落实。(转第4版)", "会议要求抓好落实。")]
    [InlineData("详见本报第2版(下转)的报道。", "详见本报第2版(下转)的报道。")]
    [InlineData("这是我们的第一版(试行)规划。", "这是我们的第一版(试行)规划。")]
    public void Takes_jumps_to_other_pages_off_a_paragraph(string paragraph, string kept) =>
        Assert.Equal(kept, PageFurniture.WithoutJump(paragraph));
}
