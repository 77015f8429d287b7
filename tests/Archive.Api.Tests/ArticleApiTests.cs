using System.Net;
using System.Text.Json;

namespace Archive.Api.Tests;

[Collection(SeededArchiveCollection.Name)]
public sealed class ArticleApiTests(SeededArchive archive)
{
    private readonly HttpClient client = archive.CreateClient();

    private async Task<string> IdOf(string title)
    {
        var result = await client.OkJson("/api/v1/search?size=100&q=" + Uri.EscapeDataString(title));
        return result.Items("hits").First(h => h.Str("title") == title).Str("id");
    }

    [Fact]
    public async Task A_web_pages_address_is_in_its_metadata_and_its_citation()
    {
        var page = "<html><head><title>某镇推行积分管理_某镇先锋网</title><link rel=\"canonical\" href=\"https://www.example.gov.cn/dj/88.html\"></head>" +
                   $"<body><h1>某镇推行积分管理{Guid.NewGuid():N}</h1><p>发布时间：2023-05-06</p><p>近日，某镇对党员推行积分管理，按月公示。</p></body></html>";
        var id = (await client.UploadAsync("page.html", System.Text.Encoding.UTF8.GetBytes(page))).Str("document_id");

        var article = await client.OkJson($"/api/v1/articles/{id}-1");

        Assert.Equal("https://www.example.gov.cn/dj/88.html", article.GetProperty("document").Str("source_url"));
        Assert.EndsWith("]. https://www.example.gov.cn/dj/88.html.", article.GetProperty("citation").Str("gbt7714"));
    }

    [Fact]
    public async Task An_article_has_its_full_text_document_issue_and_citations()
    {
        var id = await IdOf("大观区在疫情防控一线考察识别干部");

        var article = await client.OkJson($"/api/v1/articles/{id}");

        Assert.Equal(id, article.Str("id"));
        Assert.Contains("考察识别", article.Str("body"));
        Assert.Equal("市内信息", article.Str("section"));
        Assert.Equal("安徽省/安庆市/大观区", article.Str("region"));
        Assert.Equal(JsonValueKind.Array, article.GetProperty("keywords").ValueKind);
        var document = article.GetProperty("document");
        Assert.Equal("安庆组工信息", document.Str("series"));
        Assert.Equal(8, document.GetProperty("issue_number").GetInt32());
        Assert.Equal("bulletin", document.Str("kind"));
        var sameIssue = article.Items("same_issue").Select(a => a.Str("title")).ToList();
        Assert.Contains("宜秀区战“疫”一线党旗红", sameIssue);
        Assert.DoesNotContain("大观区在疫情防控一线考察识别干部", sameIssue);
        var citation = article.GetProperty("citation");
        Assert.Contains("《安庆组工信息》2022年第8期", citation.Str("short"));
        Assert.Contains("安庆组工信息", citation.Str("gbt7714"));
        Assert.EndsWith($"/articles/{id}", article.Str("permalink"));
    }

    [Fact]
    public async Task Similar_articles_exclude_the_article_and_can_keep_to_other_regions()
    {
        var id = await IdOf("大观区在疫情防控一线考察识别干部");

        var similar = await client.OkJson($"/api/v1/articles/{id}/similar");
        var elsewhere = await client.OkJson($"/api/v1/articles/{id}/similar?other_regions=true");

        Assert.NotEmpty(similar.Items("hits"));
        Assert.DoesNotContain(similar.Items("hits"), h => h.Str("id") == id);
        Assert.True(elsewhere.GetProperty("other_regions_only").GetBoolean());
        Assert.All(elsewhere.Items("hits"), h => Assert.NotEqual("安徽省/安庆市/大观区", h.GetProperty("region").GetString()));
    }

    [Fact]
    public async Task A_document_has_its_metadata_articles_and_text()
    {
        var id = await IdOf("大观区在疫情防控一线考察识别干部");
        var article = await client.OkJson($"/api/v1/articles/{id}");
        var documentId = article.Str("document_id");

        var document = await client.OkJson($"/api/v1/documents/{documentId}");

        Assert.Equal("2022-03-10", document.GetProperty("document").Str("date"));
        Assert.Equal("中共安庆市委组织部研究室", document.GetProperty("document").Str("publisher"));
        Assert.Equal(4, document.GetProperty("articles").GetArrayLength());
        Assert.Contains("安庆组工信息", document.Str("original_text"));
    }

    [Fact]
    public async Task The_series_timeline_lists_each_issue_by_year()
    {
        var result = await client.OkJson("/api/v1/series");

        var anqing = result.Items("series").First(s => s.Str("name") == "安庆组工信息");
        var years = anqing.Items("years").ToDictionary(y => y.GetProperty("year").GetInt32());
        Assert.Contains(years[2022].Items("issues"), i => i.GetProperty("issue_number").GetInt32() == 8 && i.GetProperty("articles").GetArrayLength() == 4);
        Assert.Contains(years[2023].Items("issues"), i => i.GetProperty("issue_number").GetInt32() == 2);
    }

