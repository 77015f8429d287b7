using Archive.Indexer.Parsing;
using System.Text.RegularExpressions;

namespace Archive.Indexer.Search.Syntax;

/// <summary>Reads the value of a field filter: dates and ranges, issue numbers, kinds; the rest stays text.</summary>
internal static partial class FieldValueReader
{
    public static QueryNode? Read(QueryField field, string value, bool quoted, List<string> warnings, List<string> ignoredFilters)
    {
        var name = QueryFieldNames.Canonical(field);
        switch (field)
        {
            case QueryField.Year or QueryField.Date:
                return ReadRange(field, Punctuation.FoldWidth(value), warnings, ignoredFilters); // ２０２３ as an input method types it
            case QueryField.Issue:
                var digits = IssueNumber().Match(Punctuation.FoldWidth(value).Trim());
                if (digits.Success && int.TryParse(digits.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture, out var issue) && issue > 0)
                {
                    // 总第203期 is the running count some bulletins print instead of a number in the year, indexed as printed.
                    return new TextNode(digits.Groups["total"].Success ? IssueSummary.RunningCount(issue) : issue.ToString(System.Globalization.CultureInfo.InvariantCulture), false, field);
                }
                return Ignored($"“{name}:{value}”不是期号（应为数字，如 期号:8，或总期号，如 期号:总第203期），已忽略。", warnings, ignoredFilters);
            case QueryField.Kind:
                if (KindNames.TryResolve(value, out var kind))
                {
                    return new TextNode(KindNames.Code(kind), false, field);
                }
                return Ignored($"没有“{value}”这种类型，已忽略。可用的类型：{KindNames.Listed}。", warnings, ignoredFilters);
            default:
                return quoted ? QuerySyntaxParser.Phrase(value, field) : new TextNode(value, false, field);
        }
    }

    private static DateRangeNode? ReadRange(QueryField field, string value, List<string> warnings, List<string> ignoredFilters)
    {
        var name = QueryFieldNames.Canonical(field);
        var parts = RangeSeparator().Split(value, 2);
        if (parts.Length == 1)
        {
            if (TryReadDate(parts[0], out var from, out var to))
            {
                return new DateRangeNode(field, from, to, value);
            }
        }
        else
        {
            var fromOk = parts[0].Length == 0 || TryReadDate(parts[0], out _, out _);
            var toOk = parts[1].Length == 0 || TryReadDate(parts[1], out _, out _);
            if (fromOk && toOk && (parts[0].Length > 0 || parts[1].Length > 0))
            {
                DateOnly? from = null, to = null;
                if (parts[0].Length > 0 && TryReadDate(parts[0], out var f, out _)) from = f;
                if (parts[1].Length > 0 && TryReadDate(parts[1], out _, out var t)) to = t;
                if (from > to)
                {
                    warnings.Add($"“{name}:{value}”的起点晚于终点，已把两端对调。");
                    (from, to) = (TryReadDate(parts[1], out var f2, out _) ? f2 : null, TryReadDate(parts[0], out _, out var t2) ? t2 : null);
                }
                return new DateRangeNode(field, from, to, $"{parts[0]}..{parts[1]}");
            }
        }
        Ignored($"读不懂“{name}:{value}”，已忽略。日期写作 2022、2022-03、2022-03-10，范围写作 2022-01-01..2022-06-30 或 2022..2023。", warnings, ignoredFilters);
        return null;
    }

    /// <summary>Says that a filter's value cannot be applied, among the warnings and among the ignored filters.</summary>
    public static QueryNode? Ignored(string warning, List<string> warnings, List<string> ignoredFilters)
    {
        warnings.Add(warning);
        ignoredFilters.Add(warning);
        return null;
    }

    /// <summary>A year, a month or a day, as the first and last day it covers.</summary>
    private static bool TryReadDate(string text, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        var match = DatePattern().Match(text.Trim());
        if (!match.Success) return false;
        var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (year is < SearchParameters.MinYear or > SearchParameters.MaxYear) return false;
        if (!match.Groups["m"].Success)
        {
            first = new DateOnly(year, 1, 1);
            last = new DateOnly(year, 12, 31);
            return true;
        }
        var month = int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return false;
        var days = DateTime.DaysInMonth(year, month);
        if (!match.Groups["d"].Success)
        {
            first = new DateOnly(year, month, 1);
            last = new DateOnly(year, month, days);
            return true;
        }
        var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (day < 1 || day > days) return false;
        first = last = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"\.\.|~|～|至|到")]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:年)?(?:[-./年](?<m>[0-9]{1,2})(?:月)?(?:[-./月](?<d>[0-9]{1,2})(?:日)?)?)?$")]
    private static partial Regex DatePattern();

    /// <summary>8, 第8期, or a running count, 总第203期 (总203): a positive number and nothing else (期号:-5 is no issue, not issue 5).</summary>
    [GeneratedRegex(@"^(?:(?<total>[总總])第?|第)?(?<n>[0-9]{1,6})期?$")]
    private static partial Regex IssueNumber();
}
