using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// A line that states who issues a document and when, or only one of the two: 中共郑州市委组织部　二○二三年九月八日,
/// 中共河南省委组织部办公室编　2020年1月16日, 党政办公室 党委宣传部 (joint issuers side by side), 2022 年 3 月 10 日, (2019年3月31日), 30.03.2021 20:03, 阿里地区行政公署, a date run together (20151126), a list's date with its channel and view count (2020-07-22新闻5).
/// Reads folded text.
/// </summary>
internal static partial class IssuerAndDate
{
    public sealed record Reading(string? Issuer, DateOnly? Date, int IssuerIndex, int IssuerLength);

    public static Reading? Read(string folded)
    {
        if (folded.Length > 60 || folded.Contains('。')) return null;
        if (ChineseDate.ParseRunTogether(folded) is { } runTogether) return new Reading(null, runTogether, 0, 0);
        var date = ChineseDate.FindAll(folded).OrderBy(d => d.Index).FirstOrDefault();
        var rest = date.Length > 0 ? folded.Remove(date.Index, date.Length) : folded;
        // What remains beside the date: a time, a weekday, the brackets they stood in, a font widget run onto it
        // (2024-02-24 20:10字体:), the issuer. Brackets inside a name stay (中国地质大学(武汉)党委组织部).
        rest = EmptyBrackets().Replace(Leftovers().Replace(rest, " "), " ").Trim().Trim('(', ')', '[', ']', ' ');
        if (rest.Length == 0) return date.Length > 0 ? new Reading(null, date.Date, 0, 0) : null;
        // A list's page line: the date with the channel and the view count run on after it (2020-07-22新闻5).
        if (date.Length > 0 && folded[..date.Index].Trim().Length == 0 && ChannelAndCount().IsMatch(rest)) return new Reading(null, date.Date, 0, 0);
        var issuerText = IssuerSuffix().Replace(rest, "");
        // Bodies issuing jointly, set side by side (党政办公室 党委宣传部), each a name of its own.
        if (!Organization.IsName(issuerText) && !IsJoint(issuerText)) return null;
        var index = folded.IndexOf(rest, StringComparison.Ordinal);
        return new Reading(Punctuation.Compact(issuerText), date.Length > 0 ? date.Date : null, Math.Max(index, 0), issuerText.Length);
    }

    /// <summary>Each part a body's full name (党政办公室, 保卫处), not a two-character one that a list of words may hold (外科 内科, 党校 团校).</summary>
    private static bool IsJoint(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 4 } parts && parts.All(p => p.Length >= 3 && Organization.IsName(p));

    [GeneratedRegex(@"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|星期[一二三四五六日天]?|周[一二三四五六日]|[【\[]?\s*字[体号]\s*:.*$")]
    private static partial Regex Leftovers();

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{2,4}\s*[0-9]{1,7}$")]
    private static partial Regex ChannelAndCount();

    [GeneratedRegex(@"\(\s*\)|\[\s*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"(?:编印|编发|主办|编|印)$")]
    private static partial Regex IssuerSuffix();
}
