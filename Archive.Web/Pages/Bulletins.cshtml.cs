using Archive.Indexer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>The archive of past issues as people know it on paper: series, year, issue, articles.</summary>
public sealed class BulletinsModel(ArchiveService archive) : PageModel
{
    public IReadOnlyList<SeriesTimeline> Series { get; private set; } = [];

    public void OnGet() => Series = archive.Series();
}
