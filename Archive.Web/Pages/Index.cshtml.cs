using Archive.Indexer;
using Archive.Web.Browse;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Archive.Web.Pages;

/// <summary>The search page; with no query and no filter it browses the whole archive, newest first.</summary>
public sealed class IndexModel(ArchiveService archive, IOptions<ArchiveWebOptions> options) : PageModel
{
    /// <summary>Other places linked from the home page's 外地经验 box; the region facet lists them all.</summary>
    public const int OtherRegionsShown = 12;

    public SearchState State { get; private set; } = new();
    public SearchResults? Results { get; private set; }
    public ProblemNotice? Problem { get; private set; }
    /// <summary>The query holds nothing to search (！！！): the page lists everything, which an export or a feed would not say.</summary>
    public bool SearchesNothing { get; private set; }

    public bool IsHome => !State.HasQuery && !State.HasFilters && State.Page == 1;

    public long PageCount => Results?.PageCount ?? 0;

    public IActionResult OnGet()
    {
        var reading = SearchState.Read(Request.Query);
        State = reading.State.WithFacetValues(archive.FacetValueOf);
        ViewData["SearchState"] = State;
        if (reading.Refused.Count > 0)
        {
            Problem = new ProblemNotice("这个检索地址有误", reading.Problems, State.ToUrl(), "按可以识别的条件检索");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (reading.Adjusted.Count > 0) Problem = new ProblemNotice("检索地址已调整", reading.Adjusted, State.ToUrl(), "调整后的地址");
        Results = archive.Search(State.ToRequest());
        SearchesNothing = archive.SearchesNothing(State.Query);
        if (Results.PastTheLastPage)
        {
            Problem = new ProblemNotice("没有这一页", [$"这个检索共 {ChineseFormat.Count(Results.Total)} 篇，只有 {PageCount} 页。"],
                State.WithPage((int)Math.Max(1, PageCount)).ToUrl(), PageCount > 1 ? $"到第 {PageCount} 页（最后一页）" : "回到第 1 页");
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    public IReadOnlyList<FacetValue>? Facet(FacetField field) => Results?.Facets.GetValueOrDefault(field);

    public IReadOnlyList<FacetValue> OtherRegions() => Browse.OtherRegions.Of(Facet(FacetField.Region), options.Value.HomeRegion);

    /// <summary>Search results link to the article with the query, so its page can highlight the same terms.</summary>
    public string ArticleUrl(string articleId) => ArticlePaths.Of(articleId, State.HasQuery ? State.Query : null);
}
