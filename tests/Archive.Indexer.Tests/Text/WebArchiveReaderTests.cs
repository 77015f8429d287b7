using System.Text;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;
using Archive.Indexer.Text.Recognition;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Indexer.Tests.Text;

/// <summary>
/// Web archives (.mht): a real page saved by Chromium (Files/README.md) and a "single file web page" laid out as Word
/// writes one, which government sites serve under a .doc name: the page inside is read as the HTML it is.
/// </summary>
public sealed class WebArchiveReaderTests
{
    private static byte[] File(string name) => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Text", "Files", name));

    private static string[] Original => HtmlReader.Read(Encoding.UTF8.GetBytes(
        System.IO.File.ReadAllText(Path.Combine(Archive.Evaluation.Parsing.LabelledCorpus.FindUpwards(AppContext.BaseDirectory, "corpus/real")!, "web", "w021.html"))))
        .Blocks.Select(b => b.Text).ToArray();

    [Theory]
    [InlineData("chromium-utf8.mht")]
    [InlineData("chromium-gbk.mht")]
    public void A_page_Chromium_saved_reads_as_the_page_itself_in_either_encoding(string name)
    {
        var text = DocumentReader.Read(name, File(name));

        Assert.Equal("mht", text.Format);
        Assert.Equal(Original, text.Blocks.Select(b => b.Text));
        Assert.Contains("全市组织部长会议在滁召开", text.Text);
    }

