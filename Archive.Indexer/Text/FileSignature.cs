using Archive.Indexer.Text.Recognition;

namespace Archive.Indexer.Text;

/// <summary>
/// What a file is by its first bytes, for a file that comes under another format's name: a .docx saved as .txt, a
/// PDF named .html. Its text reader would only have called it binary.
/// </summary>
internal static class FileSignature
{
    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    /// <summary>
    /// Whether a zip holds a Word document: its main part's name (word/document.xml) stands in the zip's directory and
    /// in its entry's own header, whatever else is damaged.
    /// </summary>
    public static bool IsWordDocument(ReadOnlySpan<byte> bytes) => IsZip(bytes) && bytes.IndexOf("word/document"u8) >= 0;

    /// <summary>Whether the bytes are an RTF document: its markup opens it, after white space at most.</summary>
    public static bool IsRtf(ReadOnlySpan<byte> bytes) => bytes.TrimStart(" \t\r\n"u8).StartsWith("{\\rtf"u8);

    /// <summary>
    /// Whether the bytes are a web page: its document type or its html tag opens it, after a byte-order mark and white
    /// space (Word's "web page", which government sites serve as .doc, opens <c>&lt;html xmlns:v=…</c>).
    /// </summary>
    public static bool IsHtml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var head = System.Text.Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart().ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal);
    }

    /// <summary>"a Word document (.docx)", "a PDF (.pdf)" …; null for bytes that start as none of the formats known here.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        if (IsZip(bytes))
        {
            return IsWordDocument(bytes) ? "a Word document (.docx)"
                : bytes.IndexOf("xl/workbook"u8) >= 0 ? "an Excel workbook (.xlsx), a zip archive"
                : bytes.IndexOf("ppt/presentation"u8) >= 0 ? "a PowerPoint presentation (.pptx), a zip archive"
                : bytes.IndexOf("application/vnd.oasis.opendocument"u8) >= 0 ? "an OpenDocument file (.odt, .ods), a zip archive"
                : bytes.IndexOf("application/epub+zip"u8) >= 0 ? "an e-book (.epub), a zip archive"
                : "a zip archive";
        }
        if (bytes.StartsWith("%PDF-"u8)) return "a PDF (.pdf)";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return "a legacy Office file (.doc, .wps, .xls)";
        if (bytes.StartsWith("{\\rtf"u8)) return null; // RTF is text: its markup reads, and says what it is.
        return PageImage.Kind(bytes) is { } image ? $"an image ({image})" : null;
    }
}
