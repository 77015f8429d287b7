using System.Globalization;

namespace Archive.Indexer.Generation;

/// <summary>
/// Content words of the jieba dictionary (nouns, verbs, adjectives of two to four Chinese characters),
/// drawn in proportion to their frequency so generated text has the word distribution of real text.
/// </summary>
internal sealed class Vocabulary
{
    private static readonly HashSet<string> ContentTags = ["n", "v", "vn", "a", "an", "ad", "d", "nz", "l", "i"];
    private readonly string[] _words;
    private readonly long[] _cumulative;

    private Vocabulary(string[] words, long[] cumulative)
    {
        _words = words;
        _cumulative = cumulative;
    }

    public static Vocabulary Load(string jiebaDictionary)
    {
        var words = new List<string>();
        var cumulative = new List<long>();
        long total = 0;
        foreach (var line in File.ReadLines(jiebaDictionary))
        {
            var parts = line.Split(' ');
            if (parts.Length < 3 || !ContentTags.Contains(parts[2]) || parts[0].Length is < 2 or > 4
                || !parts[0].All(c => c is >= '\u4e00' and <= '\u9fa5')
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var frequency) || frequency < 5)
            {
                continue;
            }

            total += frequency;
            words.Add(parts[0]);
            cumulative.Add(total);
        }

        if (words.Count == 0)
        {
            throw new InvalidDataException($"{jiebaDictionary} holds no usable words: is it the jieba dictionary?");
        }

        return new Vocabulary([.. words], [.. cumulative]);
    }

    public string Draw(Random random)
    {
        var target = random.NextInt64(_cumulative[^1]);
        var index = Array.BinarySearch(_cumulative, target + 1);
        return _words[index >= 0 ? index : ~index];
    }
}
