
namespace Archive.Indexer.Tests.Chinese;

[Collection(SegmentationCollection.Name)]
public sealed class DomainDictionaryTests(SegmentationFixture fixture)
{
    private static List<string> Terms() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "dict"), "*.txt")
            .SelectMany(File.ReadLines)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0])
            .ToList();

    [Fact]
    public void The_domain_dictionary_holds_at_least_300_distinct_terms()
    {
        Assert.True(Terms().Distinct().Count() >= 300);
    }

    [Fact]
    public void Every_domain_term_comes_out_whole_in_precise_mode()
    {
        var broken = Terms().Where(t => fixture.Words(t) is not [var only] || only != t).ToList();
        Assert.True(broken.Count == 0, "split: " + string.Join(", ", broken.Select(t => $"{t} -> {string.Join(' ', fixture.Words(t))}")));
    }

    [Theory]
    [InlineData("在疫情防控一线考察识别干部", "考察识别")]
    [InlineData("深入开展“敲门行动”", "敲门行动")]
    [InlineData("每个基层网格配备网格长1名", "网格长")]
    [InlineData("裕安区罗集乡成立临时党支部支援城南镇", "临时党支部")]
    [InlineData("16名在村任职选调生就地转化为疫情防控工作队", "选调生")]
    [InlineData("为确保农民工按时足额领取工资，市人社局认真分析清欠形势", "人社局")] // 人 社局 before it was a term
    [InlineData("省人社厅二级巡视员参加调研", "人社厅")]
    // 新媒体 党建 (test7): each came out as its characters before it was a term (新 媒体, 公众 号, 在 线, 领导 小组)
    [InlineData("各级组织部门用好新媒体平台", "新媒体")]
    [InlineData("构建全媒体传播格局", "全媒体")]
    [InlineData("县融媒体中心开设党建专栏", "融媒体")]
    [InlineData("把自媒体从业人员纳入统战工作", "自媒体")]
    [InlineData("关注县委组织部的微信公众号", "公众号")]
    [InlineData("通过抖音号和视频号发布换届知识", "抖音号")]
    [InlineData("通过抖音号和视频号发布换届知识", "视频号")]
    [InlineData("拍摄党员教育短视频", "短视频")]
    [InlineData("开发党员积分小程序", "小程序")]
    [InlineData("录制微党课", "微党课")]
    [InlineData("开设网上微课堂", "微课堂")]
    [InlineData("开展线上培训", "线上")]
    [InlineData("党员在线学习党史", "在线")]
    [InlineData("成立疫情防控工作领导小组", "领导小组")]
    [InlineData("由市委人才办牵头", "人才办")]
    [InlineData("深入开展招才引智活动", "招才引智")]
    [InlineData("每个微网格配备1名微网格长", "微网格")] // 微 网格 before it was a term (test6, test8)
    [InlineData("每个微网格配备1名微网格长", "微网格长")]
    [InlineData("机关党员50人以上、100人以下的，设立党的总支部委员会", "总支部")] // 总 支部 before
    [InlineData("商务贸易学院召开党总支部委员会换届选举大会", "党总支部")] // 党 总 支部 before
    public void Domain_terms_come_out_whole_in_context(string sentence, string term)
    {
        Assert.Contains(term, fixture.Words(sentence));
    }

    /// <summary>A two-character term has no parts to outbid: it must not take a character from a common word beside it.</summary>
    [Theory]
    [InlineData("加强党日常管理", "日常", "党日")]
    [InlineData("选派驻村干部", "驻村", "村干部")]
    public void A_two_character_term_and_the_word_beside_it_are_weighed_as_words(string sentence, string word, string not)
    {
        var words = fixture.Words(sentence);
        Assert.Contains(word, words);
        Assert.DoesNotContain(not, words);
    }

    private static List<string[]> Phrases() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "dict"), "*.phrases")
            .SelectMany(File.ReadLines)
            .Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0 && words[0][0] != '#')
            .ToList();

    /// <summary>SmartCN counts 集体经济 as a word and jieba lists 长效机制; PKU's standard, and every gold, writes their words apart.</summary>
    [Fact]
    public void Every_listed_phrase_comes_out_as_its_words()
    {
        var phrases = Phrases();
        Assert.True(phrases.Count >= 10);
        var joined = phrases.Where(p => !fixture.Words(string.Concat(p)).SequenceEqual(p)).ToList();
        Assert.True(joined.Count == 0, "not cut: " + string.Join(", ", joined.Select(p => $"{string.Concat(p)} -> {string.Join(' ', fixture.Words(string.Concat(p)))}")));
    }

    [Theory]
    [InlineData("发展壮大村集体经济", "发展 壮大 村 集体 经济")]
    [InlineData("发展社会主义市场经济", "发展 社会主义 市场 经济")]
    [InlineData("干部要在学习上下功夫", "干部 要 在 学习 上 下 功夫")]
    [InlineData("建立长效机制", "建立 长效 机制")]
    public void A_listed_phrase_is_cut_in_context(string sentence, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(sentence)));
    }
}
