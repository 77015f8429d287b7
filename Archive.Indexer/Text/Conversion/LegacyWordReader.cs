namespace Archive.Indexer.Text.Conversion;

/// <summary>
/// .doc, .wps (WPS Office writes Word's binary format) and .rtf: told apart by their first bytes, whatever the file
/// is called, checked for what LibreOffice cannot convert (a password, a zip in disguise), converted to .docx by
/// <see cref="OfficeConverter"/> and read as .docx by <paramref name="read"/> (the reader processes, since what
/// LibreOffice writes is only as sound as what it was given). A web page under such a name (Word's "web page" or
/// "single file web page", which government sites serve as .doc) is read as the page it is.
/// </summary>
internal static class LegacyWordReader
{
    public static ExtractedText Read(string extension, ReadOnlyMemory<byte> bytes, OfficeConverter converter,
        Func<string, ReadOnlyMemory<byte>, ExtractedText> read, CancellationToken cancellationToken)
    {
        var what = extension.Length > 0 ? extension : "file";
        var span = bytes.Span;
        string contentExtension;
        if (WordBinaryFile.IsCompoundFile(span))
        {
            contentExtension = ".doc";
            switch (WordBinaryFile.Probe(span))
            {
                case WordBinaryContent.PasswordProtected:
                    throw new UnreadableFileException($"the {what} is password-protected: open it with its password and save an unprotected copy");
                case WordBinaryContent.OtherOfficeFile:
                    throw new UnreadableFileException($"the {what} holds no word-processor document (an Excel or PowerPoint file under a Word name?)");
                case WordBinaryContent.Damaged:
                    throw new UnreadableFileException($"the {what} is damaged or truncated: its compound-file directory points outside the file");
            }
        }
        else if (FileSignature.IsRtf(span))
        {
            contentExtension = ".rtf";
            if (RtfBinaryData.FindTruncated(span) is { } truncated) throw new UnreadableFileException($"the {what} is damaged or truncated: {truncated}");
            bytes = RtfParagraphs.Split(bytes);
        }
        else if (span.StartsWith("PK\u0003\u0004"u8))
        {
            return ZippedDocument.Read(what, "a Word, WPS or RTF document", bytes, read);
        }
        else if (FileSignature.IsHtml(span))
        {
            return read("page.html", bytes);
        }
        else if (WebArchiveReader.IsWebArchive(span))
        {
            return read("page.mht", bytes);
        }
        else
        {
            throw new UnreadableFileException($"the {what} is not a Word, WPS or RTF document: its first bytes are those of none of them");
        }

        var docx = converter.ToDocx(bytes, contentExtension, what, cancellationToken);
        return read("converted.docx", docx) with { Encoding = "libreoffice", Format = contentExtension[1..] };
    }
}
