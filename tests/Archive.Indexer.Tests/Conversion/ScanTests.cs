using System.Text.Json;
using Archive.Indexer.Parsing;
using Archive.Indexer.Tests.Parsing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Archive.Indexer.Tests.Conversion;

/// <summary>Scans of a sample bulletin, rendered in a CJK font and recognized by the real Tesseract.</summary>
[Collection(OfficeFilesCollection.Name)]
public sealed class ScanTests(OfficeFiles files)
{
    /// <summary>
    /// The metadata a recognized bulletin keeps: its masthead, and its articles in their sections. An article's region
    /// comes from one place name in its text, which a single misread character loses (旌德县 read as 旋德县).
    /// </summary>
    private static string Metadata(ParsedDocument d) => JsonSerializer.Serialize(new
    {
        d.Kind,
        d.Series,
        d.IssueNumber,
        d.Date,
        d.Publisher,
        d.Region,
        Sections = string.Join(" ", d.Articles.Select(a => a.Section)),
    }, ParsedDocumentJson.Options);

    private static string TextVersion => Metadata(Samples.Parse(OfficeFiles.Bulletin));

    [Fact]
    public void A_pdf_of_page_images_is_recognized_and_parses_as_its_text_version()
    {
        var text = files.Read("第8期.pdf", files.ScanPdf);

        Assert.NotNull(text.Recognition);
        Assert.Equal(files.ScanPages.Count, text.Recognition.RecognizedPages);
        Assert.Equal(files.ScanPages.Count, text.Recognition.TotalPages);
        Assert.InRange(text.Recognition.MeanConfidence, 0.8, 1);
        Assert.Equal(TextVersion, Metadata(Samples.Parser.Parse(text)));
    }

    [Fact]
    public void A_jpeg_scan_of_the_first_page_keeps_the_masthead()
    {
        var text = files.Read("第8期 第1页.jpg", files.ScanPages[0]);
        var parsed = Samples.Parser.Parse(text);
        var expected = Samples.Parse(OfficeFiles.Bulletin);

        Assert.Equal(1, text.Recognition!.RecognizedPages);
        Assert.Equal((expected.Kind, expected.Series, expected.IssueNumber, expected.Date, expected.Publisher),
            (parsed.Kind, parsed.Series, parsed.IssueNumber, parsed.Date, parsed.Publisher));
    }

    [Fact]
    public void A_pdf_with_a_typed_page_and_a_scanned_one_keeps_the_typed_text_and_recognizes_the_scan()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Typed cover page", 14, new PdfPoint(72, 720), font);
        var scan = builder.AddPage(PageSize.A4);
        scan.AddJpeg(files.ScanPages[0], new PdfRectangle(0, 0, scan.PageSize.Width, scan.PageSize.Height));

        var text = files.Read("第8期 封面.pdf", builder.Build());

        Assert.Equal((1, 2), (text.Recognition!.RecognizedPages, text.Recognition.TotalPages));
        Assert.Equal("Typed cover page", text.Blocks[0].Text);
        Assert.Equal([1, 2], text.Blocks.Select(b => b.Page).Distinct());
        Assert.Contains("组工信息", text.Text);
    }
}
