namespace Archive.Indexer.Tests.Chinese;

/// <summary>Towns and townships keep their names whole, as counties do, where the word dictionaries lack them.</summary>
[Collection(SegmentationCollection.Name)]
public sealed class TownNameTests(SegmentationFixture fixture)
{
    [Theory]
    [InlineData("县里在花岗镇和上派镇召开现场会", "花岗镇", "上派镇")]
    [InlineData("罗集乡党委书记带队走访", "罗集乡", "党委")]
    public void A_town_or_township_named_in_the_text_is_one_word(string sentence, string town, string next)
    {
        var words = fixture.Words(sentence);
        Assert.Contains(town, words);
        Assert.Contains(next, words);
    }

    [Theory]
    [InlineData("团结乡村干部群众", "团结", "乡村")]
    [InlineData("发展乡村产业", "发展", "乡村")]
    [InlineData("繁荣乡村文化", "繁荣", "乡村")]
    [InlineData("平安乡村建设", "平安", "乡村")]
    [InlineData("小城镇建设", "城镇", "建设")]
    [InlineData("胜利乡会师", "胜利", "乡")]
    [InlineData("仙岩街道工业园社区", "仙岩", "街道")]
    public void Everyday_words_before_乡_or_镇_and_a_街道_stay_apart(string sentence, string first, string second)
    {
        var words = fixture.Words(sentence);
        Assert.Contains(first, words);
        Assert.Contains(second, words);
    }
}
