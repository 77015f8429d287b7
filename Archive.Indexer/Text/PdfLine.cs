using System.Text;
using Archive.Indexer.Chinese;
using UglyToad.PdfPig.Content;

namespace Archive.Indexer.Text;

/// <summary>Letters of a PDF page that share a baseline, or a piece of such a line between wide gaps (<see cref="PdfColumns"/>).</summary>
internal sealed class PdfLine(double baseline, double height)
{
    public double Baseline { get; } = baseline;
    public double Height { get; } = height;
    public List<Letter> Letters { get; } = [];
    public double Left => Letters.Min(l => l.StartBaseLine.X);
    public double Right => Letters.Max(l => l.EndBaseLine.X);

    /// <summary>
    /// The letters left to right; a space where the gap is wide (Latin words; Chinese text has none), nothing
    /// for a letter repeated over itself. Between a Chinese character and a Latin letter or a digit, Word sets a
    /// quarter-em gap of its own (its default "adjust space between Asian and Latin text"): 2023 年 is 2023年 as
    /// typed, and only a gap of half an em or more is a space.
    /// </summary>
    public string Text
    {
        get
        {
            var ordered = Letters.OrderBy(l => l.StartBaseLine.X).ToList();
            var text = new StringBuilder();
            Letter? previous = null;
            foreach (var letter in ordered)
            {
                if (previous is not null)
                {
                    if (letter.Value == previous.Value && letter.StartBaseLine.X - previous.StartBaseLine.X < Height * 0.3) continue;
                    var space = IsAsianLatinBoundary(previous.Value, letter.Value) ? Height * 0.5 : Height * 0.2;
                    if (letter.StartBaseLine.X - previous.EndBaseLine.X > space) text.Append(' ');
                }
                text.Append(letter.Value);
                previous = letter;
            }
            return text.ToString().Trim();
        }
    }

    /// <summary>The line as paragraphs are found by, its letters let go: a page's letters weigh far more than its text.</summary>
    public PdfTextLine Reduced() => new(Baseline, Height, Left, Right, Text);

    private static bool IsAsianLatinBoundary(string left, string right) =>
        left.Length == 1 && right.Length == 1
        && (CharClass.IsCjk(left[0]) && char.IsAsciiLetterOrDigit(right[0]) || char.IsAsciiLetterOrDigit(left[0]) && CharClass.IsCjk(right[0]));
}

/// <summary>A line of a page already laid out: where it stands and its text (<see cref="PdfLine.Reduced"/>).</summary>
internal sealed record PdfTextLine(double Baseline, double Height, double Left, double Right, string Text);
