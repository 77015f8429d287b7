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

/// <summary>An issue: its number in the year and its running count (总第N期), either of which it may not print.</summary>
public sealed record IssueSummary(string DocumentId, int? IssueNumber, int? TotalIssueNumber, DateOnly? Date, IReadOnlyList<ArticleRef> Articles);