    [Fact]
    public async Task The_series_timeline_narrows_to_one_publication_and_one_year()
    {
        var year = Assert.Single(Assert.Single((await client.OkJson("/api/v1/series?series=" + Uri.EscapeDataString("安庆組工信息") + "&year=2022")).Items("series"),
            s => s.Str("name") == "安庆组工信息").Items("years"));
        var anyPublication = (await client.OkJson("/api/v1/series?year=2022")).Items("series").ToList();

        Assert.Equal(2022, year.GetProperty("year").GetInt32());
        Assert.Contains(year.Items("issues"), i => i.GetProperty("issue_number").GetInt32() == 8 && i.GetProperty("articles").GetArrayLength() == 4);
        Assert.All(anyPublication, s => Assert.Equal([2022], s.Items("years").Select(y => y.GetProperty("year").GetInt32())));
        Assert.Contains(anyPublication, s => s.Str("name") == "安庆组工信息");
        Assert.Empty((await client.OkJson("/api/v1/series?series=" + Uri.EscapeDataString("没有这本刊物"))).Items("series"));
        Assert.Empty((await client.OkJson("/api/v1/series?year=1950")).Items("series"));
    }

    [Fact]
    public async Task The_series_year_is_read_as_the_search_reads_it()
    {
        var typed = (await client.OkJson("/api/v1/series?year=2022")).Items("series").Select(s => s.Str("name")).ToList();
        var fullWidth = (await client.OkJson("/api/v1/series?year=" + Uri.EscapeDataString("２０２２"))).Items("series").Select(s => s.Str("name")).ToList();
        var empty = (await client.OkJson("/api/v1/series?year=")).Items("series").Count();
        var none = (await client.OkJson("/api/v1/series")).Items("series").Count();

        Assert.NotEmpty(typed);
        Assert.Equal(typed, fullWidth);
        Assert.Equal(none, empty);
        var problem = await client.GetProblem("/api/v1/series?year=99999999999", HttpStatusCode.BadRequest, "invalid_parameter");
        Assert.Contains("not a year", problem.GetRawText());
    }

    /// <summary>A bulletin whose masthead prints only 总第86期, as b040 (海南组工信息) and b012 (组工通讯) do; two articles.</summary>
    private async Task<string> UploadRunningCountOnlyBulletin()
    {
        var text = "临江组工信息\n（总第86期）\n中共临江市委组织部　　　　　　　2021年6月8日\n━━━━━━━━━━━━━━━━━━━━━━\n\n" +
                   "临江市开展年轻干部蹲点调研\n\n　　近日，临江市组织60名年轻干部到乡镇蹲点调研，每人联系一个村，帮助解决群众急难愁盼问题。\n\n" +
                   "临江市举办村党组织书记培训班\n\n　　近日，临江市举办村党组织书记培训班，全市120名村党组织书记参加培训，围绕乡村振兴交流经验。\n";
        return (await client.UploadAsync("临江组工信息.txt", System.Text.Encoding.UTF8.GetBytes(text))).Str("document_id");
    }

    [Fact]
    public async Task An_issue_that_prints_only_its_running_count_has_it_in_the_series_timeline()
    {
        await UploadRunningCountOnlyBulletin();

        var result = await client.OkJson("/api/v1/series");

        var issue = result.Items("series").Single(s => s.Str("name") == "临江组工信息").Items("years").Single().Items("issues").Single();
        Assert.Equal(JsonValueKind.Null, issue.GetProperty("issue_number").ValueKind);
        Assert.Equal(86, issue.GetProperty("total_issue_number").GetInt32());
    }

    [Fact]
    public async Task An_issue_known_only_by_its_running_count_is_named_by_it_in_hits_the_same_issue_and_the_export()
    {
        var document = await UploadRunningCountOnlyBulletin();

        var hit = (await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString("临江市开展年轻干部蹲点调研"))).Items("hits").First(h => h.Str("document_id") == document);
        var sameIssue = Assert.Single((await client.OkJson($"/api/v1/articles/{document}-1")).Items("same_issue"));
        var row = (await client.OkJson("/api/v1/export?format=json&q=" + Uri.EscapeDataString("刊物:临江组工信息"))).EnumerateArray().First(r => r.Str("id") == $"{document}-1");

