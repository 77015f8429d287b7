using Archive.Indexer;
using Archive.Web.Browse;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>A document as a whole: its metadata, its original file, its articles in order, and its audit log.</summary>
public sealed class DocumentModel(ArchiveService archive) : PageModel
{
    public DocumentDetail? Detail { get; private set; }
    public ProblemNotice? Problem { get; private set; }

    public IActionResult OnGet(string? id)
    {
        id = id?.Trim() ?? "";
        Detail = id.Length is > 0 and <= 200 ? archive.GetDocument(id) : null;
        if (Detail is null)
        {
            Problem = new ProblemNotice("找不到这份文档",
                [$"编号“{(id.Length > 60 ? id[..60] + "…" : id)}”没有对应的文档。可能是地址抄错了，或者文档已被删除。"], "/", "到首页检索");
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
