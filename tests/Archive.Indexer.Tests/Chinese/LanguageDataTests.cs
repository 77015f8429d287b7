using Archive.Indexer.Chinese;

namespace Archive.Indexer.Tests.Chinese;

[Collection(SegmentationCollection.Name)]
public sealed class LanguageDataTests(SegmentationFixture fixture)
{
    [Fact]
    public void The_shared_language_data_is_loaded_once()
    {
        Assert.Same(ChineseLanguage.Shared.Segmenter, fixture.Language.Segmenter);
        Assert.Same(ChineseLanguage.Shared.StopWords, fixture.Language.StopWords);
    }

    [Fact]
    public void SmartCn_words_and_bigrams_are_read_with_their_counts()
    {
        var smartCn = SmartCnDictionaries.Load(fixture.Language.Files.SmartCnDictionaries);
        Assert.Equal(85_607, smartCn.Words.Count);
        Assert.Contains(("的", 358_156), smartCn.Words);
        var bigrams = new WordBigrams(smartCn.BigramKeys, smartCn.BigramCounts);
        Assert.Equal(328_856, bigrams.Count);
        Assert.Equal(2_696, bigrams.Frequency(WordBigrams.Extend(WordBigrams.FirstKey("始##始"), "中国")));
        Assert.Equal(1_444, bigrams.Frequency(WordBigrams.Extend(WordBigrams.FirstKey("领导"), "干部")));
        Assert.Equal(0, bigrams.Frequency(WordBigrams.Extend(WordBigrams.FirstKey("疫情"), "防控")));
    }

    [Fact]
    public void Idf_is_looked_up_and_an_unknown_word_gets_the_median()
    {
        var idf = fixture.Language.Idf;
        Assert.True(idf.Count > 100_000);
        Assert.True(idf.Idf("劳动防护") > idf.Idf("工作"), "a rare word weighs more than a common one");
        Assert.Equal(idf.Median, idf.Idf("不存在的词语甲乙丙"));
    }

    [Fact]
    public void Homophones_share_a_reading_tones_aside()
    {
        var homophones = fixture.Language.Homophones;
        Assert.Contains('情', homophones.Of('请')); // qíng, qǐng
        Assert.DoesNotContain('请', homophones.Of('请'));
        Assert.Contains('纪', homophones.Of('济')); // jì both, 济 also jǐ
        Assert.DoesNotContain('包', homophones.Of('失'));
        Assert.DoesNotContain('鲁', homophones.Of('旅')); // lǚ and lǔ: ü is no u
        Assert.Empty(homophones.Of('a'));
    }

    [Fact]
    public void Near_sounds_are_those_fuzzy_pinyin_confuses()
    {
        var homophones = fixture.Language.Homophones;
        Assert.Contains('领', homophones.Near('邻')); // lǐng, lín: -ng as -n
        Assert.Contains('资', homophones.Near('知')); // zī, zhī
        Assert.Contains('宁', homophones.Near('灵')); // níng, líng: l as n, -ng as -n
        Assert.DoesNotContain('林', homophones.Near('邻')); // lín: the same sound, not a near one
    }

    [Fact]
    public void Characters_written_alike_share_their_right_part_or_are_it()
    {
        var shapes = fixture.Language.SimilarShapes;
        Assert.Contains('挂', shapes.Of('桂')); // 扌 and 木 before 圭
        Assert.Contains('治', shapes.Of('冶')); // 冫 and 氵 before 台
        Assert.Contains('设', shapes.Of('没')); // 氵 and 讠 before 殳
        Assert.Contains('理', shapes.Of('埋')); // 土 and 王 before 里
        Assert.Contains('则', shapes.Of('侧')); // 侧 is 亻 before 则
        Assert.Contains('例', shapes.Of('列')); // and 例 is 亻 before 列
        Assert.Contains('已', shapes.Of('己')); // 已 is 己 modified
        Assert.Contains('己', shapes.Of('已'));
        Assert.Contains('末', shapes.Of('未')); // 木 and 一, placed otherwise
        Assert.Contains('士', shapes.Of('土'));
        Assert.DoesNotContain('桂', shapes.Of('桂'));
        Assert.DoesNotContain('杯', shapes.Of('不')); // 木 before 不: a left part the eye does not miss
        Assert.DoesNotContain('不', shapes.Of('坏'));
        Assert.Empty(shapes.Of('a'));
    }

    [Fact]
    public void Stop_words_hold_the_common_particles()
    {
        Assert.True(fixture.Language.StopWords.Contains("的"));
        Assert.False(fixture.Language.StopWords.Contains("疫情"));
    }

    [Fact]
    public void A_missing_domain_dictionary_folder_gives_an_error_naming_it()
    {
        using var folder = new BadInputTests.DataFolder();
        Directory.Delete(Path.Combine(folder.Path, "dict"), true);
        var error = Assert.Throws<DataPackageException>(() => new ChineseLanguage(folder.Path).Segmenter);
        Assert.Contains(Path.Combine(folder.Path, "dict"), error.Message);
    }
}
