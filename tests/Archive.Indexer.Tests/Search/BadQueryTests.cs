using Archive.Indexer.Search.Queries;

namespace Archive.Indexer.Tests.Search;

/// <summary>Every kind of bad input the issue lists is answered sensibly, without an exception.</summary>
public sealed class BadQueryTests(SampleArchive samples) : IClassFixture<SampleArchive>
{
    [Fact]
    public void An_empty_query_browses_the_whole_archive_with_its_facets()
    {
        var results = samples.Archive.Search(new SearchRequest { Query = "" });

        Assert.Equal(samples.Report.Articles, results.Total);
        Assert.Equal(samples.Report.Articles, results.Facets[FacetField.Kind].Sum(v => v.Count));
        Assert.Empty(results.Warnings);
    }

    [Theory]
    [InlineData("！！！，。、")]
    [InlineData("\"")]
    [InlineData("((((")]
    [InlineData(")))")]
    [InlineData("*")]
    [InlineData("/.*/")]
    [InlineData("-")]
    [InlineData("OR")]
    [InlineData("\u0000\u0001😀\ud800")]
    public void Queries_with_nothing_to_search_browse_with_an_explanation(string query)
    {
        var results = samples.Archive.Search(new SearchRequest { Query = query });

        Assert.Equal(samples.Report.Articles, results.Total);
    }

