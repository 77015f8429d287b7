using Archive.Indexer.Chinese;

namespace Archive.Indexer.Tests.Chinese;

public sealed class ScriptFoldingTests
{
    private static readonly ScriptFolding Folding = ChineseLanguage.Shared.ScriptFolding;

    [Theory]
    [InlineData("基層黨建", "基层党建")]
    [InlineData("乾縣縣委組織部", "乾县县委组织部")]
    [InlineData("乾淨", "干净")]
    [InlineData("關於", "关于")]
    public void A_value_with_traditional_characters_folds_as_the_text_fields_fold_it(string text, string folded) =>
        Assert.Equal(folded, Folding.FoldValue(text));

    [Fact]
    public void Simplified_text_comes_out_as_the_same_string()
    {
        const string text = "乾县推进乡村振兴";
        Assert.Same(text, Folding.FoldValue(text));
        // The text fields read 乾 alone as 干, in the articles and the queries alike.
        Assert.Equal("干县推进乡村振兴", Folding.Fold(text));
    }
}
