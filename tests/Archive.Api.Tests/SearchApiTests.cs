using System.Net;
using System.Text.Json;

namespace Archive.Api.Tests;

[Collection(SeededArchiveCollection.Name)]
public sealed class SearchApiTests(SeededArchive archive)
{
    private readonly HttpClient client = archive.CreateClient();

    [Fact]
    public async Task A_search_finds_the_sample_article_with_highlights_metadata_and_facets()
    {
        var result = await client.OkJson("/api/v1/search?q=考察识别");

        Assert.True(result.GetProperty("total").GetInt64() >= 1);
        Assert.True(result.GetProperty("took_ms").GetDouble() >= 0);
        var hit = result.Items("hits").First(h => h.Str("title") == "大观区在疫情防控一线考察识别干部");
        Assert.Contains("<mark>", hit.Str("title_html"));
        Assert.Equal("安庆组工信息", hit.Str("series"));
        Assert.Equal(8, hit.GetProperty("issue_number").GetInt32());
        Assert.Equal("2022-03-10", hit.Str("date"));
        Assert.Equal("市内信息", hit.Str("section"));
        Assert.EndsWith("/articles/" + hit.Str("id"), hit.Str("permalink"));
        Assert.Equal(JsonValueKind.Array, hit.GetProperty("duplicates").ValueKind);
        Assert.Contains(result.Items("facets"), f => f.Str("field") == "section");
        Assert.Equal("考察识别", result.Str("query"));
        Assert.Equal(JsonValueKind.Array, result.GetProperty("warnings").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("respelled").ValueKind);
    }

    [Fact]
    public async Task A_query_typed_with_a_wrong_character_of_the_same_sound_answers_the_respelled_query()
    {
        var result = await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString("疫请防控 栏目:市内信息"));

