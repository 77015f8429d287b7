using System.Text;
using Archive.Indexer.Chinese;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Archive.Indexer.Text;

/// <summary>.pdf through PdfPig: page by page, words grouped into text blocks; every block keeps its page number.</summary>
internal static class PdfReader
{
    /// <summary>The failure of a PDF whose pages are all images: the scan readers recognize it instead.</summary>
    private const string NoTextLayer = "the PDF holds no text (a scanned image needs OCR first)";

    /// <summary>A dense page of small type holds a few thousand characters; far more is not a page of text.</summary>
    public const int MaxLettersPerPage = 50_000;

    /// <summary>
    /// Where a PDF's header may stand: readers take it anywhere in the first 1,024 bytes, after what a mail gateway or
    /// a download added (a blank line, a byte-order mark), and the file's offsets count from it.
    /// </summary>
    private const int HeaderWithin = 1024;

    public static ExtractedText Read(ReadOnlyMemory<byte> bytes)
    {
        var header = bytes.Span[..Math.Min(bytes.Length, HeaderWithin)].IndexOf("%PDF-"u8);
        if (header < 0)
            throw new UnreadableFileException($"not a PDF: the file has no %PDF- header in its first {HeaderWithin:N0} bytes");
        bytes = bytes[header..];
        if (PdfReferenceChains.Find(bytes.Span) is { } chain)
            throw new UnreadableFileException($"the PDF is damaged or built to break readers: {chain}");
        if (PdfObjectSyntax.Find(bytes.Span) is { } syntax)
            throw new UnreadableFileException($"the PDF is damaged or built to be expensive: {syntax}") { Expensive = true };
        var file = bytes.ToArray();
        try
        {
            return Read(file, lenient: false);
        }
        catch (DamagedPdfException)
        {
            // PdfPig's lenient parsing finds the objects by scanning the file where its table of them is wrong; tried only
            // then, since it also reads past what a sound file states (a missing endobj, a wrong stream length).
            try
            {
                return Read(file, lenient: true);
            }
            catch (DamagedPdfException e)
            {
                throw new UnreadableFileException($"the PDF is damaged or truncated: {e.Message}", e.InnerException);
            }
        }
    }

