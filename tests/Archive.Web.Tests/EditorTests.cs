using System.Text;
using System.Text.RegularExpressions;
using Archive.Indexer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.Web.Tests;

/// <summary>An editor in the browser: signs in, corrects an article, splits one, sees it everywhere, signs out.</summary>
[Collection(ArchiveSiteCollection.Name)]
public sealed class EditorTests(ArchiveSite site)
{
    /// <summary>A notice of three paragraphs holding a word no sample has, stored for this test alone.</summary>
    private string Notice(string marker) => site.Services.GetRequiredService<ArchiveService>().IngestUpload($"{marker}.txt", Encoding.UTF8.GetBytes(
        $"关于做好{marker}工作的通知\n\n各县（市、区）委组织部：\n\n一、认真开展{marker}专项调研，摸清底数。\n\n二、建立{marker}工作台账，按月报送。\n\n三、加强{marker}督促检查，确保落实。\n\n中共安庆市委组织部\n2024年6月3日\n")).DocumentId!;

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "编辑登录" }).ClickAsync();
        await page.GetByLabel("用户名").FillAsync(ArchiveSite.EditorName);
        await page.GetByLabel("密码").FillAsync(ArchiveSite.EditorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("footer.site")).ToContainTextAsync($"编辑：{ArchiveSite.EditorName}");
    }

    [Fact]
    public async Task The_sign_out_button_stays_in_the_footer_line_with_the_editors_name()
    {
        var page = await site.NewPageAsync();
        await SignInAsync(page);

        // A form inside a <p> is invalid: the parser closes the <p> before it and leaves an empty one after.
        var footer = await page.EvaluateAsync<string[]>("""
            () => { const f = document.querySelector('footer.site');
                    const form = f.querySelector('form.signout'), name = f.querySelector('.signed-in');
                    return [String(form.parentElement === name.parentElement), String([...f.querySelectorAll('p')].filter(p => p.textContent.trim() === '').length)]; }
            """);

        Assert.Equal(["true", "0"], footer);
    }

    [Fact]
    public async Task An_editor_corrects_a_title_splits_the_article_and_finds_both_in_search_and_the_audit_log()
    {
        const string marker = "鹤鸣湖畔";
        var document = Notice(marker);
        var page = await site.NewPageAsync();
        await SignInAsync(page);

        await page.GotoAsync($"/articles/{document}-1");
        await page.GetByRole(AriaRole.Link, new() { Name = "更正此文" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/edit$"));
        await page.GetByLabel("标题", new() { Exact = true }).FillAsync($"关于{marker}调研的通知");
        await page.Locator("form.correction").First.GetByLabel("理由").FillAsync("标题与原件不符");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存更正" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/articles/{document}-1$"));
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("已保存 1 处更正");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"关于{marker}调研的通知");

        await page.GetByRole(AriaRole.Link, new() { Name = "更正此文" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/edit$"));
        await page.Locator("label[for=at-3]").ClickAsync();
        await Assertions.Expect(page.Locator("#at-3")).ToBeCheckedAsync();
        await page.GetByLabel("新文章标题").FillAsync($"加强{marker}督促检查");
        await page.GetByRole(AriaRole.Button, new() { Name = "拆分为两篇" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/articles/{document}-e1$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"加强{marker}督促检查");

        await page.GetByLabel("检索词").FillAsync(marker);
        await page.FollowAsync(() => page.GetByLabel("检索词").PressAsync("Enter"), "q=");
        await Assertions.Expect(page.Locator(".hit .title")).ToContainTextAsync([$"关于{marker}调研的通知", $"加强{marker}督促检查"], new() { IgnoreCase = false });
        await Assertions.Expect(page.Locator("link[rel=alternate][type='application/atom+xml']")).ToHaveAttributeAsync("href", new Regex("^/api/v1/search.atom\\?q="));

        await page.GotoAsync($"/documents/{document}");
        var log = page.Locator("#corrections tbody tr");
        await Assertions.Expect(log).ToHaveCountAsync(2);
        await Assertions.Expect(log.Nth(1)).ToContainTextAsync("标题与原件不符");
        await Assertions.Expect(log.Nth(0)).ToContainTextAsync("拆分");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await Assertions.Expect(page.Locator("footer.site")).ToContainTextAsync("编辑登录");
        await page.GotoAsync($"/articles/{document}-1/edit");
        await page.WaitForURLAsync(new Regex("/signin\\?return="));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_document_page_and_the_correction_form_fit_the_screen(bool phone)
    {
        var document = Notice(phone ? "竹韵松风" : "梅香兰馨");
        var page = await site.NewPageAsync(phone);
        await SignInAsync(page);
        var width = phone ? "phone" : "desktop";
        var where = site.Services.GetRequiredService<ArchiveService>();
        where.CorrectDocument(document, new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["doc_number"] = System.Text.Json.JsonSerializer.SerializeToElement("庆组〔2024〕18号"),
        }, new Indexer.Model.Editing("wang", "补录文号，原件首页左上角所印文号较为模糊，经与档案室纸质版核对后补录"));

        foreach (var (url, name) in new[] { ($"/documents/{document}", "document"), ($"/articles/{document}-1/edit", "article-edit") })
        {
            await page.GotoAsync(url);
            await page.ScreenshotAsync(new() { Path = Path.Combine(ArchiveSite.ScreenshotDirectory, $"{name}-{width}.png"), FullPage = true });
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{url} is wider than the screen");
        }
    }

    [Fact]
    public async Task Readers_see_no_editing_and_get_no_cookie()
    {
        var document = Notice("松竹梅兰");
        var page = await site.NewPageAsync();

        await page.GotoAsync($"/articles/{document}-1");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "更正此文" }).CountAsync());
        await page.GotoAsync($"/documents/{document}");
        await Assertions.Expect(page.Locator("#corrections")).ToContainTextAsync("尚无更正");
        Assert.Empty(await page.Context.CookiesAsync());
    }
}
