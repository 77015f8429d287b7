using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Text;

/// <summary>Files damaged in small ways are read for what they hold, and said what is wrong where they cannot be.</summary>
public sealed partial class DamagedInputTests
{
    private const string Notice = "关于做好干部教育培训工作的通知\n各县区委组织部：\n请认真做好红旗渠精神专题培训。\n";

    [Theory]
    [InlineData("trailing")]
    [InlineData("middle")]
    public void A_utf8_text_with_a_stray_nul_byte_is_read_without_it(string where)
    {
        var bytes = Encoding.UTF8.GetBytes(Notice).ToList();
        bytes.Insert(where == "trailing" ? bytes.Count : Encoding.UTF8.GetByteCount("关于做好干部"), 0);

        var text = DocumentReader.Read("notice.txt", bytes.ToArray());

        Assert.Equal(("utf-8", Notice.Replace("\n", "", StringComparison.Ordinal)), (text.Encoding, string.Concat(text.Blocks.Select(b => b.Text))));
    }

    [Theory]
    [InlineData("utf-8", 1)]
    [InlineData("utf-8", 2)]
    [InlineData("gb18030", 1)]
    public void A_text_cut_short_inside_its_last_character_is_read_up_to_there(string encoding, int bytesOfLast)
    {
        // A download or an export stopped at a byte count: the whole text was refused as binary for its last byte.
        var legacy = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var bytes = (encoding == "utf-8" ? Encoding.UTF8 : legacy).GetBytes(Notice + "附").AsSpan();
        var cut = bytes[..(bytes.Length - (encoding == "utf-8" ? 3 : 2) + bytesOfLast)].ToArray();

        var text = DocumentReader.Read("notice.txt", cut);

        Assert.Equal(Notice.Replace("\n", "", StringComparison.Ordinal) + "\uFFFD", string.Concat(text.Blocks.Select(b => b.Text)));
    }

    [Fact]
    public void A_utf8_text_broken_inside_a_character_is_read_with_a_replacement_where_it_breaks()
    {
        // A byte lost in a copy: the whole text was refused as binary for it.
        var bytes = Encoding.UTF8.GetBytes(Notice + "附件").ToList();
        bytes.RemoveAt(Encoding.UTF8.GetByteCount("关于做好干部教") + 1);

        var text = DocumentReader.Read("notice.txt", bytes.ToArray());

        Assert.Equal("utf-8", text.Encoding);
        Assert.Equal("关于做好干部教\uFFFD培训工作的通知", text.Blocks[0].Text);
    }

    [Fact]
    public void A_gbk_text_with_a_character_cut_at_a_line_end_is_read_in_gbk_with_a_replacement_there()
    {
        // A tool that wrapped lines at a byte count left half a character at a line's end (0xA1 alone before the line feed).
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        byte[] bytes = [.. gbk.GetBytes("关于做好干部教育培训工作的通知\n各县区委组织部"), 0xA1, .. gbk.GetBytes("\n请认真做好红旗渠精神专题培训。\n")];

        var text = DocumentReader.Read("notice.txt", bytes);

        Assert.Equal("gb18030", text.Encoding);
        Assert.Equal("关于做好干部教育培训工作的通知各县区委组织部\uFFFD请认真做好红旗渠精神专题培训。", string.Concat(text.Blocks.Select(b => b.Text)));
    }

    [Fact]
    public void Bytes_broken_on_many_lines_are_still_refused_as_no_text()
    {
        var random = new Random(7);
        var bytes = Enumerable.Range(0, 40).SelectMany(_ =>
        {
            var line = new byte[30];
            random.NextBytes(line);
            return line.Select(b => b == (byte)'\n' ? (byte)0xFF : b).Append((byte)0xFF).Append((byte)'\n');
        }).ToArray();

        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("data.txt", bytes));

