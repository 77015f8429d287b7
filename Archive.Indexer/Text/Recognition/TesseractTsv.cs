using System.Globalization;
using Archive.Indexer.Chinese;

namespace Archive.Indexer.Text.Recognition;

/// <summary>
/// Tesseract's TSV output (one row per page, block, paragraph, line and word, with boxes and per-word confidence) ->
/// pages of paragraphs. Lines are joined into paragraphs as on a printed page, not by Tesseract's own paragraphs
/// (which split Chinese text at every other line): a paragraph ends at the end of Tesseract's block, after a line
/// that stops short of the page's right margin, and before an indented line. A bulletin's masthead, issue line and
/// date thus stay the short lines of their own that the parsers look for. Words are joined without spaces, except
/// between two Latin words or numbers.
/// </summary>
internal static class TesseractTsv
{
    private const int WordLevel = 5, LineLevel = 4, BlockLevel = 2, PageLevel = 1;

    /// <param name="firstPage">The document's page number of the image's first page.</param>
    public static IReadOnlyList<RecognizedPage> Parse(string tsv, int firstPage)
    {
        var pages = new List<RecognizedPage>();
        var lines = new List<OcrLine>();
        var (page, block, characters, confidence) = (0, 0, 0, 0.0);

        void EndPage()
        {
            if (page == 0) return;
            var number = firstPage + page - 1;
            pages.Add(new RecognizedPage(number, Paragraphs(lines, number).ToList(), characters, confidence));
            lines.Clear();
            (characters, confidence) = (0, 0);
        }

        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 11 || !int.TryParse(cells[0], CultureInfo.InvariantCulture, out var level)) continue;
            switch (level)
            {
                case PageLevel:
                    EndPage();
                    page = Int(cells[1]);
                    break;
                case BlockLevel:
                    block++;
                    break;
                case LineLevel:
                    lines.Add(new OcrLine(block, Int(cells[6]), Int(cells[6]) + Int(cells[8]), Int(cells[9])));
                    break;
                case WordLevel when lines.Count > 0:
                    var text = cells.Length > 11 ? cells[11].Trim() : "";
                    if (text.Length == 0) break;
                    lines[^1].Text = Join(lines[^1].Text, text);
                    characters += text.Length;
                    confidence += Math.Clamp(double.Parse(cells[10], CultureInfo.InvariantCulture) / 100, 0, 1) * text.Length;
                    break;
            }
        }
        EndPage();
        return pages;
    }

    private static int Int(string cell) => int.TryParse(cell, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static IEnumerable<TextBlock> Paragraphs(List<OcrLine> all, int page)
    {
        var lines = all.Where(l => l.Text.Length > 0).ToList();
        if (lines.Count == 0) yield break;
        var (left, right) = (lines.Min(l => l.Left), lines.Max(l => l.Right));
        var text = "";
        OcrLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is not null)
            {
                var height = Math.Max(previous.Height, 1);
                var breaks = line.Block != previous.Block
                             || previous.Right < right - height * 2.5
                             || line.Left > left + height * 1.5;
                if (breaks)
                {
                    yield return new TextBlock(text, page, null);
                    text = "";
                }
            }
            text = Join(text, line.Text);
            previous = line;
        }
        yield return new TextBlock(text, page, null);
    }

    /// <summary>Two runs of text as one: a space only between two Latin words or numbers.</summary>
    private static string Join(string left, string right) =>
        left.Length == 0 ? right
        : CharClass.IsWordStart(CharClass.Fold(left[^1])) && CharClass.IsWordStart(CharClass.Fold(right[0])) ? left + " " + right
        : left + right;

    private sealed class OcrLine(int block, int left, int right, int height)
    {
        public int Block { get; } = block;
        public int Left { get; } = left;
        public int Right { get; } = right;
        public int Height { get; } = height;
        public string Text { get; set; } = "";
    }
}
