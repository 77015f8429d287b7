namespace Archive.Indexer.Text;

/// <summary>
/// A zip under another name (.doc, .wps, .txt …): read as the .docx it is when it holds a Word document, else refused
/// as what it is.
/// </summary>
internal static class ZippedDocument
{
    /// <param name="what">The name it came under, for the message (".doc").</param>
    /// <param name="expected">What a file of that name should have been ("a Word, WPS or RTF document").</param>
    /// <param name="readDocx">Reads a .docx (the reader processes: a zip may be a compression bomb).</param>
    public static ExtractedText Read(string what, string expected, ReadOnlyMemory<byte> bytes, Func<string, ReadOnlyMemory<byte>, ExtractedText> readDocx) =>
        FileSignature.IsWordDocument(bytes.Span)
            ? readDocx("zipped.docx", bytes)
            : throw new UnreadableFileException($"the {what} is {FileSignature.Describe(bytes.Span)}, not {expected} (nor a .docx under another name)");
}
