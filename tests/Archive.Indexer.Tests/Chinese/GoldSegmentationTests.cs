using Archive.Indexer.Chinese;
using Xunit.Abstractions;
using Archive.Evaluation.Segmentation;

namespace Archive.Indexer.Tests.Chinese;

/// <summary>
/// Word precision, recall and F1 of precise mode against the hand-made gold: the held-out sentences of corpus/segmentation
/// (text the dictionaries were not written from) and the in-sample sentences of the five samples. The floors guard against
/// a regression; the bench (`segment`) prints the figures beside SmartCN's.
/// </summary>
[Collection(SegmentationCollection.Name)]
public sealed class GoldSegmentationTests(SegmentationFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("held-out/test.txt", 300, 0.89)]
    [InlineData("held-out/test2.txt", 180, 0.92)]
    [InlineData("held-out/test3.txt", 170, 0.89)]
    [InlineData("held-out/test4.txt", 160, 0.92)]
    [InlineData("held-out/test5.txt", 180, 0.89)]
    [InlineData("held-out/test6.txt", 280, 0.87)]
    [InlineData("held-out/test7.txt", 190, 0.87)]
    [InlineData("held-out/test8.txt", 220, 0.85)]
    [InlineData("held-out/test9.txt", 220, 0.83)]
    [InlineData("held-out/test10.txt", 250, 0.88)]
    [InlineData("held-out/test11.txt", 250, 0.88)]
    [InlineData("held-out/test12.txt", 240, 0.89)]
    [InlineData("held-out/dev.txt", 50, 0.90)]
    [InlineData("segmentation.txt", 100, 0.86)]
    public void Precise_mode_reaches_its_f1_floor_on_the_gold(string file, int minimumSentences, double floor)
    {
        var gold = GoldSegmentation.Load(Path.Combine(AppContext.BaseDirectory, "Gold", file));
        Assert.True(gold.Sentences.Count >= minimumSentences, $"{file} holds {gold.Sentences.Count} sentences");

        var score = gold.Score(t => fixture.Segmenter.Segment(t).Select(s => (s.Start, s.Length)), fixture.Segmenter.Dictionary);
        output.WriteLine($"{file}: {gold.Sentences.Count} sentences: {score}");
        foreach (var sentence in gold.Sentences)
        {
            var cut = fixture.Segmenter.Segment(sentence.Text).Select(s => (s.Start, s.Length)).ToHashSet();
            var missed = sentence.Words.Where(w => !cut.Contains(w)).Select(w => sentence.Text.Substring(w.Start, w.Length)).ToList();
            if (missed.Count > 0) output.WriteLine($"{string.Join(' ', fixture.Words(sentence.Text))}    (gold words missed: {string.Join(' ', missed)})");
        }
        Assert.True(score.F1 >= floor, $"F1 {score.F1:F4} below {floor} ({score})");
    }

    [Fact]
    public void A_gold_line_is_read_as_its_text_and_the_spans_of_its_scored_words()
    {
        var sentence = GoldSentence.Parse("全区 组织 1450余 名 干部 ，");
        Assert.Equal("全区组织1450余名干部，", sentence.Text);
        Assert.Equal([(0, 2), (2, 2), (4, 5), (9, 1), (10, 2)], sentence.Words);
    }
}
