using Archive.Indexer.Chinese;

namespace Archive.Indexer.Search.Syntax;

/// <summary>
/// A numbered slogan typed with digits (3会1课, 2学1做, 4议2公开): the texts write its numbers as ideographs (三会一课,
/// 两学一做, 四议两公开) and none writes 3会1课, so the slogan typed so found only its single characters. It is read as
/// written: single digits, each followed by one or two ideographs, at least two of them in a row. 2 is 两, as in the
/// slogans (两学一做, 两新, 两委). A count or a date is not one: a digit followed by a measure word, a unit, a scale or a
/// period (3年2次, 8期, 1万2千, 1季度, 1等奖), one among other digits (2020年3月), or a letter (5G).
/// </summary>
internal static class NumberedSlogans
{
    private const string Numerals = "一两三四五六七八九";

    /// <summary>The text with each numbered slogan in it written with ideographs; the text itself where it has none.</summary>
    public static string Written(string text)
    {
        var written = text.ToCharArray();
        for (var start = 0; start < text.Length;)
        {
            var end = SloganEnd(text, start);
            if (end < 0) { start++; continue; }
            for (var at = start; at < end; at++)
                if (Digit(text[at]) is { } digit) written[at] = Numerals[digit - 1];
            start = end;
        }
        return new string(written);
    }

    /// <summary>Where the slogan starting at <paramref name="start"/> ends, or -1 where none starts there.</summary>
    private static int SloganEnd(string text, int start)
    {
        if (start > 0 && (Digit(text[start - 1]) is not null || char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '０' or '．')) return -1;
        var (at, numbers) = (start, 0);
        while (at < text.Length && Digit(text[at]) is not null)
        {
            var ideographs = 0;
            while (at + 1 + ideographs < text.Length && ideographs < 2 && CharClass.IsHan(text[at + 1 + ideographs])) ideographs++;
            if (ideographs == 0 || Quantifies(text[at + 1])) break;
            at += 1 + ideographs;
            numbers++;
        }
        // A digit right after the last ideograph (3会1课2) or a letter or digit after it means some other code.
        var clean = at == text.Length || !(char.IsAsciiLetterOrDigit(text[at]) || text[at] is >= '０' and <= '９');
        return numbers >= 2 && clean ? at : -1;
    }

    /// <summary>Whether a character after a number makes it a count, an amount, a date, a period or a rank.</summary>
    private static bool Quantifies(char c) =>
        Quantities.CountsOrDates(c) || c is '十' or '百' or '千' or '万' or '亿' or '季' or '周' or '天' or '等' or '倍' or '成';

    /// <summary>1 to 9 of an ASCII or full-width digit; null for 0 and any other character.</summary>
    private static int? Digit(char c) => c switch
    {
        >= '1' and <= '9' => c - '0',
        >= '１' and <= '９' => c - '０',
        _ => null,
    };
}
