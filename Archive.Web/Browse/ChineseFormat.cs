using System.Globalization;

namespace Archive.Web.Browse;

/// <summary>Dates, issues and counts written the way the bulletins themselves write them.</summary>
public static class ChineseFormat
{
    public static string Date(DateOnly? date) =>
        date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "";

    /// <summary>《安庆组工信息》第8期, or whichever part is known.</summary>
    public static string Issue(string? series, int? issueNumber)
    {
        var name = string.IsNullOrEmpty(series) ? "" : $"《{series}》";
        return issueNumber is { } n ? $"{name}第{n}期" : name;
    }

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
