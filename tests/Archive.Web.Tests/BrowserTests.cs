using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Archive.Web.Tests;

/// <summary>What a user does in the browser: search, narrow, read, cite, go back.</summary>
[Collection(ArchiveSiteCollection.Name)]
public sealed partial class BrowserTests(ArchiveSite site)
{
    [Fact]
    public async Task Search_tick_a_facet_open_an_article_copy_its_citation_and_go_back_with_the_state_intact()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("检索词").FillAsync("疫情防控");
        await page.FollowAsync(() => page.GetByLabel("检索词").PressAsync("Enter"), "q=");
        var totalBefore = await TotalAsync(page);
        Assert.True(totalBefore > 1, $"疫情防控 should match several sample articles, got {totalBefore}");

        // The facet shows how many results it keeps; ticking it must leave exactly that many.
        var facetValue = page.Locator(".facet-section a.value", new() { HasText = "市外参考" });
        var promised = long.Parse(await facetValue.Locator(".n").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var yearCountsBefore = await page.Locator(".facet-year .n").AllInnerTextsAsync();
        await page.FollowAsync(() => facetValue.ClickAsync(), "section=");
        var totalAfter = await TotalAsync(page);
        Assert.Equal(promised, totalAfter);
        Assert.True(totalAfter < totalBefore);
        Assert.NotEqual(yearCountsBefore, await page.Locator(".facet-year .n").AllInnerTextsAsync());
        Assert.Equal(1, await page.Locator(".chips a", new() { HasText = "栏目：市外参考" }).CountAsync());
        var resultsUrl = page.Url;

        await page.FollowAsync(() => page.Locator(".hit .title a").First.ClickAsync(), "/articles/");
        Assert.True(await page.Locator(".article .body mark").CountAsync() > 0, "the search terms should be marked in the text");

        var citation = (await page.Locator("#cite-gbt").InnerTextAsync()).Trim();
        Assert.Contains("[", citation);
        await page.Locator("button[data-copy=cite-gbt]").ClickAsync();
        await Assertions.Expect(page.Locator(".cite .copied")).ToContainTextAsync("已复制");
        Assert.Equal(citation, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        await page.GoBackAsync();
        Assert.Equal(resultsUrl, page.Url);
        Assert.Equal(totalAfter, await TotalAsync(page));
        Assert.Equal("疫情防控", await page.GetByLabel("检索词").InputValueAsync());
        Assert.Equal(1, await page.Locator(".chips a", new() { HasText = "栏目：市外参考" }).CountAsync());
    }

    [Fact]
    public async Task Partial_matches_follow_a_note_and_show_the_words_they_lack()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("连心卡 背包上门"));

