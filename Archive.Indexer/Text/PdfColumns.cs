namespace Archive.Indexer.Text;

/// <summary>
/// A page's lines in reading order where the page is set in columns (a newspaper page, a bulletin in two columns),
/// which a reader going by baselines alone reads across, a line of each column glued together. Each line is cut into
/// pieces at wide gaps; a gutter is an upright strip that pieces of text on either side keep clear of, and that only a
/// few lines cross (a headline over the columns). Between two such lines the columns are read one after the other, left
/// first, each split again at a gutter of its own (a page of four columns). A page in one column comes back whole.
/// Sorts and sweeps only: the cost grows as n log n in the page's lines, and the splitting is at most
/// <see cref="MaxDepth"/> deep.
/// </summary>
internal static class PdfColumns
{
    /// <summary>Gutters inside gutters looked for: up to 2^3 = 8 columns, more than a broadsheet sets.</summary>
    private const int MaxDepth = 3;

    /// <summary>
    /// A gap between letters of a line wider than this many characters parts two pieces: Chinese text sets none, but a
    /// space between Latin words can be as wide as a letter is high, and is no gap unless twice that.
    /// </summary>
    private const double PieceGap = 1.0;
    private const double LatinPieceGap = 2.0;

    /// <summary>
    /// A column holds at least this many pieces, half of them or more this many characters wide: a table's short cells
    /// are no columns.
    /// </summary>
    private const int MinPieces = 6;
    private const double MinColumnCharacters = 6;

    /// <summary>
    /// A column of text wraps: this share of the left column's pieces ends at its right edge, and this share of the
    /// right one's starts at its left edge. A list of titles with dates set right of them does neither on the left.
    /// </summary>
    private const double MinFullShare = 0.4;

    /// <summary>At most this share of a page's pieces crosses its gutter (headlines and captions over the columns).</summary>
    private const double MaxCrossing = 0.2;

    /// <summary>A line of one piece this share of the page wide or more runs across it: a lead story's text over the columns.</summary>
    private const double AcrossShare = 0.7;

    /// <summary>The strip between two columns: from the left column's right edge to the right column's left edge.</summary>
    private sealed record Strip(double Start, double End, double Character)
    {
        public bool Crosses(PdfLine piece) => piece.Left < End && piece.Right > Start;

        /// <summary>
        /// Whether a line, above the columns, is the page's rather than theirs: it crosses, or it is set at either side
        /// clear of the strip (中共某某县委组织部编 at the left margin, its date set right), no column's wrapped text.
        /// </summary>
        public bool HoldsAbove(IReadOnlyList<PdfLine> line) =>
            line.Any(Crosses)
            || line.Any(p => p.Right <= Start) && line.Any(p => p.Left >= End)
               && line.All(p => p.Right <= Start - 3 * Character || p.Left >= End + 3 * Character);
    }

    /// <summary>The page's lines as runs to read one after another: each column between two crossing lines, and those lines.</summary>
    public static List<List<PdfLine>> Read(List<PdfLine> lines)
    {
        // Each line's pieces, cut once for both looks at the page (they are read, never changed).
        var pieces = lines.Select(line => Pieces(line).ToList()).ToList();
        var runs = new List<List<PdfLine>>();
        Order([.. pieces.SelectMany(p => p)], 0, runs);
        if (runs.Count > 1) return runs;
        // Too many lines across the page to see a gutter (a lead story over the columns of a newspaper page): the
        // stretches between lines that run across the page, each looked at on its own.
        var banded = Banded(lines, pieces);
        return banded.Count > 1 ? banded : [lines];
    }

    /// <summary>
    /// Runs of the stretches between lines across the page (one piece over <see cref="AcrossShare"/> of its width), each
    /// ordered as a page of its own, and of those lines; a single run where no stretch is set in columns.
    /// </summary>
    private static List<List<PdfLine>> Banded(List<PdfLine> lines, List<List<PdfLine>> piecesOfLines)
    {
        if (lines.Count == 0) return [lines];
        var width = lines.Max(l => l.Right) - lines.Min(l => l.Left);
        var runs = new List<List<PdfLine>>();
        var stretch = new List<PdfLine>();
        List<PdfLine>? across = null;
        var columns = false;
        foreach (var (line, pieces) in lines.Zip(piecesOfLines))
        {
            if (pieces is [var piece] && piece.Right - piece.Left >= AcrossShare * width)
            {
                Close();
                if (across is null) runs.Add(across = []);
                across.Add(line);
            }
            else stretch.AddRange(pieces);
        }
        Close();
        return columns ? runs : [lines];

        void Close()
        {
            if (stretch.Count == 0) return;
            var before = runs.Count;
            Order(stretch, 0, runs);
            columns |= runs.Count - before > 1;
            (stretch, across) = ([], null);
        }
    }

