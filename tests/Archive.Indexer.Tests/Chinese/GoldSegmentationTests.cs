using Archive.Indexer.Chinese;
using Xunit.Abstractions;

namespace Archive.Indexer.Tests.Chinese;

/// <summary>Word precision, recall and F1 of precise mode against the hand-made gold (Gold/segmentation.txt).</summary>
[Collection(SegmentationCollection.Name)]
public sealed class GoldSegmentationTests(SegmentationFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Precise_mode_reaches_word_f1_of_0_95_on_the_gold()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Gold", "segmentation.txt"))
            .Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.True(lines.Count >= 80, $"the gold holds {lines.Count} sentences");

        int gold = 0, predicted = 0, correct = 0;
        foreach (var line in lines)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var text = string.Concat(words);
            var expected = new HashSet<(int, int)>();
            var position = 0;
            foreach (var word in words)
            {
                if (IsScored(word)) expected.Add((position, word.Length));
                position += word.Length;
            }
            var actual = fixture.Segmenter.Segment(text)
                .Where(t => t.IsIndexed).Select(t => (t.Start, t.Length)).ToHashSet();
            gold += expected.Count;
            predicted += actual.Count;
            correct += actual.Count(expected.Contains);
            var missed = expected.Except(actual).Select(s => text.Substring(s.Item1, s.Item2)).ToList();
            if (missed.Count > 0)
                output.WriteLine($"{string.Join(' ', fixture.Words(text))}    (gold words missed: {string.Join(' ', missed)})");
        }

        var precision = (double)correct / predicted;
        var recall = (double)correct / gold;
        var f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine($"{lines.Count} sentences, {gold} gold words: precision {precision:P2}, recall {recall:P2}, F1 {f1:F4}");
        Assert.True(f1 >= 0.95, $"F1 {f1:F4} below 0.95 (precision {precision:P2}, recall {recall:P2})");
    }

    private static bool IsScored(string word)
    {
        var scanner = new TextScanner(word);
        return scanner.MoveNext(out var run) && run.IsIndexed;
    }
}
