using System.Diagnostics;
using System.Globalization;
using System.Text;
using Archive.Indexer;
using Archive.Indexer.Generation;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;
using Archive.Indexer.Text.Recognition;

namespace Archive.Bench;

/// <summary>
/// `scans [--dpi 150,200,300,400] [--pages 50] [--files 20] [--dump DIR]`: the readers that hand files to LibreOffice and
/// Tesseract. Renders the five samples as scans (LibreOffice layout in WenQuanYi Micro Hei, 12 pt, scanned at 300 dpi
/// to JPEG, a PDF of the page images) and prints, for each rasterizing resolution, the character accuracy of the
/// recognized text against the source text (1 - edit distance / source length, white space left out), how many
/// samples parse to the same metadata as their text (kind, series, issue, date, publisher, 文号, articles and their
/// sections), and pages/s.
/// Then files/s of converting .doc files (and antiword's and catdoc's figures where installed, to compare), and the
/// ingest of a scan of --pages pages through the archive: pages/s and the peak memory of the process and its children.
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
            using (var tools = new DocumentTools(new ConversionOptions { ScratchDirectory = Path.Combine(work, "scratch") }))
            {
                var writer = new ScannedIssueWriter(tools, work);
                var clock = Stopwatch.StartNew();
                var scans = samples.Select(s => (Sample: s, Pdf: ScannedIssueWriter.ImagePdf(writer.ScanPages(File.ReadAllText(s), ScanDpi)))).ToList();
                Console.WriteLine($"rendered {samples.Count} samples as scans at {ScanDpi} dpi in {clock.Elapsed.TotalSeconds:0.0} s");
                foreach (var dpi in resolutions) Recognize(scans, dpi, work, dump);
                Convert(samples, writer, tools, conversions, work);
            }
            LongScan(samples, longScanPages, work);
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
            var truth = Visible(File.ReadAllText(sample));
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

    /// <summary>A scan of many pages (the samples' text repeated) ingested through the archive, as `archive ingest` does.</summary>
    private static void LongScan(List<string> samples, int pages, string work)
    {
        byte[] pdf;
        using (var tools = new DocumentTools(new ConversionOptions { ScratchDirectory = Path.Combine(work, "render-long") }))
        {
            var writer = new ScannedIssueWriter(tools, work);
            var text = new StringBuilder();
            var scanned = new List<byte[]>();
            for (var round = 0; scanned.Count < pages; round++)
            {
                foreach (var sample in samples) text.AppendLine(File.ReadAllText(sample));
                scanned = [.. writer.ScanPages(text.ToString(), ScanDpi)];
            }
            pdf = ScannedIssueWriter.ImagePdf(scanned.Take(pages));
        }
        var file = Path.Combine(work, "long-scan", "long-scan.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, pdf);
        GC.Collect();

        using var memory = new ProcessTreeMemory();
        var clock = Stopwatch.StartNew();
        var progress = 0;
        using (var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = Path.Combine(work, "data") }))
        {
            var report = archive.Ingest([file], pages: new Progress<PageProgress>(p => progress = Math.Max(progress, p.PagesDone)));
            var seconds = clock.Elapsed.TotalSeconds;
            var outcome = report.Files.Single();
            Console.WriteLine($"ingest a {pages}-page scanned PDF ({pdf.Length / 1048576.0:0.0} MB): {outcome.Status} {outcome.Error}, {outcome.Articles} articles, " +
                              $"{seconds:0.0} s, {pages / seconds:0.00} pages/s; peak memory of the process and its children {memory.PeakMegabytes:0} MB (budget 500 MB)");
        }
    }

    /// <summary>What a scan's parse should keep of its text's: not article regions, which hang on one place name's characters.</summary>
    private static string Metadata(Archive.Indexer.Parsing.ParsedDocument d) =>
        $"{d.Kind}|{d.Series}|{d.IssueNumber}|{d.Date}|{d.Publisher}|{d.DocNumber}|{string.Join(",", d.Articles.Select(a => a.Section ?? "-"))}";

    private static string Visible(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
