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

    /// <summary>A gap between letters of a line wider than this many characters parts two pieces (words in Latin text are closer).</summary>
    private const double PieceGap = 1.0;

    /// <summary>A column holds at least this many pieces, half of them or more this many characters wide: a table's short cells or a date set right are no columns.</summary>
    private const int MinPieces = 6;
    private const double MinColumnCharacters = 6;

    /// <summary>At most this share of a page's pieces crosses its gutter (headlines and captions over the columns).</summary>
    private const double MaxCrossing = 0.2;

    /// <summary>The page's lines as runs to read one after another: each column between two crossing lines, and those lines.</summary>
    public static List<List<PdfLine>> Read(List<PdfLine> lines)
    {
        var pieces = lines.SelectMany(Pieces).ToList();
        var runs = new List<List<PdfLine>>();
        Order(pieces, 0, runs);
        return runs.Count <= 1 ? [lines] : runs;
    }

    private static void Order(List<PdfLine> pieces, int depth, List<List<PdfLine>> runs)
    {
        if (depth >= MaxDepth || Gutter(pieces) is not { } gutter)
        {
            if (pieces.Count > 0) runs.Add(Rejoined(pieces));
            return;
        }
        var left = new List<PdfLine>();
        var right = new List<PdfLine>();
        List<PdfLine>? crossing = null;
        foreach (var piece in pieces.OrderByDescending(p => p.Baseline).ThenBy(p => p.Left))
        {
            if (piece.Right <= gutter) left.Add(piece);
            else if (piece.Left > gutter) right.Add(piece);
            else
            {
                // A line over the columns (a headline of one or more lines): the columns above it are read first.
                if (left.Count > 0 || right.Count > 0 || crossing is null)
                {
                    Order(left, depth + 1, runs);
                    Order(right, depth + 1, runs);
                    (left, right) = ([], []);
                    runs.Add(crossing = []);
                }
                crossing.Add(piece);
                continue;
            }
            crossing = null;
        }
        Order(left, depth + 1, runs);
        Order(right, depth + 1, runs);
    }

    /// <summary>
    /// Where pieces split into two columns: the x that the most pieces on its poorer side keep clear of, with at most
    /// <see cref="MaxCrossing"/> of them across it and most pieces on each side several characters wide (a column of
    /// text, not a table's cells); null when the pieces stand in one column.
    /// </summary>
    private static double? Gutter(List<PdfLine> pieces)
    {
        if (pieces.Count < 2 * MinPieces) return null;
        var rights = pieces.Select(p => p.Right).Order().ToArray();
        var lefts = pieces.Select(p => p.Left).Order().ToArray();
        var wide = pieces.Where(p => p.Right - p.Left >= MinColumnCharacters * p.Height).ToList();
        var wideRights = wide.Select(p => p.Right).Order().ToArray();
        var wideLefts = wide.Select(p => p.Left).Order().ToArray();
        double? best = null;
        var (bestPoorer, bestCrossing) = (0, 0);
        foreach (var candidate in rights)
        {
            var leftOf = UpperBound(rights, candidate);
            var rightOf = lefts.Length - UpperBound(lefts, candidate);
            var poorer = Math.Min(leftOf, rightOf);
            var crossing = pieces.Count - leftOf - rightOf;
            if (poorer < MinPieces || crossing > MaxCrossing * pieces.Count || poorer < bestPoorer || poorer == bestPoorer && crossing >= bestCrossing) continue;
            var wideLeftOf = UpperBound(wideRights, candidate);
            var wideRightOf = wideLefts.Length - UpperBound(wideLefts, candidate);
            if (2 * wideLeftOf < leftOf || 2 * wideRightOf < rightOf) continue;
            (best, bestPoorer, bestCrossing) = (candidate, poorer, crossing);
        }
        return best;
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

    /// <summary>A line cut where its letters stand more than <see cref="PieceGap"/> characters apart.</summary>
    private static IEnumerable<PdfLine> Pieces(PdfLine line)
    {
        var piece = new PdfLine(line.Baseline, line.Height);
        foreach (var letter in line.Letters.OrderBy(l => l.StartBaseLine.X))
        {
            if (piece.Letters.Count > 0 && letter.StartBaseLine.X - piece.Letters[^1].EndBaseLine.X > PieceGap * line.Height)
            {
                yield return piece;
                piece = new PdfLine(line.Baseline, line.Height);
            }
            piece.Letters.Add(letter);
        }
        if (piece.Letters.Count > 0) yield return piece;
    }

    /// <summary>A column's pieces top to bottom, those on one baseline (a date set right of its issuer) one line again.</summary>
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
