using Archive.Indexer.Chinese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Token = Archive.Indexer.Chinese.Token;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Tests.Chinese;

/// <summary>The index takes the segmentation keyword extraction made of the same text, and indexes exactly what it would have.</summary>
[Collection(SegmentationCollection.Name)]
public sealed class RecentSegmentationsTests(SegmentationFixture fixture)
{
    private static List<(string Term, int Start, int End, int Increment)> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("body", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        stream.End();
        return terms;
    }

    public static TheoryData<string> Samples => new() { "000", "001", "002", "003", "004" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_index_takes_what_keyword_extraction_cut_and_indexes_the_same_terms(string sample)
    {
        var language = fixture.Language;
        var recent = new RecentSegmentations(16);
        var keywords = new KeywordExtractor(language.Segmenter, language.StopWords, language.Idf, [], recent);
        var body = SegmentationFixture.Sample(sample);
        var title = body.Split('\n').First(line => line.Trim().Length > 0);
        var expected = Analyze(new FoldedTextAnalyzer(new WordAnalyzer(language.Segmenter, language.StopWords, SegmentMode.Precise), language.ScriptFolding), body);

        keywords.Extract(title, body);
        var taken = Analyze(new FoldedTextAnalyzer(new WordAnalyzer(language.Segmenter, language.StopWords, SegmentMode.Precise, recent), language.ScriptFolding), body);

        Assert.Equal(expected, taken);
        Assert.False(recent.TryTake(body, []));
        Assert.True(recent.TryTake(title, []));
    }

    [Fact]
    public void A_segmentation_is_taken_once_by_content_and_the_oldest_are_forgotten()
    {
        var recent = new RecentSegmentations(4);
        List<Token> tokens = [new(0, 2, TokenKind.Word, 1), new(2, 2, TokenKind.Word, 1)];
        recent.Keep("组织部门", tokens);

        var taken = new List<Token>();
        Assert.True(recent.TryTake(new string("组织部门".ToCharArray()), taken));
        Assert.Equal(tokens, taken);
        Assert.False(recent.TryTake("组织部门", taken));

        foreach (var text in new[] { "一", "二", "三", "四", "五" }) recent.Keep(text, [new(0, 1, TokenKind.Word, 1)]);
        Assert.Equal([false, false, true, true, true], new[] { "一", "二", "三", "四", "五" }.Select(text => recent.TryTake(text, [])));
    }

    [Fact]
    public void Any_tokens_come_back_as_kept()
    {
        // Search mode: sub-words inside their word (a negative gap, no position of their own); a Latin run over 127 characters.
        var text = "中华人民共和国成立于1949年，" + new string('a', 300) + " 50%的党员干部参加";
        var tokens = fixture.Segmenter.Segment(text, SegmentMode.Search);
        Assert.Contains(tokens, t => t.PositionIncrement == 0);
        var recent = new RecentSegmentations(4);

        recent.Keep(text, tokens);
        var taken = new List<Token>();

        Assert.True(recent.TryTake(text, taken));
        Assert.Equal(tokens, taken);
    }
}
