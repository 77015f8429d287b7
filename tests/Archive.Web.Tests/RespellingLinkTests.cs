namespace Archive.Web.Tests;

/// <summary>A query typed with a wrong character of the same sound is answered respelled, with the search's filters, and says so.</summary>
[Collection(ArchiveSiteCollection.Name)]
public sealed class RespellingLinkTests(ArchiveSite site)
{
    [Fact]
    public async Task A_query_answered_only_in_part_shows_the_respelled_answer_with_the_same_filters()
    {
        using var client = site.NewHttpClient();
        // 党建 is held, 疫请 nowhere: the articles holding 党建 alone answered in part; the respelled query is answered.
        var html = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("党建 疫请") + "&section=" + Uri.EscapeDataString("市内信息"));

        Assert.Contains("没有找到“党建 疫请”，以下是“党建 疫情”的结果。", html);
        Assert.Contains("href=\"/api/v1/export?q=党建%20疫情&amp;section=市内信息\"", html);
    }

    [Fact]
    public async Task A_query_that_finds_nothing_at_all_shows_the_respelled_answer_and_exports_and_follows_it()
    {
        using var client = site.NewHttpClient();
        var html = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("疫请防空"));

        Assert.Contains("没有找到“疫请防空”，以下是“疫情防控”的结果。", html);
        Assert.Contains("href=\"/api/v1/export?q=疫情防控\"", html);
        Assert.Contains("href=\"/api/v1/search.atom?q=疫情防控\"", html);
        var filtered = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("疫请防控") + "&section=" + Uri.EscapeDataString("市内信息"));
        Assert.Contains("href=\"/api/v1/export?q=疫情防控&amp;section=市内信息\"", filtered);
    }

    [Fact]
    public async Task A_query_spelled_right_is_answered_as_typed()
    {
        using var client = site.NewHttpClient();
        var html = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("疫情防控"));

        Assert.DoesNotContain("以下是“", html);
    }

    [Fact]
    public async Task The_help_says_what_the_suggestion_is()
    {
        using var client = site.NewHttpClient();
        var html = await client.GetStringAsync("/help");

        Assert.Contains("按换过的检索式检索", html);
    }
}
