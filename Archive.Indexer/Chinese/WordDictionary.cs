using System.Globalization;

namespace Archive.Indexer.Chinese;

/// <summary>
/// The word list with the log probability of every word (log frequency minus log total), in a <see cref="CharTrie"/>.
/// Built from jieba.dict.utf8 plus the domain dictionaries; only words made entirely of ideographs are kept,
/// since only runs of ideographs are segmented by the dictionary. Read-only after loading.
/// </summary>
public sealed class WordDictionary
{
    private readonly CharTrie trie;
    private readonly float[] logProbabilities; // by node; NegativeInfinity where the node is not a word

    private WordDictionary(CharTrie trie, float[] logProbabilities, double logTotal, int wordCount)
    {
        this.trie = trie;
        this.logProbabilities = logProbabilities;
        UnknownLogProbability = -logTotal;
        WordCount = wordCount;
    }

    /// <summary>The log probability given to a single character the dictionary lacks (frequency 1).</summary>
    public double UnknownLogProbability { get; }

    public int WordCount { get; }

    public long ApproximateBytes => trie.ApproximateBytes + logProbabilities.Length * 4L;

    public int Root(char c) => trie.Root(c);

    public int Child(int node, char c) => trie.Child(node, c);

    /// <summary>The word's log probability at a node, NegativeInfinity when the path is only a prefix.</summary>
    public float LogProbability(int node) => logProbabilities[node];

    public bool Contains(ReadOnlySpan<char> word)
    {
        var node = trie.Find(word);
        return node != 0 && !float.IsNegativeInfinity(logProbabilities[node]);
    }

    /// <summary>
    /// Loads jieba's dictionary ("word frequency tag" a line) and the domain dictionaries ("word [frequency] [tag]",
    /// # comments). A domain word gets a frequency high enough to beat every way of splitting it, so it comes out whole.
    /// </summary>
    public static WordDictionary Load(string jiebaPath, IReadOnlyList<string> domainPaths)
    {
        var trie = new CharTrie();
        var frequencies = new List<double>(700_000) { 0 };
        var total = 0.0;
        var words = 0;

        void Set(int node, double frequency)
        {
            while (frequencies.Count <= trie.NodeCount) frequencies.Add(0);
            if (frequencies[node] == 0) words++;
            total += frequency - frequencies[node];
            frequencies[node] = frequency;
        }

        var lineNumber = 0;
        foreach (var line in ReadLines(jiebaPath))
        {
            lineNumber++;
            var span = line.AsSpan().Trim();
            if (span.IsEmpty) continue;
            var fields = new FieldReader(span);
            var word = fields.Next();
            var frequencyText = fields.Next();
            if (!double.TryParse(frequencyText, NumberStyles.Float, CultureInfo.InvariantCulture, out var frequency) || frequency < 0)
                throw DataPackageFiles.Corrupt(jiebaPath, lineNumber, $"expected \"word frequency tag\", found \"{Shorten(line)}\"");
            if (frequency > 0 && IsAllHan(word)) Set(trie.Add(word), frequency);
        }
        if (words == 0) throw DataPackageFiles.Corrupt(jiebaPath, lineNumber, "no words found");

        var toTune = new List<(int Node, string Word, double Floor)>();
        foreach (var path in domainPaths)
        {
            lineNumber = 0;
            foreach (var line in ReadLines(path))
            {
                lineNumber++;
                var span = line.AsSpan().Trim();
                if (span.IsEmpty || span[0] == '#') continue;
                var fields = new FieldReader(span);
                var word = fields.Next();
                if (!IsAllHan(word))
                    throw DataPackageFiles.Corrupt(path, lineNumber,
                        $"\"{word}\" is not made of Chinese ideographs only; the dictionary joins ideographs into words, other text is cut by script");
                var second = fields.Next();
                var floor = double.TryParse(second, NumberStyles.Float, CultureInfo.InvariantCulture, out var given) && given > 0 ? given : 0;
                var node = trie.Add(word);
                while (frequencies.Count <= trie.NodeCount) frequencies.Add(0);
                toTune.Add((node, word.ToString(), floor));
                if (floor > 0) Set(node, floor);
            }
        }

        // Domain words: frequency = max(given, twice what the best split of the word scores), computed against
        // the whole dictionary so the word wins over any route through its own characters.
        var logTotal = Math.Log(total);
        toTune.Sort((a, b) => a.Word.Length.CompareTo(b.Word.Length)); // short domain words first: long ones may split into them
        foreach (var (node, word, floor) in toTune)
        {
            var bestSplit = BestSplitLogProbability(trie, frequencies, logTotal, word);
            var needed = Math.Exp(bestSplit + logTotal) * 2 + 1;
            Set(node, Math.Max(Math.Max(floor, needed), frequencies[node]));
        }

        logTotal = Math.Log(total);
        return new WordDictionary(trie, ToLogProbabilities(frequencies, logTotal), logTotal, words);
    }

    private static float[] ToLogProbabilities(List<double> frequencies, double logTotal)
    {
        var result = new float[frequencies.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = frequencies[i] > 0 ? (float)(Math.Log(frequencies[i]) - logTotal) : float.NegativeInfinity;
        return result;
    }

    /// <summary>The best log probability of the word cut into at least two pieces (unknown characters at frequency 1).</summary>
    private static double BestSplitLogProbability(CharTrie trie, List<double> frequencies, double logTotal, string word)
    {
        double LogProbability(int node) => node != 0 && frequencies[node] > 0 ? Math.Log(frequencies[node]) - logTotal : double.NegativeInfinity;

        var n = word.Length;
        var best = new double[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            var node = trie.Root(word[i]);
            var single = Math.Max(LogProbability(node), -logTotal);
            best[i] = single + best[i + 1];
            for (var j = i + 1; j < n && node != 0; j++)
            {
                node = trie.Child(node, word[j]);
                if (node == 0) break;
                if (i == 0 && j == n - 1) break; // the word itself is not a split
                best[i] = Math.Max(best[i], LogProbability(node) + best[j + 1]);
            }
        }
        return best[0];
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        try
        {
            return File.ReadLines(path);
        }
        catch (IOException e)
        {
            throw new DataPackageException($"{path} cannot be read: {e.Message}", e);
        }
    }

    private static bool IsAllHan(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        foreach (var c in word)
            if (!CharClass.IsHan(c)) return false;
        return true;
    }

    /// <summary>Splits a line on white space without allocating.</summary>
    private ref struct FieldReader(ReadOnlySpan<char> line)
    {
        private ReadOnlySpan<char> rest = line;

        public ReadOnlySpan<char> Next()
        {
            rest = rest.TrimStart();
            var end = 0;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end])) end++;
            var field = rest[..end];
            rest = rest[end..];
            return field;
        }
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
