namespace Archive.Indexer.Text;

/// <summary>
/// Bytes of one file -> <see cref="ExtractedText"/>, by extension (.txt .md .html .htm .docx .pdf); an unknown
/// extension is sniffed from the content. A file that cannot be read throws <see cref="UnreadableFileException"/>.
/// </summary>
public static class DocumentReader
{
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"];

    /// <summary>Whether the file is plain text by its name: read without a parser of nested structure.</summary>
    public static bool IsPlainText(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".txt" or ".text";

    public static ExtractedText Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length == 0) throw new UnreadableFileException("the file is empty");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".txt" or ".text" => PlainTextReader.Read(bytes.Span),
            ".md" or ".markdown" => MarkdownReader.Read(bytes.Span),
            ".html" or ".htm" => HtmlReader.Read(bytes.Span),
            ".docx" => DocxReader.Read(bytes),
            ".pdf" => PdfReader.Read(bytes),
            _ => Sniff(extension, bytes),
        };
    }

    private static ExtractedText Sniff(string extension, ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.StartsWith("%PDF-"u8)) return PdfReader.Read(bytes);
        if (span.StartsWith("PK\u0003\u0004"u8))
        {
            return extension == ".doc" || extension == ".xlsx" || extension == ".pptx"
                ? throw new UnreadableFileException($"unsupported format {extension}: only .docx among Office files is read")
                : DocxReader.Read(bytes);
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            throw new UnreadableFileException("unsupported format: a legacy Office file (.doc, .xls); save it as .docx");
        var head = System.Text.Encoding.ASCII.GetString(span[..Math.Min(span.Length, 512)]).TrimStart().ToLowerInvariant();
        if (head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal))
            return HtmlReader.Read(span);
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
