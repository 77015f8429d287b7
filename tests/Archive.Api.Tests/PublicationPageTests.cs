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
    public async Task A_year_without_its_series_is_told_to_name_the_series_not_that_the_year_is_malformed()
    {
        var client = _host.CreateClient();

        using var response = await client.GetAsync("/bulletins?year=2022");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("要和刊物（series）一起给出", html);
        Assert.DoesNotContain("无效", html);
    }
}
