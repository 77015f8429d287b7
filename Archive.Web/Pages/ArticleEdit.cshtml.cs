using Archive.Indexer;
using Archive.Web.Browse;
using Archive.Web.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>
/// An editor corrects an article: its fields, where it ends (split it in two at a paragraph) or that it is one with
/// its neighbour (merge them). Three forms, one per kind of correction.
/// </summary>
public sealed class ArticleEditModel(ArchiveService archive) : PageModel
{
    public StoredArticle? Article { get; private set; }
    public StoredDocument? Document { get; private set; }
    public CorrectionFieldsView? Form { get; private set; }
    public IReadOnlyList<string> Paragraphs { get; private set; } = [];
    public ArticleRef? Previous { get; private set; }
    public ArticleRef? Next { get; private set; }
    public IReadOnlyList<CorrectionEntry> Conflicts { get; private set; } = [];
    /// <summary>Why a split or a merge was refused.</summary>
    public IReadOnlyList<FieldProblem> StructureProblems { get; private set; } = [];
    public ProblemNotice? Problem { get; private set; }

    public IActionResult OnGet(string id)
    {
        if (Find(id) is null) return Page();
        ShowCurrent([]);
        return Page();
    }

    public IActionResult OnPostFields(string id)
    {
        if (Find(id) is null) return Page();
        var (result, again) = CorrectionForm.Submit(Request.Form, CorrectableField.Article, Document!, User.Identity!.Name!,
            (changed, editing) => archive.CorrectArticle(id, changed, editing), () => archive.CorrectableArticleValues(id));
        if (Done(result, id) is { } done) return done;
        Conflicts = result.Status == CorrectionStatus.Conflict ? result.Entries : [];
        Form = again;
        return Page();
    }

    public IActionResult OnPostSplit(string id, [FromForm] int? at, [FromForm] string? title) =>
        Structure(id, editing => at is { } paragraph
            ? archive.SplitArticle(id, paragraph, title ?? "", editing)
            : CorrectionResult.Invalid(Document!.Id, [new FieldProblem("at_paragraph", "Choose a paragraph.", "请选择新文章从哪一段开始。")]));

    public IActionResult OnPostMerge(string id, [FromForm] string? with) =>
        Structure(id, editing => archive.MergeArticles(id, with ?? "", editing));

    /// <summary>A split or a merge: done (to the article it leaves), or the page again with why not.</summary>
    private IActionResult Structure(string id, Func<Indexer.Model.Editing, CorrectionResult> correct)
    {
        if (Find(id) is null) return Page();
        var editing = CorrectionForm.Editing(Request.Form, User.Identity!.Name!);
        var result = editing is null ? CorrectionResult.Invalid(Document!.Id, [CorrectionPages.Incomplete]) : correct(editing);
        if (Done(result, result.ArticleId ?? id) is { } done) return done;
        Conflicts = result.Status == CorrectionStatus.Conflict ? result.Entries : [];
        ShowCurrent(result.Problems);
        return Page();
    }

    /// <summary>After a correction, the article page it concerns; a refusal sets the status and, when it is gone, the notice.</summary>
    private IActionResult? Done(CorrectionResult result, string articleId)
    {
        if (result.Status == CorrectionStatus.Applied)
        {
            CorrectionPages.Saved(this, result);
            return Redirect(ArticlePaths.Of(articleId));
        }
        Response.StatusCode = CorrectionPages.Status(result);
        Problem = CorrectionPages.Gone(result, "篇文章");
        return Problem is null ? null : Page();
    }

    private void ShowCurrent(IReadOnlyList<FieldProblem> structureProblems)
    {
        // Read again: a refused split or merge shows the article as it is now, with the revision it has now.
        Article = archive.FindArticle(Article!.Id) ?? Article;
        Document = archive.FindDocument(Article.DocumentId) ?? Document;
        var inputs = CorrectionForm.Inputs(archive.CorrectableArticleValues(Article.Id));
        Form = new CorrectionFieldsView(CorrectableField.Article, inputs, inputs, Document!.Revision, []);
        StructureProblems = structureProblems;
    }

    private StoredArticle? Find(string id)
    {
        Article = id.Length <= 200 ? archive.FindArticle(id) : null;
        Document = Article is null ? null : archive.FindDocument(Article.DocumentId);
        if (Article is null || Document is null)
        {
            Problem = CorrectionPages.Unknown("篇文章", id);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return null;
        }
        Paragraphs = Article.Paragraphs;
        var order = archive.GetDocument(Document.Id)!.Articles;
        var at = order.ToList().FindIndex(a => a.ArticleId == id);
        Previous = at > 0 ? order[at - 1] : null;
        Next = at >= 0 && at + 1 < order.Count ? order[at + 1] : null;
        return Article;
    }
}
