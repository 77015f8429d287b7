using System.IO.Compression;
using System.Text.Json;
using Archive.Indexer.Tests.Parsing;
using Archive.Indexer.Text;
using Archive.Indexer.Parsing;

namespace Archive.Indexer.Tests.Conversion;

[Collection(OfficeFilesCollection.Name)]
public sealed class LegacyWordFileTests(OfficeFiles files)
{
    private static string Parsed(ExtractedText text) => JsonSerializer.Serialize(Samples.Parser.Parse(text), ParsedDocumentJson.Options);

    private static string ParsedSample(string sample) => Parsed(Samples.Read(sample));

    [Theory]
    [InlineData("issue.doc")]
    [InlineData("issue.wps")]
    public void A_doc_or_wps_written_by_LibreOffice_parses_as_the_text_it_came_from(string name)
    {
        var text = files.Read(name, files.Doc);

        Assert.Equal("doc", text.Format);
        Assert.Null(text.Recognition);
        Assert.Equal(ParsedSample(OfficeFiles.Bulletin), Parsed(text));
    }

    [Fact]
    public void An_rtf_written_by_LibreOffice_parses_as_the_text_it_came_from()
    {
        var text = files.Read("issue.rtf", files.Rtf);

        Assert.Equal("rtf", text.Format);
        Assert.Equal(ParsedSample(OfficeFiles.Bulletin), Parsed(text));
    }

    [Fact]
    public void Gbk_text_inside_a_doc_and_an_rtf_comes_out_as_the_same_Chinese()
    {
        var expected = ParsedSample(OfficeFiles.GbkBulletin);

        Assert.Equal(expected, Parsed(files.Read("gbk.doc", files.GbkDoc)));
        Assert.Equal(expected, Parsed(files.Read("gbk.rtf", files.GbkRtf)));
        Assert.Contains("桐城市：发挥组织作用助力疫情平稳过峰", files.Read("gbk.rtf", files.GbkRtf).Text);
    }

    [Fact]
    public void A_doc_named_otherwise_is_told_by_its_bytes()
    {
        var text = files.Read("issue.dat", files.Doc);

        Assert.Equal(ParsedSample(OfficeFiles.Bulletin), Parsed(text));
    }

    [Theory]
    [InlineData("通知.doc")]
    [InlineData("通知.wps")]
    public void A_doc_that_is_a_web_page_is_read_as_the_page(string name)
    {
        // Word's "web page" in GB2312, as government sites serve it under a .doc name: it was refused as no Word document.
        var page = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">"
                   + "<head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body>"
                   + "<p class=MsoNormal>关于做好干部教育培训工作的通知</p><p class=MsoNormal>各县区委组织部：请认真做好红旗渠精神专题培训。</p></body></html>";
        var bytes = System.Text.Encoding.GetEncoding("GB18030").GetBytes(page);

        var text = files.Read(name, bytes);

        Assert.Equal("html", text.Format);
        Assert.Contains("请认真做好红旗渠精神专题培训", text.Text);
    }

    [Theory]
    [InlineData("issue.txt")]
    [InlineData("issue.md")]
    public void An_rtf_under_a_text_name_is_read_as_the_rtf_not_as_its_markup(string name)
    {
        var text = files.Read(name, files.Rtf);

        Assert.Equal("rtf", text.Format);
        Assert.DoesNotContain("\\rtf", text.Text);
        Assert.Equal(ParsedSample(OfficeFiles.Bulletin), Parsed(text));
    }

    [Fact]
    public void A_password_protected_doc_says_so()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Conversion", "Files", "password-protected.doc"));

        var e = Assert.Throws<UnreadableFileException>(() => files.Read("minutes.doc", bytes));

        Assert.Contains("password-protected", e.Message);
    }

    [Fact]
    public void A_wps_that_is_really_a_zip_says_what_it_is()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("content.xml").Open());
            entry.Write("<office:document/>");
        }

        var e = Assert.Throws<UnreadableFileException>(() => files.Read("issue.wps", zip.ToArray()));

        Assert.Contains("zip archive", e.Message);
        Assert.Contains(".wps", e.Message);
    }

    [Fact]
    public void A_truncated_rtf_is_reported_as_damaged()
    {
        var truncated = files.Rtf[..(files.Rtf.Length / 2)];

        var e = Assert.Throws<UnreadableFileException>(() => files.Read("issue.rtf", truncated));

        Assert.Contains("damaged", e.Message);
    }

    [Fact]
    public void An_rtf_whose_binary_data_declares_more_bytes_than_follow_is_refused_before_LibreOffice_reads_them()
    {
        // 36 bytes declaring a gigabyte held LibreOffice for its whole 20 s.
        var e = Assert.Throws<UnreadableFileException>(() => files.Read("issue.rtf", "{\\rtf1\\ansi ganbu \\bin1000000000 xx}"u8.ToArray()));

        Assert.Equal("the .rtf is damaged or truncated: its binary data (\\bin) at byte 18 declares 1,000,000,000 bytes where 3 follow", e.Message);
    }

    [Theory]
    [InlineData("{\\rtf1 {\\pict \\bin4 \\bin}} 干部}")]
    [InlineData("{\\rtf1 {\\pict \\bin2 {\\}}")]
    [InlineData("{\\rtf1 \\\\bin999 is text}")]
    [InlineData("{\\rtf1 \\binary999 \\bin-5 \\bin0}")]
    public void Binary_data_within_the_file_is_no_truncation(string rtf) =>
        Assert.Null(Archive.Indexer.Text.Conversion.RtfBinaryData.FindTruncated(System.Text.Encoding.UTF8.GetBytes(rtf)));

    [Fact]
    public void An_rtf_paragraph_of_thousands_of_runs_reaches_LibreOffice_as_several_paragraphs_with_all_its_text()
    {
        // LibreOffice's RTF import works in the square of a paragraph's runs: 15,000 of them in one paragraph held it
        // past 60 s. 3,000 runs (bold characters between plain ones) in sentences of ten characters:
        var sentence = string.Concat(Enumerable.Range(0, 10).Select(i => $"{{\\b \\u{20013 + i}?}}\\u{22269 + i}?")) + "\\u12290?";
        var rtf = "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 SimSun;}}\\f0 " + string.Concat(Enumerable.Repeat(sentence, 150)) + "}";
        var expected = string.Concat(Enumerable.Repeat(string.Concat(Enumerable.Range(0, 10).Select(i => $"{(char)(20013 + i)}{(char)(22269 + i)}")) + "。", 150));

        var text = files.Read("issue.rtf", System.Text.Encoding.ASCII.GetBytes(rtf));

        Assert.True(text.Blocks.Count > 1);
        Assert.All(text.Blocks, block => Assert.EndsWith("。", block.Text));
        Assert.Equal(expected, string.Concat(text.Blocks.Select(block => block.Text)));
    }

    [Fact]
    public void Bytes_that_are_no_word_processor_file_are_refused_before_LibreOffice_sees_them()
    {
        var e = Assert.Throws<UnreadableFileException>(() => files.Read("issue.doc", "这只是一段文字，不是 Word 文件"u8.ToArray()));

        Assert.Contains("not a Word, WPS or RTF document", e.Message);
    }
}
