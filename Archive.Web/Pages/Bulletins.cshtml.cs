using Archive.Indexer;
using Archive.Web.Browse;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>
/// The archive of past issues as people know it on paper: series, year, issue, articles. The overview shows
/// each series' years as links and its newest issues with their articles; a year link shows that year's
/// issues in full. So the page stays small however many series and years the archive holds.
/// </summary>
public sealed class BulletinsModel(ArchiveService archive) : PageModel
{
    /// <summary>Every series of the archive with its years and issue counts, without the issues themselves.</summary>
    public IReadOnlyList<SeriesTimeline> Series { get; private set; } = [];

    /// <summary>The series this page shows: the one asked for, or all of them.</summary>
    public IReadOnlyList<SeriesTimeline> Shown { get; private set; } = [];

    /// <summary>Every series, none chosen, no year asked.</summary>
    public bool IsOverview => _series is null && _year is null;

    /// <summary>With many series the overview is a table, one row per series, and each series has its own page.</summary>
    public bool IsCompactOverview => IsOverview && Series.Count > OverviewSeriesWithIssues;

    /// <summary>The year asked for without a series: every series' issues of that year (as /api/v1/series?year= lists them).</summary>
    public int? YearOfAll => _series is null ? _year : null;

    /// <summary>The years any issue is dated in, newest first: the overview's links to each year of every series.</summary>
    public IReadOnlyList<int> Years => [.. Series.SelectMany(s => s.Years).Select(y => y.Year).Where(y => y > 0).Distinct().OrderDescending()];
    public ProblemNotice? Problem { get; private set; }
    private string? _series;
    private int? _year;
    private readonly Dictionary<string, SeriesYear> _shownYears = new(StringComparer.Ordinal);

    public IActionResult OnGet(string? series, string? year)
    {
        Series = archive.SeriesOverviews();
        _series = string.IsNullOrWhiteSpace(series) ? null : series;
        // 0 is the link of a series' undated issues (YearUrl); any other year is read as a search's year filter reads it.
        if (year?.Trim() == "0") _year = 0;
        else
        {
            (_year, var refused) = SearchParameters.ReadYear(year);
            if (refused is not null) return Refuse(StatusCodes.Status400BadRequest, refused.MessageZh);
        }
        if (_series is null && _year is { } alone)
        {
            // A year alone is that year of every series, as the API's series?year= answers it (it was a 400 here).
            Shown = [.. Series.Where(s => s.Years.Any(y => y.Year == alone && alone > 0))];
            if (Shown.Count == 0) return Refuse(StatusCodes.Status404NotFound, $"档案里没有 {alone} 年的期次。");
            LoadShownYears();
            return Page();
        }
        if (_series is not null)
        {
            // Named as printed, or in the other script (安慶組工信息 for 安庆组工信息) as a search's series filter takes it.
            var folded = archive.FacetValueOf(FacetField.Series, _series);
            var overview = Series.FirstOrDefault(s => s.Series == _series) ?? Series.FirstOrDefault(s => archive.FacetValueOf(FacetField.Series, s.Series) == folded);
            if (overview is null) return Refuse(StatusCodes.Status404NotFound, "档案里没有刊物“" + Shorten(_series) + "”。");
            _series = overview.Series;
            if (_year is { } y && overview.Years.All(t => t.Year != y))
                return Refuse(StatusCodes.Status404NotFound, $"《{_series}》没有 {y} 年的期次。");
        }
        Shown = _series is null ? Series : [.. Series.Where(s => s.Series == _series)];
        if (!IsCompactOverview) LoadShownYears();
        return Page();
    }

    /// <summary>Reads only the year each shown series displays: the one asked for, else its newest.</summary>
    private void LoadShownYears()
    {
        foreach (var overview in Shown)
        {
            var year = (overview.Series == _series || _series is null) && _year is { } asked ? asked : overview.Years.Select(y => (int?)y.Year).Max();
            if (year is { } shown && archive.SeriesIssues(overview.Series, shown) is { } issues) _shownYears[overview.Series] = issues;
        }
    }

    /// <summary>Issues a series shows on the overview; the series' own page shows a whole year.</summary>
    public const int OverviewIssues = 3;

    /// <summary>Beyond this many series the overview is a table of series, so it stays light.</summary>
    public const int OverviewSeriesWithIssues = 10;

    /// <summary>
    /// The issues a series shows: all of the year asked for on its own page, else the newest few (the overview, or a year of
    /// every series, whose page would otherwise grow with the archive): its year's page has the rest.
    /// </summary>
    public IReadOnlyList<IssueSummary> ShownIssues(SeriesTimeline overview, SeriesYear year) =>
        overview.Series == _series ? year.Issues : [.. year.Issues.Take(OverviewIssues)];

    /// <summary>The year whose issues a series shows, with its issues: the one asked for, else its newest.</summary>
    public SeriesYear? ShownYear(SeriesTimeline overview) => _shownYears.GetValueOrDefault(overview.Series);

    /// <summary>
    /// The newest issue of a series as the overview's table names it: 第6期 2026年3月20日, or 总第203期 2019年10月25日 for an
    /// issue printing only its running count, as its citation names it.
    /// </summary>
    public static string NewestIssue(SeriesYear year) =>
        $"{ChineseFormat.Issue(null, year.NewestIssueNumber, year.NewestTotalIssueNumber)} {ChineseFormat.Date(year.NewestDate)}".Trim();

    public static string SeriesUrl(string series) => "/bulletins" + new ReadableQuery().Add("series", series);

    /// <summary>2022年; the undated issues (year 0) as such, not as a year 0.</summary>
    public static string YearLabel(int year) => year > 0 ? $"{year}年" : "未注明日期";

    public static string YearOfAllUrl(int year) => "/bulletins" + new ReadableQuery().Add("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string YearUrl(string series, int year) =>
        "/bulletins" + new ReadableQuery().Add("series", series).Add("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private IActionResult Refuse(int status, string detail)
    {
        Problem = new ProblemNotice(status == StatusCodes.Status404NotFound ? "找不到这些期次" : "这个地址有误", [detail], "/bulletins", "查看全部往期简报");
        Response.StatusCode = status;
        return Page();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
