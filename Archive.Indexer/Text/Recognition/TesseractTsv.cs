using System.Globalization;
using Archive.Indexer.Chinese;

namespace Archive.Indexer.Text.Recognition;

/// <summary>
/// Tesseract's TSV output (one row per page, block, paragraph, line and word, with boxes and per-word confidence) ->
/// pages of paragraphs. Lines are joined into paragraphs as on a printed page, not by Tesseract's own paragraphs and
/// blocks (which split Chinese text in mid-paragraph): a paragraph ends before a gap wider than the page's usual line
/// pitch (or a jump up to the next column), after a line that stops short of the page's right margin by more than
/// the few characters ragged-right Chinese lines lose to line-breaking rules, and before an indented line. A
/// bulletin's masthead, issue line and date thus stay the short lines of their own that the parsers look for. Words are joined without spaces, except
/// between two Latin words or numbers, and the marks the model cannot write are put back (<see cref="ChineseMarks"/>).
/// </summary>
internal static class TesseractTsv
{
    private const int WordLevel = 5, LineLevel = 4, PageLevel = 1;
    /// <summary>A line that stops short by more than this many line heights ends its paragraph.</summary>
    private const double ShortLine = 4;
    /// <summary>A gap this much wider than the page's usual line pitch ends a paragraph (12 pt type 4 pt apart: 1.28).</summary>
    private const double ParagraphGap = 1.15;

    /// <param name="firstPage">The document's page number of the image's first page.</param>
    public static IReadOnlyList<RecognizedPage> Parse(string tsv, int firstPage)
    {
        var pages = new List<RecognizedPage>();
        var lines = new List<OcrLine>();
        var (page, characters, confidence) = (0, 0, 0.0);

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
                case LineLevel:
                    lines.Add(new OcrLine(Int(cells[6]), Int(cells[7]), Int(cells[8]), Int(cells[9])));
                    break;
                case WordLevel when lines.Count > 0:
                    var text = cells.Length > 11 ? cells[11].Trim() : "";
                    if (text.Length == 0) break;
                    var wordConfidence = Math.Clamp(double.Parse(cells[10], CultureInfo.InvariantCulture) / 100, 0, 1);
                    lines[^1].Add(text, wordConfidence);
                    characters += text.Length;
                    confidence += wordConfidence * text.Length;
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
        foreach (var line in lines) line.Text = ChineseMarks.Restore(line.Text, line.FirstWord, line.FirstWordConfidence);
        if (lines.Count == 0) yield break;
        var (left, right) = (lines.Min(l => l.Left), lines.Max(l => l.Right));
        var pitches = lines.Zip(lines.Skip(1), (a, b) => b.Top - a.Top).Where(p => p > 0).Order().ToList();
        var pitch = pitches.Count > 0 ? pitches[pitches.Count / 2] : 0;
        var paragraph = new WrappedLines();
        OcrLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is not null)
            {
                var height = Math.Max(previous.Height, 1);
                var gap = line.Top - previous.Top;
                // A paragraph's lines keep their pitch within a few pixels; even a few points between paragraphs is more.
                var breaks = gap <= 0 || gap > (pitch > 0 ? pitch * ParagraphGap : height * 1.9)
                             || previous.Right < right - height * ShortLine
                             || line.Left > left + height * 1.5;
                if (breaks) yield return new TextBlock(paragraph.Take(), page, null);
            }
            paragraph.Add(line.Text);
            previous = line;
        }
        yield return new TextBlock(paragraph.Take(), page, null);
    }

    /// <summary>Two runs of text as one: a space only between two Latin words or numbers.</summary>
    private static string Join(string left, string right) =>
        left.Length == 0 ? right
        : CharClass.IsWordStart(CharClass.Fold(left[^1])) && CharClass.IsWordStart(CharClass.Fold(right[0])) ? left + " " + right
        : left + right;

    private sealed class OcrLine(int left, int top, int width, int height)
    {
        public int Left { get; } = left;
        public int Top { get; } = top;
        public int Right { get; } = left + width;
        public int Height { get; } = height;
        public string Text { get; set; } = "";
        public string FirstWord { get; private set; } = "";
        public double FirstWordConfidence { get; private set; }

        public void Add(string word, double confidence)
        {
            if (Text.Length == 0) (FirstWord, FirstWordConfidence) = (word, confidence);
            Text = Join(Text, word);
        }
    }
}
