using System.Text;
using Archive.Indexer;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>What a document's paper states beyond what it is cited by reaches its pages.</summary>
[Collection(ArchiveSiteCollection.Name)]
public sealed class DocumentPageTests(ArchiveSite site)
{
    [Theory]
    [InlineData("/articles/{0}-1")]
    [InlineData("/documents/{0}")]
    public async Task A_notice_shows_whom_it_is_addressed_to_and_how_urgent_it_is(string path)
    {
        var notice = site.Samples.Single(s => Path.GetFileName(s.Path).StartsWith("003_", StringComparison.Ordinal)).DocumentId;
        using var client = site.NewHttpClient();

        var html = await client.GetStringAsync(string.Format(path, notice));

        Assert.Contains("<th scope=\"row\">主送</th><td>各县（市、区）委组织部", html);
        Assert.Contains("<th scope=\"row\">紧急程度</th><td>特急</td>", html);
    }

    [Fact]
    public async Task A_notices_result_line_names_it_by_its_document_number()
    {
        using var client = site.NewHttpClient();

        var html = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("庆组明电"));

        Assert.Contains("<span class=\"docno\">庆组明电〔2020〕2号</span>", html);
    }

    [Fact]
    public async Task A_notices_page_names_its_issuing_authority_and_speaks_of_no_issue()
    {
        var notice = site.Samples.Single(s => Path.GetFileName(s.Path).StartsWith("003_", StringComparison.Ordinal)).DocumentId;
        using var client = site.NewHttpClient();

        var html = await client.GetStringAsync($"/articles/{notice}-1");

        Assert.Contains("<th scope=\"row\">发文机关</th>", html);
        Assert.Contains("本文档全部文章与修订记录", html);
        Assert.DoesNotContain("本期全部文章", html);
    }

    [Theory]
    [InlineData("/articles/{0}-1")]
    [InlineData("/documents/{0}")]
    public async Task A_bulletin_that_prints_only_its_running_count_shows_it_as_its_issue(string path)
    {
        var document = IngestRunningCountOnlyBulletin();
        using var client = site.NewHttpClient();

        var html = await client.GetStringAsync(string.Format(path, document));

        Assert.Contains("<th scope=\"row\">期号</th><td>总第86期</td>", html);
    }

    [Fact]
    public async Task The_bulletins_page_names_an_issue_by_its_running_count_when_it_prints_only_that()
    {
        IngestRunningCountOnlyBulletin();
        using var client = site.NewHttpClient();

        var html = await client.GetStringAsync("/bulletins?series=" + Uri.EscapeDataString("临江组工信息") + "&year=2021");

        Assert.Contains("<h4>总第86期 <small>2021年6月8日</small></h4>", html);
    }

    [Fact]
    public async Task The_result_line_and_the_issues_other_articles_name_an_issue_by_its_running_count_when_it_prints_only_that()
    {
        var document = IngestRunningCountOnlyBulletin();
        using var client = site.NewHttpClient();

        var results = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("临江市开展年轻干部蹲点调研"));
        var article = await client.GetStringAsync($"/articles/{document}-1");

        Assert.Contains("<span>《临江组工信息》总第86期</span>", results);
        Assert.Contains("<span class=\"where\">《临江组工信息》总第86期 2021年6月8日", article);
    }

    [Fact]
    public async Task A_year_of_every_series_shows_each_series_newest_issues_and_links_the_rest()
    {
        var archive = site.Services.GetRequiredService<ArchiveService>();
        string[] measures = ["开展年轻干部蹲点调研", "举办村党组织书记培训班", "推行党员积分管理", "建立人才服务驿站"];
        for (var issue = 1; issue <= measures.Length; issue++)
        {
            var text = $"望江组工信息\n第{issue}期\n中共望江县委组织部　　　　　　　2017年{issue}月8日\n━━━━━━━━━━━━━━━━━━━━━━\n\n" +
                       $"望江县{measures[issue - 1]}\n\n　　近日，望江县{measures[issue - 1]}，第{issue}批工作全面铺开，各乡镇结合实际抓好落实。\n";
            Assert.Equal(FileOutcomeStatus.New, archive.IngestUpload($"望江组工信息{issue}.txt", Encoding.UTF8.GetBytes(text)).Status);
        }
        using var client = site.NewHttpClient();

        var html = await client.GetStringAsync("/bulletins?year=2017");
        var fullWidth = await client.GetStringAsync("/bulletins?year=" + Uri.EscapeDataString("２０１７"));
        using var emptyYear = await client.GetAsync("/bulletins?year=");

        Assert.All(new[] { 4, 3, 2 }, issue => Assert.Contains($"<h4>第{issue}期 ", html));
        Assert.DoesNotContain("<h4>第1期 ", html);
        Assert.Contains("全部 4 期 →", html);
        Assert.Contains("全部 4 期 →", fullWidth);
        Assert.Equal(System.Net.HttpStatusCode.OK, emptyYear.StatusCode);
    }

    /// <summary>A bulletin whose masthead prints only 总第86期, as b040 (海南组工信息) and b012 (组工通讯) do; two articles.</summary>
    private string IngestRunningCountOnlyBulletin()
    {
        var text = "临江组工信息\n（总第86期）\n中共临江市委组织部　　　　　　　2021年6月8日\n━━━━━━━━━━━━━━━━━━━━━━\n\n" +
                   "临江市开展年轻干部蹲点调研\n\n　　近日，临江市组织60名年轻干部到乡镇蹲点调研，每人联系一个村，帮助解决群众急难愁盼问题。\n\n" +
                   "临江市举办村党组织书记培训班\n\n　　近日，临江市举办村党组织书记培训班，全市120名村党组织书记参加培训，围绕乡村振兴交流经验。\n";
        return site.Services.GetRequiredService<ArchiveService>().IngestUpload("临江组工信息.txt", Encoding.UTF8.GetBytes(text)).DocumentId!;
    }

    [Theory]
    [InlineData("/articles/{0}-1")]
    [InlineData("/documents/{0}")]
    public async Task A_web_pages_address_is_a_link_that_tells_the_site_nothing(string path)
    {
        var page = "<html><head><title>某镇推行积分管理_某镇先锋网</title><link rel=\"canonical\" href=\"https://www.example.gov.cn/a?x=1&amp;y=%3Cb%3E\"></head>" +
                   "<body><h1>某镇推行积分管理</h1><p>发布时间：2023-05-06</p><p>近日，某镇对党员推行积分管理，按月公示。</p></body></html>";
        var document = site.Services.GetRequiredService<ArchiveService>().IngestUpload("page.html", Encoding.UTF8.GetBytes(page)).DocumentId;
        using var client = site.NewHttpClient();

        var html = await client.GetStringAsync(string.Format(path, document));

        Assert.Contains("<th scope=\"row\">网址</th><td><a class=\"source-url\" href=\"https://www.example.gov.cn/a?x=1&amp;y=%3Cb%3E\" rel=\"noopener noreferrer nofollow\">", html);
    }

    [Fact]
    public async Task The_links_to_other_articles_on_an_article_page_carry_the_query_that_led_there()
    {
        var bulletin = site.Samples.Single(s => Path.GetFileName(s.Path).StartsWith("000_", StringComparison.Ordinal)).DocumentId;
        using var client = site.NewHttpClient();

        var html = await client.GetStringAsync($"/articles/{bulletin}-1?q=" + Uri.EscapeDataString("疫情防控"));

        Assert.Contains($"<a href=\"/articles/{bulletin}-2?q=疫情防控\">", html);
        var similar = html[html.IndexOf("id=\"similar-heading\"", StringComparison.Ordinal)..];
        Assert.Matches("<a href=\"/articles/[^\"?]+\\?q=疫情防控\">", similar);
    }
    [Fact]
    public async Task An_article_of_no_known_place_asks_for_similar_measures_without_saying_elsewhere()
    {
        const string text = "关于开展党员志愿服务积分管理的做法\n\n党支部为每名党员建立志愿服务积分卡，服务时长折算积分，积分结果作为评先评优的重要依据，年底集中兑换表彰。\n";
        var placeless = site.Services.GetRequiredService<ArchiveService>().IngestUpload("积分管理.txt", Encoding.UTF8.GetBytes(text)).DocumentId!;
        var bulletin = site.Samples.Single(s => Path.GetFileName(s.Path).StartsWith("000_", StringComparison.Ordinal)).DocumentId;
        using var client = site.NewHttpClient();

        Assert.Contains("<h2 id=\"similar-heading\">类似做法</h2>", await client.GetStringAsync($"/articles/{placeless}-1"));
        Assert.Contains("<h2 id=\"similar-heading\">外地类似做法</h2>", await client.GetStringAsync($"/articles/{bulletin}-1"));
    }
}
