using System.Globalization;
using Archive.Indexer.Text.Conversion;

namespace Archive.Indexer.Text.Recognition;

/// <summary>
/// Poppler's tools on a PDF on disk: one page as a grey PNG at a given resolution (pdftoppm), the page count
/// (pdfinfo), and whether it has any font, that is any text layer, at all (pdffonts).
/// </summary>
internal sealed class PdfRasterizer(TimeSpan pageTimeout, TimeSpan renderTimeout, long memory)
{
    /// <summary>False for a PDF of page images only, as a scanner writes it: nothing for a PDF parser to read.</summary>
    public bool HasFonts(string pdf, CancellationToken cancellationToken)
    {
        var result = ExternalProgram.Pdffonts.Run([pdf], "listing the PDF's fonts", pageTimeout, memory, cancellationToken);
        // Two heading lines (names, dashes), then one line per font.
        return result.ExitCode != 0 || result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 2;
    }

    public int PageCount(string pdf, CancellationToken cancellationToken)
    {
        var result = ExternalProgram.Pdfinfo.Run([pdf], "counting the PDF's pages", pageTimeout, memory, cancellationToken);
        var line = result.Output.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return line is not null && int.TryParse(line[6..].Trim(), CultureInfo.InvariantCulture, out var pages)
            ? pages
            : throw new UnreadableFileException("the PDF's pages cannot be counted: the file is damaged or truncated");
    }

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
        var result = ExternalProgram.Pdftoppm.Run(
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-f", number, "-l", number, "-singlefile",
                "-x", "0", "-y", "0", "-W", MaxWidth.ToString(CultureInfo.InvariantCulture), "-H", MaxHeight.ToString(CultureInfo.InvariantCulture), pdf, output],
            $"rendering page {number} of the PDF", renderTimeout, memory, cancellationToken);
        var png = output + ".png";
        // Out of memory, poppler says so and may still exit normally, having written a page it could not finish.
        if (result.Errors.Contains("Out of memory", StringComparison.Ordinal))
            throw new UnreadableFileException(
                $"page {number} of the PDF needs more memory to render than recognition may use ({ExternalProgram.Megabytes(memory)}): the file is damaged or built to be expensive");
        if (result.ExitCode == 0 && File.Exists(png)) return png;
        var reason = result.Errors.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? $"exit code {result.ExitCode}";
        throw new UnreadableFileException($"page {number} of the PDF could not be rendered for recognition ({reason})");
    }
}