    private static void Order(List<PdfLine> pieces, int depth, List<List<PdfLine>> runs)
    {
        if (pieces.Count == 0) return;
        if (depth >= MaxDepth || Gutter(pieces) is not { } gutter)
        {
            runs.Add(Rejoined(pieces));
            return;
        }
        var left = new List<PdfLine>();
        var right = new List<PdfLine>();
        List<PdfLine>? crossing = null;
        // Line by line: a line one piece of which crosses the strip crosses whole (a headline with its page number), and
        // above the columns a line set at both sides too (an issuer with its date set right), so its pieces stay together.
        foreach (var line in pieces.GroupBy(p => p.Baseline).OrderByDescending(g => g.Key).Select(g => g.ToList()))
        {
            var columnsBegun = left.Count > 0 || right.Count > 0;
            if (columnsBegun ? !line.Any(gutter.Crosses) : !gutter.HoldsAbove(line))
            {
                foreach (var piece in line) (piece.Right <= gutter.Start ? left : right).Add(piece);
                crossing = null;
                continue;
            }
            // A line over the columns (a headline of one or more lines): the columns above it are read first.
            if (crossing is null)
            {
                Order(left, depth + 1, runs);
                Order(right, depth + 1, runs);
                (left, right) = ([], []);
                runs.Add(crossing = []);
            }
            crossing.AddRange(Rejoined(line));
        }
        Order(left, depth + 1, runs);
        Order(right, depth + 1, runs);
    }

    /// <summary>
    /// Where pieces split into two columns: the strip that the most pieces on its poorer side keep clear of, with at most
    /// <see cref="MaxCrossing"/> of them across it, each side a column of text (<see cref="MinColumnCharacters"/>,
    /// <see cref="MinFullShare"/>); null when the pieces stand in one column.
    /// </summary>
    private static Strip? Gutter(List<PdfLine> pieces)
    {
        if (pieces.Count < 2 * MinPieces) return null;
        var rights = pieces.Select(p => p.Right).Order().ToArray();
        var lefts = pieces.Select(p => p.Left).Order().ToArray();
        var wide = pieces.Where(p => p.Right - p.Left >= MinColumnCharacters * p.Height).ToList();
        var wideRights = wide.Select(p => p.Right).Order().ToArray();
        var wideLefts = wide.Select(p => p.Left).Order().ToArray();
        var character = pieces.Select(p => p.Height).Order().ElementAt(pieces.Count / 2);
        Strip? best = null;
        var (bestPoorer, bestCrossing) = (0, 0);
        foreach (var candidate in rights)
        {
            var leftOf = UpperBound(rights, candidate);
            var firstRight = UpperBound(lefts, candidate);
            var rightOf = lefts.Length - firstRight;
            var poorer = Math.Min(leftOf, rightOf);
            var crossing = pieces.Count - leftOf - rightOf;
            if (poorer < MinPieces || crossing > MaxCrossing * pieces.Count || poorer < bestPoorer || poorer == bestPoorer && crossing >= bestCrossing) continue;
            var wideLeftOf = UpperBound(wideRights, candidate);
            var wideRightOf = wideLefts.Length - UpperBound(wideLefts, candidate);
            var endingAtEdge = leftOf - UpperBound(rights, candidate - 2 * character);
            if (2 * wideLeftOf < leftOf || 2 * wideRightOf < rightOf || endingAtEdge < MinFullShare * leftOf
                || RightColumnEdge(lefts, firstRight, MinFullShare * rightOf, character) is not { } edge) continue;
            (best, bestPoorer, bestCrossing) = (new Strip(candidate, edge, character), poorer, crossing);
        }
        return best;
    }

    /// <summary>
    /// Where the right column's text starts: the first left end (from <paramref name="first"/> on, sorted) that at least
    /// <paramref name="starting"/> pieces start at, flush or indented, past a few pieces in the strip (the short second
    /// line of a headline over the columns); null when there is none: the right side is no column of text.
    /// </summary>
    private static double? RightColumnEdge(double[] lefts, int first, double starting, double character)
    {
        const int strayPieces = 4;
        for (var k = first; k < Math.Min(lefts.Length, first + strayPieces + 1); k++)
            if (UpperBound(lefts, lefts[k] + 2.5 * character) - k >= starting) return lefts[k];
        return null;
    }

    /// <summary>How many of the sorted values are at most <paramref name="value"/>.</summary>
    private static int UpperBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] <= value) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>A line cut where its letters stand more than <see cref="PieceGap"/> characters apart (<see cref="LatinPieceGap"/> between Latin words).</summary>
    private static IEnumerable<PdfLine> Pieces(PdfLine line)
    {
        var piece = new PdfLine(line.Baseline, line.Height);
        foreach (var letter in line.Letters.OrderBy(l => l.StartBaseLine.X))
        {
            var gap = piece.Letters.Count == 0 ? 0 : (IsLatin(piece.Letters[^1]) && IsLatin(letter) ? LatinPieceGap : PieceGap) * line.Height;
            if (piece.Letters.Count > 0 && letter.StartBaseLine.X - piece.Letters[^1].EndBaseLine.X > gap)
            {
                yield return piece;
                piece = new PdfLine(line.Baseline, line.Height);
            }
            piece.Letters.Add(letter);
        }
        if (piece.Letters.Count > 0) yield return piece;
    }

    private static bool IsLatin(UglyToad.PdfPig.Content.Letter letter) => letter.Value.Length > 0 && letter.Value[0] < '\u0250';

    /// <summary>Pieces top to bottom, those on one baseline (a date set right of its issuer) one line again.</summary>
    private static List<PdfLine> Rejoined(List<PdfLine> pieces)
    {
        var lines = new List<PdfLine>();
        foreach (var piece in pieces.OrderByDescending(p => p.Baseline).ThenBy(p => p.Left))
        {
            if (lines.Count > 0 && lines[^1].Baseline == piece.Baseline) lines[^1].Letters.AddRange(piece.Letters);
            else
            {
                var line = new PdfLine(piece.Baseline, piece.Height);
                line.Letters.AddRange(piece.Letters);
                lines.Add(line);
            }
        }
        return lines;
    }
}
