using System.Diagnostics;
using System.Text;
using Archive.Indexer.Chinese;
using Analyzer = Lucene.Net.Analysis.Analyzer;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Archive.Evaluation.Segmentation;

namespace Archive.Bench;

/// <summary>
/// `segment`: the archive's segmenter and Lucene.Net's SmartChineseAnalyzer (the design card's analyzer) side by side in one
/// process, on the same text: load time and memory held; precision, recall, F1 and OOV recall on the held-out gold
/// (corpus/segmentation) and on the in-sample gold of the five samples; then single-threaded speed on at least 10 MB
/// of real text (the samples and corpus/real, repeated), in MB/s of UTF-8, and the ratios.
/// </summary>
public static class SegmentationBenchmark
{
    private const int TargetBytes = 10 * 1024 * 1024;

    public static int Run()
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024)} MB available, {Environment.Version}");

        var (language, ourLoad, ourHeld) = Measure(() =>
        {
            var loaded = new ChineseLanguage(AppContext.BaseDirectory);
            _ = loaded.Segmenter;
            return loaded;
        });
        var segmenter = language.Segmenter;
        Console.WriteLine($"archive load: {ourLoad.TotalSeconds:F2} s for {segmenter.Dictionary.WordCount:N0} words, {segmenter.Bigrams.Count:N0} word bigrams + HMM; " +
                          $"held {ourHeld / (1024.0 * 1024):F1} MB (tables {segmenter.ApproximateBytes / (1024.0 * 1024):F1} MB)");
        var (smartCn, smartLoad, smartHeld) = Measure(() =>
        {
            var analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48, useDefaultStopWords: false);
            _ = SmartCnSpans(analyzer, "中文分词"); // its dictionaries load on first use
            return analyzer;
        });
        Console.WriteLine($"SmartCN load: {smartLoad.TotalSeconds:F2} s; held {smartHeld / (1024.0 * 1024):F1} MB");
        Console.WriteLine($"ratios SmartCN / archive: load time {smartLoad / ourLoad:F2}, memory held {(double)smartHeld / ourHeld:F2}");
        Console.WriteLine();

        var gold = Path.Combine(AppContext.BaseDirectory, "segmentation-gold");
        foreach (var (file, what) in new[]
                 {
                     ("test.txt", "held-out test (corpus/segmentation/test.txt)"),
                     ("test2.txt", "held-out test 2, organization work (corpus/segmentation/test2.txt)"),
                     ("test3.txt", "held-out test 3, organization work, some traditional script (corpus/segmentation/test3.txt)"),
                     ("test4.txt", "held-out test 4, organization work: notices with 文号, 讲话, county and university news (corpus/segmentation/test4.txt)"),
                     ("test5.txt", "held-out test 5, organization work: 任前公示 and 任免 names, 党校 and 人社 bodies, Latin and digits, some traditional script (corpus/segmentation/test5.txt)"),
                     ("test6.txt", "held-out test 6, organization work: 网格 and 社区 names, newer words, offices, some traditional script (corpus/segmentation/test6.txt)"),
                     ("test7.txt", "held-out test 7, organization work: 新媒体 and 直播 党建, 驻村 and village names, 考核 with figures, some traditional script (corpus/segmentation/test7.txt)"),
                     ("test8.txt", "held-out test 8, organization work: 村 集体 经济 and village and town names, 网格, 任前公示 and 干部 posts, 人才 policy, 党员 冬训, some traditional script (corpus/segmentation/test8.txt)"),
                     ("test9.txt", "held-out test 9, organization work: 驻村 第一书记 and 村 干部 with village and person names, colloquial speech quoted in news, 直播 and Latin mixed in, some traditional script (corpus/segmentation/test9.txt)"),
                     ("test10.txt", "held-out test 10, organization work: 干部 教育 培训, 发展党员 and 党费, 党内 选举, 非公 and 社会组织 党建, 机关党建, 老干部 work, 人才 programmes, some traditional script (corpus/segmentation/test10.txt)"),
                     ("test11.txt", "held-out test 11, organization work: 纪检 约谈, 巡察 and 整改, 组织生活会 and 民主评议, 党员 积分, 主题教育, 容错 and 干事 创业, Tibet and Qinghai, some traditional script (corpus/segmentation/test11.txt)"),
                     ("test12.txt", "held-out test 12, organization work: 记者 reports with quotes, 任免 and 任前公示 with names, dates and offices, 乡村振兴 产业 and 村 集体 经济 figures, 巡视, 公开 选拔, Ningxia, Gansu, Guizhou, Heilongjiang, Jiangxi, Yunnan, Guangxi, Inner Mongolia, some traditional script (corpus/segmentation/test12.txt)"),
                     ("dev.txt", "held-out dev (corpus/segmentation/dev.txt)"),
                     ("samples.txt", "in-sample: the five samples (tests/.../Gold/segmentation.txt)"),
                 })
        {
            var sentences = GoldSegmentation.Load(Path.Combine(gold, file));
            var ours = sentences.Score(t => segmenter.Segment(t).Select(s => (s.Start, s.Length)), segmenter.Dictionary);
            // The word field reads traditional script folded to simplified, one character for one, so the offsets hold.
            var indexed = sentences.Score(t => segmenter.Segment(language.ScriptFolding.Fold(t)).Select(s => (s.Start, s.Length)), segmenter.Dictionary);
            var theirs = sentences.Score(t => SmartCnSpans(smartCn, t), segmenter.Dictionary);
            Console.WriteLine($"{what}: {sentences.Sentences.Count} sentences, {ours.Gold:N0} words");
            Console.WriteLine($"  archive precise: {ours}");
            Console.WriteLine($"  as indexed:      {indexed} (traditional script folded to simplified first)");
            Console.WriteLine($"  SmartCN:         {theirs}");
            Console.WriteLine($"  F1 difference {ours.F1 - theirs.F1:+0.0000;-0.0000}, OOV recall difference {ours.OutOfVocabularyRecall - theirs.OutOfVocabularyRecall:+0.000;-0.000}");
        }
        Console.WriteLine();

        var lines = Corpus();
        var bytes = lines.Sum(l => (long)Encoding.UTF8.GetByteCount(l) + 1);
        var chars = lines.Sum(l => (long)l.Length + 1);
        Console.WriteLine($"speed corpus: {bytes / (1024.0 * 1024):F1} MB UTF-8, {chars / 1e6:F1} M chars, {lines.Count:N0} lines");
        var tokens = new List<Token>(4096);
        var speeds = new Dictionary<string, double>();
        foreach (var mode in new[] { SegmentMode.Precise, SegmentMode.Search })
            speeds[mode.ToString()] = Speed(mode.ToString(), lines, bytes, 5, line =>
            {
                tokens.Clear();
                segmenter.Segment(line, mode, tokens);
                return tokens.Count;
            });
        speeds["SmartCN"] = Speed("SmartCN", lines, bytes, 2, line => SmartCnSpans(smartCn, line).Count);
        Console.WriteLine($"ratio: precise {speeds["Precise"] / speeds["SmartCN"]:F1}x, search {speeds["Search"] / speeds["SmartCN"]:F1}x SmartCN's MB/s");
        return 0;
    }

    private static (T Value, TimeSpan Time, long Held) Measure<T>(Func<T> load)
    {
        var before = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        var value = load();
        var time = clock.Elapsed;
        var held = GC.GetTotalMemory(true) - before;
        GC.KeepAlive(value);
        return (value, time, held);
    }

    /// <summary>
    /// Best of <paramref name="rounds"/> single-threaded passes over the corpus, after a warm-up; also per second of the
    /// process's CPU time, which other processes on a shared machine disturb less than the clock.
    /// </summary>
    private static double Speed(string name, List<string> lines, long bytes, int rounds, Func<string, int> segment)
    {
        foreach (var line in lines.Take(2000)) segment(line); // warm up the JIT
        var best = TimeSpan.MaxValue;
        var bestCpu = TimeSpan.MaxValue;
        long count = 0;
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            count = 0;
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var line in lines) count += segment(line);
            if (clock.Elapsed < best) best = clock.Elapsed;
            process.Refresh();
            if (process.TotalProcessorTime - cpu < bestCpu) bestCpu = process.TotalProcessorTime - cpu;
        }
        var seconds = best.TotalSeconds;
        var mbs = bytes / (1024.0 * 1024) / seconds;
        Console.WriteLine($"{name,-8}: {mbs:F1} MB/s, {count / 1e6 / seconds:F2} M tokens/s (best of {rounds}, {seconds:F2} s); " +
                          $"{bytes / (1024.0 * 1024) / bestCpu.TotalSeconds:F1} MB per CPU-second");
        return mbs;
    }

    /// <summary>SmartCN's tokens as spans of the text (its offsets), punctuation included as it gives it.</summary>
    private static List<(int Start, int Length)> SmartCnSpans(Analyzer analyzer, string text)
    {
        var spans = new List<(int, int)>();
        using var stream = analyzer.GetTokenStream("f", new StringReader(text));
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) spans.Add((offset.StartOffset, offset.EndOffset - offset.StartOffset));
        stream.End();
        return spans;
    }

    /// <summary>
    /// Real text only: the lines of the five samples and of the real corpus (corpus/real, every .txt, GB18030 ones
    /// decoded), repeated in order up to the target size. (Until 2026-12-05 half of it was sentences of dictionary
    /// words drawn by frequency, which no archive holds.)
    /// </summary>
    private static List<string> Corpus()
    {
        var lines = new List<string>();
        foreach (var folder in new[] { "samples", "real" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var text = Archive.Indexer.Text.DocumentReader.Read(file, File.ReadAllBytes(file)).Text;
                lines.AddRange(text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0));
            }
        }
        var once = lines.Sum(l => Encoding.UTF8.GetByteCount(l) + 1L);
        var result = new List<string>();
        for (var size = 0L; size < TargetBytes; size += once) result.AddRange(lines);
        Console.WriteLine($"speed text: the samples and corpus/real, {lines.Count:N0} lines, {once / 1024.0:N0} KB, repeated {result.Count / lines.Count} times");
        return result;
    }
}
