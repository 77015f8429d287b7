using Archive.Web.Browse;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>Any address the UI does not know: say so with a 404 and offer the ways back in.</summary>
public sealed class NotFoundModel : PageModel
{
    public ProblemNotice Problem { get; private set; } = new("找不到这个页面", []);

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Problem = new ProblemNotice("找不到这个页面",
            [$"地址“{Request.Path}”不存在。文章的固定地址形如 /articles/编号；检索请用首页的检索框。"],
            "/bulletins", "浏览往期简报");
    }
}
