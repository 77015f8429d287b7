namespace Archive.Indexer.Tests.Chinese;

/// <summary>Places keep their names whole with their level (宣城市, 上派镇), as PKU cuts them, where the word dictionaries lack them.</summary>
[Collection(SegmentationCollection.Name)]
public sealed class TownNameTests(SegmentationFixture fixture)
{
    [Theory]
    [InlineData("县里在花岗镇和上派镇召开现场会", "花岗镇", "上派镇")]
    [InlineData("罗集乡党委书记带队走访", "罗集乡", "党委")]
    [InlineData("兴化市周庄镇牢牢把握冬训要求", "周庄镇", "牢牢")] // jieba tags 周庄镇 a person's name (nr): 周 庄镇
    public void A_town_or_township_named_in_the_text_is_one_word(string sentence, string town, string next)
    {
        var words = fixture.Words(sentence);
        Assert.Contains(town, words);
        Assert.Contains(next, words);
    }

    [Theory]
    [InlineData("宣城市人民政府办公室", "宣城市", "人民")] // 人民 政府 as PKU cuts it
    [InlineData("玉环市国民经济和社会发展统计公报", "玉环市", "国民经济")]
    [InlineData("中共宣城市委办公室", "宣城", "市委")]
    public void A_city_or_county_named_with_its_level_is_one_word_before_an_everyday_word(string sentence, string first, string second)
    {
        var words = fixture.Words(sentence);
        Assert.Contains(first, words);
        Assert.Contains(second, words);
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
