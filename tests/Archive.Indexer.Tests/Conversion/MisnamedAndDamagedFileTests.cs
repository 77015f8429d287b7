using Archive.Indexer.Tests.Store;
using Archive.Indexer.Tests.Text;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;
using Archive.Indexer.Text.Recognition;

namespace Archive.Indexer.Tests.Conversion;

/// <summary>Files as ingestion reads them, with the programs at hand: a damaged PDF read by poppler, a .docx under a text name read as a .docx.</summary>
public sealed class MisnamedAndDamagedFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly DocumentTools _tools;

    public MisnamedAndDamagedFileTests() => _tools = new DocumentTools(new ConversionOptions { ScratchDirectory = _temp.File("scratch") });

    public void Dispose()
    {
        _tools.Dispose();
        _temp.Dispose();
    }

    private ExtractedText Read(string name, byte[] bytes) => DocumentReader.Read(name, bytes, _tools, new ReadingContext(name));

    [Fact]
    public void A_pdf_whose_cross_reference_offsets_point_past_its_end_is_read_by_poppler()
    {
        var pdf = DamagedInputTests.WithShiftedCrossReferences(
            TestDocuments.Pdf(["Party building bulletin", "", "The first article starts here."], ["The second page."]), 100_000);

        var text = Read("issue.pdf", pdf);

        Assert.Equal([("Party building bulletin", 1), ("The first article starts here.", 1), ("The second page.", 2)],
            text.Blocks.Select(b => (b.Text, b.Page ?? 0)));
        Assert.Null(text.Recognition);
    }

    [Fact]
    public void A_damaged_pdf_poppler_reads_is_held_to_the_text_one_document_may_hold()
    {
        var line = string.Concat(Enumerable.Repeat("bulletin ", 9));
        var page = Enumerable.Repeat(line, 40).ToArray();
        var pdf = DamagedInputTests.WithShiftedCrossReferences(
            TestDocuments.Pdf([.. Enumerable.Repeat(page, ExtractedText.MaxCharacters / (line.Length * page.Length) + 1)]), 100_000);

        var e = Assert.Throws<UnreadableFileException>(() => Read("issue.pdf", pdf));

        Assert.Contains($"more than one document is read for ({ExtractedText.MaxCharacters:N0})", e.Message);
    }

    [Fact]
    public void A_pdf_with_one_damaged_page_is_read_by_pdfpig_and_that_page_by_poppler()
    {
        var pdf = DamagedInputTests.WithPageContent(
            TestDocuments.Pdf(["Party building bulletin"], ["Second page."], ["Third page."]), 2, DamagedInputTests.BrokenInlineImage);

        var text = Read("issue.pdf", pdf);

        Assert.Equal([("Party building bulletin", 1), ("Second page.", 2), ("Third page.", 3)], text.Blocks.Select(b => (b.Text, b.Page ?? 0)));
        // The sound pages are PdfPig's (paragraphs by their layout): the file was not handed to pdftotext whole.
        Assert.Equal("pdf", text.Encoding);
        Assert.Null(text.Recognition);
    }

    [Fact]
    public void A_pdf_page_neither_pdfpig_nor_poppler_reads_is_left_to_recognition_and_the_rest_stored()
    {
        // Tf without its size: PdfPig refuses the page, poppler skips the operator and draws no text.
        var pdf = DamagedInputTests.WithPageContent(
            TestDocuments.Pdf(["Party building bulletin"], ["Second page."], ["Third page."]), 2, "BT /F1 Tf 60 760 Td (Second page.) Tj ET");

        var text = Read("issue.pdf", pdf);

        Assert.Equal([("Party building bulletin", 1), ("Third page.", 3)], text.Blocks.Select(b => (b.Text, b.Page ?? 0)));
        Assert.Equal("pdf", text.Encoding);
        Assert.Equal((1, 3), (text.Recognition!.RecognizedPages, text.Recognition.TotalPages));
    }

    [Theory]
    [InlineData("notice.txt")]
    [InlineData("notice.html")]
    public void A_word_document_under_a_text_name_is_read_as_the_word_document_it_is(string name)
    {
        var docx = TestDocuments.Docx(("关于做好干部教育培训工作的通知", "Heading1"), ("各县区委组织部：", null));

        var text = Read(name, docx);

        Assert.Equal([("关于做好干部教育培训工作的通知", 1), ("各县区委组织部：", (int?)null)], text.Blocks.Select(b => (b.Text, b.HeadingLevel)));
    }

    [Fact]
    public void A_spreadsheet_under_a_text_name_says_what_it_is()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            using (var entry = new StreamWriter(archive.CreateEntry("xl/workbook.xml").Open())) entry.Write("<workbook/>");

        var e = Assert.Throws<UnreadableFileException>(() => Read("table.txt", zip.ToArray()));

        Assert.Equal("the .txt is an Excel workbook (.xlsx), a zip archive, not text (nor a .docx under another name)", e.Message);
    }
}
