using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using static Archive.Api.Tests.TestDocuments;

namespace Archive.Api.Tests;

/// <summary>
/// The correction pages as a browser uses them, over HTTP: sign in with a cookie, forms with antiforgery tokens,
/// and everything that must be refused (a wrong password, a missing or forged token, an expired or absent sign-in).
/// </summary>
[Collection(EditorArchiveCollection.Name)]
public sealed partial class EditorPagesTests(EditorArchive archive)
{
    private HttpClient Browser() => archive.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<string> Html(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Token(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    private static string Hidden(string html, string name) => WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    private static async Task<HttpResponseMessage> Post(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        await client.PostAsync(url, new FormUrlEncodedContent(fields));

    private static async Task<HttpResponseMessage> SignIn(HttpClient client, string name, string password, string returnUrl = "/")
    {
        var form = await Html(client, "/signin?return=" + Uri.EscapeDataString(returnUrl));
        return await Post(client, "/signin?return=" + Uri.EscapeDataString(returnUrl),
            [new("__RequestVerificationToken", Token(form)), new("name", name), new("password", password)]);
    }

    /// <summary>
    /// The first correction form of a page as a browser would send it (its inputs, the "was" values and the token it
    /// holds, the selected option of a list), with some fields changed.
    /// </summary>
    private static async Task<List<KeyValuePair<string, string>>> CorrectionForm(HttpClient client, string url, params (string Field, string Value)[] changes)
    {
        var html = await Html(client, url);
        var form = Regex.Match(html, "<form[^>]*class=\"correction\"[^>]*>(.*?)</form>", RegexOptions.Singleline).Groups[1].Value;
        var values = Regex.Matches(form, "<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")
            .Concat(Regex.Matches(form, "<select[^>]*name=\"([^\"]+)\".*?<option value=\"([^\"]*)\" selected", RegexOptions.Singleline))
            .Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        values.RemoveAll(v => changes.Any(c => c.Field == v.Key));
        values.AddRange(changes.Select(c => new KeyValuePair<string, string>(c.Field, c.Value)));
        return values;
    }

    private static Task<List<KeyValuePair<string, string>>> ArticleForm(HttpClient client, string articleId, params (string Field, string Value)[] changes) =>
        CorrectionForm(client, $"/articles/{articleId}/edit", changes);

    private readonly HttpClient api = archive.CreateClient();

    private async Task<string> UploadBulletin(string marker) => (await api.UploadAsync($"第9期-{marker}.txt", Bulletin(marker))).Str("document_id");

    /// <summary>A browser signed in as one of the editors.</summary>
    private async Task<HttpClient> SignedIn(string name = "zhang")
    {
        var browser = Browser();
        (await SignIn(browser, name, name == "zhang" ? EditorArchive.ZhangPassword : EditorArchive.LiPassword)).Dispose();
        return browser;
    }

    [Fact]
    public async Task An_editor_signs_in_corrects_a_title_and_the_archive_and_the_audit_log_show_it()
    {
        var marker = Marker();
        var document = await UploadBulletin(marker);
        var browser = Browser();

        using var signIn = await SignIn(browser, "zhang", EditorArchive.ZhangPassword, $"/articles/{document}-2/edit");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal($"/articles/{document}-2/edit", signIn.Headers.Location!.ToString());
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("archive-editor="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var form = await ArticleForm(browser, $"{document}-2", ("title", $"大观区{marker}网格治理成效"), ("reason", "与纸质版核对"));
        using var saved = await Post(browser, $"/articles/{document}-2/edit?handler=Fields", form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("已保存 1 处更正", await Html(browser, saved.Headers.Location!.ToString()));
        Assert.Equal($"大观区{marker}网格治理成效", (await api.OkJson($"/api/v1/articles/{document}-2")).Str("title"));
        Assert.Equal(1, (await api.OkJson($"/api/v1/search?q={Uri.EscapeDataString("标题:网格治理成效 " + marker)}")).GetProperty("total").GetInt64());
        var page = await Html(api, $"/documents/{document}");
        Assert.Contains("修订记录", page);
        Assert.Matches($"<td>zhang</td>.*<td>标题</td>\\s*<td>大观区：推进{marker}网格治理</td>\\s*<td>大观区{marker}网格治理成效</td>\\s*<td>与纸质版核对</td>", page.ReplaceLineEndings(""));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/help")]
    [InlineData("/bulletins")]
    [InlineData("/?q=党建")]
    public async Task A_reader_gets_no_cookie(string url)
    {
        using var response = await Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));
    }

    [Fact]
    public async Task A_wrong_password_an_unknown_name_and_a_broken_account_are_refused_alike()
    {
        foreach (var (name, password) in new[] { ("zhang", "wrong-password-123"), ("nobody", EditorArchive.ZhangPassword), ("broken", "not-a-hash") })
        {
            var browser = Browser();
            using var response = await SignIn(browser, name, password);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("用户名或密码不正确", await response.Content.ReadAsStringAsync());
            Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("archive-editor="));
            using var edit = await browser.GetAsync("/documents/0000000000000000/edit");
            Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        }
        Assert.DoesNotContain(archive.Logs.Lines, l => l.Contains("wrong-password-123") || l.Contains(EditorArchive.ZhangPassword));
    }

    [Fact]
    public async Task A_form_without_its_token_or_with_a_forged_one_changes_nothing()
    {
        var marker = Marker();
        var document = await UploadBulletin(marker);
        var browser = await SignedIn();
        var form = await ArticleForm(browser, $"{document}-1", ("title", "伪造的标题"));

        var missing = form.Where(f => f.Key != "__RequestVerificationToken").ToList();
        var forged = missing.Append(new("__RequestVerificationToken", "CfDJ8" + new string('A', 150))).ToList();
        var otherSession = Browser();
        var theirs = Token(await Html(otherSession, "/signin"));
        var stolen = missing.Append(new("__RequestVerificationToken", theirs)).ToList();
        foreach (var fields in new[] { missing, forged, stolen })
        {
            using var response = await Post(browser, $"/articles/{document}-1/edit?handler=Fields", fields);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("表单已失效", await response.Content.ReadAsStringAsync());
        }
        // Signed out, the same well-formed form is refused too: the page sends the browser to sign in.
        using var anonymous = await Post(Browser(), $"/articles/{document}-1/edit?handler=Fields", form);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/signin", anonymous.Headers.Location!.PathAndQuery);
        Assert.Equal($"宜秀区：开展{marker}专项行动", (await api.OkJson($"/api/v1/articles/{document}-1")).Str("title"));
        Assert.Empty((await api.OkJson($"/api/v1/documents/{document}")).Items("corrections"));
    }

    [Fact]
    public async Task An_expired_sign_in_is_refused_and_signing_out_ends_it()
    {
        var browser = await SignedIn("li");
        var home = await Html(browser, "/");
        Assert.Contains("编辑：li", home);
        using (var edit = await browser.GetAsync("/documents/0000000000000000/edit"))
        {
            Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        }

        archive.Clock.Advance(TimeSpan.FromMinutes(61));
        try
        {
            using var expired = await browser.GetAsync("/documents/0000000000000000/edit");
            Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
            Assert.StartsWith("/signin", expired.Headers.Location!.PathAndQuery);
        }
        finally
        {
            archive.Clock.Advance(-TimeSpan.FromMinutes(61));
        }

        var again = await SignedIn("li");
        using var signOut = await Post(again, "/signout", [new("__RequestVerificationToken", Token(await Html(again, "/")))]);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Contains("编辑登录", await Html(again, "/"));
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/documents/0000000000000000/edit")).StatusCode);
    }

    [Fact]
    public async Task Of_two_editors_at_once_the_later_is_shown_the_earlier_change_and_keeps_their_input()
    {
        var marker = Marker();
        var document = await UploadBulletin(marker);
        var (zhang, li) = (await SignedIn("zhang"), await SignedIn("li"));
        var first = await ArticleForm(zhang, $"{document}-3", ("title", $"旌德县{marker}做法"));
        var second = await ArticleForm(li, $"{document}-3", ("title", $"旌德县的{marker}经验"), ("section", "他山之石"));

        (await Post(zhang, $"/articles/{document}-3/edit?handler=Fields", first)).Dispose();
        using var refused = await Post(li, $"/articles/{document}-3/edit?handler=Fields", second);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("其他编辑刚刚更正了相同内容", html);
        Assert.Contains($"zhang 于", html);
        Assert.Equal($"旌德县的{marker}经验", Hidden(html, "title"));
        Assert.Equal("他山之石", Hidden(html, "section"));
        var article = await api.OkJson($"/api/v1/articles/{document}-3");
        Assert.Equal(($"旌德县{marker}做法", "市外参考"), (article.Str("title"), article.Str("section")));
    }

    [Fact]
    public async Task A_date_that_is_no_date_is_explained_on_the_form_and_changes_nothing()
    {
        var document = await UploadBulletin(Marker());
        var browser = await SignedIn();
        var fields = await CorrectionForm(browser, $"/documents/{document}/edit", ("date", "2024年13月"));
        Assert.Contains(new KeyValuePair<string, string>("kind", "bulletin"), fields);

        using var response = await Post(browser, $"/documents/{document}/edit", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不是日期", await response.Content.ReadAsStringAsync());
        Assert.Equal("2024-05-06", (await api.OkJson($"/api/v1/documents/{document}")).GetProperty("document").Str("date"));
    }

    [Fact]
    public async Task A_form_larger_than_any_of_ours_is_refused_before_it_is_read()
    {
        var document = await UploadBulletin(Marker());
        var browser = await SignedIn();
        var fields = await ArticleForm(browser, $"{document}-1", ("title", "超长表单的标题"), ("reason", new string('理', 30_000)));

        var stranger = Browser();
        var token = Token(await Html(stranger, "/signin"));
        using var signIn = await Post(stranger, "/signin", [new("__RequestVerificationToken", token), new("name", "zhang"), new("password", new string('x', 200_000))]);
        using var correction = await Post(browser, $"/articles/{document}-1/edit?handler=Fields", fields);

        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.RequestEntityTooLarge), (signIn.StatusCode, correction.StatusCode));
        Assert.Contains("表单过大", await correction.Content.ReadAsStringAsync());
        Assert.DoesNotContain(signIn.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("archive-editor="));
        Assert.Empty((await api.OkJson($"/api/v1/documents/{document}")).Items("corrections"));
    }

    [Fact]
    public async Task Only_the_editor_pages_take_post_and_nothing_else_but_get()
    {
        var client = Browser();
        foreach (var (method, url) in new[] { ("POST", "/"), ("POST", "/articles/x-1"), ("PUT", "/articles/x-1/edit"), ("DELETE", "/signin") })
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal(url.EndsWith("edit") || url == "/signin" ? "GET, HEAD, POST" : "GET, HEAD", response.Content.Headers.Allow.Count > 0
                ? string.Join(", ", response.Content.Headers.Allow)
                : string.Join(", ", response.Headers.GetValues("Allow")));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
