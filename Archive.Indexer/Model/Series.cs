namespace Archive.Indexer.Model;

public sealed record SeriesTimeline(string Series, IReadOnlyList<SeriesYear> Years);

public sealed record SeriesYear(int Year, IReadOnlyList<IssueSummary> Issues);

public sealed record SeriesOverview(string Series, IReadOnlyList<SeriesYearCount> Years)
{
    public int IssueCount => Years.Sum(y => y.IssueCount);
}

/// <summary>A year of a series: how many issues, and the newest one's number and date.</summary>
public sealed record SeriesYearCount(int Year, int IssueCount, int? NewestIssueNumber, DateOnly? NewestDate);

public sealed record IssueSummary(string DocumentId, int? IssueNumber, DateOnly? Date, IReadOnlyList<ArticleRef> Articles);
