using System.Globalization;
using Archive.Indexer.Text.Conversion;

namespace Archive.Indexer.Text.Recognition;

/// <summary>One page of a PDF as a grey PNG at a given resolution, through poppler's pdftoppm; the page count through pdfinfo.</summary>
internal sealed class PdfRasterizer(TimeSpan pageTimeout)
{
    public int PageCount(string pdf, CancellationToken cancellationToken)
    {
        var result = ExternalProgram.Pdfinfo.Run([pdf], "counting the PDF's pages", pageTimeout, cancellationToken);
        var line = result.Output.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return line is not null && int.TryParse(line[6..].Trim(), CultureInfo.InvariantCulture, out var pages)
            ? pages
            : throw new UnreadableFileException("the PDF's pages cannot be counted: the file is damaged or truncated");
    }

    /// <returns>The PNG's path, in <paramref name="folder"/>.</returns>
    public string Rasterize(string pdf, int page, int dpi, string folder, CancellationToken cancellationToken)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var output = Path.Combine(folder, $"page-{number}");
        var result = ExternalProgram.Pdftoppm.Run(
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-f", number, "-l", number, "-singlefile", pdf, output],
            $"rendering page {number} of the PDF", pageTimeout, cancellationToken);
        var png = output + ".png";
        if (result.ExitCode == 0 && File.Exists(png)) return png;
        var reason = result.Errors.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? $"exit code {result.ExitCode}";
        throw new UnreadableFileException($"page {number} of the PDF could not be rendered for recognition ({reason})");
    }
}
