using System.Net;
using System.Text.RegularExpressions;

namespace Archive.Web.Tests;

/// <summary>Staff who cite past measures take a result list away as a table: the results page links its export.</summary>
[Collection(ArchiveSiteCollection.Name)]
public sealed class ExportLinkTests(ArchiveSite site)
{
    [Fact]
    public async Task A_results_page_links_the_export_of_the_same_search_with_as_many_rows_as_it_counts()
    {
        using var client = site.NewHttpClient();
        var page = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("疫情防控") + "&region=" + Uri.EscapeDataString("安徽省") + "&sort=newest&page=1&size=5");

        var link = Regex.Match(page, "<a class=\"export\" href=\"([^\"]+)\"");
        Assert.True(link.Success, "the results page links its export");
        var url = WebUtility.HtmlDecode(link.Groups[1].Value);
        Assert.StartsWith("/api/v1/export?", url);
        Assert.DoesNotContain("size=", url);

        using var export = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        // The export lists the articles holding every word: the page's total, or its full matches when it goes on with partial ones.
        var counted = Regex.Match(page, "data-full=\"(\\d+)\"") is { Success: true } full ? full : Regex.Match(page, "data-total=\"(\\d+)\"");
        Assert.Equal(counted.Groups[1].Value, export.Headers.GetValues("X-Total-Count").Single());
    }

    [Theory]
    [InlineData("疫情 foo:防控")]
    [InlineData("疫情 日期:abc")]
    [InlineData("疫情 标题:")]
    [InlineData("期号:abc")]
    [InlineData("日期:abc")]
    public async Task A_results_page_whose_query_left_a_filter_out_says_so_instead_of_linking_an_export_or_a_feed_that_refuse_it(string query)
    {
        using var client = site.NewHttpClient();
        var page = await client.GetStringAsync("/?q=" + Uri.EscapeDataString(query));

        Assert.DoesNotMatch("<a class=\"export\"", page);
        Assert.DoesNotContain("search.atom", page);
        Assert.Contains("订阅、导出前请改正检索式中未能使用的条件", page);
        using var export = await client.GetAsync("/api/v1/export?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        using var feed = await client.GetAsync("/api/v1/search.atom?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.BadRequest, feed.StatusCode);
    }

    [Fact]
    public async Task A_results_page_whose_query_holds_nothing_to_search_links_no_export_or_feed_that_would_list_the_whole_archive()
    {
        using var client = site.NewHttpClient();
        var page = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("！！！"));

        Assert.DoesNotMatch("<a class=\"export\"", page);
        Assert.DoesNotContain("search.atom", page);
        Assert.Contains("检索式里没有可以搜索的文字，无法订阅或导出", page);
    }

    [Theory]
    [InlineData("连心卡 背包上门", "data-full=\"0\"", "没有包含全部检索词的文章可导出")]
    [InlineData("量子纠缠", "data-total=\"0\"", "没有文章可导出")]
    public async Task A_results_page_with_no_full_match_says_there_is_nothing_to_export_instead_of_linking_an_empty_table(string query, string counted, string said)
    {
        // Partial matches only (其中 0 篇包含全部检索词), or no match at all: the feed stays, for what comes.
        using var client = site.NewHttpClient();
        var page = await client.GetStringAsync("/?q=" + Uri.EscapeDataString(query));

        Assert.Contains(counted, page);
        Assert.DoesNotMatch("<a class=\"export\"", page);
        Assert.Contains(said, page);
        Assert.Contains("search.atom", page);
        using var export = await client.GetAsync("/api/v1/export?q=" + Uri.EscapeDataString(query));
        Assert.Equal("0", export.Headers.GetValues("X-Total-Count").Single());
    }
}
