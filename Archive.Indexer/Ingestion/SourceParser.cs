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
public sealed class SourceParser(DocumentParser parser, DocumentTools? tools, IsolatedReader isolated)
{
    public ParsedFile ParseFile(string fileName, ReadOnlyMemory<byte> content, ReadingContext context)
    {
        var text = tools is null ? isolated.Read(fileName, content) : DocumentReader.Read(fileName, content, tools, context, isolated.Read);
        return new ParsedFile(parser.Parse(text), text.Text, text.Recognition);
    }

    public ParsedFile ParsePages(IReadOnlyList<string> pages, ReadingContext context)
    {
        var text = (tools ?? throw new UnreadableFileException("reading page images needs Tesseract, which this archive was opened without"))
            .Scans.ReadPages(pages, context);
        return new ParsedFile(parser.Parse(text), text.Text, text.Recognition);
    }
}