        // Nothing in the section holds 疫请 or any other word typed: the hits are the respelled query's, and a warning says so.
        Assert.True(result.GetProperty("full_matches").GetInt64() > 0);
        Assert.True(result.GetProperty("answers_respelled").GetBoolean());
        Assert.Equal("疫情防控 栏目:市内信息", result.Str("respelled"));
        Assert.Contains(result.Items("warnings"), w => w.GetString()!.Contains("以下是“疫情防控 栏目:市内信息”的结果"));
    }

    [Fact]
    public async Task Words_no_article_holds_together_give_a_partial_answer_that_says_what_each_hit_lacks()
    {
        var result = await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString("连心卡 背包上门"));

        Assert.True(result.GetProperty("partial_matches").GetBoolean());
        Assert.Equal(0, result.GetProperty("full_matches").GetInt64());
        Assert.Equal(2, result.GetProperty("total").GetInt64());
        Assert.All(result.Items("hits"), h => Assert.Single(h.Items("missing_words")));

        var full = await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString("连心卡"));
        Assert.False(full.GetProperty("partial_matches").GetBoolean());
        Assert.All(full.Items("hits"), h => Assert.Empty(h.Items("missing_words")));
    }

    [Fact]
    public async Task A_facet_parameter_narrows_the_results_and_is_marked_selected()
    {
        var all = await client.OkJson("/api/v1/search?size=100");
        var outside = await client.OkJson("/api/v1/search?size=100&section=" + Uri.EscapeDataString("市外参考"));

        Assert.True(outside.GetProperty("total").GetInt64() >= 1);
        Assert.True(outside.GetProperty("total").GetInt64() < all.GetProperty("total").GetInt64());
        Assert.All(outside.Items("hits"), h => Assert.Equal("市外参考", h.Str("section")));
        var section = outside.Items("facets").First(f => f.Str("field") == "section");
        Assert.Contains(section.Items("values"), v => v.Str("value") == "市外参考" && v.GetProperty("selected").GetBoolean());
    }

    [Fact]
    public async Task Repeated_values_of_one_facet_are_alternatives()
    {
        var facets = await client.OkJson("/api/v1/facets");
        var years = facets.Items("facets").First(f => f.Str("field") == "year").Items("values").Select(v => v.Str("value")).ToList();
        Assert.True(years.Count >= 2, "the samples span several years");

        var one = await client.OkJson($"/api/v1/search?year={years[0]}");
        var two = await client.OkJson($"/api/v1/search?year={years[0]}&year={years[1]}");

        Assert.True(two.GetProperty("total").GetInt64() > one.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Newest_first_orders_hits_by_date()
    {
        var result = await client.OkJson("/api/v1/search?sort=newest&size=100");
        var dates = result.Items("hits").Select(h => h.GetProperty("date")).Where(d => d.ValueKind == JsonValueKind.String).Select(d => d.GetString()!).ToList();

        Assert.True(dates.Count >= 2);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Page_and_size_out_of_range_are_clamped_with_a_warning()
    {
        var result = await client.OkJson("/api/v1/search?size=1000&page=0");

        Assert.Equal(100, result.GetProperty("size").GetInt32());
        Assert.Equal(1, result.GetProperty("page").GetInt32());
        Assert.Contains(result.Items("warnings"), w => w.GetString()!.Contains("size=1000"));
        Assert.Contains(result.Items("warnings"), w => w.GetString()!.Contains("page=0"));
    }

    /// <summary>"4 matches fill 1 pages of 37" read as a slip: the English half counts as English does.</summary>
    [Fact]
    public async Task A_page_past_the_only_page_says_it_in_the_singular()
    {
        var past = await client.OkJson("/api/v1/search?size=100&page=2");

        Assert.Contains("fill 1 page of 100.", Assert.Single(past.Items("warnings")).GetString());
    }

    [Fact]
    public async Task A_page_past_the_last_is_empty_and_says_how_many_pages_there_are()
    {
        var first = await client.OkJson("/api/v1/search?size=1&q=" + Uri.EscapeDataString("疫情"));
        var total = first.GetProperty("total").GetInt64();

        var past = await client.OkJson($"/api/v1/search?size=1&page={total + 1}&q=" + Uri.EscapeDataString("疫情"));

        Assert.Empty(past.Items("hits"));
        Assert.Contains($"只有 {total} 页", Assert.Single(past.Items("warnings")).GetString());
        Assert.Empty(first.Items("warnings"));
    }

    [Theory]
    [InlineData("page=0&size=1000")]
    [InlineData("page=abc&sort=newest")]
    public async Task Facets_leave_out_a_searchs_page_size_and_order_which_change_no_count(string paging)
    {
        var plain = await client.OkJson("/api/v1/facets?q=" + Uri.EscapeDataString("干部"));

        var paged = await client.OkJson("/api/v1/facets?q=" + Uri.EscapeDataString("干部") + "&" + paging);

        Assert.Empty(paged.Items("warnings"));
        Assert.Equal(plain.GetProperty("total").GetInt64(), paged.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("/api/v1/search?page=abc", "page")]
    [InlineData("/api/v1/search?size=1e9", "size")]
    [InlineData("/api/v1/search?sort=sideways", "sort")]
    [InlineData("/api/v1/search?year=20x2", "year")]
    [InlineData("/api/v1/search?kind=memo", "kind")]
    [InlineData("/api/v1/search?kind=%00", "kind")]
    [InlineData("/api/v1/search?region=%E5%AE%89%E5%BA%86%01", "region")]
    [InlineData("/api/v1/facets?section=%1B", "section")]
    [InlineData("/api/v1/export?dept=%0A", "dept")]
    [InlineData("/api/v1/search.atom?series=%7F", "series")]
    [InlineData("/api/v1/facets?year=1", "year")]
    [InlineData("/api/v1/export?format=xml", "format")]
    [InlineData("/api/v1/export?sort=up", "sort")]
    public async Task Nonsense_parameters_are_a_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await client.GetProblem(url, HttpStatusCode.BadRequest, "invalid_parameter");

        Assert.Contains(parameter, problem.Str("message_en"));
        Assert.Contains(parameter, problem.Str("message_zh"));
    }

    [Theory]
    [InlineData("/api/v1/search?page=abc", "参数 page：页码“abc”无效：应为 1 到 1000 之间的整数。")]
    [InlineData("/api/v1/search?region=%01", "参数 region 的值含有控制字符（U+0001），不是有效的值。")]
    [InlineData("/api/v1/search?sort=sideways", "参数 sort：不认识的排序“sideways”。可用：relevance（相关度）、newest（最新）、oldest（最早）。")]
    public async Task A_refused_parameter_is_named_once_and_nothing_is_said_to_be_done_instead(string url, string message)
    {
        var problem = await client.GetProblem(url, HttpStatusCode.BadRequest, "invalid_parameter");

        Assert.Equal(message, problem.Str("message_zh"));
    }

    [Theory]
    [InlineData("/api/v1/export?limit=99999999999999", "out of this parameter's range")]
    [InlineData("/api/v1/export?limit=-99999999999999", "out of this parameter's range")]
    [InlineData("/api/v1/export?limit=abc", "not a whole number")]
    [InlineData("/api/v1/export?limit=%EF%BC%95", "not a whole number")]
    [InlineData("/api/v1/search?page=abc", "is not a number")]
    public async Task A_number_too_long_for_its_parameter_is_called_out_of_range_not_no_number(string url, string says) =>
        Assert.Contains(says, (await client.GetProblem(url, HttpStatusCode.BadRequest, "invalid_parameter")).Str("message_en"));

    [Fact]
    public async Task A_search_s_size_in_full_width_digits_is_read_as_a_chinese_input_method_types_it() =>
        Assert.Equal(5, (await client.OkJson("/api/v1/search?size=%EF%BC%95")).GetProperty("size").GetInt32());

    [Theory]
    [InlineData("99999999999999")]
    [InlineData("99999999999999999999")]
    public async Task A_size_too_large_for_a_number_is_clamped_as_the_pages_clamp_it(string size)
    {
        var result = await client.OkJson("/api/v1/search?size=" + size);

        Assert.Equal(100, result.GetProperty("size").GetInt32());
        Assert.Contains(result.Items("warnings"), w => w.GetString()!.Contains("size=" + size));
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_left_out_of_the_query_with_a_warning_and_control_characters_dropped()
    {
        var undecodable = await client.OkJson("/api/v1/search?q=%FF%FE");
        var control = await client.OkJson("/api/v1/search?q=%00%01");

        Assert.True(undecodable.GetProperty("query").ValueKind == JsonValueKind.Null, undecodable.GetProperty("query").ToString());
        Assert.Contains(undecodable.Items("warnings"), w => w.GetString()!.Contains("bytes that are not UTF-8 (%FF%FE)"));
        Assert.Equal(JsonValueKind.Null, control.GetProperty("query").ValueKind);
        Assert.Empty(control.Items("warnings"));
    }

    [Fact]
    public async Task The_pages_old_name_department_filters_the_api_as_it_filters_the_page()
    {
        var dept = Uri.EscapeDataString("大观区委组织部");
        var all = await client.OkJson("/api/v1/search");
        var named = await client.OkJson("/api/v1/search?dept=" + dept);
        var old = await client.OkJson("/api/v1/search?department=" + dept);
        var facets = await client.OkJson("/api/v1/facets?department=" + dept);
        using var export = await client.GetAsync("/api/v1/export?department=" + dept);

        Assert.InRange(named.GetProperty("total").GetInt64(), 1, all.GetProperty("total").GetInt64() - 1);
        Assert.Equal(named.GetProperty("total").GetInt64(), old.GetProperty("total").GetInt64());
        Assert.Empty(old.Items("warnings"));
        Assert.Equal(named.GetProperty("total").GetInt64(), facets.GetProperty("total").GetInt64());
        Assert.Equal(named.GetProperty("total").GetInt64().ToString(), export.Headers.GetValues("X-Total-Count").Single());
    }

    [Fact]
    public async Task A_misspelt_parameter_is_a_warning_in_a_search_and_refuses_an_export_or_a_feed()
    {
        var misspelt = "secton=" + Uri.EscapeDataString("市外参考");

        var search = await client.OkJson("/api/v1/search?" + misspelt);
        var facets = await client.OkJson("/api/v1/facets?" + misspelt);
        var export = await client.GetProblem("/api/v1/export?" + misspelt, HttpStatusCode.BadRequest, "invalid_parameter");
        var feed = await client.GetProblem("/api/v1/search.atom?" + misspelt, HttpStatusCode.BadRequest, "invalid_parameter");

        Assert.Contains(search.Items("warnings"), w => w.GetString()!.Contains("'secton' is not a search parameter"));
        Assert.Contains(facets.Items("warnings"), w => w.GetString()!.Contains("'secton'"));
        Assert.All([export, feed], p => Assert.Contains("secton", p.Str("message_zh")));
        Assert.Contains("refused", export.Str("message_en"));
    }

    [Fact]
    public async Task An_order_given_twice_is_a_warning_in_a_search_and_refuses_an_export_as_a_query_given_twice_is()
    {
        var twice = "q=" + Uri.EscapeDataString("疫情") + "&sort=newest&sort=oldest";

        var search = await client.OkJson("/api/v1/search?" + twice);
        var export = await client.GetProblem("/api/v1/export?" + twice, HttpStatusCode.BadRequest, "invalid_parameter");

        Assert.Contains(search.Items("warnings"), w => w.GetString()!.Contains("sort was given more than once (newest, oldest)"));
        Assert.Contains("sort", export.Str("message_zh"));
        Assert.Contains("more than once", export.Str("message_en"));
    }

    [Theory]
    [InlineData("foo:防控", "foo")]
    [InlineData("日期:abc", "日期:abc")]
    [InlineData("期号:abc", "期号:abc")]
    [InlineData("标题:", "标题:")]
    public async Task A_field_filter_a_search_leaves_out_with_a_warning_refuses_an_export_or_a_feed_instead_of_listing_more(string filter, string named)
    {
        var query = "q=" + Uri.EscapeDataString("疫情 " + filter);

        var search = await client.OkJson("/api/v1/search?" + query);
        var export = await client.GetProblem("/api/v1/export?" + query, HttpStatusCode.BadRequest, "invalid_parameter");
        var feed = await client.GetProblem("/api/v1/search.atom?" + query, HttpStatusCode.BadRequest, "invalid_parameter");

        Assert.Contains(search.Items("warnings"), w => w.GetString()!.Contains(named));
        Assert.All([export, feed], p => Assert.Contains(named, p.Str("message_zh")));
        Assert.All([export, feed], p => Assert.Contains(named, p.Str("message_en")));
        Assert.Contains("refused", export.Str("message_en"));
        using var plain = await client.GetAsync("/api/v1/export?q=" + Uri.EscapeDataString("疫情 日期:2022"));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
    }

    [Theory]
    [InlineData("期号:abc")]
    [InlineData("日期:abc")]
    public async Task A_field_filter_alone_that_cannot_be_applied_is_named_as_what_to_correct_not_said_to_hold_nothing_to_search(string filter)
    {
        var asked = "q=" + Uri.EscapeDataString(filter);

        var export = await client.GetProblem("/api/v1/export?" + asked, HttpStatusCode.BadRequest, "invalid_parameter");
        var feed = await client.GetProblem("/api/v1/search.atom?" + asked, HttpStatusCode.BadRequest, "invalid_parameter");

        Assert.All([export, feed], p => Assert.Contains(filter, p.Str("message_zh")));
        Assert.All([export, feed], p => Assert.DoesNotContain("没有可以搜索的文字", p.Str("message_zh")));
    }

    [Theory]
    [InlineData("！！！")]
    [InlineData("的 了 和")]
    [InlineData("\"")]
    public async Task A_query_with_nothing_to_search_refuses_an_export_or_a_feed_instead_of_listing_the_whole_archive(string query)
    {
        var asked = "q=" + Uri.EscapeDataString(query);

        var search = await client.OkJson("/api/v1/search?" + asked);
        var export = await client.GetProblem("/api/v1/export?" + asked, HttpStatusCode.BadRequest, "invalid_parameter");
        var feed = await client.GetProblem("/api/v1/search.atom?" + asked, HttpStatusCode.BadRequest, "invalid_parameter");

        Assert.NotEmpty(search.Items("warnings"));
        Assert.All([export, feed], p => Assert.Contains("没有可以搜索的文字", p.Str("message_zh")));
        Assert.Contains("refused", export.Str("message_en"));
    }

    [Theory]
    [InlineData("/api/v1/export?secton=x", "ignored", "已忽略")]
    [InlineData("/api/v1/search.atom?size=0", "was used", "已按")]
    [InlineData("/api/v1/export?q=a&q=b", "was used", "只保留")]
    public async Task A_refused_export_or_feed_does_not_say_it_adjusted_the_search(string url, string adjustedEn, string adjustedZh)
    {
        var problem = await client.GetProblem(url, HttpStatusCode.BadRequest, "invalid_parameter");

        Assert.DoesNotContain(adjustedEn, problem.Str("message_en"));
        Assert.DoesNotContain(adjustedEn, problem.Str("detail"));
        Assert.DoesNotContain(adjustedZh, problem.Str("message_zh"));
        Assert.Contains("refused", problem.Str("message_en"));
    }

    [Fact]
    public async Task A_search_url_reused_for_an_export_or_a_feed_gives_the_same_matches_whatever_its_page()
    {
        var search = "q=" + Uri.EscapeDataString("疫情防控");
        var paged = search + "&page=0&size=500";

        using var export = await client.GetAsync("/api/v1/export?" + search);
        using var pagedExport = await client.GetAsync("/api/v1/export?" + paged);
        using var pagedFeed = await client.GetAsync("/api/v1/search.atom?" + search + "&page=0&sort=nonsense");

        Assert.Equal(HttpStatusCode.OK, pagedExport.StatusCode);
        Assert.Equal(await export.Content.ReadAsStringAsync(), await pagedExport.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, pagedFeed.StatusCode);
    }

    [Fact]
    public async Task An_unknown_value_lists_the_allowed_ones()
    {
        var problem = await client.GetProblem("/api/v1/search?kind=memo", HttpStatusCode.BadRequest, "invalid_parameter");

        Assert.Contains(problem.Items("allowed"), v => v.GetString() == "bulletin");
    }

    [Fact]
    public async Task An_overlong_query_is_refused()
    {
        await client.GetProblem("/api/v1/search?q=" + new string('党', 501), HttpStatusCode.BadRequest, "invalid_parameter");
    }

    [Fact]
    public async Task More_values_of_a_facet_than_allowed_are_cut_with_a_warning_in_a_search_and_refused_by_an_export()
    {
        var sections = string.Join('&', Enumerable.Range(0, 21).Select(i => $"section=栏目{i}"));

        var result = await client.OkJson("/api/v1/search?" + sections);
        await client.GetProblem("/api/v1/export?" + sections, HttpStatusCode.BadRequest, "invalid_parameter");

        Assert.Contains("at most 20 values of section", result.GetProperty("warnings")[0].GetString());
    }

    [Fact]
    public async Task Facets_count_the_whole_archive_by_parameter_name()
    {
        var result = await client.OkJson("/api/v1/facets");

        var fields = result.Items("facets").Select(f => f.Str("field")).ToList();
        Assert.Contains("section", fields);
        Assert.Contains("series", fields);
        var series = result.Items("facets").First(f => f.Str("field") == "series");
        var anqing = series.Items("values").First(v => v.Str("value") == "安庆组工信息");
        Assert.True(anqing.GetProperty("count").GetInt64() >= 8, "the two 安庆组工信息 issues hold eight articles");
    }

    [Fact]
    public async Task The_region_facet_opens_its_next_level_only_under_a_selected_region()
    {
        static JsonElement Regions(JsonElement result) => result.Items("facets").First(f => f.Str("field") == "region");

        var closed = Regions(await client.OkJson("/api/v1/facets"));
        var open = Regions(await client.OkJson("/api/v1/facets?region=" + Uri.EscapeDataString("安徽省")));

        Assert.All(closed.Items("values"), v => Assert.Equal(0, v.GetProperty("children").GetArrayLength()));
        var anhui = open.Items("values").First(v => v.Str("value") == "安徽省");
        Assert.Contains(anhui.Items("children"), c => c.Str("value") == "安徽省/安庆市" && c.GetProperty("count").GetInt64() > 0);
        Assert.True(anhui.Items("children").Sum(c => c.GetProperty("count").GetInt64()) <= anhui.GetProperty("count").GetInt64());
        Assert.All(anhui.Items("children"), c => Assert.Equal(0, c.GetProperty("children").GetArrayLength()));
        Assert.All(open.Items("values").Where(v => v.Str("value") != "安徽省"), v => Assert.Equal(0, v.GetProperty("children").GetArrayLength()));
    }

    [Fact]
    public async Task Csv_export_streams_every_hit_of_the_pages_in_their_order_with_a_header_and_a_bom()
    {
        var search = await client.OkJson("/api/v1/search?q=疫情&size=3");
        var pages = new List<string>();
        for (var page = 1; page <= (search.GetProperty("total").GetInt64() + 2) / 3; page++)
        {
            pages.AddRange((await client.OkJson($"/api/v1/search?q=疫情&size=3&page={page}")).Items("hits").Select(h => h.Str("id")));
        }
        using var response = await client.GetAsync("/api/v1/export?q=疫情&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,document_id,title,", lines[0]);
        Assert.Equal(search.GetProperty("total").GetInt64(), lines.Length - 1);
        Assert.Equal(search.GetProperty("total").GetInt64().ToString(), response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(pages, lines[1..].Select(line => line.Split(',')[0]));
    }

    /// <summary>
    /// A notice looked up by part of its 文号 is named by it in the result list (the number was read from the store for
    /// exports only, so a hit showed a notice's title and date but not the number it was found by); a bulletin's
    /// article prints none.
    /// </summary>
    [Fact]
    public async Task A_hit_gives_its_documents_number_and_null_where_it_prints_none()
    {
        var notice = (await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString("庆组明电"))).GetProperty("hits")[0];
        var bulletin = (await client.OkJson("/api/v1/search?q=考察识别")).GetProperty("hits")[0];

        Assert.Equal("庆组明电〔2020〕2号", notice.Str("doc_number"));
        Assert.Equal(JsonValueKind.Null, bulletin.GetProperty("doc_number").ValueKind);
    }

    /// <summary>
    /// Staff export notices to cite them by their 文号: the rows named it only inside the citation, so a sheet could not be
    /// sorted or looked up by it.
    /// </summary>
    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task An_export_row_gives_the_document_number_in_a_column_of_its_own(string format)
    {
        var query = "/api/v1/export?format=" + format + "&q=" + Uri.EscapeDataString("庆组明电〔2020〕2号");

        if (format == "json")
        {
            var row = (await client.OkJson(query)).EnumerateArray().First();
            Assert.Equal("庆组明电〔2020〕2号", row.Str("doc_number"));
            return;
        }
        var lines = (await client.GetStringAsync(query)).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The last column, added after the others: a sheet read by position still finds permalink and citation where they were.
        Assert.Equal("doc_number", lines[0].TrimEnd('\r').Split(',')[^1]);
        Assert.Equal("庆组明电〔2020〕2号", lines[1].TrimEnd('\r').Split(',')[^1]);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=-5")]
    [InlineData("limit=10001")]
    public async Task An_export_limit_outside_the_range_is_a_problem_not_a_silent_subset(string limit) =>
        await client.GetProblem("/api/v1/export?format=json&" + limit, HttpStatusCode.BadRequest, "invalid_parameter");

    [Fact]
    public async Task Json_export_is_an_array_of_rows_and_respects_the_limit()
    {
        var rows = await client.OkJson("/api/v1/export?format=json&limit=3");

        Assert.Equal(3, rows.GetArrayLength());
        Assert.All(rows.EnumerateArray(), r => Assert.EndsWith("/articles/" + r.Str("id"), r.Str("permalink")));
        // Each row cites its article as the article's page does.
        foreach (var row in rows.EnumerateArray())
        {
            var article = await client.OkJson("/api/v1/articles/" + row.Str("id"));
            Assert.Equal(article.GetProperty("citation").Str("gbt7714"), row.Str("citation"));
        }
    }

    [Fact]
    public async Task An_export_lists_full_matches_only()
    {
        using var response = await client.GetAsync("/api/v1/export?format=json&q=" + Uri.EscapeDataString("连心卡 背包上门"));
        var search = await client.OkJson("/api/v1/search?q=" + Uri.EscapeDataString("连心卡 背包上门"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // X-Total-Count counts what is exported, the search's full_matches (docs/api.md, Export), not its partial total.
        Assert.True(search.GetProperty("total").GetInt64() > search.GetProperty("full_matches").GetInt64());
        Assert.Equal(search.GetProperty("full_matches").GetInt64().ToString(), response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(0, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Unknown_addresses_and_methods_are_problems()
    {
        await client.GetProblem("/api/v1/nothing-here", HttpStatusCode.NotFound, "not_found");
        using var put = await client.PutAsync("/api/v1/search", new StringContent(""));
        await put.AssertProblem(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        Assert.Contains("GET", put.Content.Headers.Allow);
        Assert.Contains("HEAD", put.Content.Headers.Allow);
        using var post = await client.PostAsync("/api/v1/articles/abc/similar", new StringContent(""));
        await post.AssertProblem(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }
}
