using System.Text;
using AngleSharp.Dom;
using Archive.Evaluation.Generation;
using Archive.Indexer.Tests.Parsing;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Text;

public sealed class DocumentReaderTests
{
    private const string Chinese = "安庆组工信息\r\n第 8 期\r\n宜秀区战“疫”一线党旗红。迅速动员部署，〇二〇年。\r\n";

    static DocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Chinese) },
        { "utf-8-bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Chinese)] },
        { "utf-16le", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Chinese)] },
        { "utf-16be", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Chinese)] },
        // Without a byte-order mark, and too few ASCII characters for their zero bytes to tell.
        { "utf-16le", Encoding.Unicode.GetBytes(Chinese) },
        { "utf-16be", Encoding.BigEndianUnicode.GetBytes(Chinese) },
        { "gb18030", Encoding.GetEncoding("GBK").GetBytes(Chinese) },
        { "gb18030", Encoding.GetEncoding("GB18030").GetBytes(Chinese + "𠀀") },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Text_files_decode_without_mojibake(string encoding, byte[] bytes)
    {
        var text = DocumentReader.Read("issue.txt", bytes);
        Assert.Equal(encoding, text.Encoding);
        Assert.StartsWith(Chinese.Replace("\r\n", "\n"), text.Text);
        Assert.DoesNotContain('\r', text.Text);
        Assert.Equal(["安庆组工信息", "第 8 期", "宜秀区战“疫”一线党旗红。迅速动员部署，〇二〇年。"], text.Blocks.Take(3).Select(b => b.Text));
    }

    [Fact]
    public void Markdown_headings_keep_their_levels_and_emphasis_marks_go()
    {
        var md = "# 强化责任担当\n\n## ——全市组织系统\n\n陆组轩\n\n正文**注重实战练兵。**继续\n第二行。\n";
        var text = DocumentReader.Read("page.md", Encoding.UTF8.GetBytes(md));
        Assert.Equal([("强化责任担当", 1), ("——全市组织系统", 2), ("陆组轩", (int?)null), ("正文注重实战练兵。继续第二行。", null)],
            text.Blocks.Select(b => (b.Text, b.HeadingLevel)));
    }

    [Fact]
    public void Markdown_of_more_link_definitions_than_a_document_holds_is_read_as_the_text_it_is()
    {
        var definitions = string.Concat(Enumerable.Range(0, MarkdownReader.MaxLinkDefinitions + 1).Select(i => $"[{i}]: http://example.org/{i}\n"));

        var text = DocumentReader.Read("links.md", Encoding.UTF8.GetBytes("# 标题\n\n" + definitions));

        Assert.Equal(("# 标题", (int?)null), (text.Blocks[0].Text, text.Blocks[0].HeadingLevel));
        Assert.Equal("[0]: http://example.org/0", text.Blocks[1].Text);
    }

    [Fact]
    public void Markdown_lists_and_quotes_nested_a_few_deep_are_read_as_their_items()
    {
        const string md = "# 工作要点\n\n1. 强化政治引领\n   - 深化理论武装\n     * 开展专题培训\n       继续推进\n2. 夯实基层基础\n\n> 引用：\n> - 党员教育\n>   > 再引一层\n\n\t- 制表符缩进的代码\n";

        var text = DocumentReader.Read("points.md", Encoding.UTF8.GetBytes(md));

        Assert.Equal(["工作要点", "强化政治引领", "深化理论武装", "开展专题培训继续推进", "夯实基层基础", "引用：", "党员教育", "再引一层", "- 制表符缩进的代码"],
            text.Blocks.Select(b => b.Text));
    }

    public static TheoryData<string, string> NestedPastTheBound => new()
    {
        { "markers on one line", string.Concat(Enumerable.Repeat("- ", MarkdownNesting.MaxDepth + 1)) + "干部\n" },
        { "lists nested by indentation", string.Concat(Enumerable.Range(0, MarkdownNesting.MaxDepth + 1).Select(i => new string(' ', 2 * i) + "- 干部\n")) },
        { "quotes and lists", string.Concat(Enumerable.Repeat("> 1. ", MarkdownNesting.MaxDepth / 2 + 1)) + "干部\n" },
        { "lazy lines between the levels", string.Concat(Enumerable.Range(0, MarkdownNesting.MaxDepth + 1).Select(i => new string(' ', 2 * i) + "- 干部\n党员\n")) },
        { "lines within more containers than a document holds", string.Concat(Enumerable.Repeat("- - 干部\n", MarkdownNesting.MaxContainedLines / 2 + 1)) },
    };

    [Theory]
    [MemberData(nameof(NestedPastTheBound))]
    public void Markdown_nested_past_the_bound_is_read_as_the_text_it_is_before_its_parser_walks_it(string shape, string md)
    {
        // Markdig walks every line through the containers open around it and refuses a depth past 64 only after
        // parsing it all: 20,000 markers on a line, or lists nested 2,000 deep, held a core for seconds.
        var text = DocumentReader.Read("deep.md", Encoding.UTF8.GetBytes(md));

        Assert.True(text.Blocks[0].Text.StartsWith(md[..md.IndexOf('\n')].Trim(), StringComparison.Ordinal), shape);
    }

    [Fact]
    public void Markdown_longer_than_a_document_holds_is_refused_before_its_parser_reads_it()
    {
        var md = string.Concat(Enumerable.Repeat("段落文字，**重点**内容。\n\n", ExtractedText.MaxCharacters / 16 + 1));

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("long.md", Encoding.UTF8.GetBytes(md)));

        Assert.Contains("more than one document is read for", refused.Message);
    }

    [Theory]
    [InlineData("通知.odt", "application/vnd.oasis.opendocument.text", "content.xml", "unsupported format .odt: the file is an OpenDocument file (.odt, .ods), a zip archive; of zipped formats only .docx is read")]
    [InlineData("读本.epub", "application/epub+zip", "OEBPS/ch1.xhtml", "unsupported format .epub: the file is an e-book (.epub), a zip archive; of zipped formats only .docx is read")]
    public void A_zipped_format_other_than_docx_is_refused_as_what_it_is_not_as_a_docx_without_a_body(string name, string mimeType, string content, string says)
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entry, text) in new[] { ("mimetype", mimeType), (content, "<p>关于做好干部教育培训工作的通知</p>") })
            {
                // Both formats keep their mimetype first and uncompressed, for readers that tell them by their first bytes.
                using var stream = archive.CreateEntry(entry, entry == "mimetype" ? System.IO.Compression.CompressionLevel.NoCompression : System.IO.Compression.CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read(name, zip.ToArray()));

        Assert.Equal(says, e.Message);
    }

    [Fact]
    public void Plain_text_longer_than_a_document_holds_is_refused_before_it_is_cut_into_lines()
    {
        var returns = new string('\r', ExtractedText.MaxCharacters) + "干部";

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("returns.txt", Encoding.UTF8.GetBytes(returns)));

        Assert.Contains("more than one document is read for", refused.Message);
    }

    [Fact]
    public void Html_of_more_elements_than_a_page_holds_is_refused_before_its_parser_builds_them()
    {
        // A million line breaks (4 MB) took the parser 750 MB, three quarters of a reader's heap.
        var html = "<p>" + string.Concat(Enumerable.Repeat("<br>", HtmlReader.MaxElements)) + "干部";

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("breaks.html", Encoding.UTF8.GetBytes(html)));

        Assert.Contains($"the HTML holds over {HtmlReader.MaxElements:N0} elements", refused.Message);
    }

    [Theory]
    [InlineData("<p {0}>干部</p>", 1, HtmlReader.MaxAttributes + 1)]
    [InlineData("<span {0}>干</span>", 10_000, 60)]
    public void Html_of_more_attributes_than_a_page_holds_is_refused_before_its_parser_builds_them(string tag, int tags, int attributes)
    {
        // A million attributes in one tag (10 MB) took the parser 3.6 s, some 2 µs each, in one tag or spread over many.
        var each = string.Join(" ", Enumerable.Range(0, attributes).Select(i => $"a{i}=\"{i} {i}\""));
        var html = "<body>" + string.Concat(Enumerable.Repeat(string.Format(tag, each), tags));

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("attributes.html", Encoding.UTF8.GetBytes(html)));

        Assert.Contains($"the HTML holds over {HtmlReader.MaxAttributes:N0} attributes", refused.Message);
    }

    [Theory]
    [InlineData("<p class=\"a b=c\" style='x: y' data-x=1 hidden>", 4)]
    [InlineData("<td/>", 0)]
    [InlineData("<img src = \"a.png\"/ alt=图 width=1/>", 3)]
    [InlineData("<div title=>", 1)]
    public void The_attributes_of_a_tag_are_counted_by_their_names_whatever_their_values_hold(string tag, int attributes)
    {
        Assert.Equal(attributes, HtmlNesting.Measure(tag, int.MaxValue, int.MaxValue).Attributes);
    }

    [Fact]
    public void Html_of_headings_or_links_left_open_is_read_as_flat_as_its_parser_builds_it()
    {
        // A heading closes the heading it opens in, a link the link: a sloppy page of thousands of them was refused as nested.
        var headings = string.Concat(Enumerable.Range(0, 2 * HtmlReader.MaxDepth).Select(i => $"<h3>第{i}条 加强基层党组织建设"));
        var links = string.Concat(Enumerable.Range(0, 2 * HtmlReader.MaxDepth).Select(i => $"<a href=\"/n{i}\">党员发展工作第{i}期"));

        foreach (var html in new[] { headings, links })
            Assert.Contains($"第{2 * HtmlReader.MaxDepth - 1}", DocumentReader.Read("open.html", Encoding.UTF8.GetBytes("<html><body>" + html)).Text);

        // Inside another element they nest, as the parser nests them: still refused.
        var nested = string.Concat(Enumerable.Repeat("<h3><b>标题", 2 * HtmlReader.MaxDepth));
        Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("nested.html", Encoding.UTF8.GetBytes(nested)));
    }

    public static TheoryData<string, string> PagesOfBlocksLeftOpen() => new()
    {
        // Old pages (FrontPage's, many a government site's) leave a paragraph's font open, a list item's bold, a cell's font.
        { "", "<p><font size=3>第{0}段 各级党组织要认真做好干部工作" },
        { "<ul>", "<li><b>第{0}条 加强基层党组织建设" },
        { "<table>", "<tr><td><font color=red>第{0}行 干部" },
        { "", "<p><span style=\"x\">第{0}段 党员发展工作" },
        { "<dl>", "<dt><i>第{0}项<dd><i>基层党建" },
    };

    [Theory]
    [MemberData(nameof(PagesOfBlocksLeftOpen))]
    public void Html_of_blocks_left_open_with_inline_tags_inside_is_read_as_flat_as_its_parser_builds_it(string container, string block)
    {
        // The next paragraph, item or cell closes the one left open and the inline tags inside it; the parser opens a
        // font again in the next, but never more than three alike. Such a page of 1,500 paragraphs was refused as nested 3,000 deep.
        var html = "<html><body>" + container + string.Concat(Enumerable.Range(0, 3 * HtmlReader.MaxDepth / 2).Select(i => string.Format(block, i)));

        Assert.Contains($"第{3 * HtmlReader.MaxDepth / 2 - 1}", DocumentReader.Read("open.html", Encoding.UTF8.GetBytes(html)).Text);
    }

    [Theory]
    [InlineData("", "<p><font size=3>段")]
    [InlineData("", "<p><font id=f{0}>段")]
    [InlineData("<ul>", "<li><b>条")]
    [InlineData("<ul>", "<li><b class=c{0}>条<div>x")]
    [InlineData("<table>", "<tr><td><font color=red>行")]
    [InlineData("<table>", "<tr><td><font color=red>行<table><tr><td>")]
    [InlineData("", "<div><p>段")]
    [InlineData("", "<h3><b>标题")]
    [InlineData("", "<a href=#{0}><b>链接")]
    [InlineData("", "<p><b>段<i>x<u>y")]
    [InlineData("<select>", "<option><b>a")]
    [InlineData("<ol>", "<li><p><font id=f{0}>条")]
    [InlineData("<dl>", "<dt><i id=i{0}>a<dd><span>b")]
    public void The_depth_estimate_of_a_page_is_never_below_the_depth_its_parser_builds(string container, string block)
    {
        // The estimate stands in for the parser, whose work grows with the square of the depth: it may count deeper, never
        // shallower, but for an element or two the parser adds of itself (a table's tbody).
        var html = "<html><body>" + container + string.Concat(Enumerable.Range(0, 300).Select(i => string.Format(block, i)));
        var parsed = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var built = parsed.QuerySelectorAll("*").Max(e => e.GetAncestors().OfType<IElement>().Count() + 1);

        Assert.True(HtmlNesting.Measure(html, int.MaxValue, int.MaxValue).Depth + 2 >= built, $"the parser built {built} levels");
    }

    [Fact]
    public void Html_that_makes_its_parser_open_formatting_again_and_again_is_refused_by_the_work_it_would_take()
    {
        // 900 different fonts left open, then paragraphs: the parser opens all 900 again in each (millions of elements from 5 MB).
        var html = "<body><p>" + string.Concat(Enumerable.Range(0, 900).Select(i => $"<font id=f{i}>")) + string.Concat(Enumerable.Repeat("<p>段", 10_000));

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("reopened.html", Encoding.UTF8.GetBytes(html)));

        // Each paragraph opens 900 elements again at depths up to 900: the work is over its bound long before the elements are.
        Assert.Contains($"over {HtmlReader.MaxWork:N0} steps", refused.Message);
    }

    [Fact]
    public void Html_of_many_deep_chains_is_refused_by_its_parser_s_work()
    {
        // 250 chains of 990 nested elements (2.7 MB), each within the depth and all within the elements a page may hold:
        // the parser looks through the open elements for each, and took seconds (found by hostile19).
        var chain = string.Concat(Enumerable.Repeat("<div>", 990)) + "段" + string.Concat(Enumerable.Repeat("</div>", 990));
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(chain, 250)) + "</body></html>";

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("chains.html", Encoding.UTF8.GetBytes(html)));

        Assert.Contains($"over {HtmlReader.MaxWork:N0} steps", refused.Message);
    }

    [Fact]
    public void The_HTML_blocks_of_a_markdown_file_share_one_page_s_parser_work()
    {
        // 300 blocks as deep as a page may be, each read alone, took 4 s of the reader's processor (found by hostile19).
        var chain = string.Concat(Enumerable.Repeat("<div>", 990)) + "第{0}块" + string.Concat(Enumerable.Repeat("</div>", 990));
        var markdown = "# 标题\n\n" + string.Join("\n\n", Enumerable.Range(0, 300).Select(i => string.Format(chain, i)));

        var blocks = DocumentReader.Read("chains.md", Encoding.UTF8.GetBytes(markdown)).Blocks;

        Assert.Contains(blocks, b => b.Text == "第0块");
        // Past the work one page may cost, a block is kept as the text it is.
        Assert.Contains(blocks, b => b.Text.Contains("<div>第299块</div>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("IBM037")]
    [InlineData("x-ebcdic-koreanextended")]
    public void Html_declaring_a_charset_no_page_can_be_written_in_is_read_as_its_bytes_are(string charset)
    {
        // A page of ASCII (its Chinese written as character references) is read in the charset it declares. UTF-7, which
        // the runtime refuses to decode, lost the page to a NotSupportedException; EBCDIC read its ASCII as control
        // characters, refused as binary. Browsers take neither.
        var html = $"<html><head><meta charset=\"{charset}\"><title>Notice</title></head><body><p>&#24178;&#37096; +ADw-b+AD4-</p></body></html>";

        var read = DocumentReader.Read("declared.html", Encoding.ASCII.GetBytes(html));

        Assert.Contains("干部 +ADw-b+AD4-", read.Text);
    }

    [Fact]
    public void Html_drops_chrome_keeps_paragraphs_and_the_footer_and_respects_the_declared_charset()
    {
        var html = """
            <html><head><meta charset="gbk"><title>颍东区委组织部五项措施 - 阜阳先锋网</title>
            <style>p { color: red }</style><script>var x = "脚本";</script></head>
            <body><nav><a href="/">首页</a> &gt; <a>工作动态</a></nav>
            <div class="breadcrumb">当前位置：首页</div>
            <header>阜阳先锋网</header>
            <h1>颍东区委组织部“五项措施” 筑牢疫情防控红色堡垒</h1>
            <div class="info">发布日期:2022-04-11 作者:刘少叶</div>
            <p>疫情防控工作开展以来，颍东区委组织部立足部门职能。</p>
            <p>强化组织领导，<b>健全防控体系</b>。</p>
            <footer>主办单位:中共阜阳市委组织部 技术支持:网新科技</footer>
            </body></html>
            """;
        var text = DocumentReader.Read("page.htm", Encoding.GetEncoding("GBK").GetBytes(html));
        Assert.Equal("gb18030", text.Encoding);
        Assert.Equal(
            ["颍东区委组织部“五项措施” 筑牢疫情防控红色堡垒", "发布日期:2022-04-11 作者:刘少叶", "疫情防控工作开展以来，颍东区委组织部立足部门职能。", "强化组织领导，健全防控体系。",
             "主办单位:中共阜阳市委组织部 技术支持:网新科技"],
            text.Blocks.Select(b => b.Text));
        Assert.Equal(1, text.Blocks[0].HeadingLevel);
    }

    [Fact]
    public void An_html_paragraph_indented_by_its_style_or_by_spaces_the_browser_keeps_is_marked_indented()
    {
        // Chinese pages indent paragraphs with full-width or non-breaking spaces, or text-indent (which inherits, as
        // text-align does); the text collapses them. Nothing centered is indented.
        const string html = """
            <html><body><p style="text-align:center"><strong>青山镇推行党员积分制</strong></p>
            <p style="TEXT-INDENT: 2em">样式缩进。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;空格缩进。</p><p>
            　　全角缩进。</p><p>&emsp;&emsp;全身空格缩进。</p><p style="text-indent:0">不缩进。</p><p> 一个空格。</p><p>&nbsp;一个不换行空格。</p>
            <div style="text-indent:2em"><p>继承缩进。</p><p style="text-align:center">居中标题</p><p align="center">　　居中属性</p><center><p>居中元素</p></center></div>
            </body></html>
            """;
        var text = DocumentReader.Read("page.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal([("青山镇推行党员积分制", false), ("样式缩进。", true), ("空格缩进。", true), ("全角缩进。", true), ("全身空格缩进。", true),
            ("不缩进。", false), ("一个空格。", false), ("一个不换行空格。", false),
            ("继承缩进。", true), ("居中标题", false), ("居中属性", false), ("居中元素", false)], text.Blocks.Select(b => (b.Text, b.Indented)));
    }

    [Fact]
    public void A_style_that_declares_the_indent_or_the_alignment_twice_is_read_as_a_browser_reads_it_by_its_last_declaration()
    {
        // Editors paste styles together (a template's text-indent:0, then their own 2em); a property that only ends in
        // the name (x-text-indent) is not the indent.
        const string html = """
            <html><body><p style="text-indent:0; line-height:2; text-indent:2em">正文缩进。</p><p style="text-indent:2em;text-indent:0">不缩进。</p>
            <p style="x-text-indent:2em">也不缩进。</p><div style="text-indent:2em"><p style="text-align:left; text-align:center">居中标题</p>
            <p style="text-align:center; text-align:justify">继承缩进的正文。</p></div></body></html>
            """;
        var text = DocumentReader.Read("page.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal([("正文缩进。", true), ("不缩进。", false), ("也不缩进。", false), ("居中标题", false), ("继承缩进的正文。", true)],
            text.Blocks.Select(b => (b.Text, b.Indented)));
    }

    [Fact]
    public void A_pdf_paragraph_whose_first_line_is_indented_is_marked_indented_and_a_centered_headline_is_not()
    {
        var bytes = TestDocuments.PdfOfLines(
            ("County trains young cadres", null),
            ("The county trained three hundred young cadres this year, who then", 24),
            ("served in villages and on major projects in every season of the year.", 0),
            ("Qingshan scores its members", null),
            ("Each member earns points for study, meetings and voluntary work.", 24));

        var blocks = DocumentReader.Read("issue.pdf", bytes).Blocks;

        Assert.Equal([("County trains young cadres", false), ("The county trained three hundred young cadres this year, who then served in villages and on major projects in every season of the year.", true),
            ("Qingshan scores its members", false), ("Each member earns points for study, meetings and voluntary work.", true)], blocks.Select(b => (b.Text, b.Indented)));
    }

    /// <summary>Text cut into lines of 24 letters (172.8 pt of Courier), the last shorter, as a justified column ends them alike.</summary>
    private static string[] Column(string text) => [.. text.Chunk(24).Select(c => new string(c))];

    [Fact]
    public void A_pdf_page_in_two_columns_is_read_column_by_column_under_the_lines_over_them()
    {
        // Lines of both columns share baselines: read by baselines alone, each line of the left column was glued to the
        // line beside it in the right one. Above them, the page's own lines: an issuer with its date set right, and a
        // headline of two lines, the second short and centered over the strip between the columns.
        var left = Column("The county trained three hundred young cadres in villages and on major projects this year, tested them in hard tasks and will choose the best of them for posts.");
        var right = Column("Qingshan scores its members for study, meetings and voluntary work every quarter of the year, shows the scores to all and gives awards by them at the end of it.");
        var texts = new List<(string, double, double)>
        {
            ("Issued by the office", 60, 780), ("15 June 2023", 386, 780),
            ("A headline over both columns", 150, 760), ("in two lines", 240, 744),
        };
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            if (i < left.Length) texts.Add((left[i], 60, 720 - i * 16));
            if (i < right.Length) texts.Add((right[i], 300, 720 - i * 16));
        }

        var text = DocumentReader.Read("issue.pdf", TestDocuments.PdfOfTexts([.. texts])).Text.Replace('\n', ' ');

        var expected = $"Issued by the office 15 June 2023 A headline over both columns in two lines {string.Join(" ", left)} {string.Join(" ", right)}";
        Assert.Equal(string.Join(" ", expected.Split(' ', StringSplitOptions.RemoveEmptyEntries)), text);
    }

    [Fact]
    public void A_pdf_page_of_a_lead_story_across_it_over_two_columns_reads_the_story_then_each_column()
    {
        // So many lines run across the page that no gutter shows on the whole of it, as on a newspaper's front page.
        var lead = Enumerable.Range(0, 10).Select(i => $"Lead story line {i:D2} runs across the whole page width here.").ToArray();
        var left = Column("The county trained three hundred young cadres in villages and on major projects this year, tested them in hard tasks and will choose the best.");
        var right = Column("Qingshan scores its members for study, meetings and voluntary work every quarter of the year, shows the scores to all and gives awards.");
        var texts = lead.Select((line, i) => (line, 60.0, 780.0 - i * 16)).ToList();
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            if (i < left.Length) texts.Add((left[i], 60, 600 - i * 16));
            if (i < right.Length) texts.Add((right[i], 304.8, 600 - i * 16));
        }

        var text = DocumentReader.Read("front.pdf", TestDocuments.PdfOfTexts([.. texts])).Text.Replace('\n', ' ');

        var expected = $"{string.Join(" ", lead)} {string.Join(" ", left)} {string.Join(" ", right)}";
        Assert.Equal(string.Join(" ", expected.Split(' ', StringSplitOptions.RemoveEmptyEntries)), string.Join(" ", text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_pdf_table_of_short_cells_or_a_list_of_titles_with_dates_is_read_row_by_row_not_as_columns(bool titles)
    {
        string[] cells = titles
            ? ["Notice on the training of cadres", "12 May 2021", "Notice on the annual review", "3 June 2021", "Notice on party fees", "9 July 2021",
               "Notice on village elections", "1 August 2021", "Notice on the rural work plan", "20 August 2021", "Notice on study sessions", "5 May 2022",
               "Notice on grassroots offices", "7 May 2022"]
            : ["Zhang", "Head", "Li", "Clerk", "Wang", "Aide", "Zhao", "Head", "Qian", "Clerk", "Sun", "Aide", "Zhou", "Head"];
        var texts = new List<(string, double, double)>();
        for (var i = 0; i < cells.Length; i += 2)
        {
            texts.Add((cells[i], 60, 700 - i * 8));
            texts.Add((cells[i + 1], titles ? 440 - cells[i + 1].Length * 7.2 : 320, 700 - i * 8));
        }

        var text = DocumentReader.Read("staff.pdf", TestDocuments.PdfOfTexts([.. texts])).Text.Replace('\n', ' ');

        Assert.Equal(string.Join(" ", cells), text);
    }

    [Fact]
    public void A_pdf_paragraph_keeps_its_lines_together_beside_a_page_number_set_far_out()
    {
        // The right margin is where full lines end, not the furthest end on the page: measured by a page number set
        // past the text, every line of the paragraph looked short and became a paragraph of its own.
        var lines = Column("The committee met twelve times this year and heard the reports of every branch, then agreed on the plan for training cadres in all villages of the county next spring.");
        var texts = lines.Select((line, i) => (line, 60.0, 700.0 - i * 16)).Append(("- 3 -", 520, 560)).ToArray();

        var blocks = DocumentReader.Read("minutes.pdf", TestDocuments.PdfOfTexts(texts)).Blocks.Select(b => b.Text).ToList();

        Assert.Equal(string.Join(" ", string.Join(" ", lines).Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            string.Join(" ", blocks.Single(b => b.StartsWith("The committee", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void A_pdf_letter_with_a_small_box_a_little_below_its_line_is_read_in_the_line()
    {
        // A writer justifying Chinese text can set the letters after a comma with boxes a fraction of their size and a
        // baseline a few points off; measured by its own box, such a letter made a line of its own, read after the whole line.
        var bytes = TestDocuments.PdfOfTexts(("Members met in May", 60, 700), (",", 189.6, 698), ("and again in June", 201, 700));

        Assert.Equal("Members met in May, and again in June", DocumentReader.Read("notes.pdf", bytes).Text);
    }

    [Fact]
    public void Html_text_hidden_from_readers_is_not_read()
    {
        const string html = """
            <html><body><h1>全县组织部长会议召开</h1>
            <p>2月19日，全县组织部长会议召开。</p>
            <div style="display: none">棋牌 彩票 代开发票</div><p hidden>网站关键词</p><span style="VISIBILITY:hidden">隐藏</span>
            </body></html>
            """;
        var text = DocumentReader.Read("page.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal(["全县组织部长会议召开", "2月19日，全县组织部长会议召开。"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void An_html_pages_footer_names_its_publisher_and_stays_out_of_the_article()
    {
        var html = """
            <html><head><meta charset="utf-8"><title>全县组织部长会议召开</title></head>
            <body><h1>全县组织部长会议召开</h1>
            <p>发布时间：2024-02-20 来源：组工网</p>
            <p>2月19日，全县组织部长会议召开，总结去年工作，部署今年任务。</p>
            <div class="copyright"><p>关于我们 | 联系我们 | 网站地图</p><p>中共含山县委组织部 版权所有 皖ICP备12345678号</p><p>地址：含山县环峰镇 电话：0555-1234567</p>
            <p>友情链接：中国共产党新闻网 共产党员网 安徽先锋网</p><p>您是本站第1234567位访客</p></div>
            </body></html>
            """;
        var doc = Samples.Parser.Parse(DocumentReader.Read("page.html", Encoding.UTF8.GetBytes(html)));

        Assert.Equal("中共含山县委组织部", doc.Publisher);
        Assert.EndsWith("部署今年任务。", Assert.Single(doc.Articles).Body);
        Assert.DoesNotContain("先锋网", doc.Articles[0].Body);
    }

    [Theory]
    [InlineData("<meta charset=\"gb2312\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">")]
    public void A_page_saved_as_utf8_under_its_old_charset_declaration_is_read_as_the_utf8_it_is(string declaration)
    {
        var html = $"<html><head>{declaration}<title>干部培训</title></head><body><h1>关于做好干部教育培训工作的通知</h1><p>各县区委组织部：请认真组织学习。</p></body></html>";
        var text = DocumentReader.Read("page.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal("utf-8", text.Encoding);
        Assert.Equal(["关于做好干部教育培训工作的通知", "各县区委组织部：请认真组织学习。"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_page_declaring_utf16_in_bytes_that_are_ascii_is_not_read_as_utf16()
    {
        // A declaration readable as ASCII cannot be UTF-16 (browsers read such a page as UTF-8); read as UTF-16, its
        // markup became ideographs: 格浴㹬…
        var html = "<html><head><meta charset=\"utf-16\"></head><body><h1>&#x5E72;&#x90E8;&#x57F9;&#x8BAD;</h1><p>&#x8BF7;&#x8BA4;&#x771F;&#x7EC4;&#x7EC7;&#x3002;</p></body></html>";
        var text = DocumentReader.Read("page.html", Encoding.ASCII.GetBytes(html));
        Assert.Equal(["干部培训", "请认真组织。"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Html_references_to_noncharacters_are_read_as_the_replacement_character_as_references_to_nul_and_surrogates_are()
    {
        var html = "<html><head><title>干部&#xFFFF;培训</title></head><body><p>干&#xFFFE;部&#x1FFFE;党&#xFDD0;员&#65535;群&#x10FFFF;众&#0;团&#xD800;结</p></body></html>";
        var text = DocumentReader.Read("page.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(["干部\uFFFD培训", "干\uFFFD部\uFFFD党\uFFFD员\uFFFD群\uFFFD众\uFFFD团\uFFFD结"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Docx_reads_paragraphs_headings_and_tables()
    {
        var bytes = TestDocuments.Docx(("安庆组工信息", "Title"), ("市内信息", "Heading2"), ("正文第一段。", null), ("单位|人数", null), ("宜秀区|24", null));
        var text = DocumentReader.Read("issue.docx", bytes);
        Assert.Equal([("安庆组工信息", 1), ("市内信息", 2), ("正文第一段。", (int?)null), ("单位\t人数", null), ("宜秀区\t24", null)],
            text.Blocks.Select(b => (b.Text, b.HeadingLevel)));
    }

    [Fact]
    public void Pdf_paragraphs_keep_their_page_numbers()
    {
        var bytes = TestDocuments.Pdf(["Party building bulletin", "", "The first article starts here."], ["The second page holds", "the rest of it."]);
        var text = DocumentReader.Read("issue.pdf", bytes);
        Assert.Contains(text.Blocks, b => b.Text.Contains("first article") && b.Page == 1);
        Assert.Contains(text.Blocks, b => b.Text.Contains("second page") && b.Page == 2);
        Assert.DoesNotContain(text.Blocks, b => b.Page is null or > 2);
    }

    [Theory]
    [InlineData("bulletins/b022.pdf", "新林区召开2023年组织工作部署会议")]
    [InlineData("bulletins/b002.pdf", "10月27日、28日")]
    public void Pdf_gap_an_office_suite_sets_between_chinese_and_figures_is_no_space(string file, string printed)
    {
        // Real issues as exported to PDF: Word and LibreOffice set a quarter-em gap between Chinese and Latin text.
        var corpus = Archive.Evaluation.Parsing.LabelledCorpus.FindUpwards(AppContext.BaseDirectory, "corpus/real")!;
        var text = DocumentReader.Read(file, File.ReadAllBytes(Path.Combine(corpus, file))).Text;

        Assert.Contains(printed, text);
        Assert.DoesNotMatch(@"\d [年月日期]", text);
    }

    [Fact]
    public void Pdf_notice_whose_last_page_holds_only_short_lines_keeps_its_issuer()
    {
        // As the generator lays out a notice (the case the 100,000-article manifest check caught): wrapped
        // paragraphs fill the first page, and the last page holds only a one-line closing sentence, the issuer
        // and the date, none of them full width, with a blank line's gap between each.
        const string closing = "实行“一对一”包保责任，摧毁编辑，大家。";
        const string issuer = "中共淄博市委组织部";
        var sentences = string.Concat(Enumerable.Repeat("健全人才服务“一站式”平台，累计组织五千次专项督查。", 5));
        var pdf = PdfTextFile.Create(["关于强化基层党组织建设的通知", "各县（市、区）委组织部：", sentences[..114], .. Enumerable.Repeat(sentences[..100], 8),
            closing, issuer, "2022年1月18日"]);
        using (var drawn = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            Assert.Equal(closing + issuer + "2022年1月18日", drawn.GetPage(drawn.NumberOfPages).Text);
        }

        var text = DocumentReader.Read("notice.pdf", pdf);
        Assert.Equal([closing, issuer, "2022年1月18日"], text.Blocks.Where(b => b.Page == text.Blocks[^1].Page).Select(b => b.Text));
        var notice = Archive.Indexer.Parsing.DocumentParser.CreateDefault().Parse(text);
        Assert.Equal(issuer, notice.Publisher);
        Assert.Equal(new DateOnly(2022, 1, 18), notice.Date);
        Assert.EndsWith(closing, notice.Articles[0].Body);
    }

    [Fact]
    public void A_gbk_text_whose_short_line_happens_to_be_valid_utf8_stays_gbk()
    {
        // 颍东 in GBK is F2 A3 B6 AB, one valid UTF-8 character (U+A3DAB).
        const string original = "阜阳市召开组织工作会议\n颍东\n区委组织部部署换届工作。\n";

        var text = DocumentReader.Read("notice.txt", Encoding.GetEncoding("GBK").GetBytes(original));

        Assert.Equal((original, "gb18030"), (text.Text, text.Encoding));
    }

    [Fact]
    public void A_text_of_utf8_lines_and_a_few_gbk_lines_reads_each_line_in_its_own_encoding()
    {
        var gbk = Encoding.GetEncoding("GBK");
        byte[] bytes = [.. Encoding.UTF8.GetBytes("安庆组工信息\n第 8 期\n"), .. gbk.GetBytes("宜秀区战“疫”一线党旗红。\n"), .. Encoding.UTF8.GetBytes("迅速动员部署，全区组织干部下沉。\n")];

        var text = DocumentReader.Read("joined.txt", bytes);

        Assert.Equal("安庆组工信息\n第 8 期\n宜秀区战“疫”一线党旗红。\n迅速动员部署，全区组织干部下沉。\n", text.Text);
        Assert.Equal("utf-8+gb18030", text.Encoding);
    }

    [Fact]
    public void A_text_of_gbk_lines_and_a_few_utf8_lines_reads_each_line_in_its_own_encoding_not_as_mojibake()
    {
        var gbk = Encoding.GetEncoding("GBK");
        // GB18030 reads the UTF-8 line as valid mojibake: the file as a whole is no sign of the mixture.
        byte[] bytes = [.. gbk.GetBytes("安庆组工信息\n宜秀区战“疫”一线党旗红。迅速动员部署。\n"), .. Encoding.UTF8.GetBytes("转自人民网：干部\n"), .. gbk.GetBytes("全区组织干部下沉社区。\n")];

        var text = DocumentReader.Read("joined.txt", bytes);

        Assert.Equal("安庆组工信息\n宜秀区战“疫”一线党旗红。迅速动员部署。\n转自人民网：干部\n全区组织干部下沉社区。\n", text.Text);
    }

    [Fact]
    public void A_line_in_neither_encoding_is_read_in_the_one_most_lines_are_in_with_replacements_where_it_breaks()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("安庆组工信息\n第 8 期\n"), .. Encoding.GetEncoding("GBK").GetBytes("宜秀区\n"), .. Encoding.UTF8.GetBytes("党旗"), 0xFF, 0x80, .. "\n"u8];

        var text = DocumentReader.Read("broken.txt", bytes);

        Assert.Equal("utf-8+gb18030", text.Encoding);
        Assert.Equal("安庆组工信息第 8 期宜秀区党旗\uFFFD\uFFFD", string.Concat(text.Blocks.Select(b => b.Text)));
    }

    [Theory]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public void A_utf32_text_with_its_byte_order_mark_is_read(string encoding)
    {
        var utf32 = Encoding.GetEncoding(encoding);
        const string notice = "关于做好干部教育培训工作的通知\n各县区委组织部：请认真做好培训。𠮷\n";

        byte[] bytes = [.. utf32.GetPreamble(), .. utf32.GetBytes(notice)];

        var text = DocumentReader.Read("notice.txt", bytes);

        Assert.Equal((notice, encoding.ToLowerInvariant()), (text.Text, text.Encoding));
    }

    [Theory]
    [InlineData("\v")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\r\n\v")]
    public void A_text_whose_lines_end_in_another_line_break_is_read_as_its_lines_not_one_line_nor_binary(string lineBreak)
    {
        string[] lines = ["关于做好干部教育培训工作的通知", "各县区委组织部：", "请认真做好红旗渠精神专题培训。"];

        var text = DocumentReader.Read("word-export.txt", Encoding.UTF8.GetBytes(string.Join(lineBreak, lines)));

        Assert.Equal(lines, text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_gbk_text_broken_on_many_lines_is_refused_naming_the_byte_where_the_first_breaks_not_where_its_line_starts()
    {
        var gbk = Encoding.GetEncoding("GBK");
        // Byte 48 starts line 3, and 请认真做好 is 10 bytes: the lead byte 0x81 before a space, at 58, is no character;
        // line 4 breaks the same way, so two lines of four read in no encoding: no text.
        byte[] bytes = [.. gbk.GetBytes("关于做好干部教育培训工作的通知\n各县区委组织部：\n请认真做好"), 0x81, 0x20, .. gbk.GetBytes("红旗渠精神专题培训。\n附件"), 0x81, 0x20, .. gbk.GetBytes("名单\n")];

        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("broken.txt", bytes));

        Assert.Contains("line 3, from byte 58,", e.Message);
    }

    public static TheoryData<string, byte[], string> BadFiles()
    {
        var docx = TestDocuments.Docx(("正文第一段。", null));
        var pdf = TestDocuments.Pdf(["Some text on a page."]);
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        return new()
        {
            { "empty.txt", [], "empty" },
            { "blank.txt", Encoding.UTF8.GetBytes(" \r\n\t\r\n"), "empty" },
            { "garbage.txt", garbage, "binary" },
            { "garbage.bin", garbage, "not text" },
            { "truncated.docx", docx[..(docx.Length / 2)], "damaged or truncated" },
            { "entities.docx", Archive.HostileInputs.HostileFiles.Docx().First(f => f.FileName == "entities.docx").Content, "declares a document type (DTD)" },
            { "relationship.docx", Archive.HostileInputs.HostileFiles.Docx().First(f => f.FileName == "relationship.docx").Content, "damaged or truncated" },
            { "truncated.pdf", pdf[..(pdf.Length / 2)], "damaged or truncated" },
            { "not-a-pdf.pdf", Encoding.UTF8.GetBytes("hello"), "not a PDF" },
            { "protected.pdf", TestDocuments.EncryptedPdf(), "encrypted" },
            { "legacy.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "legacy Office" },
        };
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Unreadable_files_fail_with_a_reason(string name, byte[] bytes, string reason)
    {
        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read(name, bytes));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void An_unknown_extension_holding_text_is_read_as_text()
    {
        var text = DocumentReader.Read("notes.log", Encoding.UTF8.GetBytes("第一行\n第二行"));
        Assert.Equal(["第一行", "第二行"], text.Blocks.Select(b => b.Text));
    }
}
