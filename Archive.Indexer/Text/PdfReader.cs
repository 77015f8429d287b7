using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Archive.Indexer.Text;

/// <summary>.pdf through PdfPig: page by page, words grouped into text blocks; every block keeps its page number.</summary>
internal static class PdfReader
{
    public static ExtractedText Read(ReadOnlyMemory<byte> bytes)
    {
        if (!bytes.Span.StartsWith("%PDF-"u8))
            throw new UnreadableFileException("not a PDF: the file does not start with %PDF-");
        try
        {
            using var document = PdfDocument.Open(bytes.ToArray(), new ParsingOptions { UseLenientParsing = false });
            var blocks = new List<TextBlock>();
            foreach (var page in document.GetPages())
                blocks.AddRange(PageBlocks(page));
            if (blocks.Count == 0)
                throw new UnreadableFileException("the PDF holds no text (a scanned image needs OCR first)");
            return new ExtractedText(string.Join("\n", blocks.Select(b => b.Text)), blocks, "pdf", "pdf");
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableFileException("the PDF is encrypted (password-protected); save an unprotected copy", e);
        }
        catch (Exception e) when (e is not UnreadableFileException)
        {
            throw new UnreadableFileException($"the PDF is damaged or truncated ({e.Message})", e);
        }
    }

    /// <summary>
    /// Words -> lines (same baseline, left to right) -> paragraphs. A paragraph ends where the gap to the next line is
    /// wider than the page's usual line spacing, where the next line is indented, or where a line stops well short of
    /// the right margin.
    /// </summary>
    private static IEnumerable<TextBlock> PageBlocks(Page page)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .ToList();
        if (words.Count == 0) yield break;

        var lines = new List<PdfLine>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var height = Math.Max(word.BoundingBox.Height, 1);
            var line = lines.LastOrDefault(l => Math.Abs(l.Baseline - word.BoundingBox.Bottom) < height * 0.5);
            if (line is null) lines.Add(line = new PdfLine(word.BoundingBox.Bottom, height));
            line.Words.Add(word);
        }
        lines.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));

        var margin = lines.Min(l => l.Left);
        var right = lines.Max(l => l.Right);
        var spacings = lines.Zip(lines.Skip(1), (a, b) => a.Baseline - b.Baseline).Where(g => g > 0).Order().ToList();
        var usualSpacing = spacings.Count > 0 ? spacings[spacings.Count / 2] : 0;

        var paragraph = "";
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (previous is not null)
            {
                var gap = previous.Baseline - line.Baseline;
                var breaks = gap > Math.Max(usualSpacing * 1.4, previous.Height * 1.9)
                             || line.Left > margin + line.Height * 1.5
                             || previous.Right < right - previous.Height * 2.5;
                if (breaks)
                {
                    yield return new TextBlock(paragraph, page.Number, null);
                    paragraph = "";
                }
            }
            // Lines wrapped inside a paragraph are rejoined: without a space between Chinese characters, with one between Latin words.
            paragraph = paragraph.Length == 0 ? text
                : IsCjk(paragraph[^1]) || IsCjk(text[0]) ? paragraph + text
                : paragraph + " " + text;
            previous = line;
        }
        if (paragraph.Length > 0) yield return new TextBlock(paragraph, page.Number, null);
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
