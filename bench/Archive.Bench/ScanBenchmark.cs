using System.Diagnostics;
using System.Globalization;
using System.Text;
using Archive.Evaluation.Generation;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;
using Archive.Indexer.Text.Recognition;

namespace Archive.Bench;

/// <summary>
/// `scans [--dpi 150,200,300,400] [--pages 50] [--files 20] [--dump DIR]`: the readers that hand files to LibreOffice and
/// Tesseract. Renders the five samples as scans (LibreOffice layout in WenQuanYi Micro Hei, 12 pt, scanned at 300 dpi
/// to JPEG, a PDF of the page images) and prints, for each rasterizing resolution, the character accuracy of the
/// recognized text against the text printed (1 - edit distance / its length, white space left out), how many
/// samples parse to the same metadata as their text (kind, series, issue, date, publisher, 文号, articles and their
/// sections), and pages/s.
/// Then files/s of converting .doc files (and antiword's and catdoc's figures where installed, to compare), and
/// `archive ingest` of a scanned PDF of --pages pages (the samples' pages over again) in a process of its own: pages/s
/// and the peak memory of that process and its children.
/// </summary>
public static class ScanBenchmark
{
    private const int ScanDpi = 300;

    public static int Run(string[] args)
    {
        var resolutions = (BenchArguments.Text(args, "--dpi") ?? "150,200,300,400").Split(',').Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToList();
        var longScanPages = BenchArguments.Number(args, "--pages", 50);
        var conversions = BenchArguments.Number(args, "--files", 20);
        var dump = BenchArguments.Text(args, "--dump");
        var work = Directory.CreateTempSubdirectory("archive-bench-scans-").FullName;
        try
        {
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
            var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").Order(StringComparer.Ordinal).ToList();
            List<byte[]> allPages;
            using (var tools = new DocumentTools(new ConversionOptions { ScratchDirectory = Path.Combine(work, "scratch") }))
            {
                var writer = new ScannedIssueWriter(tools, work);
                var clock = Stopwatch.StartNew();
                var pages = samples.Select(s => writer.ScanPages(File.ReadAllText(s), ScanDpi)).ToList();
                Console.WriteLine($"rendered {samples.Count} samples as scans at {ScanDpi} dpi in {clock.Elapsed.TotalSeconds:0.0} s");
                var scans = samples.Zip(pages, (s, p) => (Sample: s, Pdf: ScannedIssueWriter.ImagePdf(p))).ToList();
                foreach (var dpi in resolutions) Recognize(scans, dpi, work, dump);
                Convert(samples, writer, tools, conversions, work);
                allPages = [.. pages.SelectMany(p => p)];
            }
            LongScan(allPages, longScanPages, work);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Recognize(List<(string Sample, byte[] Pdf)> scans, int dpi, string work, string? dump)
    {
        using var tools = new DocumentTools(new ConversionOptions { ScratchDirectory = Path.Combine(work, $"ocr-{dpi}"), Resolution = dpi });
        var clock = Stopwatch.StartNew();
        var pages = 0;
        var accuracies = new List<string>();
        var parser = Archive.Indexer.Parsing.DocumentParser.CreateDefault();
        var sameMetadata = 0;
        long errors = 0, characters = 0;
        var confidence = 0.0;
        foreach (var (sample, pdf) in scans)
        {
            var text = DocumentReader.Read(Path.GetFileName(sample) + ".pdf", pdf, tools, new ReadingContext(sample));
            pages += text.Recognition!.RecognizedPages;
            confidence += text.Recognition.MeanConfidence * text.Recognition.RecognizedPages;
            var truth = Visible(ScannedIssueWriter.PrintedText(File.ReadAllText(sample)));
            var distance = CharacterAccuracy.EditDistance(Visible(text.Text), truth);
            errors += distance;
            characters += truth.Length;
            accuracies.Add($"{1 - (double)distance / truth.Length:0.000}");
            if (Metadata(parser.Parse(text)) == Metadata(parser.Parse(File.ReadAllText(sample)))) sameMetadata++;
            if (dump is not null)
            {
                Directory.CreateDirectory(dump);
                File.WriteAllText(Path.Combine(dump, $"{Path.GetFileNameWithoutExtension(sample)}.{dpi}dpi.txt"), text.Text);
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"OCR at {dpi} dpi: character accuracy {1 - (double)errors / characters:0.0000} over {characters} characters " +
                          $"(per sample {string.Join(" ", accuracies)}); same metadata as the text {sameMetadata}/{scans.Count}; mean confidence {confidence / pages:0.000}; {pages} pages in {seconds:0.0} s, {pages / seconds:0.00} pages/s");
    }

    private static void Convert(List<string> samples, ScannedIssueWriter writer, DocumentTools tools, int count, string work)
    {
        var docs = samples.Select(s => (Sample: s, Doc: writer.WordDocument(File.ReadAllBytes(s), "UTF8"))).ToList();
        foreach (var converters in new[] { 1, 2 })
        {
            using var pool = new DocumentTools(new ConversionOptions { ScratchDirectory = Path.Combine(work, $"convert-{converters}"), Converters = converters });
            var clock = Stopwatch.StartNew();
            long errors = 0, characters = 0;
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = converters }, i =>
            {
                var (sample, doc) = docs[i % docs.Count];
                var text = DocumentReader.Read("file.doc", doc, pool, new ReadingContext(sample));
                var truth = Visible(File.ReadAllText(sample));
                Interlocked.Add(ref errors, CharacterAccuracy.EditDistance(Visible(text.Text), truth));
                Interlocked.Add(ref characters, truth.Length);
            });
            Console.WriteLine($"convert .doc with LibreOffice, {converters} at once: {count} files in {clock.Elapsed.TotalSeconds:0.0} s, " +
                              $"{count / clock.Elapsed.TotalSeconds:0.00} files/s, character accuracy {1 - (double)errors / characters:0.0000}");
        }
        foreach (var (program, arguments) in new[] { ("antiword", new[] { "-m", "UTF-8.txt" }), ("catdoc", new[] { "-d", "utf-8" }) })
            CompareWith(program, arguments, docs, work);
    }

    /// <summary>Another .doc reader on the same files, where installed: its accuracy and speed against LibreOffice's.</summary>
    private static void CompareWith(string program, string[] arguments, List<(string Sample, byte[] Doc)> docs, string work)
    {
        var clock = Stopwatch.StartNew();
        long errors = 0, characters = 0;
        foreach (var (sample, doc) in docs)
        {
            var path = Path.Combine(work, "compare.doc");
            File.WriteAllBytes(path, doc);
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var argument in arguments.Append(path)) start.ArgumentList.Add(argument);
            string output;
            try
            {
                using var process = Process.Start(start)!;
                output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Console.WriteLine($"{program}: not installed (apt-get install {program}) - not compared");
                return;
            }
            var truth = Visible(File.ReadAllText(sample));
            errors += CharacterAccuracy.EditDistance(Visible(output), truth);
            characters += truth.Length;
        }
        Console.WriteLine($"  {program} on the same .doc files: {docs.Count / clock.Elapsed.TotalSeconds:0.0} files/s, character accuracy {1 - (double)errors / characters:0.0000}");
    }

