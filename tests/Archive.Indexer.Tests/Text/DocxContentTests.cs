using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Text;

/// <summary>A .docx is read as Word shows it: each thing once, without what a tracked change took out or hidden text, with its notes.</summary>
public sealed class DocxContentTests
{
    private static string Paragraph(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    private static string[] Read(string body, string? footnotes = null, string? styles = null) =>
        [.. DocumentReader.Read("notice.docx", TestDocuments.DocxOfXml(body, footnotes, styles)).Blocks.Select(b => b.Text)];

    [Fact]
    public void A_text_box_word_writes_twice_as_alternatives_is_read_once()
    {
        var textBox = $"<w:txbxContent>{Paragraph("（宜秀区委组织部）")}</w:txbxContent>";
        var body = Paragraph("宜秀区战“疫”一线党旗红") +
                   "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + textBox +
                   "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + textBox +
                   "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";

        Assert.Equal(["宜秀区战“疫”一线党旗红", "（宜秀区委组织部）"], Read(body));
    }

    [Theory]
    [InlineData("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>")]
    [InlineData("<x:a xmlns:x=\"urn:x\">", "</x:a>")]
    [InlineData("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>")]
    public void Elements_nested_deeper_than_documents_nest_are_refused_before_the_sdks_reader_holds_them_all(string open, string close)
    {
        // The SDK's reader keeps every open element: a million nested content controls took it to 709 MB and 11 s.
        var times = DocxReader.MaxElementDepth;
        var body = string.Concat(Enumerable.Repeat(open, times)) + Paragraph("干部") + string.Concat(Enumerable.Repeat(close, times));

        var refused = Assert.Throws<UnreadableFileException>(() => Read(body));

        Assert.Contains($"nests its elements more than {DocxReader.MaxElementDepth:N0} deep", refused.Message);
    }

    [Fact]
    public void A_text_box_in_tables_nested_twelve_deep_is_read()
    {
        var textBox = "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + Paragraph("（宜秀区委组织部）") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        var body = string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", 12)) + textBox + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", 12));

