using Archive.Indexer.Chinese;
namespace Archive.Evaluation.Segmentation;

/// <summary>
/// A hand-segmented gold file (one sentence a line, words separated by single spaces, # comments) and the scores of a
/// segmentation against it, as the SIGHAN bakeoffs count them: word precision, recall, F1, and the recall of gold words
/// the dictionary lacks (OOV). Punctuation and symbols are not scored; a segmenter is judged by the spans it cuts.
/// </summary>
internal sealed class GoldSegmentation
{
    private GoldSegmentation(IReadOnlyList<GoldSentence> sentences) => Sentences = sentences;

    public IReadOnlyList<GoldSentence> Sentences { get; }

    public static GoldSegmentation Load(string path) => new(File.ReadLines(path)
        .Where(l => l.Length > 0 && l[0] != '#')
        .Select(GoldSentence.Parse)
        .ToList());

    /// <summary>Scores the spans <paramref name="segment"/> cuts from each sentence (only its scored words count).</summary>
    public SegmentationScore Score(Func<string, IEnumerable<(int Start, int Length)>> segment, WordDictionary dictionary)
    {
        var score = new SegmentationScore();
        foreach (var sentence in Sentences)
        {
            var predicted = segment(sentence.Text).Where(s => IsScored(sentence.Text.AsSpan(s.Start, s.Length))).ToHashSet();
            score.Predicted += predicted.Count;
            foreach (var word in sentence.Words)
            {
                var correct = predicted.Contains(word);
                var text = sentence.Text.AsSpan(word.Start, word.Length);
                score.Gold++;
                if (correct) score.Correct++;
                if (dictionary.Contains(text)) continue;
                score.OutOfVocabulary++;
                if (correct) score.OutOfVocabularyCorrect++;
            }
        }
        return score;
    }

    /// <summary>Words, numbers and Latin words are scored; punctuation and symbols are not.</summary>
    public static bool IsScored(ReadOnlySpan<char> word)
    {
        var scanner = new TextScanner(word);
        return scanner.MoveNext(out var run) && run.IsIndexed;
    }
}

/// <summary>One gold sentence: its text and the spans of its scored words.</summary>
internal sealed record GoldSentence(string Text, IReadOnlyList<(int Start, int Length)> Words)
{
    public static GoldSentence Parse(string line)
    {
        var words = new List<(int, int)>();
        var position = 0;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (GoldSegmentation.IsScored(word)) words.Add((position, word.Length));
            position += word.Length;
        }
        return new GoldSentence(line.Replace(" ", ""), words);
    }
}

/// <summary>Counts of words: in the gold, cut by the segmenter, both; and of the gold's out-of-vocabulary words.</summary>
internal sealed class SegmentationScore
{
    public int Gold { get; set; }
    public int Predicted { get; set; }
    public int Correct { get; set; }
    public int OutOfVocabulary { get; set; }
    public int OutOfVocabularyCorrect { get; set; }

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double OutOfVocabularyRecall => OutOfVocabulary == 0 ? 0 : (double)OutOfVocabularyCorrect / OutOfVocabulary;

    public override string ToString() =>
        $"P {Precision:F4}  R {Recall:F4}  F1 {F1:F4}  OOV recall {OutOfVocabularyRecall:F3} ({OutOfVocabulary} of {Gold} words OOV)";
}
