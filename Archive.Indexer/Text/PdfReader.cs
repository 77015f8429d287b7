using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
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

    private static IEnumerable<TextBlock> PageBlocks(Page page)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).ToList();
        if (words.Count == 0) yield break;
        foreach (var block in DocstrumBoundingBoxes.Instance.GetBlocks(words))
        {
            // Lines wrapped inside a block are rejoined: without a space between Chinese characters, with one between Latin words.
            var text = "";
            foreach (var line in block.TextLines)
            {
                var lineText = line.Text.Trim();
                if (lineText.Length == 0) continue;
                text = text.Length == 0 ? lineText
                    : IsCjk(text[^1]) || IsCjk(lineText[0]) ? text + lineText
                    : text + " " + lineText;
            }
            if (text.Length > 0) yield return new TextBlock(text, page.Number, null);
        }
    }

    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';
}
