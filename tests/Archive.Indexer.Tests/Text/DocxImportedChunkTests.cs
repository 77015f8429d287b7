using System.Text;
using Archive.Indexer.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Indexer.Tests.Text;

/// <summary>A .docx that imports its text whole (w:altChunk), as web and office systems export documents: the text is read where it stands.</summary>
public sealed class DocxImportedChunkTests
{
    [Fact]
    public void An_imported_HTML_chunk_is_read_in_its_place_with_its_headings()
    {
        var html = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><h1>关于开展党员教育培训的通知</h1><p>各党支部：现将有关事项通知如下。</p></body></html>");

        var text = DocumentReader.Read("export.docx", TestDocuments.DocxImporting(AlternativeFormatImportPartType.Html, html));

        Assert.Equal(["前言段落。", "关于开展党员教育培训的通知", "各党支部：现将有关事项通知如下。", "结尾段落。"], text.Blocks.Select(b => b.Text));
        Assert.Equal(1, text.Blocks[1].HeadingLevel);
    }

    [Fact]
    public void An_imported_text_or_docx_chunk_is_read_but_a_docx_chunk_imports_nothing_further()
    {
        var plain = DocumentReader.Read("a.docx", TestDocuments.DocxImporting(AlternativeFormatImportPartType.TextPlain, Encoding.UTF8.GetBytes("纯文本内容一行。")));
        Assert.Equal(["前言段落。", "纯文本内容一行。", "结尾段落。"], plain.Blocks.Select(b => b.Text));

        var inner = TestDocuments.DocxImporting(AlternativeFormatImportPartType.TextPlain, Encoding.UTF8.GetBytes("再往下一层。"), "内层开头。", "内层结尾。");
        var outer = DocumentReader.Read("b.docx", TestDocuments.DocxImporting(AlternativeFormatImportPartType.WordprocessingML, inner));
        Assert.Equal(["前言段落。", "内层开头。", "内层结尾。", "结尾段落。"], outer.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void An_imported_chunk_that_cannot_be_read_says_so_in_the_docx_reason()
    {
        var deep = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 5_000)) + "字");

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("c.docx", TestDocuments.DocxImporting(AlternativeFormatImportPartType.Html, deep)));

        Assert.StartsWith("the .docx imports a chunk (text/html) that cannot be read: the HTML nests", refused.Message);
    }

    [Fact]
    public void The_chunks_a_docx_imports_are_bounded_all_together_not_each_alone()
    {
        // Over half the bound, read twice: a small chunk imported a thousand times over inflated to gigabytes.
        var chunk = Encoding.UTF8.GetBytes("<p>字</p>" + new string(' ', (int)(DocxReader.MaxPartCharacters / 2)));

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("d.docx", TestDocuments.DocxImporting(AlternativeFormatImportPartType.Html, chunk, times: 2)));

        Assert.StartsWith("the .docx imports chunks of over 64 MB in all", refused.Message);
    }

    [Fact]
    public void The_HTML_chunks_a_docx_imports_share_one_page_s_parser_work()
    {
        // As deep as a page may be (990 of 1,000 levels), imported a thousand times: each alone was read, all together
        // took the reader's whole processor budget (found by hostile19).
        var chunk = Encoding.UTF8.GetBytes("<div>" + string.Concat(Enumerable.Repeat("<div>", 990)) + "字" + string.Concat(Enumerable.Repeat("</div>", 991)));
        Assert.Contains("字", DocumentReader.Read("d.docx", TestDocuments.DocxImporting(AlternativeFormatImportPartType.Html, chunk, times: 1)).Text);

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("d.docx", TestDocuments.DocxImporting(AlternativeFormatImportPartType.Html, chunk, times: 1_000)));

        Assert.Contains($"over {HtmlReader.MaxWork:N0} steps", refused.Message);
    }
}
