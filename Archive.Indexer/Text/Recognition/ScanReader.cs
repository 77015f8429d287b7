using System.Diagnostics;
using Archive.Indexer.Text.Conversion;

namespace Archive.Indexer.Text.Recognition;

/// <summary>
/// Scans -> text through OCR: image files (JPEG, PNG, every page of a TIFF), a folder of page images of one issue,
/// and the pages of a PDF that have no text layer, rendered at <see cref="ConversionOptions.Resolution"/>. Pages are
/// recognized one after another, each image on disk only while it is read, so a long scan holds one page at a time;
/// a scan with more pages than <see cref="ConversionOptions.MaxScannedPages"/> is refused before any is read.
/// </summary>
internal sealed class ScanReader
{
    private readonly ScratchFolder _scratch;
    private readonly ConversionOptions _options;
    private readonly TextRecognizer _recognizer;
    private readonly PdfRasterizer _rasterizer;

    internal ScanReader(ScratchFolder scratch, ConversionOptions options)
    {
        _scratch = scratch;
        _options = options;
        _recognizer = new TextRecognizer(options.Languages, options.PageTimeout, options.ScanTimeout, options.RecognitionMemory);
        _rasterizer = new PdfRasterizer(options.PageTimeout, options.RenderTimeout, options.PopplerMemoryFor);
    }

    /// <summary>One image file's bytes.</summary>
    public ExtractedText ReadImage(ReadOnlyMemory<byte> image, ReadingContext context)
    {
        var kind = PageImage.Kind(image.Span)
                   ?? throw new UnreadableFileException("not a JPEG, PNG or TIFF image: its first bytes are those of none of them");
        var pages = PageImage.Pages(image.Span);
        CheckPageCount(pages, "image");
        PageImage.CheckSize(image.Span);
        using var job = _scratch.StartJob("ocr");
        var path = job.File("page" + kind);
        using (var file = File.Create(path)) file.Write(image.Span);
        context.Report(0, pages);
        var recognized = _recognizer.Recognize(path, 1, pages, null, context.Cancellation);
        context.Report(pages, pages);
        return Text(recognized, pages, kind[1..]);
    }

    /// <summary>The page images of one issue, in page order, as one document.</summary>
    public ExtractedText ReadPages(ScannedPages pages, ReadingContext context)
    {
        var clock = Stopwatch.StartNew();
        var files = pages.Files;
        var counts = files.Select(file => Named(file, () =>
        {
            var bytes = pages.Read(file);
            if (PageImage.Kind(bytes) is null)
                throw new UnreadableFileException("not a JPEG, PNG or TIFF image: its first bytes are those of none of them");
            PageImage.CheckSize(bytes);
            return PageImage.Pages(bytes);
        })).ToList();
        var total = counts.Sum();
        CheckPageCount(total, "folder of page images");
        var recognized = new List<RecognizedPage>();
        var next = 1;
        for (var i = 0; i < files.Count; i++)
        {
            CheckTime(clock, next - 1, total);
            context.Report(next - 1, total);
            var first = next;
            recognized.AddRange(Named(files[i], () => _recognizer.Recognize(files[i], first, counts[i], null, context.Cancellation)));
            next += counts[i];
        }
        context.Report(total, total);
        return Text(recognized, total, "images");
    }

    /// <summary>
    /// A PDF: its text layer as <paramref name="readTextLayer"/> reads it, and the pages that gave no text there
    /// rendered and recognized, each in its place. A PDF of up to <see cref="TextLayerFirstAtMost"/> is read first, and
    /// starts no poppler program when that gave text on every page; a larger one is asked pdffonts first, since a
    /// scanner's PDF of tens of megabytes parsed in a reader process would stay held there while its pages are
    /// recognized. A PDF whose text layer cannot be read is recognized when pdffonts lists no font in it (a
    /// scanner's); when it does, its text layer is what pdftotext reads, and the reader's reason is its failure where
    /// that reads nothing, or where recognition finds nothing; one refused for what reading it costs any reader (a stream
    /// inflating to gigabytes) is refused with no poppler program started. Without poppler
    /// a PDF with a text layer is its text layer alone.
    /// </summary>
    /// <remarks>
    /// Held to the text one document holds (<see cref="ExtractedText.Bounded"/>) here, since what poppler and recognition
    /// read is joined in this process, not in a reader process.
    /// </remarks>
    public ExtractedText ReadPdf(ReadOnlyMemory<byte> pdf, Func<ExtractedText> readTextLayer, ReadingContext context) =>
        PdfText(pdf, readTextLayer, context).Bounded();

