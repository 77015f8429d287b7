using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Api.Tests;

/// <summary>
/// One issue in several files (安庆组工信息 2022 第8期 as three uploads) and another issue of the same number a year later:
/// the timeline of the API and of the bulletins page shows each issue once, and 亦见于 the other issue once.
/// </summary>
public sealed class IssueCopiesTests : IAsyncLifetime, IDisposable
{
    private readonly ArchiveApiFactory _host = new(new Dictionary<string, string?>
    {
        ["Archive:ApiKeys:tests"] = ArchiveApiFactory.TestKey,
        ["Archive:SeedSamples"] = "false",
        ["Archive:RateLimit:SearchesPerSecond"] = "0",
    });

    private HttpClient Client => _client ??= _host.CreateClient();
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        var issue = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_037b87f1aeded1d9.txt"));
        var nextYear = issue.Replace("2022 年 3 月 10 日", "2023 年 3 月 10 日", StringComparison.Ordinal);
        var form = new MultipartFormDataContent();
        foreach (var (name, text) in new[] { ("第8期.txt", issue), ("第8期.md", issue + "\n"), ("第8期副本.txt", issue + "\n\n"), ("2023第8期.txt", nextYear) })
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", name);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = form };
        request.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("ingested").GetInt32());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_series_lists_an_issue_held_in_several_files_once_and_another_years_issue_apart()
    {
        var series = Assert.Single((await Client.OkJson("/api/v1/series")).Items("series"));
        var years = series.Items("years").ToDictionary(y => y.GetProperty("year").GetInt32(), y => y.Items("issues").ToList());

        Assert.Equal([2023, 2022], years.Keys);
        var issue = Assert.Single(years[2022]);
        Assert.Equal(8, issue.GetProperty("issue_number").GetInt32());
        Assert.Equal(4, issue.GetProperty("articles").GetArrayLength());
        Assert.Equal(8, Assert.Single(years[2023]).GetProperty("issue_number").GetInt32());
    }

    [Fact]
    public async Task The_bulletins_page_counts_and_shows_the_issue_once()
    {
        var overview = await Client.GetStringAsync("/bulletins");
        var year = await Client.GetStringAsync("/bulletins?series=" + Uri.EscapeDataString("安庆组工信息") + "&year=2022");

        Assert.Contains("《安庆组工信息》 <small>2 期", overview);
        Assert.Contains("2022年 <span class=\"n\">1 期</span>", year);
        Assert.Single(Regex.Matches(year, "<h4>第8期"));
    }

    [Fact]
    public async Task A_series_named_in_traditional_script_is_the_same_series()
    {
        var page = await Client.GetStringAsync("/bulletins?series=" + Uri.EscapeDataString("安慶組工信息") + "&year=2022");

        Assert.Contains("《安庆组工信息》", page);
        Assert.Single(Regex.Matches(page, "<h4>第8期"));
    }

    [Fact]
    public async Task A_hit_names_the_other_years_issue_once_and_not_the_copies_of_its_own()
    {
        var hit = Assert.Single((await Client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString("标题:考察识别干部"))).Items("hits"));
        var twin = Assert.Single(hit.Items("duplicates"));

        Assert.NotEqual(hit.Str("date")[..4], twin.Str("date")[..4]);
        Assert.Equal(8, twin.GetProperty("issue_number").GetInt32());
    }
}
