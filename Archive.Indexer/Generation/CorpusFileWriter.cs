using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Indexer.Generation;

/// <summary>Writes a generated document's lines in one of the formats the readers take.</summary>
internal static class CorpusFileWriter
{
    public static Encoding Gb18030 { get; } = CodePagesEncoding(54936);

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    /// <returns>The number of bytes written.</returns>
    public static long Write(string path, GeneratedDocument document)
    {
        var manifest = document.Manifest;
        switch (manifest.Format)
        {
            case "docx":
                WriteDocx(path, document.Lines);
                break;
            default:
                var encoding = manifest.Encoding switch
                {
                    "gb18030" => Gb18030,
                    "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
                    _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
                };
                File.WriteAllText(path, string.Join("\n", document.Lines), encoding);
                break;
        }

        return new FileInfo(path).Length;
    }

    private static void WriteDocx(string path, IReadOnlyList<string> lines)
    {
        using var docx = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = docx.AddMainDocumentPart();
        var body = new Body();
        foreach (var line in lines.Where(l => l.Trim().Length > 0))
        {
            body.Append(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = SpaceProcessingModeValues.Preserve })));
        }

        main.Document = new Document(body);
        main.Document.Save();
    }
}
