
namespace Archive.Indexer.Tests.Search;

public sealed class FacetTests(SampleArchive samples) : IClassFixture<SampleArchive>
{
    private static Dictionary<FacetField, IReadOnlyList<string>> Select(params (FacetField Field, string Value)[] values) =>
        values.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(v => v.Value).ToList());

    private SearchResults Search(string? query, params (FacetField, string)[] selection) =>
        samples.Archive.Search(new SearchRequest { Query = query, Filters = Select(selection), PageSize = 50 });

    [Theory]
    [InlineData("地区:火星 党建")]
    [InlineData("地区:西藏")]
    public void A_region_no_article_belongs_to_is_said_not_just_found_empty(string query)
    {
        var results = Search(query);

        Assert.Equal(0, results.Total);
        Assert.Contains(results.Warnings, w => w.Contains("没有属于地区") && w.Contains(query.Split(' ')[0][3..]));
        Assert.DoesNotContain(Search("地区:安庆 党建").Warnings, w => w.Contains("没有属于地区"));
    }

    [Theory]
    [InlineData("火星")]
    [InlineData("西藏")]
    public void A_ticked_region_no_article_belongs_to_is_said_as_the_query_field_says_it(string region)
    {
        var results = Search(null, (FacetField.Region, region));

        Assert.Equal(0, results.Total);
        Assert.Contains(results.Warnings, w => w.Contains("没有属于地区") && w.Contains(region));
        Assert.DoesNotContain(Search(null, (FacetField.Region, "安庆")).Warnings, w => w.Contains("没有属于地区"));
    }

    [Fact]
    public void Values_of_one_facet_combine_with_or_and_facets_with_and()
    {
        var either = Search(null, (FacetField.Region, "安徽省/安庆市/宜秀区"), (FacetField.Region, "安徽省/安庆市/大观区"));
        var both = Search(null, (FacetField.Section, "市外参考"), (FacetField.Year, "2023"));

        Assert.Equal(3, either.Total);
        Assert.All(either.Hits, h => Assert.True(h.Region is "安徽省/安庆市/宜秀区" or "安徽省/安庆市/大观区"));
        Assert.Contains("铜川市王益区", Assert.Single(both.Hits).Title);
    }

    [Theory]
    [InlineData("宜秀区")]
    [InlineData("宜秀")]
    public void A_region_given_by_its_places_name_is_its_path(string name)
    {
        var byName = Search(null, (FacetField.Region, name));
        var byPath = Search(null, (FacetField.Region, "安徽省/安庆市/宜秀区"));

        Assert.True(byPath.Total > 0);
        Assert.Equal(byPath.Hits.Select(h => h.ArticleId), byName.Hits.Select(h => h.ArticleId));
        var anqing = byName.Facets[FacetField.Region].Single(v => v.Value == "安徽省").Children.Single(v => v.Value == "安徽省/安庆市");
        Assert.True(anqing.Children.Single(v => v.Value == "安徽省/安庆市/宜秀区").Selected);
    }

    [Fact]
    public void Each_facet_counts_ignore_its_own_selection_but_not_the_others()
    {
        var results = Search(null, (FacetField.Section, "市外参考"), (FacetField.Year, "2023"));
        var sections = results.Facets[FacetField.Section];
        var years = results.Facets[FacetField.Year];

        // Section counts: within 2023 (the other facet's selection), whatever the section.
        Assert.Equal(Search("年份:2023 栏目:市内信息").Total, sections.Single(v => v.Value == "市内信息").Count);
        Assert.Equal(1, sections.Single(v => v.Value == "市外参考" && v.Selected).Count);
        // Year counts: within 市外参考, whatever the year.
        Assert.Equal(1, years.Single(v => v.Value == "2022").Count);
        Assert.Equal(1, years.Single(v => v.Value == "2023" && v.Selected).Count);
    }

    [Fact]
    public void Every_count_equals_the_total_of_selecting_that_value()
    {
        var results = Search("疫情防控");
        foreach (var (field, values) in results.Facets)
        {
            foreach (var value in Flatten(values))
            {
                var narrowed = Search("疫情防控", (field, value.Value));
                Assert.Equal(narrowed.Total, value.Count);
            }
        }
    }

    [Fact]
    public void Regions_form_a_tree_counted_at_every_level()
    {
        var regions = Search(null).Facets[FacetField.Region];

        var anhui = regions.Single(v => v.Value == "安徽省");
        var anqing = anhui.Children.Single(v => v.Value == "安徽省/安庆市");
        Assert.Equal(2, anqing.Children.Single(v => v.Value == "安徽省/安庆市/宜秀区").Count);
        Assert.True(anhui.Count >= anhui.Children.Sum(c => c.Count));
        Assert.Equal(anqing.Count, Search(null, (FacetField.Region, "安徽省/安庆市")).Total);
        Assert.Contains(regions, v => v.Value == "陕西省");
    }

    [Fact]
    public void Facet_values_are_sorted_by_count()
    {
        foreach (var (_, values) in Search(null).Facets.Where(f => f.Key != FacetField.Region))
        {
            var counts = values.Select(v => v.Count).ToList();
            Assert.Equal(counts.OrderByDescending(c => c), counts);
        }
    }

    [Fact]
    public void Keywords_are_a_facet_of_five_to_eight_words_per_article()
    {
        var keywords = Search(null).Facets[FacetField.Keyword];
        var article = samples.Archive.GetArticle(Search("连心卡").Hits[0].ArticleId)!.Article;

        Assert.InRange(article.Keywords.Count, 5, 8);
        Assert.Contains("连心卡", article.Keywords);
        Assert.All(article.Keywords, k => Assert.DoesNotMatch(@"\d", k));
        Assert.Contains(keywords, v => v.Value == "疫情防控");
        Assert.Equal(Search("主题词:连心卡").Total, Search(null, (FacetField.Keyword, "连心卡")).Total);
    }

    [Fact]
    public void Without_facets_only_hits_are_computed()
    {
        var results = samples.Archive.Search(new SearchRequest { Query = "疫情防控", WithFacets = false });

        Assert.Empty(results.Facets);
        Assert.NotEmpty(results.Hits);
    }

    private static IEnumerable<FacetValue> Flatten(IEnumerable<FacetValue> values) =>
        values.SelectMany(v => Flatten(v.Children).Prepend(v));
}
