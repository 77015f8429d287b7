using Archive.Api.Uploads;

namespace Archive.Api.Tests;

/// <summary>A Chinese reader is told why a file was not ingested in Chinese first, the engine's English reason after it.</summary>
public sealed class ReasonInChineseTests
{
    [Theory]
    [InlineData("the PDF is encrypted (password-protected); save an unprotected copy", "文件设有密码")]
    [InlineData("file is 80 MB, over the 50 MB limit; raise the limit", "文件超过大小上限")]
    [InlineData("the .docx is damaged or truncated (End of Central Directory record could not be found)", "文件已损坏或不完整")]
    [InlineData("the .docx is damaged or truncated: it is no complete zip archive (cut short, or damaged in transit)", "文件已损坏或不完整")]
    [InlineData("the text is an Excel workbook (.xlsx), a zip archive, not a text file (nor a .docx under another name)", "文件是压缩包")]
    [InlineData("unsupported format .odt: the file is an OpenDocument file (.odt, .ods), a zip archive; of zipped formats only .docx is read", "不支持此文件格式")]
    [InlineData("binary content: the file holds NUL bytes, so it is not text", "文件不是可识别编码的文本")]
    [InlineData("the .doc is a zip archive, not a Word, WPS or RTF document (nor a .docx under another name)", "文件是压缩包")]
    [InlineData("reading the file took more than its budget of processor time (20 s) and was stopped", "读取时间超出限制")]
    [InlineData("the .pdf has 250 pages to recognize, over the limit of 200 (recognition takes seconds a page): split it", "扫描页数超过上限")]
    [InlineData("LibreOffice did not finish converting within 60 s and was stopped: the file may be damaged or far larger than usual", "读取时间超出限制")]
    [InlineData("the file holds no text: an empty page or document, only scripts, styles and navigation", "文件中没有可读取的文字")]
    [InlineData("the .docx's document inflates past 64 M characters of XML (a compression bomb, or a document too large to read)", "文件解压后过大")]
    [InlineData("the .docx declares a document type (DTD), which Word never writes and whose entities could expand a few bytes into gigabytes: it is not read", "文件含有文档类型声明")]
    [InlineData("the file parses into 12,000 articles, more than the 10,000 a document may hold: split it into smaller files", "文件拆分出的文章过多")]
    [InlineData("the file holds more than 200,000 lines of text, more than a document holds: split it into smaller files", "文件行数过多")]
    [InlineData("the file holds 4,200,000 characters of text, more than one document is read for (4,000,000): split it", "文件文字过多")]
    [InlineData("the PDF's text layer runs past 16 MB as pdftotext writes it, more than one document is read for (4,194,304 characters): split it", "文件文字过多")]
    [InlineData("the PDF is damaged: object 6 0 R refers back to itself through a chain of references", "文件已损坏或不完整")]
    [InlineData("the PDF is damaged or built to be expensive: page 1 keeps more than 1,000 graphics states saved at once (q without Q), where a page needs a few", "PDF 页面的绘图指令过多或嵌套过深")]
    [InlineData("the PDF is damaged or built to be expensive: page 3 runs more than 1,000,000 drawing operators, more than a page holds", "PDF 页面的绘图指令过多或嵌套过深")]
    [InlineData("reading the file needed more memory than a reader may use: the file is damaged or built to be expensive", "读取所需内存超出限制")]
    [InlineData("reading the PDF's text layer needed more memory than poppler may use for a PDF of its size (258 MB): the file is damaged or built to be expensive", "读取所需内存超出限制")]
    [InlineData("the image declares 10,000 × 10,000 pixels in colour, more than recognition reads of a page scan (40 megapixels in colour, 100 in grey; an A4 page at 600 dpi has 35): scan it at a lower resolution or in grey, or it is damaged or built to exhaust memory", "图片像素过多")]
    [InlineData("the HTML holds over 500,000 elements as its parser builds them, more than a page holds; at most 500,000 are read", "网页元素过多")]
    [InlineData("the document it was to replace (0123456789abcdef) was replaced by another version while this file was read; nothing was stored: upload it again naming the current version", "要取代的文档在读取期间已被另一版本取代")]
    [InlineData("the document it was to replace (0123456789abcdef) was deleted while this file was read; nothing was stored: upload it without replaces= to store it as a document of its own", "要取代的文档在读取期间已被删除")]
    public void A_known_reason_is_said_in_chinese_with_the_english_after_it(string reason, string gist)
    {
        var said = ReasonInChinese.Of(reason);

        Assert.StartsWith(gist, said);
        Assert.EndsWith($"（{reason}）", said);
    }

    [Fact]
    public void An_unknown_reason_is_given_as_stated() => Assert.Equal("something new went wrong", ReasonInChinese.Of("something new went wrong"));
}
