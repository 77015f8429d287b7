using Archive.Indexer.Text.Conversion;

namespace Archive.Indexer.Text.Recognition;

/// <summary>
/// Tesseract on one image file (every page of a TIFF): its TSV output read into pages of paragraphs with their
/// confidence. One thread per run (OMP_THREAD_LIMIT=1): the ingestion already reads a file per core, and
/// Tesseract's own threads would only contend with them.
/// </summary>
internal sealed class TextRecognizer(string languages, TimeSpan pageTimeout, TimeSpan scanTimeout, long memory)
{
    private static readonly Dictionary<string, string> OneThread = new() { ["OMP_THREAD_LIMIT"] = "1" };

    /// <param name="firstPage">The document's page number of the image's first page.</param>
    /// <param name="pages">How many pages the image holds (the time limit is per page, and at most a scan's).</param>
    /// <param name="dpi">The image's resolution when known (a rasterized PDF page); otherwise Tesseract reads or estimates it.</param>
    public IReadOnlyList<RecognizedPage> Recognize(string image, int firstPage, int pages, int? dpi, CancellationToken cancellationToken)
    {
        List<string> arguments = [image, "stdout", "-l", languages, "--psm", "3"];
        if (dpi is { } resolution) arguments.AddRange(["--dpi", resolution.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        arguments.Add("tsv");
        var timeout = pageTimeout * pages < scanTimeout ? pageTimeout * pages : scanTimeout;
        var result = ExternalProgram.Tesseract.Run(arguments, "recognizing text on a page image", timeout, memory, cancellationToken, OneThread);
        if (result.ExitCode == 0) return TesseractTsv.Parse(result.Output, firstPage);
        if (result.Errors.Contains("Failed loading language", StringComparison.Ordinal))
        {
            var packages = string.Join(" ", languages.Split('+').Select(l => "tesseract-ocr-" + l.Replace('_', '-')));
            throw new UnreadableFileException($"Tesseract has no language data for {languages}: install Debian's {packages} (apt-get install {packages})");
        }
        var reason = result.Errors.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("Error", StringComparison.OrdinalIgnoreCase))
                     ?? $"exit code {result.ExitCode}";
        throw new UnreadableFileException(
            $"Tesseract could not read the image: {reason}; the image file may be damaged, or need more memory than recognition may use ({ExternalProgram.Megabytes(memory)})");
    }
}
