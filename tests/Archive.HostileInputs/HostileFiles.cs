using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Archive.HostileInputs;

/// <summary>
/// Files built to crash, stall or bloat a reader: deep nesting, long runs, compression bombs, broken structure,
/// invalid encodings, huge counts; the shapes of the reliability issue and more. <see cref="Known"/> are fixed
/// shapes; <see cref="Random"/> mutates sound files of every format (bytes flipped, cut, repeated).
/// </summary>
public static class HostileFiles
{
    /// <summary>Every fixed shape, at the sizes that hurt the readers before they were bounded; built once.</summary>
    public static IReadOnlyList<HostileFile> Known() => KnownFiles.Value;

    private static readonly Lazy<IReadOnlyList<HostileFile>> KnownFiles =
        new(() => [.. Text(), .. Markdown(), .. Html(), .. Docx(), .. Pdf(), .. Images(), .. LegacyWord()]);

    public static IEnumerable<HostileFile> Text()
    {
        yield return new("text: random bytes", "random.txt", Bytes(new Random(1), 64 * 1024));
        yield return new("text: NUL bytes inside Chinese", "nul.txt", [.. Utf8("组织部\0干部\0"), 0, 0]);
        yield return new("text: invalid UTF-8 and no GB18030 either", "invalid.txt", [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xFF, 0xFE, 0xFD]);
        yield return new("text: UTF-16 of odd length", "odd16.txt", [0xFF, 0xFE, 0x44, 0x00, 0x45]);
        yield return new("text: a BOM and nothing else", "bom.txt", [0xEF, 0xBB, 0xBF]);
        yield return new("text: only white space", "blank.txt", Utf8(" \n\t\u3000\r\n"));
        yield return new("text: 100,000 ideographs without punctuation", "run.txt", Utf8(Repeat("组织部干部党员群众基层", 10_000)));
        yield return new("text: a 1 MB base64 run (longer than a Lucene term)", "base64.txt",
            Utf8("附件：" + Convert.ToBase64String(Bytes(new Random(2), 768 * 1024))));
        yield return new("text: a 2 MB line of one digit", "digits.txt", Utf8(new string('7', 2 * 1024 * 1024)));
        yield return new("text: a million empty lines", "lines.txt", Utf8(new string('\n', 1_000_000) + "干部"));
        yield return new("text: control characters and lone surrogates", "control.txt",
            Utf8("组织\u0001\u0002\u0007部\u001b[31m干部\u202e党员") .Concat(new byte[] { 0xED, 0xA0, 0x80 }).ToArray());
        yield return new("text: emoji with modifiers and joiners", "emoji.txt", Utf8(Repeat("👨‍👩‍👧‍👦👍🏽🏳️‍🌈党员", 20_000)));
        yield return new("text: 3 MB holding 干部 100,000 times", "ganbu.txt", Utf8(Repeat("干部，", 100_000) + Repeat("组织工作要点。", 200_000)));
        yield return new("text: 20,000 issue lines and contents entries", "bulletin.txt",
            Utf8("组工信息\n" + Repeat("第8期\n中共安庆市委组织部编  2022年3月10日\n目  录\n宜秀区战疫一线党旗红……………………2\n", 20_000)));
        yield return new("text: 50,000 lines that each look like a title", "titles.txt", Utf8(Repeat("△宜秀区战“疫”一线党旗红\n（宜秀区委组织部）\n", 50_000)));
        yield return new("text: one article with 20,000 numbered headings that announced nothing", "headings.txt",
            Utf8("组工信息\n第1期\n中共某县委组织部　　2023年1月1日\n关于某项工作的调研报告\n　　开展调研，形成此报告。\n" + Repeat("一、基本情况\n　　正文内容，这是一段话。\n", 20_000)));
        yield return new("text: one line of 300,000 paper datelines (本报讯), as a flattened newspaper page holds a few", "datelines.txt",
            Utf8("县宣传思想工作会议上的讲话\n" + Repeat("本报讯", 300_000)));
        yield return new("text: 20,000 wrapped paragraphs", "wrapped.txt",
            Utf8("组工信息\n第1期\n" + Repeat("某县推行村级事务公开\n　　某县在各村设立公开栏，每月公开村级财务收支、项\n目建设等情况，接受群众监督。\n", 20_000)));
    }

