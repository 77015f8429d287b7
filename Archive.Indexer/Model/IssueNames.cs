namespace Archive.Indexer.Model;

/// <summary>
/// An issue named by its numbers, one way for the pages and the command line: 第8期 in the year, or 总第203期 for a
/// bulletin that prints only its running count.
/// </summary>
public static class IssueNames
{
    /// <summary>第8期, else 总第203期, else nothing: the number an issue is cited by, as the citations name it.</summary>
    public static string Cited(int? issueNumber, int? totalIssueNumber) =>
        issueNumber is { } n ? $"第{n}期" : totalIssueNumber is { } total ? $"总第{total}期" : "";

    /// <summary>
    /// An issue's numbers as its masthead prints them: 第9期（总第1275期）, or 总第203期 for a bulletin counting its issues
    /// only from the first; null when it prints neither. Written without spaces, as the citations and result lines write
    /// them, so that a page copied beside a citation reads the same.
    /// </summary>
    public static string? Printed(int? issueNumber, int? totalIssueNumber) => (issueNumber, totalIssueNumber) switch
    {
        ({ } n, { } total) => $"第{n}期（总第{total}期）",
        ({ } n, null) => $"第{n}期",
        (null, { } total) => $"总第{total}期",
        _ => null,
    };
}
