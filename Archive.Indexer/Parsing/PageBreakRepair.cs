namespace Archive.Indexer.Parsing;

/// <summary>
/// Rejoins paragraphs a page break split, where that is unambiguous: the first part ends mid-sentence (no
/// sentence-final mark) and the next starts mid-sentence (no list number, no heading); a character printed at the
/// foot of one page and again at the head of the next (活 / 活动开展以来) is kept once.
/// </summary>
internal static class PageBreakRepair
{
    /// <summary>Paragraphs in order; a heading is never joined to the paragraph before or after it.</summary>
    public static List<string> Repair(IEnumerable<(string Text, bool IsHeading)> paragraphs)
    {
        var result = new List<string>();
        var previousIsHeading = true;
        foreach (var (raw, isHeading) in paragraphs)
        {
            var next = raw.Trim();
            if (next.Length == 0) continue;
            if (!isHeading && !previousIsHeading && result.Count > 0 && TryJoin(result[^1], next) is { } joined)
                result[^1] = joined;
            else
                result.Add(next);
            previousIsHeading = isHeading;
        }
        return result;
    }

    private static string? TryJoin(string first, string next)
    {
        if (StartsNewUnit(next)) return null;
        // A heading line (一、考核范围; a short line without any punctuation) is its own paragraph.
        if (StartsNewUnit(first) && first.AsSpan().IndexOfAny("。；！？") < 0 || first.Length <= 30 && !Punctuation.HasSentencePunctuation(first)
            && first.AsSpan().IndexOfAny("、：") < 0)
            return null;
        var last = first[^1];
        // 活 / 活动开展以来: the tail after the last full stop is repeated at the head of the next page.
        var stop = first.AsSpan().LastIndexOfAny(Punctuation.SentenceFinal);
        if (stop >= 0 && stop < first.Length - 1)
        {
            var tail = first[(stop + 1)..];
            if (tail.Length <= 3 && next.StartsWith(tail, StringComparison.Ordinal) && next.Length > tail.Length)
                return first[..(stop + 1)] + next;
        }
        if (Punctuation.SentenceFinal.Contains(last) || last is '：' or ':') return null;
        if (!(Punctuation.IsCjk(last) || char.IsDigit(last) || Punctuation.Continuing.Contains(last) || last is '“' or '‘' or '《' or '（'))
            return null;
        var head = next[0];
        return Punctuation.IsCjk(head) || char.IsDigit(head) || Punctuation.Continuing.Contains(head) || head is '”' or '’' or '》' or '）'
            ? first + next
            : null;
    }

    /// <summary>A list number or a bracketed number (一、 （二） 3. 第四) starts a new paragraph, whatever came before.</summary>
    private static bool StartsNewUnit(string text) =>
        ListMarker.IsMatch(text);

    private static readonly System.Text.RegularExpressions.Regex ListMarker =
        new(@"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d)|第[一二三四五六七八九十\d]+[章节条部分])",
            System.Text.RegularExpressions.RegexOptions.Compiled);
}
