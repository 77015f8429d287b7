using System.Globalization;

namespace Archive.Indexer.Model;

/// <summary>A series (刊物) and its years, newest first.</summary>
public sealed record SeriesTimeline(string Series, IReadOnlyList<SeriesYear> Years)
{
    public int IssueCount => Years.Sum(y => y.IssueCount);
}

/// <summary>
/// A year of a series (0: undated issues): how many issues, the newest one's number, running count (总第N期, which
/// some issues print instead of a number) and date, and the issues with their articles, newest first. The archive's
/// overview counts them and leaves <paramref name="Issues"/> empty.
/// </summary>
public sealed record SeriesYear(int Year, int IssueCount, int? NewestIssueNumber, DateOnly? NewestDate, IReadOnlyList<IssueSummary> Issues)
{
    public int? NewestTotalIssueNumber { get; init; }

    /// <summary>A year with its issues, newest first.</summary>
    internal static SeriesYear Of(int year, IReadOnlyList<IssueSummary> issues) =>
        new(year, issues.Count, issues.FirstOrDefault()?.IssueNumber, issues.FirstOrDefault()?.Date, issues)
        {
            NewestTotalIssueNumber = issues.FirstOrDefault()?.TotalIssueNumber,
        };
}

/// <summary>
/// An issue: its number in the year and its running count (总第N期), either of which it may not print; and how an
/// issue is named by them, one way for the index, the citations, the pages and the command line.
/// </summary>
public sealed record IssueSummary(string DocumentId, int? IssueNumber, int? TotalIssueNumber, DateOnly? Date, IReadOnlyList<ArticleRef> Articles)
{
    /// <summary>总第203期: a running count as a masthead prints it, as the index's issue field holds it beside the numbers in the year.</summary>
    public static string RunningCount(int total) => $"总第{total.ToString(CultureInfo.InvariantCulture)}期";

    /// <summary>第8期: an issue's number in the year.</summary>
    public static string InYear(int number) => $"第{number.ToString(CultureInfo.InvariantCulture)}期";

    /// <summary>第8期, else 总第203期, else nothing: the number an issue is cited by, as the citations name it.</summary>
    public static string Cited(int? issueNumber, int? totalIssueNumber) =>
        issueNumber is { } n ? InYear(n) : totalIssueNumber is { } total ? RunningCount(total) : "";

    /// <summary>
    /// An issue's numbers as its masthead prints them: 第9期（总第1275期）, or 总第203期 for a bulletin counting its issues
    /// only from the first; null when it prints neither. Written without spaces, as the citations and result lines write
    /// them, so that a page copied beside a citation reads the same.
    /// </summary>
    public static string? Printed(int? issueNumber, int? totalIssueNumber) => (issueNumber, totalIssueNumber) switch
    {
        ({ } n, { } total) => $"{InYear(n)}（{RunningCount(total)}）",
        ({ } n, null) => InYear(n),
        (null, { } total) => RunningCount(total),
        _ => null,
    };
}
