using System.Security.Claims;
using Archive.Web.Editing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace Archive.Web.Pages;

/// <summary>Editors sign in with the name and password of their account; everyone else reads without one.</summary>
public sealed class SignInModel(EditorAccounts accounts, SignInAttempts attempts, ILogger<SignInModel> logger) : PageModel
{
    public string ReturnUrl { get; private set; } = "/";
    public string Name { get; private set; } = "";
    public string? Error { get; private set; }

    public void OnGet(string? @return) => ReturnUrl = Local(@return);

    public async Task<IActionResult> OnPostAsync([FromForm] string? name, [FromForm] string? password, string? @return)
    {
        ReturnUrl = Local(@return);
        Name = (name ?? "").Trim();
        var (allowed, retryAfter) = attempts.Try(HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (!allowed)
        {
            Error = $"登录尝试过多，请 {retryAfter} 秒后再试。";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
        if (!accounts.Accepts(Name, password ?? ""))
        {
            // Neither the name tried nor the password is logged: one is often typed into the other's field.
            logger.LogWarning("Editor sign-in refused from {Address}", HttpContext.Connection.RemoteIpAddress);
            Error = accounts.Any ? "用户名或密码不正确。" : "本档案库尚未设置编辑账号（Archive:Editors），无法登录。";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, Name)], EditorPages.Scheme);
        await HttpContext.SignInAsync(EditorPages.Scheme, new ClaimsPrincipal(identity));
        logger.LogInformation("Editor {Name} signed in", Name);
        return LocalRedirect(ReturnUrl);
    }

    /// <summary>Only an address of this site: a sign-in never sends anyone elsewhere.</summary>
    private string Local(string? url) => Url.IsLocalUrl(url) ? url! : "/";
}
