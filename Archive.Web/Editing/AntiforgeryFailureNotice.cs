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
        var back = WebUtility.HtmlEncode(context.HttpContext.Request.Path.Value ?? "/");
        context.Result = new ContentResult
        {
            StatusCode = StatusCodes.Status400BadRequest,
            ContentType = "text/html; charset=utf-8",
            Content = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>表单已失效 · 组工信息档案</title></head><body>" +
                      "<h1>表单已失效，未作任何改动</h1><p>这份表单缺少有效的安全令牌：页面可能打开太久、已退出登录，或表单并非来自本站。</p>" +
                      $"<p><a href=\"{back}\">重新打开表单</a> · <a href=\"/\">回到首页</a></p></body></html>",
        };
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
