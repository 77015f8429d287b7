
namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Queries a person would type over the five samples, with the article they expect on top (a distinctive part
/// of its title, as in seeds/expected.json), or the exact set a filter must give.
/// </summary>
public sealed class RelevanceTests(SampleArchive samples) : IClassFixture<SampleArchive>
{
    private const string Notice = "关于在坚决打赢疫情防控阻击战中充分发挥各级党组织战斗堡垒和广大党员先锋模范作用的通知";

    [Theory]
    [InlineData("考察识别干部", "大观区在疫情防控一线考察识别干部")]
    [InlineData("连心卡", "铜川市王益区")]
    [InlineData("庆组明电〔2020〕2号", Notice)]
    [InlineData("〔2020〕2号", Notice)]
    [InlineData("庆组明电2020 2号", Notice)]
    [InlineData("颍东 五项措施", "颍东区委组织部“五项措施”")]
    [InlineData("\"临时党支部\"", "裕安：临时党支部")]
    [InlineData("裕安 临时党支部", "裕安：临时党支部")]
    [InlineData("背包上门", "岳西县")]
    [InlineData("五线五关", "金安：")]
    [InlineData("党建+12345", "旌德县")]
    [InlineData("12345", "旌德县")]
    [InlineData("菜篮子", "菜篮子")]
    [InlineData("统战部 下沉", "以“动”止“静”")]
    [InlineData("苏埠镇", "以“动”止“静”")]
    [InlineData("网格化管理", "宜秀区：网格化管理")]
    [InlineData("平稳过峰", "桐城市")]
    [InlineData("爱心防疫药包", "宿松县")]
    [InlineData("党旗红", "宜秀区战“疫”一线党旗红")]
    [InlineData("迎江区 党建引领", "迎江区党建引领全员战“疫”")]
    [InlineData("乙类乙管", "铜川市王益区")]
    [InlineData("逢车必检", Notice)]
    [InlineData("两码查验", "颍东区委组织部")]
    [InlineData("睦邻长", "宜秀区战“疫”一线党旗红")]
    [InlineData("作者:许睿", "金安：")]
    [InlineData("许睿", "金安：")]
    [InlineData("“红色屏障”", "宜秀区：网格化管理")]
    [InlineData("疫情防控一线考察识别干部", "大观区在疫情防控一线考察识别干部")]
    [InlineData("考察识别干部 年份:2022", "大观区在疫情防控一线考察识别干部")]
    [InlineData("阜阳先锋网", "颍东区委组织部")]
    public void The_expected_article_comes_first(string query, string expectedTitle)
    {
        var results = samples.Archive.Search(new SearchRequest { Query = query });

        Assert.NotEmpty(results.Hits);
        Assert.Contains(expectedTitle, results.Hits[0].Title);
    }

    [Theory]
    [InlineData("栏目:市外参考", new[] { "旌德县", "铜川市王益区" })]
    [InlineData("section:市外参考", new[] { "旌德县", "铜川市王益区" })]
    [InlineData("单位:大观区", new[] { "大观区在疫情防控一线考察识别干部" })]
    [InlineData("地区:宜秀区", new[] { "宜秀区战“疫”一线党旗红", "宜秀区：网格化管理" })]
    [InlineData("地区:陕西省", new[] { "铜川市王益区" })]
    [InlineData("region:宣城", new[] { "旌德县" })]
    [InlineData("年份:2020", new[] { Notice })]
    [InlineData("类型:通知", new[] { Notice })]
    [InlineData("kind:web_article", new[] { "颍东区委组织部" })]
    [InlineData("日期:2022-04-11", new[] { "颍东区委组织部" })]
    [InlineData("日期:2022-03-01..2022-03-31 栏目:市外参考", new[] { "旌德县" })]
    [InlineData("期号:8 栏目:市内信息", new[] { "宜秀区战“疫”一线党旗红", "大观区在疫情防控一线考察识别干部", "迎江区党建引领全员战“疫”" })]
    [InlineData("文号:〔2020〕2号", new[] { Notice })]
    [InlineData("〔2020〕", new[] { Notice })]
    [InlineData("\"〔2020〕\"", new[] { Notice })]
    [InlineData("[2020]2号", new[] { Notice })]
    [InlineData("【2020】 疫情", new[] { Notice })]
    [InlineData("连心卡 OR 背包上门", new[] { "铜川市王益区", "岳西县" })]
    [InlineData("标题:红色堡垒", new[] { "旌德县", "颍东区委组织部" })]
    public void A_filter_gives_exactly_the_expected_articles(string query, string[] expectedTitles)
    {
        var results = samples.Archive.Search(new SearchRequest { Query = query, PageSize = 50 });

        Assert.Equal(expectedTitles.Length, results.Total);
        Assert.All(expectedTitles, expected => Assert.Contains(results.Hits, h => h.Title.Contains(expected, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("第8期")]
    [InlineData("安庆组工信息 第8期")]
    [InlineData("安庆组工信息第8期")]
    [InlineData("安庆组工信息 第 8 期")]
    public void An_issue_cited_as_people_write_it_finds_that_issue(string query)
    {
        var cited = samples.Archive.Search(new SearchRequest { Query = query, PageSize = 50 });
        var filtered = samples.Archive.Search(new SearchRequest { Query = "期号:8", PageSize = 50 });

        Assert.Equal(filtered.Total, cited.FullMatches);
        Assert.All(cited.Hits.Take((int)cited.FullMatches), h => Assert.Equal(8, h.IssueNumber));
    }

    [Theory]
    [InlineData("庆组明电〔2020〕2号")]
    [InlineData("庆组明电(2020)2号")]
    [InlineData("庆组明电[2020]2号")]
    [InlineData("庆组明电（2020）2号")]
    [InlineData("庆组明电 〔2020〕 2 号")]
    public void A_document_number_in_any_brackets_finds_that_document_alone(string query)
    {
        var results = samples.Archive.Search(new SearchRequest { Query = query });

        Assert.Equal(1, results.Total);
        Assert.Equal(Notice, results.Hits[0].Title);
        Assert.Empty(results.Warnings);
    }

    [Fact]
    public void A_bracketed_year_is_a_document_numbers_year_not_any_text_of_that_year()
    {
        // The samples hold 2022 in their text; no document of theirs is numbered 〔2022〕.
        Assert.NotEqual(0, samples.Archive.Search(new SearchRequest { Query = "2022" }).Total);

        var results = samples.Archive.Search(new SearchRequest { Query = "〔2022〕" });

        Assert.Equal(0, results.Total);
        Assert.Contains(results.Warnings, w => w.Contains("按文号查找", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_number_typed_after_other_words_is_found_without_them()
    {
        var results = samples.Archive.Search(new SearchRequest { Query = "转发庆组明电〔2020〕2号" });

        Assert.Equal(Notice, results.Hits[0].Title);
        Assert.Contains(results.Warnings, w => w.Contains("“转发”“庆组明电〔2020〕2号”", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_named_beside_a_topic_finds_the_sections_articles_on_it()
    {
        // Experience from other cities: the samples' 市外参考 articles are about epidemic control; no text names the section.
        var results = samples.Archive.Search(new SearchRequest { Query = "市外参考 疫情防控", PageSize = 50 });

        Assert.Equal(2, results.FullMatches);
        Assert.All(results.Hits.Take(2), h => Assert.Equal("市外参考", h.Section));
    }

    [Fact]
    public void A_year_as_people_write_it_finds_the_articles_of_that_year()
    {
        // No sample's text says 2022年; their dates do.
        var results = samples.Archive.Search(new SearchRequest { Query = "2022年 考察识别干部" });

        Assert.Equal("大观区在疫情防控一线考察识别干部", results.Hits[0].Title);
        Assert.All(results.Hits.Take((int)results.FullMatches), h => Assert.Equal(2022, h.Date?.Year));
        Assert.True(results.FullMatches >= 2);
    }

    [Fact]
    public void Excluded_words_leave_out_every_article_that_has_them()
    {
        var all = samples.Archive.Search(new SearchRequest { Query = "疫情防控", PageSize = 50 });
        var without = samples.Archive.Search(new SearchRequest { Query = "疫情防控 -核酸", PageSize = 50 });

        Assert.True(without.Total > 0 && without.Total < all.Total);
        Assert.All(without.Hits, h => Assert.DoesNotContain("核酸", samples.Archive.GetArticle(h.ArticleId)!.Article.Body));
    }

    [Fact]
    public void Newest_and_oldest_order_by_date_and_ties_in_relevance_go_to_the_newest()
    {
        var newest = samples.Archive.Search(new SearchRequest { Query = "疫情防控", Sort = SearchSort.Newest, PageSize = 50 });
        var oldest = samples.Archive.Search(new SearchRequest { Query = "疫情防控", Sort = SearchSort.Oldest, PageSize = 50 });
        var dated = newest.Hits.Where(h => h.Date is not null).Select(h => h.Date!.Value).ToList();

        Assert.Equal(dated.OrderByDescending(d => d), dated);
        Assert.Equal(new DateOnly(2020, 1, 27), oldest.Hits[0].Date);
        Assert.Null(oldest.Hits[^1].Date);

        var browse = samples.Archive.Search(new SearchRequest { PageSize = 50 });
        Assert.Equal(new DateOnly(2023, 1, 31), browse.Hits[0].Date);
    }

    [Fact]
    public void Several_relevant_articles_come_first_the_one_about_it_on_top()
    {
        // 大观区 is about it; three more report it as a measure (the exact text, or 考察识别 and 干部 in one sentence).
        var titles = samples.Archive.Search(new SearchRequest { Query = "考察识别干部" }).Hits.Select(h => h.Title).ToList();

        Assert.Equal("大观区在疫情防控一线考察识别干部", titles[0]);
        Assert.Equal(["宜秀区战“疫”一线党旗红", "强化责任担当 发挥职能优势", "颍东区委组织部“五项措施” 筑牢疫情防控红色堡垒"], titles.Skip(1).Take(3).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("雙報到")]
    [InlineData("双报到")]
    public void Traditional_characters_find_the_simplified_articles(string query)
    {
        var titles = samples.Archive.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Title).Order(StringComparer.Ordinal);

        Assert.Equal(["宜秀区战“疫”一线党旗红", "桐城市：发挥组织作用助力疫情平稳过峰", "颍东区委组织部“五项措施” 筑牢疫情防控红色堡垒"], titles);
    }

    [Theory]
    [InlineData("疫情防控一线考察识别干部")]
    [InlineData("疫情防控一线考察識別幹部")]
    [InlineData("在疫情防控一线考察识别干部的做法")] // 做法 is in no article: the best partial match
    public void A_run_on_query_finds_the_article_it_describes(string query)
    {
        var hit = samples.Archive.Search(new SearchRequest { Query = query }).Hits[0];

        Assert.Equal("大观区在疫情防控一线考察识别干部", hit.Title);
    }

    [Fact]
    public void Words_no_article_holds_together_give_the_articles_of_each_with_a_flag()
    {
        var results = samples.Archive.Search(new SearchRequest { Query = "连心卡 背包上门" });

        Assert.True(results.PartialMatches);
        Assert.Equal(0, results.FullMatches);
        Assert.Contains(results.Hits, h => h.Title.Contains("铜川市王益区", StringComparison.Ordinal) && h.MissingWords.SequenceEqual(["背包上门"]));
        Assert.Contains(results.Hits, h => h.Title.Contains("岳西县", StringComparison.Ordinal) && h.MissingWords.SequenceEqual(["连心卡"]));
    }

    [Fact]
    public void A_title_match_ranks_above_the_same_words_in_a_body()
    {
        var results = samples.Archive.Search(new SearchRequest { Query = "党建引领", PageSize = 50 });

        Assert.Contains("党建引领", results.Hits[0].Title);
        Assert.True(results.Total > 1);
    }
}
