using System.IO.Compression;
using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Archive.Indexer.Text;

/// <summary>
/// .docx through DocumentFormat.OpenXml: paragraphs, headings (Heading1-9, Title, outline levels) and table rows
/// as text. The document part is streamed element by element (no tree is built), so neither its size nor its
/// nesting costs memory or call depth; a part that inflates past <see cref="MaxPartCharacters"/> is refused.
/// A chunk the document imports whole (w:altChunk: HTML, plain text or another .docx, which Word converts when it opens
/// the file, as web and office systems write their exports) is read by its own reader where it stands.
/// </summary>
internal static class DocxReader
{
    /// <summary>The document part's size at most, in characters of XML: about 30 times the text of a 500-page document.</summary>
    public const long MaxPartCharacters = 64L * 1024 * 1024;
    /// <summary>
    /// Parts (zip entries) at most: a document holds a dozen, and one more for each image it shows. The packaging library
    /// holds some 2 KB for each entry, whatever it holds: 200,000 empty entries, 21 MB, took the reader to 517 MB.
    /// </summary>
    public const int MaxParts = 10_000;
    /// <summary>
    /// The package's own parts, its content types ([Content_Types].xml) and the links between parts (_rels/*.rels), all
    /// together at most, in bytes as their entries declare them (the zip reader reads no further): some 25,000 links.
    /// The packaging library reads them whole, with no limit of its own, into objects for every link and type: 200,000
    /// links to web pages compress to 1.1 MB and took the reader to 247 MB, 1.5 million content types in 3.9 MB took it
    /// to 812 MB and its whole processor budget.
    /// </summary>
    public const long MaxPackagePartBytes = 4 * 1024 * 1024;
    /// <summary>
    /// Elements open inside each other at most in a part: a text box in a table cell of a table in a cell is a few dozen
    /// deep. The SDK's reader keeps every open element (its namespaces and attributes) as it streams: a million nested
    /// elements it does not know, 60 KB compressed, took the reader to 430 MB and 6 s.
    /// </summary>
    public const int MaxElementDepth = 1_000;
    /// <summary>Tables inside tables kept as rows and cells; real documents nest two or three.</summary>
    private const int MaxTableDepth = 8;

    public static ExtractedText Read(ReadOnlyMemory<byte> bytes) => Read(bytes, new ImportBudget());

