using Archive.Web.Browse;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Editing;

/// <summary>What the correction pages do with the engine's answer: the notice after a correction, the status and the words otherwise.</summary>
public static class CorrectionPages
{
    /// <summary>Keeps "已保存 N 处更正" for the page the editor goes to next.</summary>
    public static void Saved(PageModel page, CorrectionResult result) =>
        page.TempData[EditorNotice.Key] = result.Entries.Count == 0 ? "没有改动，未作更正。" : $"已保存 {result.Entries.Count} 处更正。";

    /// <summary>The status of a page that shows a refused correction again.</summary>
    public static int Status(CorrectionResult result) => result.Status switch
    {
        CorrectionStatus.Invalid => StatusCodes.Status400BadRequest,
        CorrectionStatus.Conflict or CorrectionStatus.Superseded => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status404NotFound,
    };

    /// <summary>Why a document or article cannot be corrected at all, or null when the form can be shown again.</summary>
    public static ProblemNotice? Gone(CorrectionResult result, string what) => result.Status switch
    {
        CorrectionStatus.NotFound => new ProblemNotice($"找不到这{what}", [$"这{what}不存在或已被删除，未作更正。"], "/", "到首页检索"),
        CorrectionStatus.Superseded => new ProblemNotice("这份文档已被新版本取代",
            ["同名文件的新版本已导入，这一版本只保留在历史中，未作更正。请更正当前版本。"], "/", "到首页检索"),
        _ => null,
    };

    public static ProblemNotice Unknown(string what, string id) =>
        new($"找不到这{what}", [$"编号“{(id.Length > 60 ? id[..60] + "…" : id)}”没有对应的{what[1..]}，或已被删除。"], "/", "到首页检索");

    /// <summary>A form without its revision is not one of the archive's pages: nothing is done.</summary>
    public static FieldProblem Incomplete { get; } = new(CorrectionForm.Revision, "The form has no revision.", "表单不完整（缺少版本号），请重新打开此页后再提交。");
}
