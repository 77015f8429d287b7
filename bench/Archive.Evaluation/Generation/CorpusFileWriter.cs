using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Evaluation.Generation;

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
            case "pdf":
                File.WriteAllBytes(path, PdfTextFile.Create(document.Lines.Where(l => l.Trim().Length > 0).ToList()));
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

    /// <summary>One paragraph per line; zip entry times are fixed so the same seed gives the same bytes.</summary>
    private static void WriteDocx(string path, IReadOnlyList<string> lines)
    {
        using var buffer = new MemoryStream();
        using (var docx = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = docx.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            var body = new Body();
            foreach (var line in lines.Where(l => l.Trim().Length > 0))
            {
                body.Append(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                entry.LastWriteTime = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
            }
        }

        File.WriteAllBytes(path, buffer.ToArray());
    }
}