    /// <summary>`archive ingest` of a scan of many pages, in a process of its own whose memory is measured with its children's.</summary>
    private static void LongScan(List<byte[]> pages, int count, string work)
    {
        var file = Path.Combine(work, "long-scan", $"scan-{count}-pages.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, ScannedIssueWriter.ImagePdf(Enumerable.Range(0, count).Select(i => pages[i % pages.Count])));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { ArchiveCommand(), "ingest", "--json", "--max-file-mb", "1000",
                     "--data", Path.Combine(work, "long-scan-data"), file })
            start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        string report;
        double peak;
        using (var memory = new ProcessTreeMemory(process.Id))
        {
            var errors = process.StandardError.ReadToEndAsync();
            report = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            peak = memory.PeakMegabytes;
            if (process.ExitCode != 0) Console.WriteLine($"archive ingest exited with {process.ExitCode}: {errors.Result}");
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var outcome = System.Text.Json.JsonDocument.Parse(report).RootElement.GetProperty("files")[0];
        Console.WriteLine($"archive ingest of a {count}-page scanned PDF ({new FileInfo(file).Length / 1048576.0:0.0} MB): {outcome.GetProperty("status")}, " +
                          $"{outcome.GetProperty("articles")} articles, {seconds:0.0} s with the archive's start, {count / seconds:0.00} pages/s; " +
                          $"peak memory of the process and its children {peak:0} MB (budget 500 MB)");
    }

    /// <summary>The `archive` command as built beside this bench (the copy in the bench's folder lacks its own dependencies).</summary>
    private static string ArchiveCommand()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Archive.sln"))) folder = folder.Parent;
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(folder?.FullName ?? ".", "Archive.Indexer", "bin", configuration, "net10.0", "archive.dll");
    }

    /// <summary>What a scan's parse should keep of its text's: not article regions, which hang on one place name's characters.</summary>
    private static string Metadata(Archive.Indexer.Parsing.ParsedDocument d) =>
        $"{d.Kind}|{d.Series}|{d.IssueNumber}|{d.Date}|{d.Publisher}|{d.DocNumber}|{string.Join(",", d.Articles.Select(a => a.Section ?? "-"))}";

    private static string Visible(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