    /// <summary>A digit of another script (Arabic-Indic, Devanagari) is read as no number: the readers of numbers take 0-9 only.</summary>
    [Theory]
    [InlineData("٢٠٢٣年٣月 党建")]
    [InlineData("२०२२年-२०२३年 党建")]
    public void Digits_of_other_scripts_are_searched_as_text(string query)
    {
        var results = samples.Archive.Search(new SearchRequest { Query = query });

        Assert.True(results.PartialMatches);
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public void A_run_of_letters_longer_than_a_word_finds_nothing_and_says_so()
    {
        var results = samples.Archive.Search(new SearchRequest { Query = new string('a', 300) });

        Assert.Equal(0, results.Total);
        Assert.Contains(results.Warnings, w => w.Contains("255", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("三同", "三")] // 同 is a stop word
    [InlineData("同三", "三")]
    public void Single_characters_run_together_find_their_text_not_the_word_left_of_them(string query, string left)
    {
        var hits = samples.Archive.Export(new SearchRequest { Query = query }, 1_000);

        Assert.True(samples.Archive.Search(new SearchRequest { Query = left }).Total > 0);
        Assert.All(hits.Hits, h => Assert.Contains(query, h.Title + samples.Archive.FindArticle(h.ArticleId)!.Body));
        hits.Dispose();
    }

    [Theory]
    [InlineData("的了和")]
    [InlineData("的 了 和")]
    public void A_query_of_stop_words_only_browses_and_says_so(string query)
    {
        var results = samples.Archive.Search(new SearchRequest { Query = query });

        Assert.Equal(samples.Report.Articles, results.Total);
        Assert.Contains(results.Warnings, w => w.Contains("没有可以搜索的文字", StringComparison.Ordinal));
    }

    [Fact]
    public void Five_hundred_characters_without_spaces_give_an_answer_within_the_limits_and_a_note()
    {
        var text = samples.Archive.GetArticle(samples.Archive.Search(new SearchRequest { Query = "网格化管理" }).Hits[0].ArticleId)!.Article.Body;
        var query = string.Concat(text.Where(c => !char.IsWhiteSpace(c)).Take(500));

        var results = samples.Archive.Search(new SearchRequest { Query = query });

        Assert.Contains(results.Warnings, w => w.Contains($"只按前 {QueryCompiler.MaxWords} 个", StringComparison.Ordinal));
        Assert.InRange(results.Hits.Count, 1, 10);
        Assert.Contains("网格化管理", results.Hits[0].Title);
    }

    [Theory]
    [InlineData("\"临时党支部", "临时党支部")]
    [InlineData("(连心卡", "连心卡")]
    [InlineData("连心卡)", "连心卡")]
    [InlineData("连心*", "连心卡")]
    [InlineData("/连心卡/", "连心卡")]
    [InlineData("foo:连心卡", "连心卡")]
    public void Unreadable_syntax_falls_back_to_the_words_and_says_why(string query, string expectedTitlePart)
    {
        var results = samples.Archive.Search(new SearchRequest { Query = query });

        Assert.NotEmpty(results.Warnings);
        Assert.Contains(expectedTitlePart, results.Hits[0].Title);
    }

    [Fact]
    public void A_ten_thousand_character_query_is_cut_and_answered()
    {
        var results = samples.Archive.Search(new SearchRequest { Query = string.Concat(Enumerable.Repeat("连心卡", 3400)) });

        Assert.Contains(results.Warnings, w => w.Contains("500", StringComparison.Ordinal));
        Assert.Contains("铜川市王益区", results.Hits[0].Title);
    }

    [Theory]
    [InlineData(100_000, 10, SearchRequest.MaxPage, 10)]
    [InlineData(0, 10, 1, 10)]
    [InlineData(1, 0, 1, 1)]
    [InlineData(1, 10_000, 1, SearchRequest.MaxPageSize)]
    [InlineData(-5, -5, 1, 1)]
    public void Page_and_size_are_clamped_with_a_note(int page, int size, int expectedPage, int expectedSize)
    {
        var results = samples.Archive.Search(new SearchRequest { Query = "疫情防控", Page = page, PageSize = size });

        Assert.Equal(expectedPage, results.Page);
        Assert.Equal(expectedSize, results.PageSize);
        Assert.NotEmpty(results.Warnings);
        Assert.True(results.Hits.Count <= expectedSize);
    }

    [Fact]
    public void A_page_past_the_end_is_empty_but_keeps_the_total()
    {
        var results = samples.Archive.Search(new SearchRequest { Query = "疫情防控", Page = 50 });

        Assert.Empty(results.Hits);
        Assert.True(results.Total > 0);
    }

    [Fact]
    public void Unknown_facet_values_match_nothing_and_stay_visible_as_selected()
    {
        var results = samples.Archive.Search(new SearchRequest
        {
            Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Section] = ["不存在的栏目"] },
        });

        Assert.Equal(0, results.Total);
        var value = Assert.Single(results.Facets[FacetField.Section], v => v.Selected);
        Assert.Equal(0, value.Count);
    }

    [Theory]
    [InlineData(240, "(")]
    [InlineData(120, "-(")]
    public void Nesting_beyond_reason_is_ignored_past_a_depth_with_a_warning(int times, string piece)
    {
        var query = string.Concat(Enumerable.Repeat(piece, times)) + "连心卡" + new string(')', times);

        var results = samples.Archive.Search(new SearchRequest { Query = query });

        Assert.Contains(results.Warnings, w => w.Contains("嵌套"));
    }

    [Fact]
    public void A_region_deeper_than_a_county_matches_nothing_rather_than_everything()
    {
        const string deep = "安徽省/安庆市/大观区/更多/层级";
        var typed = samples.Archive.Search(new SearchRequest { Query = $"地区:{deep}" });
        var ticked = samples.Archive.Search(new SearchRequest { Filters = Region(deep) });
        var either = samples.Archive.Search(new SearchRequest { Filters = Region(deep, "安徽省") });

        Assert.Equal(0, typed.Total);
        Assert.Contains(typed.Warnings, w => w.Contains("不是省、市、县三级以内的地区"));
        Assert.Equal(0, ticked.Total);
        Assert.Contains(ticked.Warnings, w => w.Contains("不是省、市、县三级以内的地区"));
        Assert.Equal(samples.Archive.Search(new SearchRequest { Filters = Region("安徽省") }).Total, either.Total);
        Assert.True(either.Total > 0);
    }

    private static Dictionary<FacetField, IReadOnlyList<string>> Region(params string[] values) => new() { [FacetField.Region] = values };
}