        Assert.Contains("binary content", e.Message);
    }

    [Fact]
    public void A_text_of_many_nul_bytes_is_still_refused_as_binary()
    {
        var bytes = Enumerable.Repeat(Encoding.UTF8.GetBytes("组织部").Append((byte)0).Append((byte)0), 200).SelectMany(b => b).ToArray();

        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("data.txt", bytes));

        Assert.Contains("binary content", e.Message);
    }

    [Fact]
    public void A_utf8_text_with_an_encoded_lone_surrogate_is_read_with_that_sequence_replaced()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("关于做好干部教育培训工作的通知\n各县区委组织部："), 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes("请认真做好培训。\n")];

        var text = DocumentReader.Read("notice.txt", bytes);

        Assert.Equal("utf-8", text.Encoding);
        Assert.Equal(["关于做好干部教育培训工作的通知", "各县区委组织部：\uFFFD请认真做好培训。"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_surrogate_pair_encoded_as_two_utf8_sequences_is_read_as_its_character()
    {
        // 𠮷 (U+20BB7) as Java's modified UTF-8 and CESU-8 write it: each half of its UTF-16 pair on its own.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("吉祥的"), 0xED, 0xA1, 0x82, 0xED, 0xBE, 0xB7, .. Encoding.UTF8.GetBytes("字\n")];

        var text = DocumentReader.Read("name.txt", bytes);

        Assert.Equal("吉祥的𠮷字", Assert.Single(text.Blocks).Text);
    }

    [Theory]
    [InlineData("notice.txt")]
    [InlineData("notice.md")]
    [InlineData("notice.html")]
    public void A_word_document_named_as_text_is_called_a_word_document_not_binary(string name)
    {
        var docx = TestDocuments.Docx(("关于做好干部教育培训工作的通知", "Heading1"), ("各县区委组织部：", null));

        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read(name, docx));

        Assert.Contains("a Word document (.docx)", e.Message);
        Assert.DoesNotContain("NUL", e.Message);
    }

    [Fact]
    public void A_pdf_with_bytes_before_its_header_is_read()
    {
        byte[] pdf = [0xEF, 0xBB, 0xBF, (byte)'\r', (byte)'\n', .. TestDocuments.Pdf(["Party building bulletin"])];

        var text = DocumentReader.Read("issue.pdf", pdf);

        Assert.Equal("Party building bulletin", Assert.Single(text.Blocks).Text);
    }

    [Fact]
    public void A_pdf_that_cannot_be_read_says_what_of_it_could_not_be_read_in_words_of_ours()
    {
        var pdf = TestDocuments.Pdf(["Party building bulletin"]);
        // Every object's header broken: no table and no scan of the objects finds the catalog.
        var broken = Encoding.Latin1.GetBytes(ObjectHeader().Replace(Encoding.Latin1.GetString(pdf), "$1 0 bj"));

        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("issue.pdf", broken));

        Assert.StartsWith("the PDF is damaged or truncated: its table of objects", e.Message);
        Assert.DoesNotContain(e.InnerException!.Message, e.Message);
    }

    [Fact]
    public void A_pdf_with_one_damaged_page_is_read_but_for_that_page_which_it_names()
    {
        var pdf = WithPageContent(TestDocuments.Pdf(["Party building bulletin"], ["Second page."], ["Third page."]), 2, BrokenInlineImage);

        var text = DocumentReader.Read("issue.pdf", pdf);

        Assert.Equal([("Party building bulletin", 1), ("Third page.", 3)], text.Blocks.Select(b => (b.Text, b.Page ?? 0)));
        Assert.Equal([2], text.UnreadPages);
    }

    /// <summary>A page's content as it draws its text, then an inline image without its height: PdfPig refuses the page, poppler reads the text.</summary>
    internal const string BrokenInlineImage = "BT /F1 12 Tf 60 760 Td (Second page.) Tj ET BI /W 9 ID";

    /// <summary>
    /// The PDF (as <see cref="TestDocuments.Pdf"/> builds it, each page's content compressed) with one page's content
    /// replaced by <paramref name="content"/> uncompressed, no longer than the compressed stream, so that every offset holds.
    /// </summary>
    internal static byte[] WithPageContent(byte[] pdf, int page, string content)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var header = CompressedStreamHeader().Matches(text)[page - 1];
        var length = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(content.Length <= length, $"the content is longer than the {length} bytes of the stream it replaces");
        var replacement = $"<</Length {length}".PadRight(header.Length - ">>\nstream\n".Length) + ">>\nstream\n" + content.PadRight(length);
        var end = header.Index + header.Length + length;
        return Encoding.Latin1.GetBytes(text[..header.Index] + replacement + text[end..]);
    }

    [GeneratedRegex(@"<</Length (\d+) /Length1 \d+ /Filter \[ /FlateDecode \] >>\nstream\n")]
    private static partial Regex CompressedStreamHeader();

    /// <summary>The PDF with every offset of its cross-reference table moved by <paramref name="bytes"/>, as a file edited by hand, or cut and joined again, has them.</summary>
    internal static byte[] WithShiftedCrossReferences(byte[] pdf, long bytes)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var shifted = CrossReferenceEntry().Replace(text, m =>
            (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + bytes).ToString("D10", CultureInfo.InvariantCulture) + m.Groups[2].Value);
        Assert.NotEqual(text, shifted);
        return Encoding.Latin1.GetBytes(shifted);
    }

    [GeneratedRegex(@"^(\d{10})( \d{5} n)", RegexOptions.Multiline)]
    private static partial Regex CrossReferenceEntry();

    [GeneratedRegex(@"(?m)^(\d+) 0 obj")]
    private static partial Regex ObjectHeader();

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("WORD/Document.xml")]
    public void A_docx_holding_its_document_twice_is_called_so_not_a_damaged_zip(string second)
    {
        var docx = TestDocuments.Docx(("关于做好干部教育培训工作的通知", null));
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx), System.IO.Compression.ZipArchiveMode.Read))
        using (var copy = new MemoryStream())
        {
            using (var doubled = new System.IO.Compression.ZipArchive(copy, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in zip.Entries)
                    Copy(entry, entry.FullName, doubled);
                Copy(zip.GetEntry("word/document.xml")!, second, doubled);
            }
            docx = copy.ToArray();
        }

        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("issue.docx", docx));

        Assert.Contains("twice", e.Message);
        Assert.Contains("word/document.xml", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("zip archive", e.Message);

        static void Copy(System.IO.Compression.ZipArchiveEntry entry, string name, System.IO.Compression.ZipArchive into)
        {
            using var from = entry.Open();
            using var to = into.CreateEntry(name).Open();
            from.CopyTo(to);
        }
    }
}
