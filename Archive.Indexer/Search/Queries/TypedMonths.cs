using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Indexer.Model;
using Archive.Indexer.Parsing;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// A month typed into the search box as a year and a month (2023年3月, ２０２３年３月): staff looking for a month's bulletin
/// items type it so. The items of that month seldom say it (an issue prints its date once, in the masthead; an item says
/// 3月7日 of its event, or no date at all), so the month is one word of the query, found by its text or by the article's
/// date. A date with its day (2023年3月4日) is no month: the day is what is sought.
/// </summary>
internal static partial class TypedMonths
{
    [GeneratedRegex(@"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])")]
    private static partial Regex YearAndMonth();

    /// <summary>Where a text types a month, and the month's first day; widths fold in place (２０２３ as an input method types it).</summary>
    public static IEnumerable<(int Index, int Length, DateOnly Month)> Find(string text)
    {
        foreach (Match m in YearAndMonth().Matches(Punctuation.FoldWidth(text)))
        {
            var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (year is >= SearchParameters.MinYear and <= SearchParameters.MaxYear && month is >= 1 and <= 12)
                yield return (m.Index, m.Length, new DateOnly(year, month, 1));
        }
    }
}
