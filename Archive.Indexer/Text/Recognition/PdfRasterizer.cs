using System.Globalization;
using Archive.Indexer.Text.Conversion;

namespace Archive.Indexer.Text.Recognition;

/// <summary>One page of a PDF as a grey PNG at a given resolution, through poppler's pdftoppm.</summary>
internal sealed class PdfRasterizer(TimeSpan pageTimeout)
{
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
