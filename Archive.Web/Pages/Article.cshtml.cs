using Archive.Indexer;
using Archive.Web.Browse;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>An article's permalink: metadata to cite by, the full text, and where else to read on.</summary>
public sealed class ArticleModel(ArchiveService archive) : PageModel
{
    private const int SimilarCount = 5;

    public ArticleDetail? Detail { get; private set; }
    public IReadOnlyList<SearchHit> SimilarElsewhere { get; private set; } = [];
    public ProblemNotice? Problem { get; private set; }
    /// <summary>The query that led here, if any: its terms are marked in the text.</summary>
    public string? Query { get; private set; }
    /// <summary>The title and the paragraphs, escaped, with the query's matches marked as in the result list.</summary>
    public string TitleHtml { get; private set; } = "";
    public IReadOnlyList<string> ParagraphsHtml { get; private set; } = [];

    public IActionResult OnGet(string? id, string? q)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Length > SearchState.MaxQueryLength ? q[..SearchState.MaxQueryLength] : q;
        ViewData["SearchState"] = new SearchState { Query = Query };
        id = id?.Trim() ?? "";
        Detail = id.Length is > 0 and <= 200 ? archive.GetArticle(id) : null;
        if (Detail is null && id.Length is > 0 and <= 200 && archive.MergedInto(id) is { } into)
        {
            // Editors merged it into its neighbour: its permalink leads to the article that holds its text.
            return RedirectPermanent(ArticlePaths.Of(into, Query));
        }
        if (Detail is null)
        {
            Problem = new ProblemNotice("找不到这篇文章",
                [$"编号“{(id.Length > 60 ? id[..60] + "…" : id)}”没有对应的文章。可能是地址抄错了，或者文章已被删除。"],
                "/", "到首页检索");
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        SimilarElsewhere = archive.Similar(id, otherRegionsOnly: true, SimilarCount) ?? [];
        // Paragraphs as the split form counts them (the same lines, trimmed), marked as result lists mark them.
        var marked = archive.MarkMatches(Query, [Detail.Article.Title, .. Detail.Article.Paragraphs]);
        TitleHtml = marked[0];
        ParagraphsHtml = marked.Skip(1).ToList();
        return Page();
    }
}
