using Archive.Indexer;
using Archive.Web.Browse;
using Archive.Web.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>An editor corrects a document's metadata: kind, series, 期号, 总期号, date, publisher, 文号.</summary>
public sealed class DocumentEditModel(ArchiveService archive) : PageModel
{
    public StoredDocument? Document { get; private set; }
    public CorrectionFieldsView? Form { get; private set; }
    public IReadOnlyList<CorrectionEntry> Conflicts { get; private set; } = [];
    public ProblemNotice? Problem { get; private set; }

    public IActionResult OnGet(string id)
    {
        if (Find(id) is not { } document) return Page();
        var inputs = CorrectionForm.Inputs(archive.CorrectableDocumentValues(id));
        Form = new CorrectionFieldsView(CorrectableField.Document, inputs, inputs, document.Revision, []);
        return Page();
    }

    public IActionResult OnPost(string id)
    {
        if (Find(id) is not { } document) return Page();
        var (result, again) = CorrectionForm.Submit(Request.Form, CorrectableField.Document, document, User.Identity!.Name!,
            (changed, editing) => archive.CorrectDocument(id, changed, editing), () => archive.CorrectableDocumentValues(id));
        if (again is null)
        {
            CorrectionPages.Saved(this, result);
            return Redirect(DocumentPaths.Of(id) + "#corrections");
        }
        Response.StatusCode = CorrectionPages.Status(result);
        Problem = CorrectionPages.Gone(result, "份文档");
        Conflicts = result.Status == CorrectionStatus.Conflict ? result.Entries : [];
        Form = again;
        return Page();
    }

    private StoredDocument? Find(string id)
    {
        Document = id.Length <= 200 ? archive.FindDocument(id) : null;
        if (Document is null)
        {
            Problem = CorrectionPages.Unknown("份文档", id);
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Document;
    }
}