    [Theory]
    [InlineData("page.mhtml")]
    [InlineData("page.html")]
    [InlineData("page.txt")]
    [InlineData("通知.doc")]
    [InlineData("通知.wps")]
    [InlineData("no-extension")]
    public void A_web_archive_under_another_name_or_none_is_still_read_as_one(string name)
    {
        using var tools = new DocumentTools(new ConversionOptions());

        var text = DocumentReader.Read(name, File("chromium-gbk.mht"), tools, new ReadingContext(name));

        Assert.Equal("mht", text.Format);
        Assert.Equal(Original, text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Word_s_single_file_web_page_in_GB2312_is_read_past_its_images_and_file_list()
    {
        var text = DocumentReader.Read("通知.mht", WordWebArchive("quoted-printable", imageFirst: true));

        Assert.Equal(["关于做好2024年度干部教育培训工作的通知", "各县区委组织部：", "请认真做好红旗渠精神专题培训，确保学员100%参训。"],
            text.Blocks.Select(b => b.Text));
        Assert.Equal("mht", text.Format);
    }

    [Fact]
    public void A_page_part_in_base64_is_decoded_too()
    {
        var text = DocumentReader.Read("通知.mht", WordWebArchive("base64", imageFirst: false));

        Assert.Contains("请认真做好红旗渠精神专题培训，确保学员100%参训。", text.Text);
    }

    [Fact]
    public void A_web_archive_imported_by_a_docx_is_read_in_its_place()
    {
        var text = DocumentReader.Read("export.docx", TestDocuments.DocxImporting(AlternativeFormatImportPartType.Mht, File("chromium-utf8.mht")));

        Assert.Equal(["前言段落。", .. Original, "结尾段落。"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_web_archive_without_a_page_says_so()
    {
        var images = Encoding.ASCII.GetBytes(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: image/png\r\n" +
            "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b1--\r\n");

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("scan.mht", images));

        Assert.Equal("the web archive (.mht) holds no web page (no text/html part), only images or other files", refused.Message);
    }

    [Fact]
    public void A_mail_saved_as_mht_is_read_from_the_page_inside_its_alternatives()
    {
        // Outlook's "save as" of a mail with pictures: related parts, the first of which holds the text and the page as alternatives.
        var mail = Encoding.UTF8.GetBytes(
            "From: 组织部 <zzb@example.cn>\r\nSubject: =?gb2312?B?zajWqg==?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n" +
            "\ttype=\"multipart/alternative\";\r\n\tboundary=\"----=_NextPart_000_0001\"\r\n\r\n" +
            "------=_NextPart_000_0001\r\nContent-Type: multipart/alternative;\r\n\tboundary=\"----=_NextPart_001_0002\"\r\n\r\n" +
            "------=_NextPart_001_0002\r\nContent-Type: text/plain;\r\n\tcharset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n纯文本\r\n\r\n" +
            "------=_NextPart_001_0002\r\nContent-Type: text/html;\r\n\tcharset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
            "<html><body><p>关于报送党员发展计划的通知</p></body></html>\r\n\r\n------=_NextPart_001_0002--\r\n\r\n" +
            "------=_NextPart_000_0001\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n\r\n------=_NextPart_000_0001--\r\n");

        Assert.Equal(["关于报送党员发展计划的通知"], DocumentReader.Read("mail.mht", mail).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_page_line_that_opens_with_the_boundary_is_text_and_a_soft_break_may_trail_spaces()
    {
        var archive = Encoding.UTF8.GetBytes(
            "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=a\n\n--a\nContent-Type: text/html; charset=utf-8\n" +
            "Content-Transfer-Encoding: quoted-printable\n\n<p>第一段=  \n继续</p>\n--accent\n<p>第二段</p>\n--a--\n");

        Assert.Equal(["第一段继续", "--accent", "第二段"], DocumentReader.Read("a.mht", archive).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_byte_order_mark_or_a_page_cut_off_in_its_base64_still_reads()
    {
        var page = Convert.ToBase64String(Encoding.UTF8.GetBytes("<p>关于开展主题党日活动的通知</p>"));
        var archive = Encoding.UTF8.GetBytes(
            "\uFEFFMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n" +
            $"Content-Transfer-Encoding: base64\r\n\r\n{page[..^2]}");

        Assert.True(WebArchiveReader.IsWebArchive(archive));
        Assert.StartsWith("关于开展主题党日活动", DocumentReader.Read("cut.mht", archive).Text);
    }

    [Fact]
    public void A_boundary_longer_than_MIME_allows_is_refused_before_it_is_searched_for()
    {
        var archive = Encoding.ASCII.GetBytes($"MIME-Version: 1.0\nContent-Type: multipart/related; boundary={new string('-', 5_000)}\n\n" + new string('-', 100_000));

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("long.mht", archive));

        Assert.Equal("the web archive (.mht) names a boundary of 5,000 characters between its parts; MIME allows 70", refused.Message);
    }

    [Fact]
    public void A_web_archive_a_docx_imports_without_a_page_adds_nothing()
    {
        var images = Encoding.ASCII.GetBytes(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: image/png\r\n\r\nPNG\r\n--b1--\r\n");

        var text = DocumentReader.Read("export.docx", TestDocuments.DocxImporting(AlternativeFormatImportPartType.Mht, images));

        Assert.Equal(["前言段落。", "结尾段落。"], text.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Note: the meeting is on Friday.\nContent-Type: multipart/related; boundary=x\n\nMore.")]
    [InlineData("标题：关于召开组织工作会议的通知\n\n正文。")]
    [InlineData("MIME-Version: 1.0\nContent-Type: text/plain\n\n正文。")]
    public void Text_that_only_looks_like_headers_is_no_web_archive(string text)
    {
        Assert.False(WebArchiveReader.IsWebArchive(Encoding.UTF8.GetBytes(text)));
        Assert.Equal("txt", DocumentReader.Read("a.txt", Encoding.UTF8.GetBytes(text)).Format);
    }

    /// <summary>Laid out as Word 2016 saves a single file web page: its note to old browsers, the page, its images, its file list.</summary>
    private static byte[] WordWebArchive(string pageEncoding, bool imageFirst)
    {
        const string boundary = "----=_NextPart_01DA2B3C.4D5E6F70";
        var page = Encoding.GetEncoding("GB18030").GetBytes(
            "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\n" +
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\r\n<head>\r\n" +
            "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\r\n<meta name=Generator content=\"Microsoft Word 15\">\r\n" +
            "<link rel=File-List href=\"通知.files/filelist.xml\">\r\n<style>\r\np.MsoNormal {margin:0cm; font-size:10.5pt;}\r\n</style>\r\n</head>\r\n" +
            "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\r\n<div class=WordSection1>\r\n" +
            "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>关于做好2024年度干部教育培训工作的通知</span></b></p>\r\n" +
            "<p class=MsoNormal><span style='font-family:仿宋_GB2312'>各县区委组织部：</span></p>\r\n" +
            "<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>请认真做好红旗渠精神专题培训，确保学员100%参训。</span></p>\r\n" +
            "<p class=MsoNormal><img width=120 height=40 src=\"通知.files/image001.png\"></p>\r\n</div>\r\n</body>\r\n</html>\r\n");
        var pagePart = $"--{boundary}\r\nContent-Location: file:///C:/4D5E6F70/通知.htm\r\nContent-Transfer-Encoding: {pageEncoding}\r\n" +
                       $"Content-Type: text/html; charset=\"gb2312\"\r\n\r\n{(pageEncoding == "base64" ? Base64Lines(page) : QuotedPrintable(page))}\r\n\r\n";
        var imagePart = $"--{boundary}\r\nContent-Location: file:///C:/4D5E6F70/通知.files/image001.png\r\nContent-Transfer-Encoding: base64\r\n" +
                        $"Content-Type: image/png\r\n\r\n{Base64Lines(new byte[300])}\r\n\r\n";
        var listPart = $"--{boundary}\r\nContent-Location: file:///C:/4D5E6F70/通知.files/filelist.xml\r\nContent-Transfer-Encoding: quoted-printable\r\n" +
                       $"Content-Type: text/xml; charset=\"utf-8\"\r\n\r\n<xml xmlns:o=3D\"urn:schemas-microsoft-com:office:office\">\r\n <o:MainFile HRef=3D\"../通知.htm\"/>\r\n</xml>\r\n";
        var archive = $"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"{boundary}\"\r\n\r\n" +
                      "此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。\r\n\r\n" +
                      (imageFirst ? imagePart + pagePart : pagePart + imagePart) + listPart + $"--{boundary}--\r\n";
        return Encoding.UTF8.GetBytes(archive);
    }

    /// <summary>Quoted-printable as RFC 2045 has it: bytes outside printable ASCII and "=" as =XX, lines soft-broken before 76 characters.</summary>
    private static string QuotedPrintable(byte[] bytes)
    {
        var encoded = new StringBuilder();
        var line = 0;
        foreach (var b in bytes)
        {
            var piece = b is (byte)'\r' or (byte)'\n' || (b is >= 33 and <= 126 && b != '=') || b == ' ' ? ((char)b).ToString() : $"={b:X2}";
            if (line + piece.Length > 75 && piece != "\r" && piece != "\n")
            {
                encoded.Append("=\r\n");
                line = 0;
            }
            encoded.Append(piece);
            line = piece == "\n" ? 0 : line + piece.Length;
        }
        return encoded.ToString();
    }

    private static string Base64Lines(byte[] bytes) => string.Join("\r\n", Convert.ToBase64String(bytes).Chunk(76).Select(c => new string(c)));
}
