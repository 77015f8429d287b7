using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Archive.Evaluation.Generation;

/// <summary>
/// Makes the files offices keep from a document's text, for the tests and benchmarks of the readers that need
/// LibreOffice and Tesseract: Word (.doc) and WPS files and RTF written by LibreOffice, and scans. A scan is the text
/// laid out on A4 pages by LibreOffice in a CJK font (WenQuanYi Micro Hei, 12 pt), rasterized at a scanner's
/// resolution in grey, and kept as JPEG page images or as a PDF of those images with no text layer.
/// </summary>
internal sealed partial class ScannedIssueWriter(DocumentTools tools, string folder)
{
    private static readonly TimeSpan PageTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The text as a Word 97 document; a .wps holds the same bytes (WPS Office writes Word's format).</summary>
    /// <param name="encoding">The text's encoding as LibreOffice's text filter names it ("UTF8", "GBK").</param>
    public byte[] WordDocument(byte[] text, string encoding) =>
        tools.Office.Convert(text, ".txt", "doc:MS Word 97", "text", CancellationToken.None, $"Text (encoded):{encoding}");

    /// <summary>The text as RTF, as LibreOffice writes it.</summary>
    public byte[] Rtf(byte[] text, string encoding) =>
        tools.Office.Convert(text, ".txt", "rtf:Rich Text Format", "text", CancellationToken.None, $"Text (encoded):{encoding}");

    /// <summary>
    /// The text as an RTF of the kind older Chinese word processors wrote: code page 936 declared, every Chinese character
    /// escaped as its two GBK bytes (\'b0\'b2), so only a reader that honours the code page gets the text right.
    /// </summary>
    public static byte[] GbkRtf(string text)
    {
        var gbk = CorpusFileWriter.Gb18030;
        var rtf = new StringBuilder(@"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}}\f0\fs24 ");
        foreach (var line in TextDecoder.NormalizeLineEndings(text).Split('\n'))
        {
            foreach (var c in line)
            {
                if (c is '\\' or '{' or '}') rtf.Append('\\').Append(c);
                else if (c < 0x80) rtf.Append(c);
                else foreach (var b in gbk.GetBytes(c.ToString())) rtf.Append(CultureInfo.InvariantCulture, $"\\'{b:x2}");
            }
            rtf.Append("\\par\n");
        }
        return Encoding.ASCII.GetBytes(rtf.Append('}').ToString());
    }

    /// <summary>The text's pages as JPEG images scanned at <paramref name="dpi"/>, in page order.</summary>
    public IReadOnlyList<byte[]> ScanPages(string text, int dpi)
    {
        // Imported as a Writer document, not a Writer/Web one: the web export loses the first paragraph.
        var pdf = tools.Office.Convert(Encoding.UTF8.GetBytes(Html(text)), ".html", "pdf:writer_pdf_Export", "page layout", CancellationToken.None,
            "HTML (StarWriter)");
        var job = Path.Combine(folder, "scan-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(job);
        try
        {
            var input = Path.Combine(job, "laid-out.pdf");
            File.WriteAllBytes(input, pdf);
            var result = ExternalProgram.Pdftoppm.Run(
                ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-jpeg", "-jpegopt", "quality=90", input, Path.Combine(job, "page")],
                "scanning the laid-out pages", PageTimeout * 50, new ConversionOptions().ProgramMemory, CancellationToken.None);
            if (result.ExitCode != 0) throw new InvalidOperationException($"pdftoppm failed: {result.Errors}");
            return [.. Directory.GetFiles(job, "page-*.jpg").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
        }
        finally
        {
            Directory.Delete(job, recursive: true);
        }
    }

    /// <summary>Page images as a PDF of A4 pages with no text layer: what a scanner's "scan to PDF" makes.</summary>
    public static byte[] ImagePdf(IEnumerable<byte[]> jpegPages)
    {
        var builder = new PdfDocumentBuilder();
        foreach (var jpeg in jpegPages)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddJpeg(jpeg, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        }
        return builder.Build();
    }

    /// <summary>The text as the scan prints it: its lines, without the Markdown marks (# headings, **bold**) a text version may carry.</summary>
    public static string PrintedText(string text) =>
        string.Join("\n", PrintedLines(text).Select(l => l.Text.Replace("**", "", StringComparison.Ordinal)));

    private static IEnumerable<(int Level, string Text)> PrintedLines(string text) =>
        TextDecoder.NormalizeLineEndings(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(line =>
        {
            var level = line.TakeWhile(c => c == '#').Count();
            return level is >= 1 and <= 6 && line.Length > level && line[level] == ' ' ? (level, line[(level + 1)..].Trim()) : (0, line);
        });

    /// <summary>Each line a paragraph, Markdown headings as headings and bold as bold, as a word processor would set the issue.</summary>
    private static string Html(string text)
    {
        var html = new StringBuilder("""
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>
            p, h1, h2, h3, h4, h5, h6 { font-family: 'WenQuanYi Micro Hei'; font-size: 12pt; font-weight: normal; margin: 0 0 4pt 0; }
            h1 { font-size: 18pt; text-align: center; } h2 { font-size: 15pt; text-align: center; } h3 { font-size: 13pt; font-weight: bold; }
            </style></head><body>
            """);
        foreach (var (level, line) in PrintedLines(text))
        {
            var tag = level > 0 ? $"h{level}" : "p";
            var content = Bold().Replace(WebUtility.HtmlEncode(line), "<b>$1</b>");
            html.Append(CultureInfo.InvariantCulture, $"<{tag}>{content}</{tag}>\n");
        }
        return html.Append("</body></html>").ToString();
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
