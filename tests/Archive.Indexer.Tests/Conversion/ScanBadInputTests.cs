using Archive.Evaluation.Generation;
using Archive.Indexer.Tests.Store;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;
using Archive.Indexer.Text.Recognition;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Archive.Indexer.Tests.Conversion;

/// <summary>Scans that cannot be read fail with what is wrong, at once where that is known before recognizing, and leave no files behind.</summary>
[Collection(OfficeFilesCollection.Name)]
public sealed class ScanBadInputTests(OfficeFiles files) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private DocumentTools Tools(int maxPages = 100) =>
        new(new ConversionOptions { ScratchDirectory = _temp.File("scratch"), MaxScannedPages = maxPages });

    private UnreadableFileException Fails(string name, byte[] bytes, int maxPages = 100)
    {
        using var tools = Tools(maxPages);
        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read(name, bytes, tools, OfficeFiles.Context(name)));
        Assert.Empty(Directory.Exists(_temp.File("scratch")) ? Directory.GetFileSystemEntries(_temp.File("scratch")) : []);
        return e;
    }

    /// <summary>A PDF of pages that each hold one small image and no text: the shape of a scan, without its cost.</summary>
    private static byte[] ImagePages(int pages, byte[] image)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
            builder.AddPage(PageSize.A4).AddJpeg(image, new PdfRectangle(100, 100, 200, 200));
        return builder.Build();
    }

    [Fact]
    public void A_300_page_scan_is_refused_before_any_page_is_recognized()
    {
        var e = Fails("合订本.pdf", ImagePages(300, files.ScanPages[0]));

        Assert.Contains("300 pages to recognize, over the limit of 100", e.Message);
        Assert.Contains("--max-scanned-pages", e.Message);
    }

    [Fact]
    public void A_pdf_that_holds_pdftotext_fails_within_the_time_given_to_a_file_of_its_size()
    {
        var contents = Archive.HostileInputs.HostileFiles.Pdf().First(f => f.FileName == "contents.pdf");

        var e = Fails(contents.FileName, contents.Content);

        // At most 10 s and 0.5 s a megabyte of its 1.2 MB (what pdffonts took before is spent), not the 120 s a page's recognition gets.
        var given = System.Text.RegularExpressions.Regex.Match(e.Message, @"^pdftotext spent its budget of processor time \((\d+)(\.\d)? s\) reading the PDF's text layer");
        Assert.True(given.Success, e.Message);
        Assert.InRange(int.Parse(given.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 11);
    }

    [Fact]
    public void Poppler_reading_a_small_pdf_that_names_one_font_200_000_times_stops_at_the_memory_of_a_pdf_its_size_and_says_so()
    {
        // A million names in 2.4 MB took pdftotext to 6 GB unbounded (some 6 KB a name), and to the whole 2 GB a program may map.
        var pdf = _temp.File("fontnames.pdf");
        File.WriteAllBytes(pdf, Archive.HostileInputs.HostileFiles.FontNamedOften(200_000));
        var options = new ConversionOptions();
        var poppler = new PdfRasterizer(options.PageTimeout, options.RenderTimeout, options.PopplerMemoryFor);

        var e = Assert.Throws<UnreadableFileException>(() =>
            poppler.TextLayer(pdf, _temp.Path, new TimeBudget(options.PageTimeout), CancellationToken.None));

        Assert.Equal(
            $"reading the PDF's text layer needed more memory than poppler may use for a PDF of its size ({ExternalProgram.Megabytes(options.PopplerMemoryFor(new FileInfo(pdf).Length))}): " +
            "the file is damaged or built to be expensive", e.Message);
    }

    [Fact]
    public void Pdftotext_writing_more_text_than_a_document_holds_is_stopped_as_it_passes_the_bound_and_says_so_not_that_time_ran_out()
    {
        // 500 pages drawing one stream of 200 lines: some 19 MB of text from 60 KB.
        var pdf = _temp.File("lines.pdf");
        File.WriteAllBytes(pdf, Archive.HostileInputs.HostileFiles.PagesOfLines(500, 200));
        var options = new ConversionOptions();
        var poppler = new PdfRasterizer(options.PageTimeout, options.RenderTimeout, options.PopplerMemoryFor);

        var e = Assert.Throws<UnreadableFileException>(() =>
            poppler.TextLayer(pdf, _temp.Path, new TimeBudget(options.PageTimeout), CancellationToken.None));

        Assert.Equal("the PDF's text layer runs past 16 MB as pdftotext writes it, more than one document is read for (4,194,304 characters): split it", e.Message);
    }

    [Fact]
    public void A_pdf_refused_for_a_stream_inflating_past_the_bound_is_not_handed_to_pdftotext_which_would_inflate_it()
    {
        // A font's map to Unicode inflating to 3 GB took pdftotext to 1.2 GB and the file's whole time.
        var bomb = Archive.HostileInputs.HostileFiles.Pdf().First(f => f.FileName == "cmapbomb.pdf");

        var e = Fails(bomb.FileName, bomb.Content);

        Assert.StartsWith("the PDF is damaged or built to be expensive: a font of page 1 inflates to more than 64 MB", e.Message);
    }

    [Fact]
    public void A_pdf_whose_font_leads_back_to_itself_is_called_damaged_not_a_scan_where_nothing_was_recognized()
    {
        // pdffonts lists no font for it, so its page went to recognition as a scanner's, which found nothing.
        var packed = Archive.HostileInputs.HostileFiles.Pdf().First(f => f.FileName == "packed.pdf");

        var e = Fails(packed.FileName, packed.Content);

        Assert.Contains("the PDF is damaged", e.Message);
        Assert.DoesNotContain("recognized", e.Message);
    }

    [Fact]
    public void An_image_of_no_text_says_nothing_was_recognized()
    {
        var blank = new ScannedIssueWriter(files.Tools, _temp.Path).ScanPages(" ", OfficeFiles.ScanDpi)[0];

        var e = Fails("空白页.jpg", blank);

        Assert.Contains("no text was recognized", e.Message);
    }

    [Fact]
    public void A_tiff_with_no_pages_says_so()
    {
        byte[] noPages = [(byte)'I', (byte)'I', 42, 0, 0, 0, 0, 0];

        var e = Fails("扫描.tif", noPages);

        Assert.Contains("holds no pages", e.Message);
    }

    [Fact]
    public void A_truncated_image_is_reported_as_damaged()
    {
        var truncated = files.ScanPages[0][..2000];

        var e = Fails("第1页.jpg", truncated);

        Assert.Contains("Tesseract could not read the image", e.Message);
    }

    [Fact]
    public void A_page_that_needs_more_memory_than_recognition_may_use_fails_with_the_budget()
    {
        // Recognition has a budget of its own, not LibreOffice's 2 GB: the largest page the header check lets through needs 600 MB.
        using var tools = new DocumentTools(new ConversionOptions { ScratchDirectory = _temp.File("scratch"), RecognitionMemory = 120L * 1024 * 1024 });

        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("第1页.jpg", files.ScanPages[0], tools, OfficeFiles.Context("第1页.jpg")));

        Assert.Contains("Tesseract could not read the image", e.Message);
        Assert.Contains("more memory than recognition may use (120 MB)", e.Message);
    }

    [Fact]
    public void A_scan_that_has_taken_its_time_fails_before_its_next_page()
    {
        using var tools = new DocumentTools(new ConversionOptions { ScratchDirectory = _temp.File("scratch"), ScanTimeout = TimeSpan.FromMilliseconds(1) });

        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("两页.pdf", ImagePages(2, files.ScanPages[0]), tools, OfficeFiles.Context("两页.pdf")));

        // The page count and the fonts were read first: the scan has used its millisecond before its first page.
        Assert.Contains("longer than the 0 min a scan may take, after 0 of its 2 pages", e.Message);
    }

    [Fact]
    public void A_page_built_to_be_expensive_to_render_fails_within_the_rendering_limit()
    {
        using var tools = new DocumentTools(new ConversionOptions { ScratchDirectory = _temp.File("scratch"), RenderTimeout = TimeSpan.FromSeconds(1) });

        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("drawing.pdf", DrawingPdf(3_000_000), tools, OfficeFiles.Context("drawing.pdf")));

        // The rendering limit stopped it, not the page's (120 s): the message names the limit that fired.
        Assert.Contains("pdftoppm spent its budget of processor time (1 s) rendering page 1 of the PDF", e.Message);
    }

    /// <summary>A PDF of one page without text whose content stream draws <paramref name="lines"/> lines: a few hundred KB compressed.</summary>
    private static byte[] DrawingPdf(int lines)
    {
        var drawing = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(drawing, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            var line = "0 0 m 595 842 l S\n"u8.ToArray();
            for (var i = 0; i < lines; i++) zlib.Write(line);
        }
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Object(string text)
        {
            offsets.Add(pdf.Position);
            pdf.Write(System.Text.Encoding.ASCII.GetBytes(text));
        }
        pdf.Write("%PDF-1.4\n"u8);
        Object("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        Object("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        Object("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n");
        Object($"4 0 obj << /Length {drawing.Length} /Filter /FlateDecode >> stream\n");
        pdf.Write(drawing.ToArray());
        pdf.Write("\nendstream endobj\n"u8);
        var xref = pdf.Position;
        pdf.Write(System.Text.Encoding.ASCII.GetBytes($"xref\n0 5\n0000000000 65535 f \n{string.Concat(offsets.Select(o => $"{o:D10} 00000 n \n"))}" +
                                                     $"trailer << /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    [Fact]
    public void A_colour_image_past_the_pixels_recognition_reads_in_colour_is_refused_from_its_header_before_Tesseract_decodes_it()
    {
        // 100 megapixels in grey are read; in 16-bit RGBA such a real PNG took Tesseract to 1.3 GB.
        var png = Archive.HostileInputs.HostileFiles.Images().First(f => f.FileName == "rgba16.png");

        var e = Fails(png.FileName, png.Content);

        Assert.StartsWith("the image declares 10,000 × 10,000 pixels in colour, more than recognition reads of a page scan (40 megapixels in colour, 100 in grey", e.Message);
    }

    [Fact]
    public void Bytes_that_are_no_image_are_refused_before_Tesseract_sees_them()
    {
        var e = Fails("第1页.png", "不是图片"u8.ToArray());

        Assert.Contains("not a JPEG, PNG or TIFF image", e.Message);
    }
}
