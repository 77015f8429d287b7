using System.Globalization;
using Archive.Indexer.Text.Conversion;

namespace Archive.Indexer.Text.Recognition;

/// <summary>
/// Poppler's tools on a PDF on disk: one page as a grey PNG at a given resolution (pdftoppm), the page count
/// (pdfinfo), whether it has any font, that is any text layer, at all (pdffonts), and its text layer as poppler reads
/// it (pdftotext), which rebuilds a damaged file's table of objects where PdfPig cannot. Each run may map the memory
/// <paramref name="memoryFor"/> gives a PDF of the file's size (<see cref="ConversionOptions.PopplerMemoryFor"/>).
/// </summary>
internal sealed class PdfRasterizer(TimeSpan pageTimeout, TimeSpan renderTimeout, Func<long, long> memoryFor)
{
    /// <summary>The budget of a run on <paramref name="pdf"/>; where poppler is missing the PDF was never written, and the run says what to install.</summary>
    private long Memory(string pdf) => memoryFor(File.Exists(pdf) ? new FileInfo(pdf).Length : 0);

    /// <summary>
    /// Runs a poppler program on <paramref name="pdf"/> within its budget. Out of memory, poppler says so and may still
    /// exit normally, having read or written only part of the file: that run fails, naming the budget, rather than
    /// passing on a part as the whole.
    /// </summary>
    private ExternalProgram.Result Run(ExternalProgram program, string[] arguments, string pdf, string what, TimeSpan budget,
        CancellationToken cancellationToken, Func<string?>? watch = null)
    {
        var memory = Memory(pdf);
        var result = program.Run(arguments, what, budget, memory, cancellationToken, watch: watch);
        if (result.Errors.Contains("Out of memory", StringComparison.Ordinal) || result.Errors.Contains("std::bad_alloc", StringComparison.Ordinal))
            throw new UnreadableFileException(
                $"{what} needed more memory than poppler may use for a PDF of its size ({ExternalProgram.Megabytes(memory)}): the file is damaged or built to be expensive");
        return result;
    }

    /// <summary>False for a PDF of page images only, as a scanner writes it: nothing for a PDF parser to read.</summary>
    public bool HasFonts(string pdf, CancellationToken cancellationToken)
    {
        var result = ExternalProgram.Pdffonts.Run([pdf], "listing the PDF's fonts", pageTimeout, Memory(pdf), cancellationToken);
        // Two heading lines (names, dashes), then one line per font; a failure (out of memory too) is taken for fonts, so
        // that the text layer is read and says what is wrong.
        return result.ExitCode != 0 || result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 2;
    }

    public int PageCount(string pdf, CancellationToken cancellationToken)
    {
        var result = Run(ExternalProgram.Pdfinfo, [pdf], pdf, "counting the PDF's pages", pageTimeout, cancellationToken);
        var line = result.Output.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return line is not null && int.TryParse(line[6..].Trim(), CultureInfo.InvariantCulture, out var pages)
            ? pages
            : throw new UnreadableFileException("the PDF's pages cannot be counted: the file is damaged or truncated");
    }

    /// <summary>
    /// The text layer as pdftotext reads it, page by page, a paragraph where it leaves a blank line (its lines joined as
    /// the PDF reader joins wrapped lines); null when it reads no text. Its output is written to <paramref name="folder"/>
    /// and read only up to <see cref="MaxTextBytes"/>, each page to <see cref="PdfReader.MaxLettersPerPage"/>, as the PDF reader's pages are.
    /// With <paramref name="page"/>, that page alone (one the PDF reader could not read). Each run takes what is left of
    /// <paramref name="time"/>, the file's.
    /// </summary>
    public ExtractedText? TextLayer(string pdf, string folder, TimeBudget time, CancellationToken cancellationToken, int? page = null)
    {
        var output = Path.Combine(folder, "text-layer.txt");
        var number = page?.ToString(CultureInfo.InvariantCulture);
        string[] range = number is null ? [] : ["-f", number, "-l", number];
        var what = number is null ? "reading the PDF's text layer" : $"reading page {number} of the PDF's text layer";
        // Stopped as its text passes the bound, which said before only that it ran out of time when it wrote more.
        string? TooMuchText() => File.Exists(output) && new FileInfo(output).Length > MaxTextBytes
            ? $"the PDF's text layer runs past {MaxTextBytes / (1024 * 1024)} MB as pdftotext writes it, more than one document is read for ({ExtractedText.MaxCharacters:N0} characters): split it"
            : null;
        var result = Run(ExternalProgram.Pdftotext, ["-enc", "UTF-8", "-eol", "unix", .. range, pdf, output], pdf, what, time.Left(what), cancellationToken,
            TooMuchText);
        if (result.ExitCode != 0 || !File.Exists(output)) return null;
        if (TooMuchText() is { } tooMuch) throw new UnreadableFileException(tooMuch);
        var blocks = new List<TextBlock>();
        var pages = File.ReadAllText(output).Split('\f');
        var first = page ?? 1;
        for (var i = 0; i < pages.Length; i++)
        {
            if (pages[i].Count(c => !char.IsWhiteSpace(c)) > PdfReader.MaxLettersPerPage)
                throw new UnreadableFileException($"page {first + i} draws more characters than a page of text holds ({PdfReader.MaxLettersPerPage:N0}): the PDF is damaged or built to be expensive");
            var paragraph = new WrappedLines();
            foreach (var line in pages[i].Split('\n').Select(l => l.Trim()).Append(""))
            {
                if (line.Length > 0) paragraph.Add(line);
                else if (!paragraph.IsEmpty) blocks.Add(new TextBlock(paragraph.Take(), first + i, null));
            }
        }
        return blocks.Count == 0 ? null : new ExtractedText(string.Join("\n", blocks.Select(b => b.Text)), blocks, "pdftotext", "pdf");
    }

    /// <summary>The most text pdftotext may write for one PDF: as UTF-8, at least as many characters as one document holds.</summary>
    private const long MaxTextBytes = 4L * ExtractedText.MaxCharacters;

    /// <summary>
    /// The rendered area at most, in pixels: an A3 page at 300 dpi fits; a page declared kilometres wide is cropped
    /// to it rather than rendered into gigabytes.
    /// </summary>
    private const int MaxWidth = 5_000, MaxHeight = 7_000;

    /// <returns>The PNG's path, in <paramref name="folder"/>.</returns>
    public string Rasterize(string pdf, int page, int dpi, string folder, CancellationToken cancellationToken)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var output = Path.Combine(folder, $"page-{number}");
        var result = Run(ExternalProgram.Pdftoppm,
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-f", number, "-l", number, "-singlefile",
                "-x", "0", "-y", "0", "-W", MaxWidth.ToString(CultureInfo.InvariantCulture), "-H", MaxHeight.ToString(CultureInfo.InvariantCulture), pdf, output],
            pdf, $"rendering page {number} of the PDF", renderTimeout, cancellationToken);
        var png = output + ".png";
        if (result.ExitCode == 0 && File.Exists(png)) return png;
        var reason = result.Errors.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? $"exit code {result.ExitCode}";
        throw new UnreadableFileException($"page {number} of the PDF could not be rendered for recognition ({reason})");
    }
}