    public static IEnumerable<HostileFile> Markdown()
    {
        yield return new("markdown: 100,000 emphasis markers on each side", "emphasis.md",
            Utf8(new string('*', 100_000) + "干部" + new string('*', 100_000)));
        yield return new("markdown: 100,000 underscores on each side", "underscore.md",
            Utf8(new string('_', 100_000) + "干部" + new string('_', 100_000)));
        yield return new("markdown: 50,000 alternating emphasis openers", "alternating.md", Utf8(Repeat("*_", 50_000) + "干部"));
        yield return new("markdown: 100,000 nested block quotes", "quotes.md", Utf8(new string('>', 100_000) + " 干部"));
        yield return new("markdown: 20,000 nested list items", "lists.md",
            Utf8(string.Concat(Enumerable.Range(0, 20_000).Select(i => new string(' ', Math.Min(i * 2, 200)) + "- 干部\n"))));
        yield return new("markdown: 100,000 list markers on one line (Markdig refused it after 2 s)", "markers.md", Utf8(Repeat("- ", 100_000) + "干部\n"));
        yield return new("markdown: lists nested 1,400 deep by indentation (Markdig refused it after 9 s)", "indented.md",
            Utf8(string.Concat(Enumerable.Range(0, 1_400).Select(i => new string(' ', 2 * i) + "- 干部\n"))));
        yield return new("markdown: 60,000 lines of 30 list markers (4 million list items)", "itemlines.md", Utf8(Repeat(Repeat("- ", 30) + "干部\n", 60_000)));
        yield return new("markdown: 100,000 open brackets", "brackets.md", Utf8(new string('[', 100_000) + "干部" + new string(']', 100_000)));
        yield return new("markdown: 50,000 unclosed links", "links.md", Utf8(Repeat("[干部](", 50_000)));
        yield return new("markdown: 100,000 backticks", "ticks.md", Utf8(new string('`', 100_000) + "干部"));
        yield return new("markdown: 200,000 link reference definitions (Markdig takes over 30 s)", "references.md",
            Utf8(string.Concat(Enumerable.Range(0, 200_000).Select(i => $"[r{i}]: http://example.com/{i}\n")) + "\n干部[r1]。\n"));
        yield return new("markdown: an HTML block nested 50,000 deep", "htmlblock.md", Utf8("<div>\n" + Repeat("<div>", 50_000) + "干部\n</div>\n"));
        yield return new("markdown: a table of 10,000 columns", "table.md",
            Utf8(Repeat("|干部", 10_000) + "|\n" + Repeat("|---", 10_000) + "|\n" + Repeat("|党员", 10_000) + "|\n"));
    }

    public static IEnumerable<HostileFile> Html()
    {
        yield return new("html: 100,000 nested divs", "divs.html", Utf8("<html><body>" + Repeat("<div>", 100_000) + "干部" + Repeat("</div>", 100_000)));
        yield return new("html: 50,000 unclosed inline tags", "inline.html", Utf8("<html><body><p>" + Repeat("<b><i>", 25_000) + "干部<p>党员"));
        yield return new("html: 10,000 nested tables", "tables.html", Utf8(Repeat("<table><tr><td>", 10_000) + "干部"));
        yield return new("html: 100,000 unclosed paragraphs", "paragraphs.html", Utf8("<html><body>" + Repeat("<p>干部", 100_000)));
        yield return new("html: a million line breaks (750 MB of the parser's heap)", "breaks.html", Utf8("<p>" + Repeat("<br>", 1_000_000) + "干部"));
        yield return new("html: a 5 MB attribute", "attribute.html", Utf8("<html><body><p title=\"" + new string('x', 5 * 1024 * 1024) + "\">干部</p>"));
        yield return new("html: a million attributes in one tag (3.6 s of the parser)", "attributes.html",
            Utf8("<html><body><p " + string.Join(" ", Enumerable.Range(0, 1_000_000).Select(i => $"a{i}=1")) + ">干部</p>"));
        yield return new("html: an unclosed comment", "comment.html", Utf8("<html><body><!--" + Repeat("干部", 100_000)));
        yield return new("html: 30,000 nested anchors and fonts", "fonts.html", Utf8(Repeat("<font color=red><a href=#>", 15_000) + "干部"));
        yield return new("html: 200,000 character references", "entities.html", Utf8("<p>" + Repeat("&#x5E72;&#x90E8;&amp;&nbsp;", 50_000)));
        yield return new("html: a million numeric character references", "references.html", Utf8("<p>" + Repeat("&#x5E72;", 1_000_000)));
        yield return new("html: references to NUL, surrogates and noncharacters", "badrefs.html", Utf8("<p>干&#0;部&#xD800;党&#xDFFF;员&#x110000;群&#xFFFE;众</p>"));
        yield return new("html: a bogus charset", "charset.html", Utf8("<meta charset=\"x-no-such-charset\"><p>干部</p>"));
        yield return new("html: a charset the runtime refuses (UTF-7) and one that reads ASCII as other characters (EBCDIC)", "utf7.html",
            Utf8("<meta charset=\"utf-7\"><meta charset=\"IBM037\"><p>+ADw-script+AD4-&#24178;&#37096;</p>"));
        yield return new("html: paragraphs left open with a font inside, 1,500 times", "openfonts.html",
            Utf8(Repeat("<p><font size=3>干部工作", 1_500)));
        yield return new("html: a different font left open in each of 1,500 paragraphs (the parser nests them all)", "distinctfonts.html",
            Utf8(string.Concat(Enumerable.Range(0, 1_500).Select(i => $"<p><font id=f{i}>干部"))));
    }

