using System.Diagnostics;
using System.Text;
using Archive.Indexer.Chinese;

namespace Archive.Bench;

/// <summary>
/// `segment`: loads the dictionary once, then segments at least 10 MB of Chinese text single-threaded
/// (the five samples plus sentences of dictionary words drawn by frequency) and prints MB/s (UTF-8 bytes),
/// million characters/s, the load time and the memory the loaded data holds.
/// </summary>
public static class SegmentationBenchmark
{
    private const int TargetBytes = 10 * 1024 * 1024;

    public static int Run()
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024)} MB available, {Environment.Version}");

        var before = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        var language = new ChineseLanguage(AppContext.BaseDirectory);
        var segmenter = language.Segmenter;
        var loadTime = clock.Elapsed;
        var held = GC.GetTotalMemory(true) - before;
        Console.WriteLine($"load: {loadTime.TotalSeconds:F2} s for {segmenter.Dictionary.WordCount:N0} words + HMM; held {held / (1024.0 * 1024):F1} MB (tables {segmenter.ApproximateBytes / (1024.0 * 1024):F1} MB)");

        var lines = Corpus(language.Files.JiebaDictionary);
        var bytes = lines.Sum(l => (long)Encoding.UTF8.GetByteCount(l) + 1);
        var chars = lines.Sum(l => (long)l.Length + 1);
        Console.WriteLine($"corpus: {bytes / (1024.0 * 1024):F1} MB UTF-8, {chars / 1e6:F1} M chars, {lines.Count:N0} lines");

        foreach (var mode in new[] { SegmentMode.Precise, SegmentMode.Search })
        {
            var tokens = new List<Token>(4096);
            long count = 0;
            foreach (var line in lines.Take(2000)) segmenter.Segment(line, mode, tokens); // warm up the JIT
            var best = TimeSpan.MaxValue;
            for (var round = 0; round < 5; round++)
            {
                count = 0;
                clock.Restart();
                foreach (var line in lines)
                {
                    tokens.Clear();
                    segmenter.Segment(line, mode, tokens);
                    count += tokens.Count;
                }
                if (clock.Elapsed < best) best = clock.Elapsed;
            }
            var seconds = best.TotalSeconds;
            Console.WriteLine($"{mode,-8}: {bytes / (1024.0 * 1024) / seconds:F1} MB/s, {chars / 1e6 / seconds:F2} M chars/s, {count / 1e6 / seconds:F2} M tokens/s (best of 5, {seconds:F2} s)");
        }
        return 0;
    }

    /// <summary>The samples' lines, then sentences of dictionary words drawn by frequency, up to the target size.</summary>
    private static List<string> Corpus(string dictionaryPath)
    {
        var lines = new List<string>();
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        foreach (var file in Directory.GetFiles(samples).Order(StringComparer.Ordinal))
            lines.AddRange(File.ReadLines(file).Where(l => l.Length > 0));
        var sampleBytes = lines.Sum(l => Encoding.UTF8.GetByteCount(l) + 1);
        var size = 0L;
        var copies = TargetBytes / 2 / sampleBytes + 1; // half the corpus: the real documents, repeated
        var result = new List<string>(lines.Count * copies);
        for (var i = 0; i < copies; i++) result.AddRange(lines);
        size += (long)copies * sampleBytes;

        var words = new List<string>();
        var cumulative = new List<double>();
        var total = 0.0;
        foreach (var line in File.ReadLines(dictionaryPath))
        {
            var parts = line.Split(' ');
            if (parts.Length < 2 || !double.TryParse(parts[1], out var frequency) || !parts[0].All(CharClass.IsHan)) continue;
            total += frequency;
            words.Add(parts[0]);
            cumulative.Add(total);
        }
        var random = new Random(20220310);
        var sentence = new StringBuilder();
        while (size < TargetBytes)
        {
            sentence.Clear();
            var length = random.Next(8, 30);
            for (var w = 0; w < length; w++)
            {
                var index = cumulative.BinarySearch(random.NextDouble() * total);
                sentence.Append(words[index < 0 ? ~index : index]);
                if (w % 7 == 6) sentence.Append('，');
            }
            sentence.Append('。');
            var text = sentence.ToString();
            result.Add(text);
            size += Encoding.UTF8.GetByteCount(text) + 1;
        }
        return result;
    }
}