        Assert.Equal([86, 86, 86], new[] { hit, sameIssue, row }.Select(e => e.GetProperty("total_issue_number").GetInt32()));
    }

    [Theory]
    [InlineData("期号:总第86期")]
    [InlineData("期号:總第86期")]
    [InlineData("期号:总86")]
    public async Task An_issue_filter_by_running_count_finds_the_issue_that_prints_it(string query)
    {
        var document = await UploadRunningCountOnlyBulletin();

        var result = await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString(query));

        Assert.Empty(result.Items("warnings"));
        Assert.NotEmpty(result.Items("hits"));
        Assert.All(result.Items("hits"), h => Assert.Equal(86, h.GetProperty("total_issue_number").GetInt32()));
        Assert.Contains(result.Items("hits"), h => h.Str("document_id") == document);
    }

    [Theory]
    [InlineData("count=0", "count=0 is outside 1..50")]
    [InlineData("count=-1", "count=-1 is outside 1..50")]
    [InlineData("count=51", "count=51 is outside 1..50")]
    [InlineData("count=99999999999", "count=99999999999 is outside 1..50")]
    [InlineData("count=-99999999999999999999", "count=-99999999999999999999 is outside 1..50")]
    public async Task A_count_of_similar_articles_outside_its_range_is_clamped_with_a_warning(string count, string warning)
    {
        var id = await IdOf("大观区在疫情防控一线考察识别干部");

        var similar = await client.OkJson($"/api/v1/articles/{id}/similar?{count}");

        Assert.Contains(warning, Assert.Single(similar.Items("warnings")).GetString());
    }

    [Fact]
    public async Task Similar_articles_carry_their_title_as_html_as_a_search_hit_does_for_a_client_that_inserts_it()
    {
        var id = await IdOf("大观区在疫情防控一线考察识别干部");

        var hits = (await client.OkJson($"/api/v1/articles/{id}/similar")).Items("hits");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(System.Net.WebUtility.HtmlEncode(h.Str("title")), h.Str("title_html")));
    }

    [Fact]
    public async Task A_count_of_similar_articles_in_range_has_no_warning()
    {
        var id = await IdOf("大观区在疫情防控一线考察识别干部");

        Assert.Empty((await client.OkJson($"/api/v1/articles/{id}/similar?count=1")).Items("warnings"));
    }

    [Theory]
    [InlineData("/api/v1/articles/0000000000000000-1", "article_not_found")]
    [InlineData("/api/v1/articles/0000000000000000-1/similar", "article_not_found")]
    [InlineData("/api/v1/documents/0000000000000000", "document_not_found")]
    public async Task Unknown_ids_are_a_404(string url, string code)
    {
        await client.GetProblem(url, HttpStatusCode.NotFound, code);
    }

    [Theory]
    [InlineData("/api/v1/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/v1/documents/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/v1/documents/%2e%2e%5c%2e%2e%5cwindows")]
    [InlineData("/api/v1/articles/a.b")]
    [InlineData("/api/v1/articles/a%20b")]
    [InlineData("/api/v1/articles/%E4%BD%A0%E5%A5%BD")]
    public async Task Ids_with_path_or_odd_characters_are_a_400(string url)
    {
        await client.GetProblem(url, HttpStatusCode.BadRequest, "invalid_id");
    }

    [Fact]
    public async Task An_overlong_id_is_a_400()
    {
        await client.GetProblem("/api/v1/articles/" + new string('a', 101), HttpStatusCode.BadRequest, "invalid_id");
    }

    [Fact]
    public async Task A_path_escaping_the_api_never_reaches_a_file()
    {
        using var response = await client.GetAsync("/api/v1/articles/../../../etc/passwd");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Other_regions_must_be_true_or_false()
    {
        var id = await IdOf("大观区在疫情防控一线考察识别干部");
        await client.GetProblem($"/api/v1/articles/{id}/similar?other_regions=maybe", HttpStatusCode.BadRequest, "invalid_parameter");
    }

    [Fact]
    public async Task A_parameter_similar_and_series_do_not_know_is_a_warning_as_in_a_search_not_dropped_unseen()
    {
        var id = await IdOf("大观区在疫情防控一线考察识别干部");

        var similar = await client.OkJson($"/api/v1/articles/{id}/similar?otherRegions=true");
        var series = await client.OkJson("/api/v1/series?year=2022&page=2");

        Assert.Contains("'otherRegions' is not a parameter here", Assert.Single(similar.Items("warnings")).GetString());
        Assert.Contains("other_regions", Assert.Single(similar.Items("warnings")).GetString());
        Assert.Contains("“page”", Assert.Single(series.Items("warnings")).GetString());
        Assert.Empty((await client.OkJson("/api/v1/series?year=2022")).Items("warnings"));
    }

    [Theory]
    [InlineData("/api/v1/articles/{id}/similar?count=3&count=5", "count", "given 2 times (3, 5)")]
    [InlineData("/api/v1/articles/{id}/similar?other_regions=true&other_regions=false", "other_regions", "given 2 times (true, false)")]
    [InlineData("/api/v1/series?series=a&series=b", "series", "given 2 times (a, b)")]
    [InlineData("/api/v1/export?format=csv&format=json", "format", "given 2 times (csv, json)")]
    [InlineData("/api/v1/export?limit=", "limit", "the value is empty")]
    [InlineData("/api/v1/series?year=%01", "year", "control character (U+0001)")]
    public async Task A_parameter_given_twice_empty_or_with_a_control_character_is_said_as_such_not_as_a_value_never_sent(string url, string name, string said)
    {
        var id = await IdOf("大观区在疫情防控一线考察识别干部");

        var problem = await client.GetProblem(url.Replace("{id}", id), HttpStatusCode.BadRequest, "invalid_parameter");

        Assert.StartsWith($"Parameter '{name}': ", problem.Str("message_en"));
        Assert.Contains(said, problem.Str("message_en"));
    }
}
