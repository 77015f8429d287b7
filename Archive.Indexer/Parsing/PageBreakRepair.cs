using Archive.Indexer.Chinese;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// Rejoins paragraphs a page break or a wrap at the page's measure split, where that is unambiguous: the first part
/// ends mid-sentence (no sentence-final mark) and the next starts mid-sentence (no list number, no heading); a character
/// printed at the foot of one page and again at the head of the next (活 / 活动开展以来) is kept once.
/// </summary>
internal static partial class PageBreakRepair
{
    /// <summary>Paragraphs in order; a heading is never joined to the paragraph before or after it.</summary>
    public static List<string> Repair(IEnumerable<(string Text, bool IsHeading, bool Indented)> paragraphs)
    {
        var lines = paragraphs.ToList();
        var pageWidth = PageWidth(lines);
        var result = new List<string>();
        var current = new StringBuilder(); // grows in place, so a long run of joins stays linear
        var currentIsHeading = true;
        var currentFillsLine = false;
        foreach (var line in lines)
        {
            var next = line.Text.Trim();
            if (next.Length == 0) continue;
            var fillsLine = Columns(line) >= pageWidth - PrintedWidth.Slack;
            // A line filling the measure wraps onto a flush line only: an indented one under it opens a paragraph, and the
            // full-width line is a heading over it (一、培训对象为…党员 / 　　每村推荐…).
            if (current.Length > 0 && !line.IsHeading && !currentIsHeading && Join(current, next, currentFillsLine && !line.Indented))
            {
                currentFillsLine = fillsLine;
                continue;
            }
            if (current.Length > 0) result.Add(current.ToString());
            current.Clear().Append(next);
            currentIsHeading = line.IsHeading;
            currentFillsLine = fillsLine;
        }
        if (current.Length > 0) result.Add(current.ToString());
        return result;
    }

    /// <summary>Lines at least as wide as the page's measure that make a text one wrapped at it.</summary>
    private const int WrappedLines = 3;

    /// <summary>
    /// The measure a text is wrapped at, in columns: the widest at which at least three lines (indent included) stand,
    /// where no more than 31 ideographs do (a line a paragraph is); otherwise none (int.MaxValue). A text of one line
    /// a paragraph has lines far wider, so none of its short lines fills one.
    /// </summary>
    private static int PageWidth(List<(string Text, bool IsHeading, bool Indented)> lines)
    {
        var widths = lines.Select(Columns).OrderDescending().ToList();
        if (widths.Count < WrappedLines) return int.MaxValue;
        var width = widths[WrappedLines - 1] + PrintedWidth.Slack;
        return width is >= 30 and <= 62 && widths[0] <= width + PrintedWidth.Slack ? width : int.MaxValue;
    }

    private static int Columns((string Text, bool IsHeading, bool Indented) line) => PrintedWidth.Columns(line.Text, line.Indented);

    /// <summary>
    /// Appends <paramref name="next"/> to <paramref name="first"/> when the break between them is a page's, or the wrap
    /// of a line that fills the page's measure (<paramref name="firstFillsLine"/>).
    /// </summary>
    private static bool Join(StringBuilder first, string next, bool firstFillsLine)
    {
        if (ListMarker().IsMatch(next)) return false;
        // A heading line (一、考核范围; a short line without any punctuation) is its own paragraph, unless it fills a
        // line of a text wrapped at the page's measure (…作为抓党建促 / 脱贫攻坚的关键).
        if (first.Length <= 40 && !firstFillsLine)
        {
            var text = first.ToString();
            if (ListMarker().IsMatch(text) && text.AsSpan().IndexOfAny("。；！？") < 0
                || text.Length <= 30 && !Punctuation.HasSentencePunctuation(text) && text.AsSpan().IndexOfAny("、：") < 0)
                return false;
        }
        // 活 / 活动开展以来: the tail after the last full stop is repeated at the head of the next page.
        for (var tail = 1; tail <= 3 && tail < first.Length; tail++)
        {
            if (!Punctuation.SentenceFinal.Contains(first[first.Length - tail - 1])) continue;
            var repeated = first.ToString(first.Length - tail, tail);
            if (next.Length > tail && next.StartsWith(repeated, StringComparison.Ordinal))
            {
                first.Length -= tail;
                first.Append(next);
                return true;
            }
            break;
        }
        var last = first[^1];
        if (Punctuation.SentenceFinal.Contains(last) || last is '：' or ':') return false;
        if (!(CharClass.IsHan(last) || char.IsDigit(last) || Punctuation.Continuing.Contains(last) || last is '“' or '‘' or '《' or '（'))
            return false;
        var head = next[0];
        // An opening quote or title mark goes on a sentence cut mid-clause (…并在县电视台开设 / 《鸿雁大讲堂》栏目).
        if (!(CharClass.IsHan(head) || char.IsDigit(head) || Punctuation.Continuing.Contains(head) || head is '”' or '’' or '》' or '）' or '《' or '“'))
            return false;
        first.Append(next);
        return true;
    }

    /// <summary>A list number or a bracketed number (一、 （二） 3. 第四章) starts a new paragraph, whatever came before.</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、．.](?![0-9])|第[一二三四五六七八九十0-9]+[章节条部分])")]
    private static partial Regex ListMarker();
}
