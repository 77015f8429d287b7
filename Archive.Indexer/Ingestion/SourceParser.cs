using System.Text;
using Archive.Indexer.Parsing;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Isolation;
using Archive.Indexer.Text.Recognition;

namespace Archive.Indexer.Ingestion;

/// <summary>
/// A source -> <see cref="ParsedFile"/>: a file's name and bytes, or the page images of one scanned issue. The formats
/// our own readers parse, and a PDF's text layer, are read in the isolated reader processes; the others go to the
/// programs of <see cref="DocumentTools"/>, when given. Throws <see cref="NotSupportedException"/>
/// for a kind of file it does not read (skipped) and any other exception, with a clear message, for a file it cannot
/// read (failed). Called from several threads at once.
/// </summary>
internal sealed class SourceParser(DocumentParser parser, DocumentTools? tools, IsolatedReader isolated)
{
    public ParsedFile ParseFile(string fileName, ReadOnlyMemory<byte> content, ReadingContext context) =>
        Parse(tools is null ? isolated.Read(fileName, content) : DocumentReader.Read(fileName, content, tools, context, isolated.Read));

    public ParsedFile ParsePages(ScannedPages pages, ReadingContext context) =>
        Parse((tools ?? throw new UnreadableFileException("reading page images needs Tesseract, which this archive was opened without"))
            .Scans.ReadPages(pages, context));

    private ParsedFile Parse(ExtractedText text)
    {
        // Refused like an empty file: stored, it was an empty article (（无标题）) that no search finds.
        if (!HasText(text.Text))
            throw new UnreadableFileException(
                "the file holds no text: an empty page or document, only scripts, styles and navigation, or only white space, punctuation, symbols and marks");
        var parsed = parser.Parse(text);
        if (parsed.Articles.Count > ParsedDocument.MaxArticles)
            throw new UnreadableFileException(
                $"the file parses into {parsed.Articles.Count:N0} articles, more than the {ParsedDocument.MaxArticles:N0} a document may hold: split it into smaller files");
        return new ParsedFile(parsed, text.Text, text.Recognition, text.Encoding);
    }

    /// <summary>
    /// Whether it holds a letter or a digit (an ideograph of any plane counts): what a search can find. A file of
    /// white space, zero-width and bidi characters, punctuation, emoji or combining marks alone was stored as an
    /// article no query could reach (a query of those is no query).
    /// </summary>
    private static bool HasText(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) return true;
        }
        return false;
    }
}
