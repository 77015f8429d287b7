using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Archive.Web.Editing;

/// <summary>
/// A form sent without its antiforgery token, with a forged one or with one of another session is refused (400) by the
/// framework before the page runs; this says so in words, with the way back to the form, instead of a blank page.
/// </summary>
public sealed class AntiforgeryFailureNotice : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult) return;
        context.Result = new ContentResult
        {
            StatusCode = StatusCodes.Status400BadRequest,
            ContentType = "text/html; charset=utf-8",
            Content = Page(context.HttpContext.Request, "表单已失效", "这份表单缺少有效的安全令牌：页面可能打开太久、已退出登录，或表单并非来自本站。"),
        };
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    /// <summary>
    /// A form over <see cref="EditorPages.MaxFormBytes"/> (413), answered before a byte of it is read: no one, signed in
    /// or not, makes the server read megabytes of form.
    /// </summary>
    public static Task FormTooLarge(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Page(context.Request, "表单过大",
            $"这份表单超过了 {EditorPages.MaxFormBytes / 1024} KB 的上限（更正理由最多 500 字），未被读取。"));
    }

    /// <summary>A refused form, said in words, with the way back to it.</summary>
    private static string Page(HttpRequest request, string title, string why)
    {
        var back = WebUtility.HtmlEncode(request.Path.Value ?? "/");
        return $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title} · 组工信息档案</title></head><body>" +
               $"<h1>{title}，未作任何改动</h1><p>{why}</p>" +
               $"<p><a href=\"{back}\">重新打开表单</a> · <a href=\"/\">回到首页</a></p></body></html>";
    }
}
