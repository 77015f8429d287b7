using System.Globalization;
using System.Text;

namespace Archive.Evaluation.Generation;

/// <summary>
/// Writes lines of Chinese text as a PDF without needing a font file: a Type0 font with Identity-H encoding
/// whose character ids are the Unicode code points, a ToUnicode map saying so, and the font left to the viewer
/// (not embedded), every character one em wide. Paragraphs, their first line indented, wrap at the page width and flow over A4 pages, one blank line's gap between them,
/// as a word processor's export would lay them out.
/// </summary>
internal static class PdfTextFile
{
    private const double FontSize = 12;
    private const double Left = 60;
    private const double Top = 780;
    private const double Bottom = 60;
    private const double Leading = 18;
    private const int CharactersPerLine = 38;
    private const int Indent = 2;

    /// <summary>The page (1-based) on which each paragraph starts when laid out as <see cref="Create"/> does.</summary>
    public static int[] StartPages(IReadOnlyList<string> paragraphs)
    {
        var pages = new int[paragraphs.Count];
        foreach (var line in Layout(paragraphs).Where(l => l.FirstOfParagraph))
        {
            pages[line.Paragraph] = line.Page;
        }

        return pages;
    }

    /// <summary>One drawn line: which paragraph, on which page, where.</summary>
    private readonly record struct PlacedLine(int Paragraph, bool FirstOfParagraph, int Page, double X, double Y, string Text);

    /// <summary>
    /// Lines flow down A4 pages. Like a word processor's widow and orphan control, a paragraph never leaves its
    /// first line alone at the foot of a page nor its last line alone at the head of the next.
    /// </summary>
    private static IEnumerable<PlacedLine> Layout(IReadOnlyList<string> paragraphs)
    {
        var page = 0;
        var y = Bottom - 1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var lines = Wrap(paragraphs[p]);
            var breaks = PageBreaks(lines.Count, y >= Bottom ? (int)((y - Bottom) / Leading) + 1 : 0);
            for (var i = 0; i < lines.Count; i++)
            {
                if (y < Bottom || breaks.Contains(i))
                {
                    page++;
                    y = Top;
                }

                var (indent, text) = lines[i];
                yield return new PlacedLine(p, i == 0, page, Left + indent * FontSize, y, text);
                y -= Leading;
            }

            y -= Leading;
        }
    }

    /// <summary>The first line of a paragraph is indented by two characters, as Chinese documents are set.</summary>
    private static List<(int Indent, string Text)> Wrap(string paragraph)
    {
        var lines = new List<(int, string)>();
        for (var start = 0; start < paragraph.Length;)
        {
            var indent = start == 0 ? Indent : 0;
            var text = paragraph.Substring(start, Math.Min(CharactersPerLine - indent, paragraph.Length - start));
            lines.Add((indent, text));
            start += text.Length;
        }

        return lines;
    }

    /// <summary>Indices of the lines that must start a new page, given the free lines left on the current one.</summary>
    private static HashSet<int> PageBreaks(int lines, int free)
    {
        var breaks = new HashSet<int>();
        var linesPerPage = (int)((Top - Bottom) / Leading) + 1;
        for (var i = 0; i < lines;)
        {
            if (free == 0)
            {
                breaks.Add(i);
                free = linesPerPage;
            }

            var take = Math.Min(free, lines - i);
            if (take < lines - i)
            {
                if (lines - i - take == 1)
                {
                    take--;
                }

                if (i == 0 && take == 1)
                {
                    take = 0;
                }
            }

            i += take;
            free = i < lines ? 0 : free - take;
        }

        return breaks;
    }

    public static byte[] Create(IReadOnlyList<string> paragraphs)
    {
        var pages = new List<StringBuilder>();
        foreach (var line in Layout(paragraphs))
        {
            if (line.Page > pages.Count)
            {
                pages.Add(new StringBuilder());
            }

            var page = pages[^1];
            page.Append(CultureInfo.InvariantCulture, $"BT /F1 {FontSize} Tf 1 0 0 1 {line.X} {line.Y:0.##} Tm <");
            foreach (var c in line.Text)
            {
                page.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }

            page.Append("> Tj ET\n");
        }

        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "", // the page tree, once the page objects are numbered
            "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
            "/FontDescriptor 5 0 R /DW 1000 /CIDToGIDMap /Identity >>",
            "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>",
            Stream(ToUnicode()),
        };
        var kids = new List<string>();
        foreach (var content in pages)
        {
            objects.Add(Stream(content.ToString()));
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {objects.Count} 0 R >>");
            kids.Add($"{objects.Count} 0 R");
        }

        objects[1] = $"<< /Type /Pages /Kids [{string.Join(" ", kids)}] /Count {kids.Count} >>";
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Stream(string content) => $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";

    /// <summary>Character id n is U+n, for the whole Basic Multilingual Plane outside the surrogates.</summary>
    private static string ToUnicode()
    {
        var map = new StringBuilder(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var rows = Enumerable.Range(0, 256).Where(high => high is < 0xD8 or > 0xDF).ToList();
        foreach (var chunk in rows.Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfrange\n");
            foreach (var high in chunk)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{high:X2}00> <{high:X2}FF> <{high:X2}00>\n");
            }

            map.Append("endbfrange\n");
        }

        return map.Append("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend").ToString();
    }
}