    private static ExtractedText Read(byte[] file, bool lenient)
    {
        var reading = "its table of objects (the cross-reference table) and its catalog could not be read, nor its objects found by scanning the file";
        try
        {
            using var pdf = PdfDocument.Open(file, new ParsingOptions { UseLenientParsing = lenient });
            if (PdfStreamInflation.Find(pdf) is { } inflation)
                throw new UnreadableFileException($"the PDF is damaged or built to be expensive: {inflation}") { Expensive = true };
            if (PdfFormNesting.Find(pdf) is { } nesting) throw new UnreadableFileException($"the PDF is damaged or built to break readers: {nesting}");
            if (PdfPageDrawing.Find(pdf) is { } drawing) throw new UnreadableFileException($"the PDF is damaged or built to be expensive: {drawing}");
            var pages = new List<LaidOutPage>();
            var unread = new List<int>();
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                reading = $"page {number:N0} of its {pdf.NumberOfPages:N0} could not be read";
                try
                {
                    pages.Add(LaidOutPage.Of(number, PageLines(pdf.GetPage(number))));
                }
                catch (Exception e) when (lenient && e is not (UnreadableFileException or PdfDocumentEncryptedException or OutOfMemoryException))
                {
                    // One damaged page (a broken content stream) among sound ones: the others are read, and the page is
                    // left for poppler to read (ScanReader), which tolerates more in a page's content. A page the heap
                    // could not hold is no damaged page: the file is refused whole (ReaderWorker), not read without it.
                    unread.Add(number);
                }
            }
            if (pages.Count == 0 && unread.Count > 0) throw new DamagedPdfException($"none of its {unread.Count:N0} pages could be read", null);
            var document = TypeArea.Of([.. pages.Select(p => p.Lines)]);
            var blocks = pages.SelectMany(p => p.Blocks(document)).ToList();
            if (blocks.Count == 0 && unread.Count == 0) throw new UnreadableFileException(NoTextLayer) { ScannedOnly = true };
            return new ExtractedText(string.Join("\n", blocks.Select(b => b.Text)), blocks, "pdf", "pdf") { PageCount = pdf.NumberOfPages, UnreadPages = unread };
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableFileException("the PDF is encrypted (password-protected); save an unprotected copy", e);
        }
        catch (Exception e) when (e is not (UnreadableFileException or OutOfMemoryException))
        {
            // PdfPig's own words (an index out of bounds, a token it expected) tell a user nothing: what could not be read does.
            throw new DamagedPdfException(reading, e);
        }
    }

    /// <summary>What of a PDF PdfPig could not read, in words of ours; the library's exception within.</summary>
    private sealed class DamagedPdfException(string what, Exception? inner) : Exception(what, inner);

    /// <summary>
    /// Letters -> lines: letters sorted top to bottom, then left to right, join the line whose baseline they share.
    /// One sort and one pass, whatever the page holds. A letter drawn again at (nearly) the same spot, as PDFs
    /// fake bold type, is kept once. A letter is measured at least as most of the page's letters are: a comma's box is
    /// small, and the run of letters a writer sets after one to justify a line (LibreOffice, in Chinese text) can come
    /// with boxes a fraction of their size and baselines a few points off, and would make a line of their own.
    /// </summary>
    private static List<PdfLine> PageLines(Page page)
    {
        var letters = page.Letters;
        if (letters.Count > MaxLettersPerPage)
            throw new UnreadableFileException($"page {page.Number} draws {letters.Count:N0} characters, more than a page of text holds ({MaxLettersPerPage:N0}): the PDF is damaged or built to be expensive");
        var lines = new List<PdfLine>();
        var drawn = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var heights = drawn.Select(Height).Order().ToList();
        var least = heights.Count > 0 ? heights[heights.Count / 2] * 0.8 : 1;
        foreach (var letter in drawn.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var height = Math.Max(Height(letter), least);
            var line = lines.Count > 0 && Math.Abs(lines[^1].Baseline - letter.StartBaseLine.Y) < height * 0.5 ? lines[^1] : null;
            if (line is null) lines.Add(line = new PdfLine(letter.StartBaseLine.Y, height));
            line.Letters.Add(letter);
        }
        return lines;

        static double Height(Letter letter) => Math.Max(letter.BoundingBox.Height > 0 ? letter.BoundingBox.Height : letter.PointSize, 1);
    }

    /// <summary>
    /// A page laid out as soon as it is read: its lines in columns (<see cref="PdfColumns"/>), reduced to their text, so
    /// that a document holds one page's letters at a time. What is left to do waits for the document's type area.
    /// </summary>
    private sealed record LaidOutPage(int Number, List<PdfTextLine> Lines, List<List<PdfTextLine>> Runs)
    {
        public static LaidOutPage Of(int number, List<PdfLine> lines)
        {
            // A line in a run is often a line of the page too: reduced once.
            var reduced = new Dictionary<PdfLine, PdfTextLine>(ReferenceEqualityComparer.Instance);
            return new LaidOutPage(number, [.. lines.Select(Reduce)], [.. PdfColumns.Read(lines).Select(run => run.Select(Reduce).ToList())]);

            PdfTextLine Reduce(PdfLine line) => reduced.TryGetValue(line, out var text) ? text : reduced[line] = line.Reduced();
        }

        /// <summary>
        /// The page's paragraphs column by column: a column measured by its own margins and line spacing, a line over the
        /// columns and a page in one column by the page's.
        /// </summary>
        public IEnumerable<TextBlock> Blocks(TypeArea document)
        {
            var page = TypeArea.OfPage(Lines, document);
            return Runs.SelectMany(run => Paragraphs(Number, run, Runs.Count > 1 && run.Count >= 3 ? TypeArea.Of([run]) : page));
        }
    }

    /// <summary>
    /// Lines -> paragraphs. A paragraph ends where the gap to the next line is wider than the usual line spacing,
    /// where the next line is indented, or where a line stops well short of the right margin. A paragraph whose first
    /// line is indented (and not centered: a headline) is marked so (<see cref="TextBlock.Indented"/>).
    /// </summary>
    private static IEnumerable<TextBlock> Paragraphs(int page, List<PdfTextLine> lines, TypeArea layout)
    {
        var paragraph = new WrappedLines();
        PdfTextLine? previous = null, first = null;
        foreach (var line in lines)
        {
            if (previous is not null)
            {
                var gap = previous.Baseline - line.Baseline;
                var breaks = gap > Math.Max(layout.LineSpacing * 1.4, previous.Height * 1.9)
                             || layout.Indents(line)
                             || previous.Right < layout.Right - previous.Height * 2.5
                             || layout.SetsApart(previous) || layout.SetsApart(line);
                if (breaks) yield return Block();
            }
            first ??= line;
            paragraph.Add(line.Text);
            previous = line;
        }
        if (!paragraph.IsEmpty) yield return Block();

        TextBlock Block()
        {
            var block = new TextBlock(paragraph.Take(), page, null) { Indented = layout.Indents(first!) && !layout.Centers(first!) };
            first = null;
            return block;
        }
    }

    /// <summary>
    /// The margins and line spacing of a page. A page with few lines is measured by the whole document instead: a
    /// last page holding only a few short lines (the end of a paragraph, the issuer, the date) has no full-width
    /// line and no wrapped paragraph of its own to measure, and would glue the issuer to the sentence above it.
    /// Pages with enough lines keep their own (a landscape table page, mirrored margins).
    /// </summary>
    private sealed record TypeArea(double Left, double Right, double LineSpacing)
    {
        private const int MeasurableLines = 8;

        /// <summary>Whether a line starts right of the margin by more than a character and a half.</summary>
        public bool Indents(PdfTextLine line) => line.Left > Left + line.Height * 1.5;

        /// <summary>Whether a line stands as far from either margin, within a character: centered, as headlines are.</summary>
        public bool Centers(PdfTextLine line) => Math.Abs(line.Left - Left - (Right - line.Right)) < line.Height;

        /// <summary>
        /// Whether a line is set apart from the text around it: centered clear of the margins (a headline), or set right
        /// from three characters or more inside the left margin (a credit, a signature, a date), which in a narrow column
        /// reach the right margin and the left part of the line a paragraph wraps to. A Chinese paragraph's first line is
        /// indented two characters; a Latin one indented half an inch is split off too (Latin letters' boxes are short).
        /// </summary>
        public bool SetsApart(PdfTextLine line) =>
            line.Left - Left >= line.Height && (Centers(line) || Right - line.Right < 1.5 * line.Height && line.Left - Left >= 3 * line.Height);

        public static TypeArea OfPage(List<PdfTextLine> page, TypeArea document) =>
            page.Count >= MeasurableLines ? Of([page]) : document;

        public static TypeArea Of(IReadOnlyList<List<PdfTextLine>> pages)
        {
            var lines = pages.SelectMany(page => page).ToList();
            if (lines.Count == 0) return new TypeArea(0, 0, 0);
            var spacings = pages
                .SelectMany(page => page.Zip(page.Skip(1), (a, b) => a.Baseline - b.Baseline))
                .Where(g => g > 0).Order().ToList();
            var character = lines.Select(l => l.Height).Order().ElementAt(lines.Count / 2);
            return new TypeArea(lines.Min(l => l.Left), RightMargin(lines, character), spacings.Count > 0 ? spacings[spacings.Count / 2] : 0);
        }

        /// <summary>
        /// Where full lines end: the middle of the right ends within two characters of the furthest end that three lines
        /// reach. Not the furthest end itself: a comma hung past the margin (as Word and LibreOffice set Chinese text)
        /// ends a line up to a character further out, and a page number or a headline overhanging a column stands alone
        /// beyond it.
        /// </summary>
        private static double RightMargin(List<PdfTextLine> lines, double character)
        {
            var ends = lines.Select(l => l.Right).Order().ToArray();
            var reached = Math.Min(3, ends.Length);
            for (int furthest = ends.Length - 1, within = furthest; furthest >= 0; furthest--)
            {
                while (within > 0 && ends[within - 1] >= ends[furthest] - 2 * character) within--;
                within = Math.Min(within, furthest);
                if (furthest - within + 1 >= reached) return ends[(within + furthest) / 2];
            }
            return ends[^1];
        }
    }
}
