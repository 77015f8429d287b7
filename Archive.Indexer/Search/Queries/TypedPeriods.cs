using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Indexer.Model;
using Archive.Indexer.Parsing;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// A stretch of time typed into the search box: a month as a year and a month (2023年3月, ２０２３年３月), staff looking
/// for a month's bulletin items; a range of years (2007年-2009年, 2007-2009年, 2007年至2009年), researchers looking at a
/// period. The items of a month seldom say it (an issue prints its date once, in the masthead; an item says 3月7日 of its
/// event, or no date at all), and an article of a period names the year it is of (2008年), not the range typed, so the
/// period is one word of the query, found by its text, by a year of it, or by the article's date. A date with its day
/// (2023年3月4日) is no month: the day is what is sought. A range of more than <see cref="MaxYears"/> years is no period
/// anyone looks at as one.
/// </summary>
internal static partial class TypedPeriods
{
    public const int MaxYears = 10;

    [GeneratedRegex(@"(?<![0-9])([0-9]{4})\s*年\s*([0-9]{1,2})\s*月(?!\s*[0-9]{1,2}\s*[日号])")]
    private static partial Regex YearAndMonth();

    [GeneratedRegex(@"(?<![0-9])([0-9]{4})\s*年?\s*(?:-|－|—|–|~|～|至|到)\s*([0-9]{4})\s*年(?!\s*[0-9]{1,2}\s*月)")]
    private static partial Regex RangeOfYears();

    /// <summary>Where a text types a period, and its first and last days; widths fold in place (２０２３ as an input method types it).</summary>
    public static IEnumerable<(int Index, int Length, Period Period)> Find(string text)
    {
        var folded = Punctuation.FoldWidth(text);
        foreach (Match m in YearAndMonth().Matches(folded))
        {
            var (year, month) = (Number(m.Groups[1]), Number(m.Groups[2]));
            if (IsYear(year) && month is >= 1 and <= 12)
            {
                var first = new DateOnly(year, month, 1);
                yield return (m.Index, m.Length, new Period(first, first.AddMonths(1).AddDays(-1)));
            }
        }
        foreach (Match m in RangeOfYears().Matches(folded))
        {
            var (from, to) = (Number(m.Groups[1]), Number(m.Groups[2]));
            if (IsYear(from) && IsYear(to) && from < to && to - from < MaxYears)
                yield return (m.Index, m.Length, new Period(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31)));
        }
    }

    private static int Number(Group digits) => int.Parse(digits.Value, CultureInfo.InvariantCulture);

    private static bool IsYear(int year) => year is >= SearchParameters.MinYear and <= SearchParameters.MaxYear;
}

/// <summary>A stretch of time typed, its first and last days inclusive.</summary>
internal sealed record Period(DateOnly From, DateOnly To)
{
    /// <summary>The years a period of several spans (2007 to 2009), each named so in the texts of the period; none for a month.</summary>
    public IEnumerable<int> Years => To.Year > From.Year ? Enumerable.Range(From.Year, To.Year - From.Year + 1) : [];
}