        Assert.Contains("（宜秀区委组织部）", string.Concat(Read(body)));
    }

    [Fact]
    public void Text_a_tracked_change_deleted_or_moved_away_is_not_read()
    {
        var body = "<w:p><w:r><w:t>各县区委组织部：</w:t></w:r><w:del w:id=\"1\" w:author=\"审核\"><w:r><w:delText>请于本周五前</w:delText></w:r><w:r><w:t>报送名单</w:t></w:r></w:del>" +
                   "<w:ins w:id=\"2\" w:author=\"审核\"><w:r><w:t>请于下周一前报送。</w:t></w:r></w:ins></w:p>" +
                   "<w:p><w:moveFrom w:id=\"3\" w:author=\"审核\"><w:r><w:t>联系人：张三</w:t></w:r></w:moveFrom></w:p>" +
                   Paragraph("附件：名单") +
                   "<w:p><w:moveTo w:id=\"4\" w:author=\"审核\"><w:r><w:t>联系人：张三</w:t></w:r></w:moveTo></w:p>";

        Assert.Equal(["各县区委组织部：请于下周一前报送。", "附件：名单", "联系人：张三"], Read(body));
    }

    [Fact]
    public void Text_in_smart_tags_word_2003_and_2007_wrote_around_dates_and_names_is_read()
    {
        // The SDK has no schema for w:smartTag: it gave the runs inside as unknown elements, and their text was lost.
        const string tag = "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"chsdate\">";
        var body = "<w:p><w:r><w:t>会议定于</w:t></w:r>" + tag + "<w:r><w:t>2020年1月1日</w:t></w:r></w:smartTag><w:r><w:t>召开。</w:t></w:r></w:p>" +
                   "<w:p>" + tag + tag + "<w:r><w:t xml:space=\"preserve\">A&amp;B </w:t><w:tab/><w:t>党员</w:t></w:r>" +
                   "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:smartTag></w:smartTag></w:p>";

        Assert.Equal(["会议定于2020年1月1日召开。", "A&B \t党员"], Read(body));
    }

    [Fact]
    public void Hidden_text_is_not_read_whether_the_run_or_a_style_it_uses_hides_it()
    {
        // A character style based on a hiding one hides too; a run's own w:vanish="0" shows it in a hidden paragraph style,
        // and w:vanish on a paragraph's mark (w:pPr/w:rPr) hides the mark only, not the paragraph's text.
        var styles = "<w:style w:type=\"character\" w:styleId=\"Secret\"><w:rPr><w:vanish/></w:rPr></w:style>" +
                     "<w:style w:type=\"character\" w:styleId=\"Note\"><w:basedOn w:val=\"Secret\"/></w:style>" +
                     "<w:style w:type=\"paragraph\" w:styleId=\"Hidden\"><w:rPr><w:vanish/></w:rPr></w:style>";
        var body = "<w:p><w:r><w:t>各县区委组织部：</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>内部意见：暂缓</w:t></w:r><w:r/>" +
                   "<w:r><w:rPr><w:rStyle w:val=\"Note\"/></w:rPr><w:t>批注</w:t></w:r><w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>请报送名单。</w:t></w:r></w:p>" +
                   "<w:p><w:pPr><w:pStyle w:val=\"Hidden\"/></w:pPr><w:r><w:t>隐藏段落</w:t></w:r><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>显示</w:t></w:r></w:p>" +
                   "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>附件：名单</w:t></w:r></w:p>";

        Assert.Equal(["各县区委组织部：请报送名单。", "显示", "附件：名单"], Read(body, styles: styles));
    }

    [Fact]
    public void A_paragraph_whose_formatting_or_style_indents_its_first_line_is_marked_indented()
    {
        // Word indents a body paragraph by w:ind, not by spaces; a hanging indent, a left indent alone, an indent too small
        // to see and a style's indent a paragraph sets back to 0 are no first-line indents, and a centered paragraph (a
        // headline in a style that indents, as Chinese templates indent Normal) is not indented.
        var styles = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"/>" +
                     "<w:style w:type=\"paragraph\" w:styleId=\"Body\"><w:basedOn w:val=\"Normal\"/><w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/></w:pPr></w:style>" +
                     "<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:basedOn w:val=\"Body\"/><w:pPr><w:ind w:left=\"420\"/></w:pPr></w:style>" +
                     "<w:style w:type=\"paragraph\" w:styleId=\"Headline\"><w:basedOn w:val=\"Body\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:style>";
        string Indented(string properties, string text) => $"<w:p><w:pPr>{properties}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>";
        var body = Indented("<w:jc w:val=\"center\"/>", "标题") + Indented("<w:ind w:firstLine=\"640\"/>", "直接缩进") +
                   Indented("<w:pStyle w:val=\"Body\"/>", "样式缩进") + Indented("<w:pStyle w:val=\"Quote\"/>", "继承缩进") +
                   Indented("<w:pStyle w:val=\"Body\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>", "取消缩进") +
                   Indented("<w:ind w:left=\"420\" w:hanging=\"420\"/>", "悬挂缩进") + Indented("<w:ind w:firstLine=\"20\"/>", "微小缩进") +
                   Indented("<w:pStyle w:val=\"Body\"/><w:jc w:val=\"center\"/>", "居中标题") + Indented("<w:pStyle w:val=\"Headline\"/>", "居中样式标题");

        var blocks = DocumentReader.Read("issue.docx", TestDocuments.DocxOfXml(body, styles: styles)).Blocks;

        Assert.Equal([("标题", false), ("直接缩进", true), ("样式缩进", true), ("继承缩进", true), ("取消缩进", false), ("悬挂缩进", false), ("微小缩进", false),
            ("居中标题", false), ("居中样式标题", false)],
            blocks.Select(b => (b.Text, b.Indented)));
    }

    [Fact]
    public void Footnotes_are_read_after_the_body()
    {
        var body = "<w:p><w:r><w:t>深入学习贯彻党的二十大精神</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>";
        var footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>" +
                        $"<w:footnote w:id=\"1\">{Paragraph("参见《中国共产党章程》")}</w:footnote>";

        Assert.Equal(["深入学习贯彻党的二十大精神", "参见《中国共产党章程》"], Read(body, footnotes));
    }

    public static TheoryData<string, byte[]> Damaged()
    {
        var docx = TestDocuments.Docx(("正文第一段。", null));
        return new()
        {
            { "truncated", docx[..(docx.Length / 2)] },
            { "broken xml", TestDocuments.DocxOfXml("<w:p><w:r><w:t>正文</w:t></w:r>") },
            { "relationship to a relationships part", Archive.HostileInputs.HostileFiles.Docx().First(f => f.FileName == "relationship.docx").Content },
        };
    }

    [Theory]
    [MemberData(nameof(Damaged))]
    public void A_damaged_docx_is_said_so_in_words_of_ours_not_the_librarys(string damage, byte[] bytes)
    {
        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read($"{damage}.docx", bytes));

        Assert.StartsWith("the .docx is damaged or truncated: ", e.Message);
        Assert.DoesNotContain(e.InnerException!.Message, e.Message);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(40, 1)]
    [InlineData(1, 60_000)]
    public void A_style_sheet_larger_or_deeper_than_word_writes_sets_nothing(int depth, int padding)
    {
        // A style hiding its paragraphs, nested in elements as deep as given, among as many unused styles as given.
        var nested = string.Concat(Enumerable.Repeat("<w:rFonts>", depth - 1)) + string.Concat(Enumerable.Repeat("</w:rFonts>", depth - 1));
        var styles = $"<w:style w:type=\"paragraph\" w:styleId=\"Hidden\"><w:rPr><w:vanish/>{nested}</w:rPr></w:style>" +
                     string.Concat(Enumerable.Range(0, padding).Select(i => $"<w:style w:type=\"paragraph\" w:styleId=\"Unused{i}\"><w:pPr><w:ind w:firstLine=\"1\"/></w:pPr></w:style>"));
        var body = "<w:p><w:pPr><w:pStyle w:val=\"Hidden\"/></w:pPr><w:r><w:t>各县区委组织部：</w:t></w:r></w:p>" + Paragraph("请报送名单。");

        var read = Read(body, styles: styles);

        Assert.Equal(depth == 1 && padding == 1 ? ["请报送名单。"] : ["各县区委组织部：", "请报送名单。"], read);
    }
}
