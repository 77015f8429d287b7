using Archive.Evaluation.Generation;
using Archive.Indexer.Tests.Store;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;
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
        using var tools = new DocumentTools(new ConversionOptions { ScratchDirectory = _temp.File("scratch"), ProgramMemory = 120L * 1024 * 1024 });

        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("第1页.jpg", files.ScanPages[0], tools, OfficeFiles.Context("第1页.jpg")));

        Assert.Contains("Tesseract could not read the image", e.Message);
        Assert.Contains("more memory than recognition may use (120 MB)", e.Message);
    }

    [Fact]
    public void Bytes_that_are_no_image_are_refused_before_Tesseract_sees_them()
    {
        var e = Fails("第1页.png", "不是图片"u8.ToArray());

        Assert.Contains("not a JPEG, PNG or TIFF image", e.Message);
    }
}
