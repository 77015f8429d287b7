namespace Archive.Indexer.Model;

/// <summary>
/// Where and when a text was published, as a reader tells one publication from another whatever file holds it (a
/// bulletin as .txt, .docx and .pdf): the same issue of a series (the same series, year and number; an issue without a
/// number, a 增刊, by its date), or, outside series, the same title on the same date. An undated text has none: two
/// undated 第5期 may be of two years.
/// </summary>
internal readonly record struct Publication(string? Series, int Year, int? IssueNumber, DateOnly? Date, string? Title)
{
    public static Publication? Of(string? series, int? issueNumber, DateOnly? date, string title) =>
        date is not { } day ? null
        : series is not null ? new(series, day.Year, issueNumber, issueNumber is null ? day : null, null)
        : new(null, day.Year, null, day, title);
}
