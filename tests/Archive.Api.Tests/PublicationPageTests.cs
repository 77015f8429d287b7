using System.Net;
using System.Text;

namespace Archive.Api.Tests;

/// <summary>
/// Publications as pages name them: an issue that prints no date is listed as undated, in the API and on the bulletins
/// page, never as a year 0; a newspaper page names its paper and its 版.
/// </summary>
public sealed class PublicationPageTests : IDisposable
{
    private readonly ArchiveApiFactory _host = new(new Dictionary<string, string?>
    {
        ["Archive:ApiKeys:tests"] = ArchiveApiFactory.TestKey,
        ["Archive:SeedSamples"] = "false",
    });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_undated_issue_has_no_year()
    {
        var client = _host.CreateClient();
        var issue = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_037b87f1aeded1d9.txt"))
            .Replace("2022 年 3 月 10 日", "", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(issue)), "files", "第8期.txt" } },
        };
        request.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);

        var year = Assert.Single(Assert.Single((await client.OkJson("/api/v1/series")).Items("series")).Items("years"));
        var page = await client.GetStringAsync("/bulletins?series=" + Uri.EscapeDataString("安庆组工信息"));

        Assert.Equal(System.Text.Json.JsonValueKind.Null, year.GetProperty("year").ValueKind);
        Assert.Contains("未注明日期 <span class=\"n\">1 期</span>", page);
        Assert.DoesNotContain("0年", page);
    }

    [Fact]
    public async Task A_newspaper_article_page_names_the_paper_and_the_page_of_the_paper()
    {
        var client = _host.CreateClient();
        const string page = "江淮晨报 2022年11月8日 星期二 第6版：基层党建\n\n“党员先锋岗”亮在生产一线\n本报记者　陈晨\n　　走进某工业园区的一家企业车间，“党员先锋岗”的红色标牌格外醒目。\n";
        var document = (await client.UploadAsync("jianghuai.txt", Encoding.UTF8.GetBytes(page))).Str("document_id");

        var html = await client.GetStringAsync($"/articles/{document}-1");

        Assert.Contains("<th scope=\"row\">报纸</th><td>江淮晨报</td>", html);
        Assert.Contains("<th scope=\"row\">版次</th><td>第 6 版</td>", html);
    }

    [Fact]
    public async Task A_year_without_its_series_lists_that_year_of_every_series_as_the_api_does()
    {
        var client = _host.CreateClient();
        var issue = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "000_037b87f1aeded1d9.txt"));
        await client.UploadAsync("第8期.txt", issue);

        using var response = await client.GetAsync("/bulletins?year=2022");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var api = Assert.Single((await client.OkJson("/api/v1/series?year=2022")).Items("series"));
        using var none = await client.GetAsync("/bulletins?year=1999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"《{api.Str("name")}》", html);
        Assert.All(Assert.Single(Assert.Single(api.Items("years")).Items("issues")).Items("articles"), a => Assert.Contains(a.Str("title"), html));
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Contains("没有 1999 年的期次", await none.Content.ReadAsStringAsync());
        Assert.Contains("href=\"/bulletins?year=2022\"", await client.GetStringAsync("/bulletins"));
    }
}
