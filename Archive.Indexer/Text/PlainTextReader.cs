namespace Archive.Indexer.Text;

/// <summary>.txt: decoded by <see cref="TextDecoder"/>; every non-empty line is a block.</summary>
internal static class PlainTextReader
{
    public static ExtractedText Read(ReadOnlySpan<byte> bytes)
    {
        var (text, encoding) = TextDecoder.Decode(bytes);
        return ExtractedText.FromPlainText(text, encoding, "txt");
    }
}
