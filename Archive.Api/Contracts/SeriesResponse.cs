
namespace Archive.Api.Contracts;

/// <summary>Every publication with its issues by year: the timeline of past bulletins. warnings names the parameters it does not know.</summary>
public sealed record SeriesResponse(IReadOnlyList<SeriesEntry> Series, IReadOnlyList<string> Warnings)
{
    public static SeriesResponse From(IReadOnlyList<SeriesTimeline> timelines, IReadOnlyList<string> warnings, Links links) =>
        new([.. timelines.Select(t => new SeriesEntry(t.Series, [.. t.Years.Select(y => SeriesYearEntry.From(y, links))]))], warnings);
}

public sealed record SeriesEntry(string Name, IReadOnlyList<SeriesYearEntry> Years);

/// <param name="Year">Null for the issues that print no date.</param>
public sealed record SeriesYearEntry(int? Year, IReadOnlyList<IssueEntry> Issues)
{
    public static SeriesYearEntry From(SeriesYear year, Links links) => new(year.Year > 0 ? year.Year : null,
        [.. year.Issues.Select(i => new IssueEntry(i.DocumentId, i.IssueNumber, i.TotalIssueNumber, i.Date, links.ApiDocument(i.DocumentId),
            [.. i.Articles.Select(a => ArticleLink.From(a, links))]))]);
}

/// <summary>One issue of a publication.</summary>
/// <param name="TotalIssueNumber">The running count (总第N期) where the issue prints one; some print it alone.</param>
public sealed record IssueEntry(string DocumentId, int? IssueNumber, int? TotalIssueNumber, DateOnly? Date, string ApiUrl, IReadOnlyList<ArticleLink> Articles);
