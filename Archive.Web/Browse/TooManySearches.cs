using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Browse;

/// <summary>
/// The pages that run searches (results; an article, whose similar articles are a search) count against the host's
/// per-client search limit, as the API's searches do; past it a reader gets this page (429) saying how long to wait,
/// written by the host's rate limiter before any page runs.
/// </summary>
public static class TooManySearches
{
    public static readonly IReadOnlyList<string> Pages = ["/Index", "/Article"];

    public static Task WriteAsync(HttpContext context, int retryAfterSeconds)
    {
        var response = context.Response;
        response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/html; charset=utf-8";
        var again = WebUtility.HtmlEncode($"{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}");
        var stylesheet = context.RequestServices.GetRequiredService<UiAssets>().Url("site.css");
        return response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>检索过于频繁 · 组工信息档案</title><link rel=\"stylesheet\" href=\"{stylesheet}\"></head><body><main id=\"main\">" +
            $"<h1>检索过于频繁</h1><p>这台电脑（或所在网络）在短时间内打开了太多检索和文章页面。请 {retryAfterSeconds} 秒后再试。</p>" +
            $"<p><a href=\"{again}\">重新打开本页</a> · <a href=\"/\">回到首页</a></p>" +
            "<p>需要批量获取检索结果，请使用导出功能（/api/v1/export）。</p></main></body></html>");
    }
}
