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
}
