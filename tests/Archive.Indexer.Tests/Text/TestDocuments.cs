using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Archive.Indexer.Tests.Text;

/// <summary>Builds real files with the same libraries the readers use: .docx with OpenXml, .pdf with PdfPig or by hand.</summary>
internal static class TestDocuments
{
    /// <summary>A .docx whose paragraphs are (text, style): style "Heading1".."Heading3" or null; a "|"-separated line becomes a table row.</summary>
    public static byte[] Docx(params (string Text, string? Style)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            Table? table = null;
            foreach (var (text, style) in paragraphs)
            {
                if (text.Contains('|'))
                {
                    table ??= body.AppendChild(new Table());
                    var row = new TableRow();
                    foreach (var cell in text.Split('|'))
                        row.AppendChild(new TableCell(new Paragraph(new Run(new WordText(cell)))));
                    table.AppendChild(row);
                    continue;
                }
                table = null;
                var paragraph = new Paragraph(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));
                if (style is not null)
                    paragraph.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = style });
                body.AppendChild(paragraph);
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The namespaces Word declares on its parts, for <see cref="DocxOfXml"/>.</summary>
    public const string WordNamespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" mc:Ignorable=\"wps\"";

    /// <summary>A .docx whose body is the given WordprocessingML, with footnotes when given (the w:footnote elements).</summary>
    public static byte[] DocxOfXml(string body, string? footnotes = null, string? styles = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Write(main, $"<w:document {WordNamespaces}><w:body>{body}</w:body></w:document>");
            if (footnotes is not null) Write(main.AddNewPart<FootnotesPart>(), $"<w:footnotes {WordNamespaces}>{footnotes}</w:footnotes>");
            if (styles is not null) Write(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {WordNamespaces}>{styles}</w:styles>");
        }
        return stream.ToArray();

        static void Write(OpenXmlPart part, string xml)
        {
            using var writer = new StreamWriter(part.GetStream(FileMode.Create));
            writer.Write(xml);
        }
    }

    /// <summary>
    /// A .docx whose body is a paragraph before and one after a chunk it imports whole (w:altChunk), as web and office
    /// systems export documents: the chunk's bytes in the part type given (HTML, plain text or a .docx), imported
    /// <paramref name="times"/> over.
    /// </summary>
    public static byte[] DocxImporting(PartTypeInfo type, byte[] chunk, string before = "前言段落。", string after = "结尾段落。", int times = 1)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var part = main.AddAlternativeFormatImportPart(type);
            using (var written = part.GetStream(FileMode.Create)) written.Write(chunk);
            var chunks = Enumerable.Range(0, times).Select(_ => new AltChunk { Id = main.GetIdOfPart(part) });
            main.Document = new Document(new Body(
                chunks.Prepend<OpenXmlElement>(new Paragraph(new Run(new WordText(before)))).Append(new Paragraph(new Run(new WordText(after))))));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A PDF with one page per entry, each line drawn in Helvetica (the standard fonts draw Latin text only).</summary>
    public static byte[] Pdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 760.0;
            foreach (var line in lines)
            {
                if (line.Length > 0) page.AddText(line, 12, new PdfPoint(60, y), font);
                y -= line.Length == 0 ? 40 : 16;
            }
        }
        return builder.Build();
    }

    /// <summary>
    /// A one-page PDF of lines 16 pt apart in 12 pt Helvetica, each from the left margin (60 pt) moved right by its
    /// indent in points, or centered (null) between the margins the other lines set.
    /// </summary>
    public static byte[] PdfOfLines(params (string Text, double? Indent)[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        const double left = 60;
        double Width(string text) => page.MeasureText(text, 12, new PdfPoint(0, 0), font).Max(l => l.EndBaseLine.X);
        var right = lines.Max(l => left + (l.Indent ?? 0) + Width(l.Text));
        var y = 760.0;
        foreach (var (text, indent) in lines)
        {
            page.AddText(text, 12, new PdfPoint(indent is { } moved ? left + moved : (left + right - Width(text)) / 2, y), font);
            y -= 16;
        }
        return builder.Build();
    }

    /// <summary>
    /// A one-page PDF of texts drawn in 12 pt Courier (7.2 pt a letter, so lines of as many letters end alike, as
    /// justified lines do) where given (x, y in points from the page's bottom left).
    /// </summary>
    public static byte[] PdfOfTexts(params (string Text, double X, double Y)[] texts)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Courier);
        var page = builder.AddPage(PageSize.A4);
        foreach (var (text, x, y) in texts) page.AddText(text, 12, new PdfPoint(x, y), font);
        return builder.Build();
    }

    /// <summary>
    /// A PDF protected by a user password (standard security handler, RC4 40-bit): the encryption dictionary's
    /// hashes do not open with the empty password, as with any password-protected file.
    /// </summary>
    public static byte[] EncryptedPdf()
    {
        var hash = string.Concat(Enumerable.Range(0, 32).Select(i => ((i * 37 + 11) % 256).ToString("X2", CultureInfo.InvariantCulture)));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /O <{hash}> /U <{hash}> /P -44 >>",
        ];
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(sb.ToString()));
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(sb.ToString());
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) sb.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{hash[..32]}> <{hash[..32]}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
