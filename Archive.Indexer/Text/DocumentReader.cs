using Archive.Indexer.Text.Conversion;
using Archive.Indexer.Text.Recognition;

namespace Archive.Indexer.Text;

/// <summary>
/// Bytes of one file -> <see cref="ExtractedText"/>, by extension (.txt .md .html .htm .mht .docx .pdf; with
/// <see cref="DocumentTools"/> also .doc .wps .rtf, images and the pages of PDFs without a text layer); an unknown
/// extension is sniffed from the content. A file that cannot be read throws <see cref="UnreadableFileException"/>.
/// </summary>
internal static class DocumentReader
{
    public static IReadOnlyList<string> Extensions { get; } =
        [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".mht", ".mhtml", ".docx", ".pdf", .. LegacyExtensions, .. PageImage.Extensions];

    /// <summary>Whether a file is named as a page image (JPEG, PNG, TIFF) that Tesseract reads.</summary>
    public static bool IsPageImage(string fileName) => PageImage.Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>The word-processor files LibreOffice converts.</summary>
    private static IReadOnlyList<string> LegacyExtensions => [".doc", ".wps", ".rtf"];

    /// <summary>
    /// Reads with the external programs where a format needs them: .doc, .wps and .rtf through LibreOffice, images
    /// through Tesseract, and a PDF's pages that have no text layer rendered and recognized (the others are read).
    /// </summary>
    /// <param name="read">Reads the formats that need no program, and a PDF's text layer: this reader in-process by
    /// default, or the isolated reader processes.</param>
    /// <exception cref="OperationCanceledException">The context's batch was cancelled; the running program was stopped.</exception>
    public static ExtractedText Read(string fileName, ReadOnlyMemory<byte> bytes, DocumentTools tools, ReadingContext context,
        Func<string, ReadOnlyMemory<byte>, ExtractedText>? read = null)
    {
        read ??= Read;
        if (bytes.Length == 0) throw new UnreadableFileException("the file is empty");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (LegacyExtensions.Contains(extension)) return LegacyWordReader.Read(extension, bytes, tools.Office, read, context.Cancellation);
        if (PageImage.Extensions.Contains(extension) || (extension != ".pdf" && PageImage.Kind(bytes.Span) is not null))
            return tools.Scans.ReadImage(bytes, context);
        if (extension == ".pdf" || bytes.Span.StartsWith("%PDF-"u8))
            // Named as what it is: the text layer's reader goes by the name, and a PDF may come as anything.
            return tools.Scans.ReadPdf(bytes, () => read(Path.ChangeExtension(fileName, ".pdf"), bytes), context);
        if (WordBinaryFile.IsCompoundFile(bytes.Span)) return LegacyWordReader.Read(extension, bytes, tools.Office, read, context.Cancellation);
        // A .docx or an RTF saved under a text format's name is read as what it is, as a PDF is: an RTF read as text
        // was stored as its markup ({\rtf1\ansi… its title, \u20851? its words).
        if (IsTextFormat(extension) && FileSignature.IsZip(bytes.Span)) return ZippedDocument.Read(extension, "text", bytes, read);
        if (IsTextFormat(extension) && FileSignature.IsRtf(bytes.Span)) return LegacyWordReader.Read(extension, bytes, tools.Office, read, context.Cancellation);
        if (IsTextFormat(extension) && WebArchiveReader.IsWebArchive(bytes.Span)) return read("page.mht", bytes);
        return read(fileName, bytes);
    }

    /// <summary>Whether the file is plain text by its name: read without a parser of nested structure.</summary>
    public static bool IsPlainText(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".txt" or ".text";

    /// <summary>The formats that are text to their readers (txt, Markdown, HTML).</summary>
    private static bool IsTextFormat(string extension) => extension is ".txt" or ".text" or ".md" or ".markdown" or ".html" or ".htm";

    public static bool IsMarkdown(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".md" or ".markdown";

    public static ExtractedText Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length == 0) throw new UnreadableFileException("the file is empty");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".txt" or ".text" => PlainTextReader.Read(bytes.Span),
            ".md" or ".markdown" => MarkdownReader.Read(bytes.Span),
            ".html" or ".htm" => HtmlReader.Read(bytes.Span),
            ".mht" or ".mhtml" => WebArchiveReader.Read(bytes.Span),
            ".docx" => DocxReader.Read(bytes),
            ".pdf" => PdfReader.Read(bytes),
            _ => Sniff(extension, bytes),
        };
    }

    /// <summary>Why a file archive (.zip, .rar …) is not read: the documents in it are, once unpacked.</summary>
    public static string UnpackFirst(string extension) => $"a {extension} archive of files: unpack it and ingest the documents it holds";

    private static ExtractedText Sniff(string extension, ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.StartsWith("%PDF-"u8)) return PdfReader.Read(bytes);
        if (span.StartsWith("PK\u0003\u0004"u8))
        {
            return extension switch
            {
                ".doc" or ".xlsx" or ".pptx" => throw new UnreadableFileException($"unsupported format {extension}: only .docx among Office files is read"),
                ".zip" => throw new UnreadableFileException(UnpackFirst(extension)),
                // An OpenDocument text or an e-book is a zip too: said as what it is, not as a .docx without its body.
                _ when !FileSignature.IsWordDocument(span) =>
                    throw new UnreadableFileException($"unsupported format {(extension.Length == 0 ? "(no extension)" : extension)}: the file is {FileSignature.Describe(span)}; of zipped formats only .docx is read"),
                _ => DocxReader.Read(bytes),
            };
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            throw new UnreadableFileException("a legacy Office file (.doc, .wps, .xls): it is read through LibreOffice, which this reader was not given");
        if (FileSignature.IsHtml(span)) return HtmlReader.Read(span);
        if (WebArchiveReader.IsWebArchive(span)) return WebArchiveReader.Read(span);
        try
        {
            return PlainTextReader.Read(span);
        }
        catch (UnreadableFileException e)
        {
            var what = extension.Length == 0 ? "no extension" : $"unknown extension {extension}";
            throw new UnreadableFileException($"{what}, and the content is not text: {e.Message}", e);
        }
    }
}
