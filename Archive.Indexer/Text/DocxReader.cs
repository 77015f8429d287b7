using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Archive.Indexer.Text;

/// <summary>.docx through DocumentFormat.OpenXml: paragraphs, headings (Heading1-9, Title) and table rows as text.</summary>
internal static class DocxReader
{
    public static ExtractedText Read(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnreadableFileException("the .docx has no document body");
            var blocks = new List<TextBlock>();
            foreach (var element in body.ChildElements)
                Collect(element, blocks);
            return new ExtractedText(string.Join("\n", blocks.Select(b => b.Text)), blocks, "utf-8", "docx");
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException
                                      or System.Xml.XmlException or IOException or InvalidOperationException)
        {
            throw new UnreadableFileException($"the .docx is damaged or truncated ({e.Message})", e);
        }
    }

    private static void Collect(OpenXmlElement element, List<TextBlock> blocks)
    {
        switch (element)
        {
            case Paragraph paragraph:
                var text = ParagraphText(paragraph).Trim();
                if (text.Length > 0) blocks.Add(new TextBlock(text, null, HeadingLevel(paragraph)));
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                {
                    var cells = row.Elements<TableCell>()
                        .Select(c => string.Join(" ", c.Elements<Paragraph>().Select(ParagraphText)).Trim())
                        .Where(c => c.Length > 0);
                    var line = string.Join("\t", cells);
                    if (line.Length > 0) blocks.Add(new TextBlock(line, null, null));
                }
                break;
            case SdtBlock sdt:
                foreach (var child in sdt.SdtContentBlock?.ChildElements ?? [])
                    Collect(child, blocks);
                break;
        }
    }

    private static string ParagraphText(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(d => d switch
        {
            WordText t => t.Text,
            TabChar => "\t",
            Break => "\n",
            _ => "",
        }));

    private static int? HeadingLevel(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var outline = properties?.OutlineLevel?.Val?.Value;
        if (outline is not null && outline < 9) return outline + 1;
        var style = properties?.ParagraphStyleId?.Val?.Value;
        if (style is null) return null;
        if (style.Equals("Title", StringComparison.OrdinalIgnoreCase)) return 1;
        var digits = style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) ? style[7..] : style;
        return int.TryParse(digits, out var level) && level is >= 1 and <= 9 ? level : null;
    }
}
