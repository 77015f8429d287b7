using System.Net;
using System.Text.RegularExpressions;

namespace Archive.Web.Tests;

/// <summary>A value ticked in either script is one value on the page: listed, linked and unticked as its facet lists it.</summary>
[Collection(ArchiveSiteCollection.Name)]
public sealed class FacetLinkTests(ArchiveSite site)
{
    [Fact]
    public async Task A_value_ticked_in_traditional_script_is_unticked_by_its_listed_simplified_value()
    {
        using var client = site.NewHttpClient();
        var html = await client.GetStringAsync("/?section=" + Uri.EscapeDataString("市外參考"));

        // The facet's ticked value leads back to the page without the filter, not to both spellings ticked.
        Assert.Contains("<a class=\"value on\" href=\"/\">", html);
        Assert.Contains("栏目：市外参考", html);
        Assert.Contains("<input type=\"hidden\" name=\"section\" value=\"市外参考\">", html);
        Assert.DoesNotContain("市外參考", html);
    }

    [Fact]
    public async Task A_place_ticked_inside_a_ticked_region_narrows_the_search_to_it_as_its_count_says()
    {
        using var client = site.NewHttpClient();
        var province = await client.GetStringAsync("/?region=" + Uri.EscapeDataString("安徽省"));

        // The city's link narrows to the city (a region OR a place inside it would be the region again), to as many
        // results as the count beside it says.
        var city = Regex.Match(province, "<a class=\"value\" href=\"(/\\?region=安徽省/安庆市)\">.*?<span class=\"n\">(\\d+)</span>");
        Assert.True(city.Success, "the city's link ticks the city alone");
        var narrowed = await client.GetStringAsync(WebUtility.HtmlDecode(city.Groups[1].Value));
        Assert.Contains($"data-total=\"{city.Groups[2].Value}\"", narrowed);

        // And the province's link, from the city, widens to the province again.
        Assert.Contains("href=\"/?region=安徽省\"", narrowed);
        Assert.DoesNotContain("region=安徽省&amp;region=安徽省", narrowed);
    }
}