        await Assertions.Expect(page.Locator(".partial-note")).ToHaveTextAsync("以下结果未包含全部检索词");
        Assert.Equal(2, await page.Locator(".hits.partial .hit").CountAsync());
        Assert.Equal(["未包含：背包上门", "未包含：连心卡"], (await page.Locator(".hit .missing").AllInnerTextsAsync()).Select(t => t.Trim()).Order(StringComparer.Ordinal));

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("组工"));
        await Assertions.Expect(page.Locator(".parsed code")).ToContainTextAsync("组织工作");
        Assert.Equal(0, await page.Locator(".partial-note").CountAsync());
    }

    [Fact]
    public async Task Sorted_by_date_no_note_says_that_an_article_with_every_word_lacks_some()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/?sort=newest&q=" + Uri.EscapeDataString("包联 连心卡"));

        await Assertions.Expect(page.Locator(".partial-note")).ToHaveTextAsync("按日期排列，只包含部分检索词的文章夹在其中，各自标出未包含的词");
        Assert.Equal(0, await page.Locator(".hits.partial .hit:not(:has(.missing))").CountAsync());
        Assert.Contains("铜川市王益区：“党员+‘家’连心卡”架起群众健康“连心桥”", await page.Locator(".hit:not(:has(.missing)) .title").AllInnerTextsAsync());
    }

    [Fact]
    public async Task The_Daguan_article_on_assessing_cadres_is_three_actions_from_home()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("检索词").FillAsync("考察识别干部");                     // 1
        await page.GetByLabel("检索词").PressAsync("Enter");                           // 2
        await page.FollowAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "大观区在疫情防控一线考察识别干部" }).ClickAsync(), "/articles/"); // 3
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("大观区在疫情防控一线考察识别干部");
        await Assertions.Expect(page.Locator(".metadata")).ToContainTextAsync("大观区委组织部");
    }

    [Fact]
    public async Task The_2023_articles_of_the_outside_reference_section_are_two_clicks_from_home()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.FollowAsync(() => page.Locator(".elsewhere a.big").ClickAsync(), "section="); // 1
        await page.FollowAsync(() => page.Locator(".facet-year a", new() { HasText = "2023" }).ClickAsync(), "year=2023"); // 2

        var hits = page.Locator(".hit");
        Assert.True(await hits.CountAsync() > 0);
        foreach (var hit in await hits.AllAsync())
        {
            await Assertions.Expect(hit.Locator(".badge")).ToHaveTextAsync("市外参考");
            await Assertions.Expect(hit.Locator("time")).ToHaveAttributeAsync("datetime", new Regex("^2023-"));
        }
        await Assertions.Expect(page.Locator(".hits")).ToContainTextAsync("铜川市王益区");
    }

    [Fact]
    public async Task Search_and_facets_work_without_javascript_and_the_copy_buttons_stay_out_of_the_way()
    {
        var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseAddress.ToString(), JavaScriptEnabled = false });
        context.SetDefaultTimeout(ArchiveSite.PatienceMilliseconds);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("检索词").FillAsync("网格化");
        await page.FollowAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync(), "q=");
        Assert.True(await TotalAsync(page) > 0);
        await page.FollowAsync(() => page.Locator(".facet-year a").First.ClickAsync(), "year=");
        await page.FollowAsync(() => page.Locator(".hit .title a").First.ClickAsync(), "/articles/");
        await Assertions.Expect(page.Locator("#cite-gbt")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("button.copy").First).ToBeHiddenAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_then_the_search_box()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("跳到正文", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        for (var i = 0; i < 8 && await page.EvaluateAsync<string>("() => document.activeElement.id") != "q"; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("考察识别");
        await page.FollowAsync(() => page.Keyboard.PressAsync("Enter"), "q=");
        Assert.True(await TotalAsync(page) > 0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Screenshots_of_home_results_and_article(bool phone)
    {
        var page = await site.NewPageAsync(phone);
        var width = phone ? "phone" : "desktop";
        await page.GotoAsync("/");
        await page.ScreenshotAsync(new() { Path = Shot($"home-{width}.png"), FullPage = true });
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("疫情防控 党员") + "&section=" + Uri.EscapeDataString("市内信息"));
        await page.ScreenshotAsync(new() { Path = Shot($"results-{width}.png"), FullPage = true });
        await page.FollowAsync(() => page.Locator(".hit .title a").First.ClickAsync(), "/articles/");
        await page.ScreenshotAsync(new() { Path = Shot($"article-{width}.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new() { Path = Shot($"article-print-{width}.png"), FullPage = true });

        // Nothing may be wider than the screen: a phone user never scrolls sideways.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=%E7%96%AB%E6%83%85%E9%98%B2%E6%8E%A7")]
    [InlineData("/bulletins")]
    [InlineData("/help")]
    public async Task Pages_load_nothing_from_outside_the_service_and_stay_under_200_KB(string path)
    {
        var page = await site.NewPageAsync();
        var foreign = new List<string>();
        var responses = new List<IResponse>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(site.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
                && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                foreign.Add(request.Url);
        };
        page.Response += (_, response) => responses.Add(response);
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        long bytes = 0;
        foreach (var response in responses) bytes += (await response.BodyAsync()).Length;
        Assert.Empty(foreign);
        Assert.True(responses.Count >= 2, "the page and its stylesheet");
        Assert.True(bytes < 200 * 1024, $"{path}: {bytes} bytes in all");
    }

    [Fact]
    public async Task The_article_page_shows_where_else_to_read()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("大观区在疫情防控一线考察识别干部"));
        await page.FollowAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "大观区在疫情防控一线考察识别干部" }).ClickAsync(), "/articles/");
        await Assertions.Expect(page.Locator("#issue-heading")).ToHaveTextAsync("本期其他文章");
        await Assertions.Expect(page.Locator("section:has(#issue-heading)")).ToContainTextAsync("宜秀区战“疫”一线党旗红");
        await Assertions.Expect(page.Locator("#similar-heading")).ToBeVisibleAsync();
        Assert.True(await page.Locator(".keywords a").CountAsync() > 0);
        await page.FollowAsync(() => page.Locator(".keywords a").First.ClickAsync(), "keyword=");
        Assert.True(await TotalAsync(page) > 0);
    }

    [Fact]
    public async Task The_bulletins_page_lists_series_years_issues_and_articles()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/bulletins");
        await Assertions.Expect(page.Locator(".series h2").First).ToContainTextAsync("安庆组工信息");
        await Assertions.Expect(page.Locator(".year-heading").First).ToHaveTextAsync("2023年");
        await page.FollowAsync(() => page.Locator(".series .year-nav a", new() { HasText = "2022年" }).ClickAsync(), "year=2022");
        await page.GetByRole(AriaRole.Link, new() { Name = "迎江区党建引领全员战“疫”" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("迎江区党建引领全员战“疫”");
    }

    private static async Task<long> TotalAsync(IPage page) =>
        long.Parse(await page.Locator(".summary strong").GetAttributeAsync("data-total") ?? "-1", CultureInfo.InvariantCulture);

    private static string Shot(string name) => Path.Combine(ArchiveSite.ScreenshotDirectory, name);
}