    private ExtractedText PdfText(ReadOnlyMemory<byte> pdf, Func<ExtractedText> readTextLayer, ReadingContext context)
    {
        var clock = Stopwatch.StartNew();
        var poppler = ExternalProgram.Pdfinfo.IsInstalled;
        var layerFirst = !poppler || pdf.Length <= TextLayerFirstAtMost;
        var layer = layerFirst ? TextLayer.Read(readTextLayer) : default;
        if (layer.Text is { UnreadPages: [var unreadPage, ..] } && !poppler)
            throw new UnreadableFileException(
                $"the PDF is damaged: page {unreadPage:N0} of its {layer.Text.PageCount:N0} could not be read (poppler, which may read it, is not installed)");
        if (layer.Text is { } read && (!poppler || EveryPageHasText(read))) return read;
        if (layer.Failure is { } unread && !poppler) throw unread;

        using var job = _scratch.StartJob("ocr");
        var path = job.File("document.pdf");
        if (poppler) using (var file = File.Create(path)) file.Write(pdf.Span);
        bool? fonts = null;
        bool HasFonts() => fonts ??= _rasterizer.HasFonts(path, context.Cancellation);
        var textLayerTime = new TimeBudget(_options.TextLayerTimeFor(pdf.Length));
        if (!layerFirst && HasFonts()) layer = TextLayer.Read(readTextLayer);
        if (layer.Failure is { } damaged && HasFonts())
            // A text layer PdfPig cannot read (a table of objects pointing past the file's end) poppler often can.
            layer = new(_rasterizer.TextLayer(path, job.Path, textLayerTime, context.Cancellation) ?? throw damaged, null);
        if (layer.Text is { UnreadPages.Count: > 0 } partial) layer = new(WithUnreadPagesByPoppler(partial, path, job.Path, textLayerTime, context.Cancellation), null);

        var textLayer = layer.Text;
        var total = _rasterizer.PageCount(path, context.Cancellation);
        if (total <= 0) throw new UnreadableFileException("the PDF has no pages");
        var pagesRead = PagesWithText(textLayer);
        CheckPageCount(total - pagesRead.Count, "PDF");
        var scanned = Enumerable.Range(1, total).Where(page => !pagesRead.Contains(page)).ToList();
        if (scanned.Count == 0) return textLayer!;

        var recognized = RecognizePdfPages(path, scanned, job.Path, clock, context);
        var blocks = (textLayer?.Blocks ?? []).Concat(recognized.SelectMany(p => p.Blocks)).OrderBy(b => b.Page).ToList();
        if (blocks.Count == 0)
        {
            // pdffonts lists no font where the pages' only font is out of its reach (a reference leading nowhere, or back to
            // itself): such pages are no scan, and their text layer says what is wrong with them (or reads after all).
            if (!layerFirst) layer = TextLayer.Read(readTextLayer);
            if (layer.Failure is { } failure) throw failure;
            if (layer.Text is { } text) return text;
            throw new UnreadableFileException(
                $"no text was recognized on the PDF's {scanned.Count} page images: they hold no text, or the scan is too faint to read");
        }
        return new ExtractedText(string.Join("\n", blocks.Select(b => b.Text)), blocks, textLayer?.Encoding ?? "ocr", "pdf")
        {
            Recognition = RecognizedPages.Summary(recognized, total),
        };
    }

    /// <summary>
    /// The largest PDF whose text layer is read before poppler is asked anything: text PDFs are mostly far smaller, and
    /// a scan this size costs its reader process little memory while it waits.
    /// </summary>
    private const int TextLayerFirstAtMost = 8 * 1024 * 1024;

    /// <summary>What reading a PDF's text layer gave: its text, no text (a scan: both null), or why it cannot be read.</summary>
    private readonly record struct TextLayer(ExtractedText? Text, UnreadableFileException? Failure)
    {
        public static TextLayer Read(Func<ExtractedText> read)
        {
            try
            {
                return new(read(), null);
            }
            catch (UnreadableFileException e) when (!e.Expensive)
            {
                return new(null, e.ScannedOnly ? null : e);
            }
        }
    }

