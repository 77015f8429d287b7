using System.Text;

namespace Archive.Indexer.Store;

/// <summary>The media type a kept original is served with: from its extension, with the charset its text was read in.</summary>
internal static class MediaType
{
    public const string Unknown = "application/octet-stream";

    /// <param name="encoding">How the reader decoded the text (utf-8-bom, gb18030 ...), for the charset of a text file; null when not read.</param>
    public static string Of(string fileName, string? encoding = null)
    {
        var type = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".txt" or ".text" => "text/plain",
            ".md" or ".markdown" => "text/markdown",
            ".html" or ".htm" => "text/html",
            ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".doc" => "application/msword",
            ".wps" => "application/vnd.ms-works",
            ".rtf" => "application/rtf",
            ".pdf" => "application/pdf",
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".tif" or ".tiff" => "image/tiff",
            _ => Unknown,
        };
        return type.StartsWith("text/", StringComparison.Ordinal) && Charset(encoding) is { } charset ? $"{type}; charset={charset}" : type;
    }

    /// <summary>The IANA name of a decoder's encoding (utf-8-bom is utf-8), or null when it names none.</summary>
    private static string? Charset(string? encoding)
    {
        if (string.IsNullOrEmpty(encoding)) return null;
        try
        {
            return Encoding.GetEncoding(encoding.Replace("-bom", "", StringComparison.Ordinal)).WebName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