    /// <param name="imports">What w:altChunk parts may still be read; null in a .docx imported as one, so that no chain of documents is followed.</param>
    private static ExtractedText Read(ReadOnlyMemory<byte> bytes, ImportBudget? imports)
    {
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            CheckPackage(bytes.Span, stream);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxPartCharacters });
            var part = document.MainDocumentPart ?? throw new UnreadableFileException(WithoutMainPart(bytes.Span));
            var styles = DocxStyles.Of(part);
            // One follower for every part: each part closes all the runs it opens.
            var hiddenRuns = DocxHiddenRuns.For(styles);
            var characters = new CharactersRead();
            var (blocks, sawBody) = Blocks(part, styles, hiddenRuns, characters, imports);
            if (!sawBody) throw new UnreadableFileException("the .docx has no document body");
            // Footnotes and endnotes are the document's text too (a source cited, a term explained), after its body.
            blocks.AddRange(Notes(() => part.FootnotesPart, styles, hiddenRuns, characters));
            blocks.AddRange(Notes(() => part.EndnotesPart, styles, hiddenRuns, characters));
            return new ExtractedText(string.Join("\n", blocks.Select(b => b.Text)), blocks, "utf-8", "docx");
        }
        catch (System.Xml.XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw new UnreadableFileException(
                $"the .docx's document inflates past {MaxPartCharacters / (1024 * 1024)} M characters of XML (a compression bomb, or a document too large to read)", e);
        }
        catch (System.Xml.XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            // Said in the reader's words, not the XML library's (which advised enabling DTD processing).
            throw new UnreadableFileException(
                "the .docx declares a document type (DTD), which Word never writes and whose entities could expand a few bytes into gigabytes: it is not read", e);
        }
        catch (System.Xml.XmlException e)
        {
            throw new UnreadableFileException($"the .docx is damaged or truncated: the XML of its text is broken at line {e.LineNumber:N0}, position {e.LinePosition:N0}", e);
        }
        catch (Exception e) when (e is FileFormatException or InvalidDataException or IOException)
        {
            throw new UnreadableFileException(EntryTwice(bytes) is { } name
                ? $"the .docx holds {name} twice (two zip entries of one name, which Word never writes, and readers each take the one they like): it is damaged or built to mislead"
                : "the .docx is damaged or truncated: it is no complete zip archive (cut short, or damaged in transit)", e);
        }
        // System.IO.Packaging refuses a malformed part name or relationship target with an ArgumentException. The
        // library's own words (a content type, a relationship id) tell a user nothing.
        catch (Exception e) when (e is OpenXmlPackageException or InvalidOperationException or ArgumentException)
        {
            throw new UnreadableFileException("the .docx is damaged or truncated: its parts or the links between them are broken", e);
        }
    }

    /// <summary>
    /// Why a package links to no main document: a zip that holds no Word document at all is another kind of file named
    /// .docx (a .zip, an .odt, an .epub: saying "no body" would have the user look for a broken Word file); one that
    /// holds word/document.xml lost the link to it (_rels/.rels) and is damaged.
    /// </summary>
    private static string WithoutMainPart(ReadOnlySpan<byte> bytes) => FileSignature.IsWordDocument(bytes)
        ? "the .docx is damaged: its document (word/document.xml) is there, but the package's link to it (_rels/.rels) is missing or broken"
        : $"the .docx is {FileSignature.Describe(bytes)}, not a Word document: another kind of file named .docx?";

    /// <summary>
    /// Refuses a package of more parts, content types or links than <see cref="MaxParts"/> and <see cref="MaxPackagePartBytes"/>
    /// allow, before the packaging library lists them; leaves the stream (of the bytes) at its start.
    /// </summary>
    private static void CheckPackage(ReadOnlySpan<byte> bytes, MemoryStream stream)
    {
        if (ZipDirectory.EntryCount(bytes) is > MaxParts and var parts)
            throw new UnreadableFileException($"the .docx holds {parts:N0} parts (zip entries), more than a document holds ({MaxParts:N0}): it is not read");
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            var packageParts = zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
                || e.FullName.TrimStart('/').Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase)).Sum(e => e.Length);
            if (packageParts > MaxPackagePartBytes)
                throw new UnreadableFileException(
                    $"the .docx's content types and links between its parts ([Content_Types].xml, _rels) take {packageParts / (1024.0 * 1024):N1} MB, more than a document's ({MaxPackagePartBytes / (1024 * 1024)} MB): it is not read");
        }
        stream.Position = 0;
    }

    /// <summary>
    /// A name two entries of a zip share, as the Office package counts names (regardless of case), which the packaging
    /// library refuses as a mere format error; null when there is none, or the zip itself cannot be read.
    /// </summary>
    private static string? EntryTwice(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            return zip.Entries.FirstOrDefault(entry => !names.Add(entry.FullName.TrimStart('/')))?.FullName;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// The paragraphs and table rows of a part (the document, its footnotes or endnotes) in order, and whether it has
    /// a body (the document's has). A paragraph inside another (a text box) adds to the outer one; a paragraph in a table
    /// cell adds to the cell; a row is its cells separated by tabs. What the document does not show is left out:
    /// text a tracked change deleted or moved away (w:del, w:moveFrom; it was indexed, and a move read twice), and of
    /// the alternatives Word writes for one thing (a text box as DrawingML and again as VML) all but the first, which
    /// were read one after another; and hidden text (<see cref="DocxHiddenRuns"/>), which was indexed. A paragraph whose
    /// first line its formatting or its style indents, and that is not centered (a headline in a style that indents), is
    /// marked so (<see cref="TextBlock.Indented"/>).
    /// </summary>
    private static (List<TextBlock> Blocks, bool SawBody) Blocks(OpenXmlPart part, DocxStyles styles, DocxHiddenRuns hiddenRuns, CharactersRead characters,
        ImportBudget? imports = null)
    {
        var blocks = new List<TextBlock>();
        var paragraphs = new Stack<ParagraphText>();
        var tables = new Stack<TableText>();
        // Tables nested deeper than MaxTableDepth add their text to the deepest cell kept, without rows of their own:
        // each level of rows copies what the levels below it hold.
        var flattened = 0;
        // Elements open inside one left out (its own included), and whether each open mc:AlternateContent has had its branch read.
        var hidden = 0;
        var alternatives = new Stack<bool>();
        // Misc nodes too: the text of a w:t the SDK does not know comes as text nodes of their own.
        using var reader = OpenXmlReader.Create(part, readMiscNodes: true);
        var sawBody = false;
        var inUnknownText = false;
        for (var more = reader.Read(); more;)
        {
            if (reader.ElementType == typeof(OpenXmlMiscNode) && inUnknownText && hidden == 0)
            {
                // Loading a text node reads it and moves the reader on to the node after it.
                var node = reader.LoadCurrentElement() as OpenXmlMiscNode;
                if (node?.XmlNodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace
                    && paragraphs.TryPeek(out var inParagraph) && !hiddenRuns.Hides)
                {
                    inParagraph.Text.Append(node.OuterXml);
                    characters.Add(node.OuterXml.Length);
                }
                more = !reader.EOF;
                continue;
            }
            if (reader.Depth > MaxElementDepth)
                throw new UnreadableFileException($"the .docx nests its elements more than {MaxElementDepth:N0} deep, where documents nest a few dozen: it is not read");
            Follow(DocxElements.TypeOf(reader));
            more = reader.Read();
        }
        return (blocks, sawBody);

        void Follow(Type type)
        {
            // Text nodes count only right inside an unknown w:t: any element read after its start ends them.
            inUnknownText = DocxElements.IsUnknownText(reader, type) && reader.IsStartElement;
            if (hidden > 0)
            {
                hidden += reader.IsStartElement ? 1 : reader.IsEndElement ? -1 : 0;
                return;
            }
            if (reader.IsStartElement && (type == typeof(DeletedRun) || type == typeof(MoveFromRun) || IsAlternativeAfterTheFirst(type, alternatives)))
            {
                hidden = 1;
                return;
            }
            if (type == typeof(AlternateContent))
            {
                if (reader.IsStartElement) alternatives.Push(false);
                else if (reader.IsEndElement) alternatives.TryPop(out _);
                return;
            }
            if (type == typeof(Body)) sawBody = true;
            if (type == typeof(AltChunk) && reader.IsStartElement && imports is not null)
            {
                var imported = Imported(part, reader.Attributes.FirstOrDefault(a => a.LocalName == "id").Value, imports);
                characters.Add(imported.Sum(b => (long)b.Text.Length));
                if (tables.TryPeek(out var inTable)) inTable.Cell.AppendJoin(' ', imported.Select(b => b.Text));
                else blocks.AddRange(imported);
                return;
            }
            var tableStructure = type == typeof(Table) || type == typeof(TableRow) || type == typeof(TableCell);
            if (tableStructure && (flattened > 0 || (type == typeof(Table) && reader.IsStartElement && tables.Count >= MaxTableDepth)))
            {
                if (type == typeof(Table)) flattened += reader.IsStartElement ? 1 : -1;
                return;
            }
            if (paragraphs.TryPeek(out var inParagraph)) hiddenRuns.Read(reader, type, inParagraph.Style);
            if (reader.IsStartElement)
            {
                if (type == typeof(Paragraph)) paragraphs.Push(new ParagraphText());
                else if (type == typeof(Table)) tables.Push(new TableText());
                else if (type == typeof(TableRow) && tables.TryPeek(out var table)) table.Cells.Clear();
                else if (type == typeof(TableCell) && tables.TryPeek(out var inTable)) inTable.Cell.Clear();
                else if (paragraphs.TryPeek(out var paragraph) && !hiddenRuns.Hides) characters.Add(paragraph.Read(reader, type));
                return;
            }
            if (!reader.IsEndElement) return;
            if (type == typeof(Paragraph) && paragraphs.TryPop(out var ended))
            {
                var text = ended.Text.ToString().Trim();
                if (text.Length == 0) return;
                if (paragraphs.TryPeek(out var outer)) outer.Text.Append(text);
                else if (tables.TryPeek(out var table)) table.Cell.Append(table.Cell.Length > 0 ? " " : "").Append(text);
                else blocks.Add(new TextBlock(text, null, ended.HeadingLevel) { Indented = !(ended.Centered ?? styles.Centers(ended.Style)) && (ended.Indent ?? styles.IndentsFirstLine(ended.Style)) });
            }
            else if (type == typeof(Table))
            {
                tables.TryPop(out _);
            }
            else if (type == typeof(TableCell) && tables.TryPeek(out var table))
            {
                var cell = table.Cell.ToString().Trim();
                if (cell.Length > 0) table.Cells.Add(cell);
            }
            else if (type == typeof(TableRow) && tables.TryPeek(out var rowTable) && rowTable.Cells.Count > 0)
            {
                var row = string.Join("\t", rowTable.Cells);
                // A table inside a table's cell adds its rows to that cell.
                if (tables.Count > 1) tables.ElementAt(1).Cell.Append(' ').Append(row);
                else blocks.Add(new TextBlock(row, null, null));
            }
        }
    }

    /// <summary>
    /// The blocks of a part of notes; none where the document names a notes part that is not in the package, as Word
    /// and LibreOffice read such a file: its body is whole.
    /// </summary>
    private static List<TextBlock> Notes(Func<OpenXmlPart?> part, DocxStyles styles, DocxHiddenRuns hiddenRuns, CharactersRead characters)
    {
        OpenXmlPart? notes;
        try
        {
            notes = part();
        }
        catch (Exception e) when (e is InvalidOperationException or OpenXmlPackageException or FileFormatException)
        {
            return [];
        }
        return notes is null ? [] : Blocks(notes, styles, hiddenRuns, characters).Blocks;
    }

    /// <summary>
    /// The blocks of a chunk the document imports (w:altChunk) by its relationship id: HTML, a web archive (MHT), plain
    /// text or a .docx (whose own chunks are not read); none for a missing part or another format (RTF), which Word
    /// alone converts.
    /// </summary>
    private static IReadOnlyList<TextBlock> Imported(OpenXmlPart part, string? id, ImportBudget imports)
    {
        if (id is null || !part.TryGetPartById(id, out var chunk)) return [];
        using var stream = chunk.GetStream(FileMode.Open, FileAccess.Read);
        using var bytes = new MemoryStream();
        // Bounded as the document part is, all chunks together: they are text the document holds, and one small chunk
        // imported a thousand times over inflated to gigabytes.
        var buffer = new byte[81920];
        for (int read; (read = stream.Read(buffer)) > 0;)
        {
            imports.BytesLeft -= read;
            if (imports.BytesLeft < 0)
                throw new UnreadableFileException($"the .docx imports chunks of over {MaxPartCharacters / (1024 * 1024)} MB in all (a compression bomb, or a document too large to read)");
            bytes.Write(buffer, 0, read);
        }
        var content = bytes.ToArray();
        if (content.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return [];
        try
        {
            return chunk.ContentType switch
            {
                "text/html" or "application/xhtml+xml" => HtmlReader.Read(content, imports.HtmlWork).Blocks,
                "message/rfc822" or "multipart/related" => WebArchiveReader.Find(content, imports.HtmlWork)?.Blocks ?? [],
                "text/plain" => PlainTextReader.Read(content).Blocks,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
                    or "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => Read(content, imports: null).Blocks,
                _ => [],
            };
        }
        catch (UnreadableFileException e)
        {
            throw new UnreadableFileException($"the .docx imports a chunk ({chunk.ContentType}) that cannot be read: {e.Message}", e);
        }
    }

    /// <summary>
    /// The bytes of w:altChunk parts a document may still import, however many times it imports each, and the work their
    /// HTML may still cost its parser: a chunk as deep as a page may be, imported a thousand times, took the reader's
    /// whole processor budget (found by hostile19).
    /// </summary>
    private sealed class ImportBudget
    {
        public long BytesLeft { get; set; } = MaxPartCharacters;
        public HtmlReader.WorkBudget HtmlWork { get; } = new();
    }

    /// <summary>Whether a branch of mc:AlternateContent opens where one was read already (and marks the first read).</summary>
    private static bool IsAlternativeAfterTheFirst(Type type, Stack<bool> alternatives)
    {
        if ((type != typeof(AlternateContentChoice) && type != typeof(AlternateContentFallback)) || !alternatives.TryPop(out var read)) return false;
        alternatives.Push(true);
        return read;
    }

    /// <summary>
    /// The characters of text read so far, all parts together (body, notes, imported chunks), refused as soon as they pass
    /// what one document holds rather than once all are read: a 351 KB .docx of 60 M characters took the reader to 613 MB
    /// before it was refused, one of as many again in its footnotes and endnotes past its whole heap (found by hostile22).
    /// </summary>
    private sealed class CharactersRead
    {
        private long _count;

        public void Add(long characters)
        {
            if ((_count += characters) > ExtractedText.MaxCharacters) throw ExtractedText.TooMuchText(null);
        }
    }

    private sealed class ParagraphText
    {
        public StringBuilder Text { get; } = new();
        private int? _outline;

        /// <summary>The paragraph's style (w:pStyle), once read; null for the default.</summary>
        public string? Style { get; private set; }

        public int? HeadingLevel => _outline is < 9 ? _outline + 1 : StyleLevel(Style);

        /// <summary>Whether the paragraph's own w:ind indents its first line; null when it does not say (its style does).</summary>
        public bool? Indent { get; private set; }

        /// <summary>Whether the paragraph's own w:jc centers it; null when it does not say. A centered paragraph is no indented one.</summary>
        public bool? Centered { get; private set; }

        /// <summary>Takes what an element inside the paragraph adds: text, tabs and breaks, the style and outline level.</summary>
        /// <returns>The characters of text it added.</returns>
        public int Read(OpenXmlReader reader, Type type)
        {
            var before = Text.Length;
            if (type == typeof(WordText)) Text.Append(reader.GetText());
            else if (type == typeof(TabChar)) Text.Append('\t');
            else if (type == typeof(Break) || type == typeof(CarriageReturn)) Text.Append('\n');
            else if (type == typeof(ParagraphStyleId)) Style = Value(reader);
            else if (type == typeof(OutlineLevel) && int.TryParse(Value(reader), out var level)) _outline = level;
            // The first w:ind is the paragraph's own; a later one is the formatting a tracked change replaced (w:pPrChange).
            else if (type == typeof(Indentation)) Indent ??= DocxStyles.FirstLineIndent(reader.Attributes);
            else if (type == typeof(Justification)) Centered ??= DocxStyles.IsCenter(Value(reader));
            return Text.Length - before;
        }

        private static int? StyleLevel(string? style)
        {
            if (style is null) return null;
            if (style.Equals("Title", StringComparison.OrdinalIgnoreCase)) return 1;
            var digits = style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) ? style[7..] : style;
            return int.TryParse(digits, out var level) && level is >= 1 and <= 9 ? level : null;
        }
    }

    /// <summary>The w:val of the element the reader is at.</summary>
    internal static string? Value(OpenXmlReader reader) =>
        reader.Attributes.FirstOrDefault(a => a.LocalName == "val").Value;

    private sealed class TableText
    {
        public List<string> Cells { get; } = [];
        public StringBuilder Cell { get; } = new();
    }
}