    /// <summary>
    /// The text layer with the pages its reader could not read (a damaged page among sound ones) read by pdftotext, page
    /// by page, within the time it reads a whole file in, all pages together. A page that gives no text there either is left to be
    /// rendered and recognized, as a page without a text layer is, and the recognition says so.
    /// </summary>
    private ExtractedText WithUnreadPagesByPoppler(ExtractedText textLayer, string path, string folder, TimeBudget time, CancellationToken cancellationToken)
    {
        var pages = textLayer.UnreadPages.Select(page => _rasterizer.TextLayer(path, folder, time, cancellationToken, page)).OfType<ExtractedText>();
        // Ordered by page, each page's blocks in their order (a stable sort).
        var blocks = textLayer.Blocks.Concat(pages.SelectMany(p => p.Blocks)).OrderBy(b => b.Page).ToList();
        return new ExtractedText(string.Join("\n", blocks.Select(b => b.Text)), blocks, textLayer.Encoding, textLayer.Format) { PageCount = textLayer.PageCount };
    }

    /// <summary>Whether the text layer gave text on each of the pages its reader counted: then nothing is left to recognize.</summary>
    private static bool EveryPageHasText(ExtractedText textLayer) => textLayer.PageCount is { } pages && PagesWithText(textLayer).Count == pages;

    /// <summary>The pages a text layer gave text on (none without one).</summary>
    private static HashSet<int> PagesWithText(ExtractedText? textLayer) => textLayer?.Blocks.Select(b => b.Page).OfType<int>().ToHashSet() ?? [];

    /// <summary>The given pages of a PDF on disk (those without a text layer), rendered and recognized one by one.</summary>
    private List<RecognizedPage> RecognizePdfPages(string path, IReadOnlyList<int> pages, string folder, Stopwatch clock, ReadingContext context)
    {
        var recognized = new List<RecognizedPage>();
        for (var i = 0; i < pages.Count; i++)
        {
            CheckTime(clock, i, pages.Count);
            context.Report(i, pages.Count);
            var png = _rasterizer.Rasterize(path, pages[i], _options.Resolution, folder, context.Cancellation);
            recognized.AddRange(_recognizer.Recognize(png, pages[i], 1, _options.Resolution, context.Cancellation));
            File.Delete(png);
        }
        context.Report(pages.Count, pages.Count);
        return recognized;
    }

    /// <summary>Fails a scan that has taken <see cref="ConversionOptions.ScanTimeout"/> (since it was begun) before its next page.</summary>
    private void CheckTime(Stopwatch clock, int done, int total)
    {
        if (clock.Elapsed > _options.ScanTimeout)
            throw new UnreadableFileException(
                $"recognizing the scan took longer than the {_options.ScanTimeout.TotalMinutes:0.#} min a scan may take, after {done} of its {total} pages: " +
                "its pages are built to be expensive, or it is too long: split it");
    }

    private void CheckPageCount(int pages, string what)
    {
        if (pages > _options.MaxScannedPages)
            throw new UnreadableFileException(
                $"the {what} has {pages} pages to recognize, over the limit of {_options.MaxScannedPages} (recognition takes seconds a page): " +
                "split it, or raise the limit (archive ingest --max-scanned-pages)");
    }

    private static ExtractedText Text(IReadOnlyList<RecognizedPage> recognized, int totalPages, string format)
    {
        var blocks = recognized.SelectMany(p => p.Blocks).ToList();
        if (blocks.Count == 0)
            throw new UnreadableFileException(
                $"no text was recognized on the {(totalPages == 1 ? "image" : $"{totalPages} page images")}: it holds no text, or the scan is too faint or too small to read");
        return new ExtractedText(string.Join("\n", blocks.Select(b => b.Text)), blocks, "ocr", format)
        {
            Recognition = RecognizedPages.Summary(recognized, totalPages),
        }.Bounded();
    }

    /// <summary>Says which page image of a folder a failure is about.</summary>
    private static T Named<T>(string file, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (UnreadableFileException e)
        {
            throw new UnreadableFileException($"{Path.GetFileName(file)}: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UnreadableFileException($"{Path.GetFileName(file)} cannot be read: {e.Message}", e);
        }
    }
}
