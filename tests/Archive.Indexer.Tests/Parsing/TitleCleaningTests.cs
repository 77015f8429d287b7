using Archive.Indexer.Parsing;

namespace Archive.Indexer.Tests.Parsing;

public class TitleCleaningTests
{
    [Theory]
    [InlineData("《中国共产党党员教育管理", "《中国共产党党员教育管理")] // a title's first line: its 》 is on the next
    [InlineData("学习《中国共产党支部工作条例》的体会", "学习《中国共产党支部工作条例》的体会")]
    [InlineData("《党建》杂志刊发我县经验", "《党建》杂志刊发我县经验")]
    [InlineData("标题：关于开展党费收缴情况专项检查的通知", "关于开展党费收缴情况专项检查的通知")]
    public void A_title_loses_what_a_copy_adds_and_keeps_its_own_marks(string printed, string title) =>
        Assert.Equal(title, SingleArticle.CleanTitle(printed));
}
