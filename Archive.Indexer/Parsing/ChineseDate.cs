using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// Dates as Chinese documents write them: 2022年3月10日, 2022 年 3 月 10 日, 2022-04-11, 2022.4.11, 2022/4/11,
/// full-width digits, 二〇二二年三月十日 (also 二○, and 二oo八, 二00九 as copies write 〇; 二O一一年5月16日 with the month and day in digits), day first 30.03.2021, and a news
/// site's stamp with the year set apart (2022 05/ 13 10:36).
/// Impossible dates (2022-02-30) are not dates.
/// </summary>
internal static partial class ChineseDate
{
    /// <summary>The first date in the text, or null.</summary>
    public static DateOnly? FindFirst(string? text) =>
        FindAll(text).OrderBy(m => m.Index).Select(m => (DateOnly?)m.Date).FirstOrDefault();

    /// <summary>The text's date when the text is nothing but a date (a signature or header line), brackets allowed.</summary>
    public static DateOnly? ParseExact(string? text)
    {
        if (text is null) return null;
        var trimmed = text.Trim().Trim('(', ')', '（', '）').Trim();
        var found = FindAll(trimmed).FirstOrDefault();
        return found.Length > 0 && found.Index == 0 && found.Length == trimmed.TrimEnd('。', '.').Length ? found.Date : null;
    }

    /// <summary>
    /// A line that is nothing but a date whose 年, 月 and 日 a site dropped (2011411, 20151126), read only where the
    /// digits split into one possible date: 2011111 (1月11日 or 11月1日) is none.
    /// </summary>
    public static DateOnly? ParseRunTogether(string? text)
    {
        var digits = text?.Trim();
        if (digits is null || digits.Length is not (7 or 8) || !digits.All(char.IsAsciiDigit)) return null;
        var year = int.Parse(digits[..4]);
        var readings = Enumerable.Range(1, 2)
            .Where(monthDigits => digits.Length - 4 - monthDigits is 1 or 2)
            .Select(monthDigits => Make(year, int.Parse(digits.Substring(4, monthDigits)), int.Parse(digits[(4 + monthDigits)..])))
            .Where(date => date is not null)
            .ToList();
        return readings.Count == 1 ? readings[0] : null;
    }

    /// <summary>Every date in the text with where it stands (arabic forms first, then 二〇二二年 forms).</summary>
    public static IEnumerable<(DateOnly Date, int Index, int Length)> FindAll(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var normalized = FullWidthDigits.Folded(text);
        // Most lines hold no digit and no 年: no date, and no search for one.
        if (normalized.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            foreach (Match m in ArabicDate().Matches(normalized))
            {
                if (m.Groups["sep1"].Value != m.Groups["sep2"].Value && m.Groups["sep1"].Value != "年") continue;
                if (Make(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value)) is { } date)
                    yield return (date, m.Index, m.Length);
            }
            foreach (Match m in SpacedYearDate().Matches(normalized))
            {
                if (Make(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value)) is { } date)
                    yield return (date, m.Index, m.Length);
            }
            foreach (Match m in DayFirstDate().Matches(normalized))
            {
                if (Make(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value)) is { } date)
                    yield return (date, m.Index, m.Length);
            }
        }
        if (!normalized.Contains('年')) yield break;
        foreach (Match m in HanDate().Matches(normalized))
        {
            var year = 0;
            foreach (var c in m.Groups["y"].Value) year = year * 10 + ChineseNumber.Digit(c);
            if (Make(year, ChineseNumber.Parse(m.Groups["m"].Value) ?? 0, ChineseNumber.Parse(m.Groups["d"].Value) ?? 0) is { } date)
                yield return (date, m.Index, m.Length);
        }
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1949 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})\s*(?<sep1>年|-|\.|/|／|．)\s*(?<m>[0-9]{1,2})\s*(?<sep2>月|-|\.|/|／|．)\s*(?<d>[0-9]{1,2})(?![0-9])\s*日?")]
    private static partial Regex ArabicDate();

    /// <summary>A news site's stamp with its year set apart by a space, month/day and the time after (2022 05/ 13 10:36).</summary>
    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})\s+(?<m>[0-9]{1,2})/\s*(?<d>[0-9]{1,2})(?=\s+[0-9]{1,2}:[0-9]{2})")]
    private static partial Regex SpacedYearDate();

    [GeneratedRegex(@"(?<![0-9.])(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})(?![0-9.])")]
    private static partial Regex DayFirstDate();

    // A signature may write its year in numerals and its month and day in digits (二O一一年5月16日).
    [GeneratedRegex(@"(?<y>[〇零○Ｏ一二三四五六七八九][〇零○ＯOo0一二三四五六七八九]{3})\s*年\s*(?:(?<m>十[一二]?|[一二三四五六七八九])\s*月\s*(?<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])|(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2}))\s*日")]
    private static partial Regex HanDate();
}
