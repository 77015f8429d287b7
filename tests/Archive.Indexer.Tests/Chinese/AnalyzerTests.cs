using Archive.Indexer.Chinese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Indexer.Tests.Chinese;

[Collection(SegmentationCollection.Name)]
public sealed class AnalyzerTests(SegmentationFixture fixture)
{
    private sealed record Term(string Text, int Start, int End, int Increment)
    {
        public override string ToString() => $"{Text}[{Start},{End})+{Increment}";
    }

    private static List<Term> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<Term>();
        using var stream = analyzer.GetTokenStream("body", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(new Term(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        stream.End();
        Assert.Equal(text.Length, offset.EndOffset);
        return terms;
    }

    private static string Show(IEnumerable<Term> terms) => string.Join(' ', terms);

    // One representative sentence of each sample: 000, 001, 002, 003, 004.
    public static TheoryData<string, string> WordCases => new()
    {
        { "宜秀区第一时间召开疫情防控部署会，", "宜秀区[0,3)+1 第一时间[3,7)+1 召开[7,9)+1 疫情防控[9,13)+1 部署会[13,16)+1" },
        { "六安先锋网平台发布信息100余条", "六安[0,2)+1 先锋网[2,5)+1 平台[5,7)+1 发布[7,9)+1 信息[9,11)+1 100余[11,15)+1 条[15,16)+1" },
        { "发布日期:2022-04-11", "发布[0,2)+1 日期[2,4)+1 2022[5,9)+1 04[10,12)+1 11[13,15)+1" },
        { "庆组明电〔2020〕2号", "庆组明电[0,4)+1 2020[5,9)+1 2号[10,12)+1" },
        { "开展摸底排查“敲门行动”", "开展[0,2)+1 摸底排查[2,6)+1 敲门行动[7,11)+1" },
    };

    [Theory]
    [MemberData(nameof(WordCases))]
    public void Word_analyzer_gives_words_offsets_and_positions(string text, string expected)
    {
        Assert.Equal(expected, Show(Analyze(fixture.Language.WordAnalyzer(), text)));
    }

    [Fact]
    public void Word_analyzer_drops_stop_words_leaving_a_position_gap_and_folds_case()
    {
        Assert.Equal("研究[0,2)+1 党建[3,5)+2 covid[5,10)+1", Show(Analyze(fixture.Language.WordAnalyzer(), "研究的党建COVID")));
    }

    public static TheoryData<string, string> BigramCases => new()
    {
        // One ideograph quoted inside a word is also read without the quotes: 战疫 and 疫一 at the offsets after the quote,
        // each at the position after the bigram before it, as in the text without quotes.
        { "宜秀区战“疫”一线党旗红", "宜秀[0,2)+1 秀区[1,3)+1 区战[2,4)+1 战疫[5,6)+1 疫[5,6)+0 疫一[7,8)+1 一线[7,9)+1 线党[8,10)+1 党旗[9,11)+1 旗红[10,12)+1" },
        { "“智”造", "智[1,2)+1 智造[3,4)+1 造[3,4)+0" },
        { "全市组织系统闻令而动", "全市[0,2)+1 市组[1,3)+1 组织[2,4)+1 织系[3,5)+1 系统[4,6)+1 统闻[5,7)+1 闻令[6,8)+1 令而[7,9)+1 而动[8,10)+1" },
        { "发布日期:2022-04-11", "发布[0,2)+1 布日[1,3)+1 日期[2,4)+1 2022[5,9)+1 04[10,12)+1 11[13,15)+1" },
        { "庆组明电〔2020〕2号", "庆组[0,2)+1 组明[1,3)+1 明电[2,4)+1 2020[5,9)+1 2[10,11)+1 号[11,12)+1" },
        { "“党员+‘家’连心卡”", "党员[1,3)+1 家[5,6)+1 家连[7,8)+1 连心[7,9)+1 心卡[8,10)+1" },
        // A longer quotation is a name the text quotes: nothing is joined across its quotes.
        { "实施“归雁行动”", "实施[0,2)+1 归雁[3,5)+1 雁行[4,6)+1 行动[5,7)+1" },
        // An alternative inserted in brackets is also read without it: 村党 stands just before 党组, at 党's offsets.
        { "村(社区)党组织", "村[0,1)+1 社区[2,4)+1 村党[5,6)+0 党组[5,7)+1 组织[6,8)+1" },
        { "村（居）民委员会", "村[0,1)+1 居[2,3)+1 村民[4,5)+0 民委[4,6)+1 委员[5,7)+1 员会[6,8)+1" },
        // A note in brackets longer than an alternative, or brackets not between ideographs, join nothing.
        { "办法(试行草案稿)印发", "办法[0,2)+1 试行[3,5)+1 行草[4,6)+1 草案[5,7)+1 案稿[6,8)+1 印发[9,11)+1" },
        { "2022(社区)党员", "2022[0,4)+1 社区[5,7)+1 党员[8,10)+1" },
    };

    [Theory]
    [MemberData(nameof(BigramCases))]
    public void Bigram_analyzer_gives_bigrams_unigrams_offsets_and_positions(string text, string expected)
    {
        Assert.Equal(expected, Show(Analyze(new BigramAnalyzer(), text)));
    }

    [Fact]
    public void Both_analyzers_keep_offsets_on_the_text_they_stand_for_in_every_sample()
    {
        var analyzers = new Analyzer[] { fixture.Language.WordAnalyzer(), new BigramAnalyzer() };
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var text = SegmentationFixture.Sample(prefix);
            foreach (var analyzer in analyzers)
            {
                var terms = Analyze(analyzer, text);
                Assert.NotEmpty(terms);
                Assert.True(terms[0].Increment >= 1);
                var lastStart = 0;
                foreach (var t in terms)
                {
                    // A bigram joined across an insertion in brackets (镇(街道)组 read as 镇组) or a quote (战“疫” read as 战疫)
                    // stands on its second character, right after the bracket or the quote.
                    var atOffsets = CharClass.Normalize(text.AsSpan(t.Start, t.End - t.Start));
                    var joined = t.Start > 0 && !CharClass.IsHan(text[t.Start - 1]) && t.Text.Length == atOffsets.Length + 1 && t.Text.EndsWith(atOffsets, StringComparison.Ordinal);
                    Assert.True(joined || t.Text == atOffsets, $"{t} stands on {atOffsets}");
                    Assert.True(t.Start >= lastStart, $"{t} starts before {lastStart}");
                    lastStart = t.Start;
                }
            }
        }
    }

    [Fact]
    public void A_phrase_of_words_finds_the_text_across_stop_word_gaps()
    {
        using var directory = new RAMDirectory();
        var indexAnalyzer = fixture.Language.WordAnalyzer();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, indexAnalyzer)))
        {
            var type = new FieldType(TextField.TYPE_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
            writer.AddDocument([new Field("body", "宜秀区第一时间召开疫情防控部署会，成立综合保障等9个工作组", type)]);
            writer.AddDocument([new Field("body", "防控疫情的部署会", type)]);
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        int Hits(string phrase)
        {
            var query = new PhraseQuery();
            var position = -1;
            foreach (var term in Analyze(fixture.Language.WordAnalyzer(), phrase))
            {
                position += term.Increment;
                query.Add(new Lucene.Net.Index.Term("body", term.Text), position);
            }
            return searcher.Search(query, 10).TotalHits;
        }

        Assert.Equal(1, Hits("召开疫情防控部署会"));
        Assert.Equal(1, Hits("疫情防控部署会"));
        Assert.Equal(1, Hits("疫情防控"));
        Assert.Equal(2, Hits("部署会"));
    }
}
