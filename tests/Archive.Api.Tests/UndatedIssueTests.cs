using System.Net;
using System.Text;

namespace Archive.Api.Tests;

/// <summary>An issue that prints no date is listed as undated, in the API and on the bulletins page, never as a year 0.</summary>
public sealed class UndatedIssueTests : IDisposable
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
}
