using System.Net;
using System.Text.RegularExpressions;

namespace Archive.Web.Tests;

/// <summary>Hand-edited URLs get a helpful page with the right status, the input escaped, never an exception page.</summary>
[Collection(ArchiveSiteCollection.Name)]
public sealed class BadInputTests(ArchiveSite site)
{
    [Theory]
    [InlineData("/?page=abc", "页码")]
    [InlineData("/?year=twenty", "年份")]
    [InlineData("/?sort=sideways", "排序")]
    [InlineData("/?q=干部&kind=%00", "控制字符")]
    [InlineData("/?q=干部&region=%E5%AE%89%E5%BA%86%01", "控制字符")]
    public async Task A_search_url_it_cannot_read_is_a_400_page_that_says_what_is_wrong_and_offers_the_fixed_link(string url, string explains)
    {
        using var client = site.NewHttpClient();
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString());
        Assert.Contains(explains, html);
        Assert.Contains("按可以识别的条件检索", html);
    }

    [Theory]
    [InlineData("/?page=-1&q=干部", "页码")]
    [InlineData("/?size=500&q=干部", "每页条数")]
    [InlineData("/?q=干部&from=singlemessage&isappinstalled=0", "from")]
    [InlineData("/?q=干部&utm_source=wechat", "utm_source")]
    public async Task A_number_out_of_range_or_a_parameter_a_shared_link_picked_up_is_searched_without_it_and_the_page_says_so(string url, string explains)
    {
        using var client = site.NewHttpClient();
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(explains, html);
        Assert.Contains("检索地址已调整", html);
        Assert.Contains("class=\"hit", html);
    }

    private async Task<(HttpStatusCode Status, string Html)> Page(string url)
    {
        using var client = site.NewHttpClient();
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/?q=%00%01")]
    [InlineData("/?q=%E5%85%9A%00%E5%BB%BA")]
    public async Task Control_characters_in_a_query_are_dropped_as_the_engine_drops_them_never_written_into_the_page(string url)
    {
        var (status, html) = await Page(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("&#x0;", html);
        Assert.DoesNotContain("&#x1;", html);
        Assert.DoesNotContain('\0', html);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_left_out_of_the_query_and_the_page_says_so()
    {
        var (status, html) = await Page("/?q=%E5%85%9A%FF%FE");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("不是 UTF-8 编码的字节（%FF%FE）", html);
        Assert.Contains("value=\"党\"", html);
    }

    [Fact]
    public async Task A_5000_character_query_is_refused_with_a_link_that_keeps_its_start()
    {
        using var client = site.NewHttpClient();
        using var response = await client.GetAsync("/?q=" + new string('党', 5000));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("检索词太长", html);
        Assert.True(html.Length < 60_000, "the page must not echo the whole query several times");
    }

    [Fact]
    public async Task Script_tags_in_the_query_are_shown_as_text_never_run()
    {
        using var client = site.NewHttpClient();
        using var response = await client.GetAsync("/?q=" + Uri.EscapeDataString("<script>alert('x')</script> 党建"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task A_script_tag_in_an_unknown_parameter_name_is_escaped_too()
    {
        using var client = site.NewHttpClient();
        using var response = await client.GetAsync("/?" + Uri.EscapeDataString("<img src=x onerror=alert(1)>") + "=1");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&lt;img src=x", html);
        Assert.DoesNotContain("<img src=x", html);
    }

    [Theory]
    [InlineData("/articles/0000000000000000-1")]
    [InlineData("/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task An_unknown_article_is_a_404_page_that_says_so(string url)
    {
        using var client = site.NewHttpClient();
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("找不到这篇文章", html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task An_unknown_address_is_the_sites_own_404_page()
    {
        using var client = site.NewHttpClient();
        using var response = await client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("找不到这个页面", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_guessed_search_address_leads_to_the_search_with_its_query()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.BaseAddress };
        using var response = await client.GetAsync("/search?q=%E9%80%89%E8%B0%83%E7%94%9F&section=x");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/?q=%E9%80%89%E8%B0%83%E7%94%9F&section=x", response.Headers.Location?.OriginalString);
    }

    /// <summary>Someone paging past the end (an old link, a page number typed) is led to the last page, where the list ends, not back to the first.</summary>
    [Fact]
    public async Task A_page_past_the_last_is_a_404_with_the_way_to_the_last_page()
    {
        using var client = site.NewHttpClient();
        using var response = await client.GetAsync("/?size=1&page=999");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // Counted in articles, as the results line above it counts them (共 N 篇), not in 条.
        var pages = Regex.Match(html, "这个检索共 [0-9,]+ 篇，只有 ([0-9,]+) 页。");
        Assert.True(pages.Success, html);
        var last = pages.Groups[1].Value.Replace(",", "");
        Assert.Contains($"到第 {last} 页（最后一页）", html);
        Assert.Contains($"page={last}", html);
    }

    [Fact]
    public async Task Unknown_filter_values_are_a_valid_search_that_finds_nothing()
    {
        using var client = site.NewHttpClient();
        using var response = await client.GetAsync("/?section=" + Uri.EscapeDataString("不存在的栏目"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("没有找到符合条件的文章", html);
        Assert.Contains("去掉所有筛选条件再试", html);
    }

    [Theory]
    [InlineData("/bulletins?series=%E5%AE%89%E5%BA%86%E7%BB%84%E5%B7%A5%E4%BF%A1%E6%81%AF&year=abc", HttpStatusCode.BadRequest)]
    [InlineData("/bulletins?series=%3Cb%3Enone%3C%2Fb%3E", HttpStatusCode.NotFound)]
    [InlineData("/bulletins?series=%E5%AE%89%E5%BA%86%E7%BB%84%E5%B7%A5%E4%BF%A1%E6%81%AF&year=1999", HttpStatusCode.NotFound)]
    public async Task A_bulletins_address_for_no_such_series_or_year_says_so(string url, HttpStatusCode status)
    {
        using var client = site.NewHttpClient();
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Contains("查看全部往期简报", html);
        Assert.DoesNotContain("<b>none", html);
    }
}