    public static IEnumerable<HostileFile> Docx()
    {
        yield return new("docx: 20,000 nested content controls", "sdt.docx",
            Package(Body(Repeat("<w:sdt><w:sdtContent>", 20_000) + Paragraph("干部") + Repeat("</w:sdtContent></w:sdt>", 20_000))));
        yield return new("docx: 100,000 nested unknown elements", "unknown.docx",
            Package(Body("<w:p><w:r>" + Repeat("<x:a xmlns:x=\"urn:x\">", 100_000) + "<w:t>干部</w:t>" + Repeat("</x:a>", 100_000) + "</w:r></w:p>")));
        yield return new("docx: a million nested content controls (the SDK's reader held 709 MB for 11 s)", "sdt1m.docx",
            Package(Body(Repeat("<w:sdt><w:sdtContent>", 1_000_000) + Paragraph("干部") + Repeat("</w:sdtContent></w:sdt>", 1_000_000))));
        yield return new("docx: 20 MB of XML in a small file", "inflate.docx", Package(Body(Repeat(Paragraph("干部党员群众组织部"), 300_000))));
        yield return new("docx: 300,000 one-character paragraphs in 30 KB (the reader answered 26 MB of blocks)", "paragraphs.docx",
            Package(Body(Repeat(Paragraph("干"), 300_000))));
        yield return new("docx: 5,000 paragraphs of the last of 32 styles each based on the one before, each of 9,000 elements", "styles.docx",
            Package(Body(Repeat("<w:p><w:pPr><w:pStyle w:val=\"s31\"/></w:pPr><w:r><w:t>干部</w:t></w:r></w:p>", 5_000)), stylesXml: StyleChain(32, 9_000)));
        yield return new("docx: a 200 MB part (a zip bomb)", "bomb.docx", Package(Body(Paragraph(new string('干', 1))), padding: 200L * 1024 * 1024));
        yield return new("docx: a DTD with nested entities", "entities.docx",
            Package(Body(Paragraph("&j;"), "<!DOCTYPE w:document [<!ENTITY a \"干部干部干部干部干部干部干部干部\">" +
                string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY {(char)('a' + i)} \"{Repeat($"&{(char)('a' + i - 1)};", 10)}\">")) + "]>")));
        yield return new("docx: a zip without a document", "empty.docx", Zip(("[Content_Types].xml", Utf8(ContentTypes))));
        yield return new("docx: not a zip at all", "notzip.docx", Utf8("PK\u0003\u0004这不是压缩包"));
        yield return new("docx: the document relationship points at a relationships part", "relationship.docx",
            Zip(("[Content_Types].xml", Utf8(ContentTypes)), ("_rels/.rels", Utf8(Relationships.Replace("word/document.xml", "_rels/.rels")))));
        var sound = Package(Body(Paragraph("宜秀区战疫一线党旗红") + Paragraph("（宜秀区委组织部）")));
        yield return new("docx: cut in the middle", "truncated.docx", sound[..(sound.Length / 2)]);
        yield return new("docx: 50,000 empty zip entries", "entries.docx",
            Zip([("[Content_Types].xml", Utf8(ContentTypes)), .. Enumerable.Range(0, 50_000).Select(i => ($"junk/{i}.xml", Array.Empty<byte>()))]));
        var document = Utf8(Body(Paragraph("宜秀区战疫一线党旗红")));
        yield return new("docx: 300,000 content types (the packaging library reads them all, whatever the parts)", "types.docx",
            Zip(("[Content_Types].xml", Utf8(ContentTypes.Replace("</Types>", string.Concat(Enumerable.Range(0, 300_000).Select(i => $"<Default Extension=\"e{i}\" ContentType=\"application/xml\"/>")) + "</Types>"))),
                ("_rels/.rels", Utf8(Relationships)), ("word/document.xml", document)));
        yield return new("docx: 200,000 links to web pages (no part of their own)", "links.docx",
            Zip(("[Content_Types].xml", Utf8(ContentTypes)), ("_rels/.rels", Utf8(Relationships.Replace("</Relationships>",
                string.Concat(Enumerable.Range(0, 200_000).Select(i =>
                    $"<Relationship Id=\"x{i}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"http://example.org/{i}\" TargetMode=\"External\"/>"))
                + "</Relationships>"))), ("word/document.xml", document)));
    }

    /// <summary>Files that claim to be older Word formats: the probe before LibreOffice, and what is not Word at all.</summary>
    public static IEnumerable<HostileFile> LegacyWord()
    {
        yield return new("doc: a compound file whose DIFAT chain points to itself", "loop.doc", CompoundFileWithLoopingDifat());
        yield return new("doc: a zip of 16,000 nested tables named .doc", "tables.doc",
            Package(Body(Repeat("<w:tbl><w:tr><w:tc>", 16_000) + Paragraph("干部") + Repeat("</w:tc></w:tr></w:tbl>", 16_000))));
        yield return new("wps: random bytes after the compound-file signature", "random.wps",
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Bytes(new Random(4), 8 * 1024)]);
        yield return new("rtf: only the opening of a group", "open.rtf", Utf8("{\\rtf1"));
        yield return new("rtf: 36 bytes declaring a gigabyte of binary data (LibreOffice read on for its whole 20 s)", "bin.rtf", Utf8("{\\rtf1\\ansi ganbu \\bin1000000000 xx}"));
    }

    /// <summary>[MS-CFB] header with 4,096-byte sectors whose first DIFAT sector names itself as the next one.</summary>
    private static byte[] CompoundFileWithLoopingDifat()
    {
        var file = new byte[3 * 4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file, 0);
        void Put16(int at, int value) => System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(at), (ushort)value);
        void Put32(int at, uint value) => System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(at), value);
        Put16(0x1A, 0x3E);
        Put16(0x1C, 4); // major version 4: 4,096-byte sectors
        Put16(0x1E, 12);
        Put32(0x2C, 1);
        Put32(0x30, 1);
        Put32(0x44, 0); // the DIFAT chain starts at sector 0 ...
        Put32(0x48, 1);
        for (var i = 0; i < 109; i++) Put32(0x4C + i * 4, 0xFFFFFFFF);
        Put32(4096 + 4092, 0); // ... and sector 0 names sector 0 as the next
        return file;
    }

    public static IEnumerable<HostileFile> Pdf()
    {
        yield return new("pdf: 10,000 text runs at one spot", "runs10k.pdf", TextRunsAtOneSpot(10_000));
        yield return new("pdf: 50,000 text runs at one spot", "runs50k.pdf", TextRunsAtOneSpot(50_000));
        yield return new("pdf: 100,000 nested arrays", "arrays.pdf", PdfWith("<< /Type /Catalog /Pages 2 0 R /X " + new string('[', 100_000) + new string(']', 100_000) + " >>"));
        yield return new("pdf: 50,000 nested dictionaries", "dicts.pdf", PdfWith("<< /Type /Catalog /Pages 2 0 R /X " + Repeat("<< /A ", 50_000) + Repeat(">> ", 50_000) + " >>"));
        yield return new("pdf: a content stream inflating to 300 MB", "flate.pdf", FlateBomb(300L * 1024 * 1024));
        yield return new("pdf: a content stream of Flate of Flate decoding to 300 MB in 1 KB (1 GB took the reader to its whole heap)", "flateflate.pdf",
            PageOfEncodedContent("[/FlateDecode /FlateDecode]", Compressed(zlib => zlib.Write(Compressed(inner => WriteSpaces(inner, 300L * 1024 * 1024))))));
        yield return new("pdf: a content stream of Flate written as hexadecimal digits, decoding to 300 MB", "hexflate.pdf",
            PageOfEncodedContent("[/ASCIIHexDecode /FlateDecode]", Encoding.ASCII.GetBytes(Convert.ToHexString(Compressed(zlib => WriteSpaces(zlib, 300L * 1024 * 1024))) + ">")));
        yield return new("pdf: a run-length content stream decoding to 300 MB (16 MB for 1 GB took the reader to 715 MB)", "runlength.pdf",
            PageOfEncodedContent("/RunLengthDecode", RunLengthSpaces(300L * 1024 * 1024)));
        yield return new("pdf: an LZW content stream decoding to 300 MB in 230 KB (1 GB in 800 KB took the reader to 758 MB)", "lzw.pdf", PageOfEncodedContent("/LZWDecode", LzwSpaces(300L * 1024 * 1024)));
        yield return new("pdf: a TrueType font's program inflating to 100 MB (3 GB in 3 MB took the reader to 677 MB)", "fontbomb.pdf",
            PageWithInflatingStream("<< /Type /Font /Subtype /TrueType /BaseFont /F /FontDescriptor 6 0 R >>", "",
                "<< /Type /FontDescriptor /FontName /F /Flags 32 /FontBBox [0 0 1000 1000] /FontFile2 7 0 R >>", "", 100L * 1024 * 1024));
        yield return new("pdf: a font's map to Unicode inflating to 100 MB (3 GB took pdftotext to 1.2 GB)", "cmapbomb.pdf",
            PageWithInflatingStream("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 7 0 R >>", "", "null", "", 100L * 1024 * 1024));
        yield return new("pdf: 2.5 million q (save the graphics state) in 7 KB (1 GB of PdfPig's heap)", "saves.pdf", PageOfRepeatedOperators("q ", 2_500_000));
        yield return new("pdf: 25 million q in 50 KB (out of the reader's heap)", "saves25m.pdf", PageOfRepeatedOperators("q ", 25_000_000));
        yield return new("pdf: a million rectangles filled, 2 million operators (out of the reader's heap)", "rectangles.pdf", PageOfRepeatedOperators("0 0 1 1 re f ", 1_000_000));
        yield return new("pdf: one string of 8 MB shown on a page, in 8 KB compressed (42 MB took the reader past its heap)", "longstring.pdf",
            PageOfCompressedContent(zlib =>
            {
                zlib.Write("BT /F1 12 Tf 72 700 Td ("u8);
                var words = Encoding.ASCII.GetBytes(Repeat("ganbu ", 1_024));
                for (var i = 0; i < 8 * 1024 * 1024 / words.Length; i++) zlib.Write(words);
                zlib.Write(") Tj ET"u8);
            }));
        yield return new("pdf: one string of 990 KB shown on a page (990,000 letters PdfPig built, 396 MB, before the page was refused for them)", "string990k.pdf",
            PageOfCompressedContent(zlib =>
            {
                zlib.Write("BT /F1 1 Tf 10 10 Td ("u8);
                var words = Encoding.ASCII.GetBytes(Repeat("ab ", 1_000));
                for (var i = 0; i < 330; i++) zlib.Write(words);
                zlib.Write(") Tj ET"u8);
            }));
        yield return new("pdf: a catalog holding a string of 2 MB (a title of 40 MB in the document's information took the reader to 632 MB)", "catalogstring.pdf",
            PdfWith("<< /Type /Catalog /Pages 2 0 R /Title (" + Repeat("ganbu ", 350_000) + ") >>"));
        yield return new("pdf: a catalog holding an array of 1.2 million numbers (10 million strings in a page's dictionary took the reader past its heap)", "catalogarray.pdf",
            PdfWith("<< /Type /Catalog /Pages 2 0 R /X [" + Repeat("1 ", 1_200_000) + "] >>"));
        yield return new("pdf: a page's resources packed in an object stream of 14 KB holding an array of 1.2 million numbers (10 million in 20 KB took the reader to 540 MB)", "packedarray.pdf",
            PdfWithObjectStream("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 6 0 R /Contents 5 0 R >>",
                "<< /Font << /F1 4 0 R >> /X [" + Repeat("1 ", 1_200_000) + "] >>"));
        yield return new("pdf: a form of 2,000 q drawn 1,000 times", "formsaves.pdf",
            PageOfForms([("BT /F1 12 Tf 72 700 Td (ganbu) Tj ET " + Repeat("/X1 Do ", 1_000), "/X1 7 0 R"), (Repeat("q ", 2_000), "")]));
        yield return new("pdf: a page tree that contains itself", "loop.pdf", PageTreeLoop());
        yield return new("pdf: 20,000 empty pages", "pages.pdf", ManyPages(20_000));
        yield return new("pdf: a media box that is a reference leading back to itself", "references.pdf", Pdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox 6 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            Font,
            Stream("BT /F1 12 Tf 72 720 Td (ganbu) Tj ET"),
            "7 0 R",
            "6 0 R"));
        yield return new("pdf: that loop of references written with comments", "commented.pdf", Pdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox 6 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            Font,
            Stream("BT /F1 12 Tf 72 720 Td (ganbu) Tj ET"),
            "%a\n7 % b\n0 R % c",
            "6\u00000 R%d"));
        yield return new("pdf: a media box at the end of a chain of 5,000 references", "chain.pdf", Pdf([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox 6 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            Font,
            Stream("BT /F1 12 Tf 72 720 Td (ganbu) Tj ET"),
            .. Enumerable.Range(7, 5_000).Select(n => $"{n} 0 R"),
            "[0 0 595 842]"]));
        yield return new("pdf: a font that is a loop of references packed in a compressed object stream", "packed.pdf", PdfWithObjectStream(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents 5 0 R >>",
            "7 0 R", "6 0 R"));
        yield return new("pdf: one font named 200,000 times in a compressed object stream (a million took each poppler program to 6 GB)", "fontnames.pdf",
            FontNamedOften(200_000));
        yield return new("pdf: a page drawing one content stream 200,000 times (pdftotext ran 120 s on it)", "contents.pdf", Pdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents [" + Repeat("5 0 R ", 200_000) + "] >>",
            Font,
            Stream("BT /F1 12 Tf 72 720 Td (Hello) Tj ET")));
        yield return new("pdf: two forms that draw each other", "forms.pdf", PageOfForms(
            ("BT /F1 12 Tf 72 700 Td (ganbu) Tj ET /X1 Do", "/X1 7 0 R"), ("BT /F1 12 Tf 72 600 Td (dangyuan) Tj ET /X0 Do", "/X0 6 0 R")));
        yield return new("pdf: a form that draws itself by its page's name for it", "form.pdf", PageOfForms(("BT /F1 12 Tf 72 700 Td (ganbu) Tj ET /X0 Do", null)));
        yield return new("pdf: forms drawn within one another 3,000 deep", "deepforms.pdf",
            PageOfForms([.. Enumerable.Range(0, 3_000).Select(k => ($"BT /F1 12 Tf 72 700 Td (ganbu) Tj ET /X Do", (string?)$"/X {7 + k} 0 R"))]));
        yield return new("pdf: a header and random bytes", "garbage.pdf", [.. Utf8("%PDF-1.7\n"), .. Bytes(new Random(3), 32 * 1024)]);
        yield return new("pdf: cut after the header", "cut.pdf", Utf8("%PDF-1.4\n1 0 obj\n<< /Type /Catalog"));
    }

    public static IEnumerable<HostileFile> Images()
    {
        yield return new("png: a few bytes declaring 50,000 × 50,000 pixels", "bomb.png", Png(50_000, 50_000));
        yield return new("png: a few bytes declaring 10,000 × 10,000 pixels of 16-bit RGBA (such a real one took Tesseract to 1.3 GB)", "rgba16.png",
            Png(10_000, 10_000, depth: 16, colourType: 6));
        yield return new("png: a truncated header", "cut.png", Png(100, 100)[..20]);
        yield return new("jpeg: only a start marker", "cut.jpg", [0xFF, 0xD8, 0xFF]);
        yield return new("tiff: a page chain that loops", "loop.tif", [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 0, 0, 8, 0, 0, 0]);
        yield return new("pdf: an image-only page declared a kilometre wide", "wide.pdf", Pdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 2834645 2834645] >>"));
    }

    /// <summary>A PNG whose header declares the size and whose single IDAT holds a few compressed zero bytes.</summary>
    /// <param name="colourType">0 grey, 2 RGB, 3 a palette, 4 grey and alpha, 6 RGBA.</param>
    private static byte[] Png(int width, int height, byte depth = 8, byte colourType = 0)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        void Chunk(string type, byte[] data)
        {
            var length = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            png.Write(length);
            var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            png.Write(typed);
            var crc = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
            png.Write(crc);
        }
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = depth;
        header[9] = colourType;
        Chunk("IHDR", header);
        using var zeros = new MemoryStream();
        using (var zlib = new ZLibStream(zeros, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(new byte[64 * 1024]);
        Chunk("IDAT", zeros.ToArray());
        Chunk("IEND", []);
        return png.ToArray();
    }

    /// <summary>The CRC-32 a PNG chunk ends with (readers check it before anything else).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>
    /// Sound files of every format, each damaged <paramref name="count"/> times at random (bytes flipped, a stretch
    /// cut out, a stretch repeated many times, the file cut short); the same seed gives the same files.
    /// </summary>
    public static IEnumerable<HostileFile> Random(int seed, int count)
    {
        var random = new Random(seed);
        var sound = new (string Name, byte[] Content)[]
        {
            ("sound.txt", Utf8("安庆组工信息\n第8期\n宜秀区战“疫”一线党旗红\n△为坚决打赢疫情防控阻击战，宜秀区委组织部……\n（宜秀区委组织部）")),
            ("sound.md", Utf8("# 宜秀区战“疫”一线党旗红\n\n**宜秀区**坚持*党建引领*，[详见](http://x)。\n\n> 引文\n\n- 一\n- 二\n")),
            ("sound.html", Utf8("<html><head><title>颍东区委组织部</title></head><body><div class=nav>首页</div><h1>筑牢疫情防控红色堡垒</h1><p>为坚决打赢<b>疫情</b>防控阻击战……</p><table><tr><td>干部</td></tr></table></body></html>")),
            ("sound.docx", Package(Body(Paragraph("宜秀区战疫一线党旗红") + "<w:tbl><w:tr><w:tc>" + Paragraph("干部") + "</w:tc></w:tr></w:tbl>" + Paragraph("（宜秀区委组织部）")))),
            ("sound.pdf", TextRunsAtOneSpot(3)),
        };
        for (var i = 0; i < count; i++)
        {
            var (name, content) = sound[random.Next(sound.Length)];
            var damaged = (byte[])content.Clone();
            var how = random.Next(4);
            switch (how)
            {
                case 0:
                    for (var k = 0; k < 1 + damaged.Length / 50; k++) damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
                    break;
                case 1:
                    var from = random.Next(damaged.Length);
                    damaged = [.. damaged[..from], .. damaged[Math.Min(damaged.Length, from + random.Next(1, 64))..]];
                    break;
                case 2:
                    var start = random.Next(damaged.Length);
                    var piece = damaged[start..Math.Min(damaged.Length, start + random.Next(1, 16))];
                    damaged = [.. damaged[..start], .. Enumerable.Repeat(piece, random.Next(1_000, 50_000)).SelectMany(p => p), .. damaged[start..]];
                    break;
                default:
                    damaged = damaged[..random.Next(1, damaged.Length)];
                    break;
            }
            yield return new($"random #{i}: {name} {(new[] { "bytes flipped", "a stretch cut out", "a stretch repeated", "cut short" })[how]}", name, damaged);
        }
    }

    // ---- building blocks ----

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private const string Relationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    private static string Paragraph(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    private static string Body(string content, string doctype = "") =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
        content + "</w:body></w:document>";

    /// <summary>
    /// A minimal .docx around document.xml, with styles.xml when given; padding adds that many bytes of white space
    /// (they compress to nearly nothing).
    /// </summary>
    private static byte[] Package(string documentXml, long padding = 0, string? stylesXml = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", Utf8(stylesXml is null ? ContentTypes : ContentTypes.Replace("</Types>",
                "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>")));
            Write(zip, "_rels/.rels", Utf8(Relationships));
            if (stylesXml is not null)
            {
                Write(zip, "word/_rels/document.xml.rels", Utf8(Relationships.Replace("officeDocument/2006/relationships/officeDocument", "officeDocument/2006/relationships/styles")
                    .Replace("word/document.xml", "styles.xml")));
                Write(zip, "word/styles.xml", Utf8(stylesXml));
            }
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var xml = Utf8(documentXml);
            var end = Array.LastIndexOf(xml, (byte)'<');
            part.Write(xml, 0, end);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var left = padding; left > 0; left -= spaces.Length) part.Write(spaces, 0, (int)Math.Min(spaces.Length, left));
            part.Write(xml, end, xml.Length - end);
        }
        return buffer.ToArray();
    }

    /// <summary>A style sheet of paragraph styles s0, s1 … each based on the one before, each keeping with the next that many times over.</summary>
    private static string StyleChain(int styles, int elements) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
        string.Concat(Enumerable.Range(0, styles).Select(i => $"<w:style w:type=\"paragraph\" w:styleId=\"s{i}\">"
            + (i > 0 ? $"<w:basedOn w:val=\"s{i - 1}\"/>" : "") + $"<w:pPr>{Repeat("<w:keepNext/>", elements)}</w:pPr></w:style>")) + "</w:styles>";

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries) Write(zip, name, content);
        }
        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    }

    /// <summary>A PDF of numbered objects with a correct cross-reference table; object 1 is the catalog.</summary>
    private static byte[] Pdf(params string[] objects)
    {
        using var pdf = new MemoryStream();
        void Put(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Put("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            Put($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Position;
        Put($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Put($"{offset:D10} 00000 n \n");
        Put($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>
    /// A PDF 1.5 of one page (object 3) whose objects from 6 on are packed in a Flate-compressed object stream, listed
    /// by a cross-reference stream: references there are no text a scan of the file's bytes could find.
    /// </summary>
    private static byte[] PdfWithObjectStream(string page, params string[] packed)
    {
        using var pdf = new MemoryStream();
        void Put(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Put("%PDF-1.5\n");
        var offsets = new List<long>();
        string[] plain = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, Font, Stream("BT /F1 12 Tf 72 720 Td (ganbu) Tj ET")];
        for (var i = 0; i < plain.Length; i++)
        {
            offsets.Add(pdf.Position);
            Put($"{i + 1} 0 obj\n{plain[i]}\nendobj\n");
        }
        int first = plain.Length + 1, stream = first + packed.Length, xref = stream + 1;
        var body = new StringBuilder();
        var header = new StringBuilder();
        for (var i = 0; i < packed.Length; i++)
        {
            header.Append($"{first + i} {body.Length} ");
            body.Append(packed[i]).Append('\n');
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(Encoding.Latin1.GetBytes(header.ToString() + body));
        offsets.Add(pdf.Position);
        Put($"{stream} 0 obj\n<< /Type /ObjStm /N {packed.Length} /First {header.Length} /Filter /FlateDecode /Length {compressed.Length} >>\nstream\n");
        pdf.Write(compressed.ToArray());
        Put("\nendstream\nendobj\n");
        var xrefOffset = pdf.Position;
        // Rows of 1 + 4 + 2 bytes: type 0 (free), 1 (at an offset) or 2 (in the object stream, at an index).
        var rows = new MemoryStream();
        void Row(byte type, long field, int index) => rows.Write([type, (byte)(field >> 24), (byte)(field >> 16), (byte)(field >> 8), (byte)field, (byte)(index >> 8), (byte)index]);
        Row(0, 0, 0xFFFF);
        for (var i = 0; i < plain.Length; i++) Row(1, offsets[i], 0);
        for (var i = 0; i < packed.Length; i++) Row(2, stream, i);
        Row(1, offsets[^1], 0);
        Row(1, xrefOffset, 0);
        Put($"{xref} 0 obj\n<< /Type /XRef /Size {xref + 1} /W [1 4 2] /Root 1 0 R /Length {rows.Length} >>\nstream\n");
        pdf.Write(rows.ToArray());
        Put($"\nendstream\nendobj\nstartxref\n{xrefOffset}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>
    /// A page whose fonts are one font under <paramref name="names"/> names, packed out of sight: poppler builds a font for
    /// each name of a page it reads (some 6 KB), PdfPig only for those the page draws.
    /// </summary>
    public static byte[] FontNamedOften(int names) => PdfWithObjectStream(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font 6 0 R >> /Contents 5 0 R >>",
        "<< " + string.Concat(Enumerable.Range(0, names).Select(n => $"/F{n} 4 0 R ")) + ">>");

    private static string Stream(string content) => $"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream";

    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private static byte[] PdfWith(string catalog) => Pdf(
        catalog,
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        Font,
        Stream("BT /F1 12 Tf 72 720 Td (ganbu) Tj ET"));

    private static byte[] TextRunsAtOneSpot(int runs) => Pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        Font,
        Stream("BT /F1 12 Tf " + Repeat("1 0 0 1 72 720 Tm (ganbu) Tj ", runs) + "ET"));

    private static byte[] FlateBomb(long inflated) => PageOfEncodedContent("/FlateDecode", Compressed(zlib => WriteSpaces(zlib, inflated)));

    private static void WriteSpaces(Stream to, long count)
    {
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        for (var left = count; left > 0; left -= spaces.Length) to.Write(spaces, 0, (int)Math.Min(spaces.Length, left));
    }

    /// <summary>One page whose content stream is Flate-compressed: what <paramref name="write"/> writes, then a line of text.</summary>
    private static byte[] PageOfCompressedContent(Action<Stream> write) => PageOfEncodedContent("/FlateDecode", Compressed(write));

    /// <summary>zlib's compression of what <paramref name="write"/> writes, then a line of text in font /F1.</summary>
    private static byte[] Compressed(Action<Stream> write)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            write(zlib);
            zlib.Write(" BT /F1 12 Tf 72 720 Td (ganbu) Tj ET"u8);
        }
        return compressed.ToArray();
    }

    /// <summary>One page whose content stream is <paramref name="data"/> under <paramref name="filter"/> (a name or an array of them).</summary>
    public static byte[] PageOfEncodedContent(string filter, byte[] data) => Pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        Font,
        $"<< /Length {data.Length} /Filter {filter} >>\nstream\n{Encoding.Latin1.GetString(data)}\nendstream");

    /// <summary>
    /// LZW codes (9 to 12 bits, EarlyChange 1) for <paramref name="count"/> spaces, then a line of text: each code after
    /// a clear one space longer than the one before, some 7 MB for every 3,700 codes (5.5 KB), cleared before the table fills.
    /// </summary>
    private static byte[] LzwSpaces(long count)
    {
        var codes = new MemoryStream();
        int bits = 0, bitCount = 0, nextCode = 258;
        void Put(int code)
        {
            var width = nextCode + 1 >= 2048 ? 12 : nextCode + 1 >= 1024 ? 11 : nextCode + 1 >= 512 ? 10 : 9;
            (bits, bitCount) = (bits << width | code, bitCount + width);
            for (; bitCount >= 8; bitCount -= 8) codes.WriteByte((byte)(bits >> (bitCount - 8)));
            bits &= (1 << bitCount) - 1;
        }
        for (long written = 0; written < count;)
        {
            Put(256);
            nextCode = 258;
            Put(' ');
            written++;
            for (var code = 258; code < 4000 && written < count; code++, nextCode++)
            {
                Put(code);
                written += code - 256;
            }
        }
        Put(256);
        nextCode = 258;
        var first = true;
        foreach (var c in " BT /F1 12 Tf 72 720 Td (ganbu) Tj ET"u8)
        {
            Put(c);
            if (!first) nextCode++;
            first = false;
        }
        Put(257);
        if (bitCount > 0) codes.WriteByte((byte)(bits << (8 - bitCount)));
        return codes.ToArray();
    }

    /// <summary>Run-length pairs of 128 spaces each for some <paramref name="count"/> spaces (2 bytes for 128), then a line of text.</summary>
    private static byte[] RunLengthSpaces(long count)
    {
        var line = " BT /F1 12 Tf 72 720 Td (ganbu) Tj ET"u8;
        var runs = new MemoryStream();
        for (var left = count; left > 0; left -= 128) runs.Write([129, (byte)' ']);
        runs.WriteByte((byte)(line.Length - 1));
        runs.Write(line);
        runs.WriteByte(128);
        return runs.ToArray();
    }

    /// <summary>
    /// One page of text in font /F1 (object 4, <paramref name="font"/>) with the given further <paramref name="resources"/>;
    /// object 6 is <paramref name="other"/>, and object 7 a stream of the given dictionary entries whose Flate-compressed
    /// data inflates to <paramref name="inflated"/> zeros.
    /// </summary>
    public static byte[] PageWithInflatingStream(string font, string resources, string other, string entries, long inflated)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var left = inflated; left > 0; left -= zeros.Length) zlib.Write(zeros, 0, (int)Math.Min(zeros.Length, left));
        }
        var data = Encoding.Latin1.GetString(compressed.ToArray());
        return Pdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> {resources} >> /Contents 5 0 R >>",
            font,
            Stream("BT /F1 12 Tf 72 720 Td (ganbu) Tj ET"),
            other,
            $"<< {entries} /Length {data.Length} /Filter /FlateDecode >>\nstream\n{data}\nendstream");
    }

    /// <summary>One page whose content stream is the given operators <paramref name="times"/> over, compressed.</summary>
    public static byte[] PageOfRepeatedOperators(string operators, int times) =>
        PageOfCompressedContent(zlib => zlib.Write(Encoding.Latin1.GetBytes(Repeat(operators, times))));

    /// <summary>
    /// A page that draws the form /X0 (object 6); objects 6 on are forms of the given content, each with resources naming
    /// the given forms, or none of its own (null: it draws from its page's). Sound nestings are built with it too.
    /// </summary>
    public static byte[] PageOfForms(params (string Content, string? Forms)[] forms) => Pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X0 6 0 R >> >> /Contents 5 0 R >>",
        Font,
        Stream("/X0 Do"),
        .. forms.Select(form => Stream(form.Content).Replace("<< /Length", "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842]"
            + (form.Forms is null ? "" : $" /Resources << /Font << /F1 4 0 R >> /XObject << {form.Forms} >> >>") + " /Length"))]);

    /// <summary>
    /// Pages that each draw one content stream of that many letters, a hundred a line in six-point type: a page as full
    /// as a page may be, whose letters cost the reader far more than their text.
    /// </summary>
    public static byte[] PagesOfLetters(int pages, int letters)
    {
        var kids = string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{i + 6} 0 R"));
        var content = new StringBuilder("BT /F1 6 Tf ");
        for (var i = 0; i < letters; i++) content.Append(CultureInfo.InvariantCulture, $"1 0 0 1 {20 + i % 100 * 5} {800 - i / 100 * 1.6:0.0} Tm (a) Tj ");
        return Pdf([
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{kids}] /Count {pages} >>",
            "<< /Font << /F1 4 0 R >> >>",
            Font,
            Stream(content.Append("ET").ToString()),
            .. Enumerable.Repeat("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 3 0 R /Contents 5 0 R >>", pages)]);
    }

    /// <summary>Pages that all draw one content stream of <paramref name="lines"/> lines of 195 letters: some 40 KB of text a page in a few bytes.</summary>
    public static byte[] PagesOfLines(int pages, int lines) => Pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        $"<< /Type /Pages /Kids [{string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{i + 6} 0 R"))}] /Count {pages} >>",
        "<< /Font << /F1 4 0 R >> >>",
        Font,
        Stream("BT /F1 3 Tf 20 820 Td 4 TL " + Repeat($"({Repeat("ganbu dangyuan ", 13)}) '\n", lines) + "ET"),
        .. Enumerable.Repeat("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 3 0 R /Contents 5 0 R >>", pages)]);

    /// <summary>
    /// Two pages each naming two forms /Fm0 and /Fm1, objects 8 and 9 on the first, 10 and 11 on the second, each of the
    /// given content and without resources of its own (it draws from its page's); page one draws /Fm0, page two /Fm1.
    /// </summary>
    public static byte[] TwoPagesOfForms(string fm0, string fm1, string secondFm0, string secondFm1) => Pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /Fm0 8 0 R /Fm1 9 0 R >> >> /Contents 6 0 R >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /Fm0 10 0 R /Fm1 11 0 R >> >> /Contents 7 0 R >>",
        Font,
        Stream("/Fm0 Do"),
        Stream("/Fm1 Do"),
        .. new[] { fm0, fm1, secondFm0, secondFm1 }.Select(form => Stream(form).Replace("<< /Length", "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Length"))]);

    private static byte[] PageTreeLoop() => Pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 2 >>");

    private static byte[] ManyPages(int count)
    {
        var kids = string.Join(" ", Enumerable.Range(0, count).Select(i => $"{i + 3} 0 R"));
        var pages = Enumerable.Range(0, count).Select(_ => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        return Pdf(["<< /Type /Catalog /Pages 2 0 R >>", $"<< /Type /Pages /Kids [{kids}] /Count {count} >>", .. pages]);
    }
}
