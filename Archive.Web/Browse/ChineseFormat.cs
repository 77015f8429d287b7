using System.Globalization;

namespace Archive.Web.Browse;

/// <summary>Dates, issues and counts written the way the bulletins themselves write them.</summary>
public static class ChineseFormat
{
    public static string Date(DateOnly? date) =>
        date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "";

    /// <summary>Beijing time, the readers' own whatever zone the server keeps (UTC in a container).</summary>
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>A moment in Beijing time (2024-03-01 14:05, or with a format such as HH:mm:ss).</summary>
    public static string Time(DateTimeOffset moment, string format = "yyyy-MM-dd HH:mm") =>
        moment.ToOffset(Beijing).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>
    /// 《安庆组工信息》第8期, or 《海南组工信息》总第203期 for an issue printing only its running count, or whichever part is
    /// known.
    /// </summary>
    public static string Issue(string? series, int? issueNumber, int? totalIssueNumber)
    {
        var name = string.IsNullOrEmpty(series) ? "" : $"《{series}》";
        return name + IssueSummary.Cited(issueNumber, totalIssueNumber);
    }

    /// <summary>
    /// Where else an article appeared, as 亦见于 names it: an issue with its year (《安庆组工信息》2022年第8期, since two
    /// years each print a 第8期), an issue without a number by its date, or an article outside series by its title and date.
    /// </summary>
    public static string Appearance(ArticleRef reference)
    {
        var issue = IssueSummary.Cited(reference.IssueNumber, reference.TotalIssueNumber);
        if (string.IsNullOrEmpty(reference.Series) && issue.Length == 0)
            return reference.Date is null ? reference.Title : $"{reference.Title}（{Date(reference.Date)}）";
        var year = reference.Date is { } d ? $"{d.Year}年" : "";
        return Issue(reference.Series, null, null) + (issue.Length > 0 ? year + issue : Date(reference.Date));
    }

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>How long a search took: 12.3 毫秒, and 不到 0.1 毫秒 for an answer the cache held, which is no 0.</summary>
    public static string Took(double milliseconds) =>
        milliseconds < 0.05 ? "不到 0.1 毫秒" : milliseconds.ToString("0.#", CultureInfo.InvariantCulture) + " 毫秒";

    /// <summary>A file size: 812 B, 48.2 KB, 3.1 MB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };
}
