using Archive.Indexer.Chinese;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// Rejoins paragraphs a page break split, where that is unambiguous: the first part ends mid-sentence (no
/// sentence-final mark) and the next starts mid-sentence (no list number, no heading); a character printed at the
/// foot of one page and again at the head of the next (活 / 活动开展以来) is kept once.
/// </summary>
internal static partial class PageBreakRepair
{
    /// <summary>Paragraphs in order; a heading is never joined to the paragraph before or after it.</summary>
    public static List<string> Repair(IEnumerable<(string Text, bool IsHeading)> paragraphs)
    {
        var result = new List<string>();
        var current = new StringBuilder(); // grows in place, so a long run of joins stays linear
        var currentIsHeading = true;
        foreach (var (raw, isHeading) in paragraphs)
        {
            var next = raw.Trim();
            if (next.Length == 0) continue;
            if (current.Length > 0 && !isHeading && !currentIsHeading && Join(current, next))
                continue;
            if (current.Length > 0) result.Add(current.ToString());
            current.Clear().Append(next);
            currentIsHeading = isHeading;
        }
        if (current.Length > 0) result.Add(current.ToString());
        return result;
    }

    /// <summary>Appends <paramref name="next"/> to <paramref name="first"/> when the break between them is a page's.</summary>
    private static bool Join(StringBuilder first, string next)
    {
        if (ListMarker().IsMatch(next)) return false;
        // A heading line (一、考核范围; a short line without any punctuation) is its own paragraph.
        if (first.Length <= 40)
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
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d)|第[一二三四五六七八九十\d]+[章节条部分])")]
    private static partial Regex ListMarker();
}
