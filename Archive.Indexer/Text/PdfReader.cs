using System.Runtime.InteropServices;
using Archive.Indexer.Text.Recognition;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Archive.Indexer.Text;

/// <summary>
/// .pdf through PdfPig: page by page, words grouped into text blocks; every block keeps its page number. Pages without
/// a text layer (scanned) are handed to <paramref name="recognize"/> when given, all at once, and only those.
/// </summary>
internal static class PdfReader
{
    /// <param name="recognize">Recognizes the given pages (of the total) from their images.</param>
    public static ExtractedText Read(ReadOnlyMemory<byte> bytes, Func<IReadOnlyList<int>, int, RecognizedPages>? recognize = null)
    {
        if (!bytes.Span.StartsWith("%PDF-"u8))
            throw new UnreadableFileException("not a PDF: the file does not start with %PDF-");
        try
        {
            // A file read whole is parsed in place: a copy would double a scan's tens of megabytes.
            var whole = MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
                ? segment.Array : bytes.ToArray();
            using var pdf = PdfDocument.Open(whole, new ParsingOptions { UseLenientParsing = false });
            var pages = pdf.GetPages().Select(page => (page.Number, Lines: PageLines(page))).ToList();
            var document = TypeArea.Of([.. pages.Select(p => p.Lines)]);
            var scanned = pages.Where(p => p.Lines.Count == 0).Select(p => p.Number).ToList();
            var recognized = recognize is not null && scanned.Count > 0 ? recognize(scanned, pages.Count) : null;
            var blocks = pages.SelectMany(p => recognized is not null && recognized.Blocks.TryGetValue(p.Number, out var ocr)
                ? ocr : Paragraphs(p.Number, p.Lines, TypeArea.OfPage(p.Lines, document))).ToList();
            if (blocks.Count == 0)
                throw new UnreadableFileException(recognized is null
                    ? "the PDF holds no text (a scanned image needs OCR first)"
                    : $"no text was recognized on the PDF's {scanned.Count} page images: they hold no text, or the scan is too faint to read");
            return new ExtractedText(string.Join("\n", blocks.Select(b => b.Text)), blocks, "pdf", "pdf") { Recognition = recognized?.Summary };
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableFileException("the PDF is encrypted (password-protected); save an unprotected copy", e);
        }
        catch (Exception e) when (e is not UnreadableFileException and not OperationCanceledException)
        {
            throw new UnreadableFileException($"the PDF is damaged or truncated ({e.Message})", e);
        }
    }

    /// <summary>Words -> lines: the same baseline, left to right; top of the page first.</summary>
    private static List<PdfLine> PageLines(Page page)
    {
        var lines = new List<PdfLine>();
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).Where(w => !string.IsNullOrWhiteSpace(w.Text));
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var height = Math.Max(word.BoundingBox.Height, 1);
            var line = lines.LastOrDefault(l => Math.Abs(l.Baseline - word.BoundingBox.Bottom) < height * 0.5);
            if (line is null) lines.Add(line = new PdfLine(word.BoundingBox.Bottom, height));
            line.Words.Add(word);
        }
        lines.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        return lines;
    }

    /// <summary>
    /// Lines -> paragraphs. A paragraph ends where the gap to the next line is wider than the usual line spacing,
    /// where the next line is indented, or where a line stops well short of the right margin.
    /// </summary>
    private static IEnumerable<TextBlock> Paragraphs(int page, List<PdfLine> lines, TypeArea layout)
    {
        var paragraph = "";
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (previous is not null)
            {
                var gap = previous.Baseline - line.Baseline;
                var breaks = gap > Math.Max(layout.LineSpacing * 1.4, previous.Height * 1.9)
                             || line.Left > layout.Left + line.Height * 1.5
                             || previous.Right < layout.Right - previous.Height * 2.5;
                if (breaks)
                {
                    yield return new TextBlock(paragraph, page, null);
                    paragraph = "";
                }
            }
            // Lines wrapped inside a paragraph are rejoined: without a space between Chinese characters, with one between Latin words.
            paragraph = paragraph.Length == 0 ? text
                : IsCjk(paragraph[^1]) || IsCjk(text[0]) ? paragraph + text
                : paragraph + " " + text;
            previous = line;
        }
        if (paragraph.Length > 0) yield return new TextBlock(paragraph, page, null);
    }

    /// <summary>
    /// The margins and line spacing of a page. A page with few lines is measured by the whole document instead: a
    /// last page holding only a few short lines (the end of a paragraph, the issuer, the date) has no full-width
    /// line and no wrapped paragraph of its own to measure, and would glue the issuer to the sentence above it.
    /// Pages with enough lines keep their own (a landscape table page, mirrored margins).
    /// </summary>
    private sealed record TypeArea(double Left, double Right, double LineSpacing)
    {
        private const int MeasurableLines = 8;

        public static TypeArea OfPage(List<PdfLine> page, TypeArea document) =>
            page.Count >= MeasurableLines ? Of([page]) : document;

        public static TypeArea Of(IReadOnlyList<List<PdfLine>> pages)
        {
            var lines = pages.SelectMany(page => page).ToList();
            if (lines.Count == 0) return new TypeArea(0, 0, 0);
            var spacings = pages
                .SelectMany(page => page.Zip(page.Skip(1), (a, b) => a.Baseline - b.Baseline))
                .Where(g => g > 0).Order().ToList();
            return new TypeArea(lines.Min(l => l.Left), lines.Max(l => l.Right), spacings.Count > 0 ? spacings[spacings.Count / 2] : 0);
        }
    }

    private sealed class PdfLine(double baseline, double height)
    {
        public double Baseline { get; } = baseline;
        public double Height { get; } = height;
        public List<Word> Words { get; } = [];
        public double Left => Words.Min(w => w.BoundingBox.Left);
        public double Right => Words.Max(w => w.BoundingBox.Right);

        public string Text
        {
            get
            {
                var ordered = Words.OrderBy(w => w.BoundingBox.Left).ToList();
                var text = ordered[0].Text;
                for (var i = 1; i < ordered.Count; i++)
                {
                    var gap = ordered[i].BoundingBox.Left - ordered[i - 1].BoundingBox.Right;
                    // Chinese words come out of the extractor split at every character: only a visible gap is a space.
                    var space = gap > Height * 0.2 || !IsCjk(text[^1]) && !IsCjk(ordered[i].Text[0]);
                    text += (space ? " " : "") + ordered[i].Text;
                }
                return text.Trim();
            }
        }
    }

    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';
}
