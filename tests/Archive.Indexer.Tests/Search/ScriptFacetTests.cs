using Archive.Indexer.Store;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Facets fold traditional script as queries do: one value per meaning, counted once with every article of either
/// script, selected by a filter in either script, as the field syntax selects it; the articles keep what they print.
/// </summary>
public sealed class ScriptFacetTests(ScriptFacetTests.Articles articles) : IClassFixture<ScriptFacetTests.Articles>
{
    /// <summary>One issue printed in traditional script, one in simplified, and one of another series.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Traditional = Add("trad.txt", "台州組工信息", "基層黨建", "台州市委組織部",
                "黨員幹部下沉社區", "全市黨員幹部下沉社區，黨員認領崗位，黨員參與基層治理，黨員志願服務。");
            Add("simp.txt", "台州组工信息", "基层党建", "台州市委组织部",
                "党员干部结对帮扶", "全市党员干部结对帮扶困难群众，党员走访，党员帮办实事，党员服务群众。");
            Add("other.txt", "安庆组工信息", "市内信息", "安庆市委组织部", "乡村振兴调研", "调研组走访十个村，了解乡村振兴进展。", region: "安庆市");
            // 乾 is a simplified character too (乾县), though the query analysis reads it as 干 (乾 in traditional script).
            Add("qian.txt", "咸阳组工", "县区动态", "乾县县委组织部", "乾县推进乡村振兴", "乾县组织干部下乡调研乡村振兴。", region: "陕西省/咸阳市/乾县");
            Add("qian-trad.txt", "咸阳组工", "縣區動態", "乾縣縣委組織部", "乾縣推進鄉村振興", "乾縣組織幹部下鄉調研鄉村振興。", region: "陕西省/咸阳市/乾县");
        }

        public string Traditional { get; }

        private string Add(string name, string series, string section, string department, string title, string body, string? region = null)
        {
            var document = Add(name, title, body);
            var editing = new Editing("tests");
            Archive.CorrectDocument(document, new Dictionary<string, System.Text.Json.JsonElement> { ["series"] = CanonicalJson.Of(series) }, editing);
            var values = new Dictionary<string, System.Text.Json.JsonElement>
            {
                ["section"] = CanonicalJson.Of(section),
                ["source_department"] = CanonicalJson.Of(department),
            };
            if (region is not null) values["region"] = CanonicalJson.Of(region);
            Archive.CorrectArticle(ContentIdentity.ArticleId(document, 1), values, editing);
            return ContentIdentity.ArticleId(document, 1);
        }
    }

    private SearchResults Search(string? query, FacetField? field = null, string? value = null) => articles.Archive.Search(new SearchRequest
    {
        Query = query,
        Filters = field is { } f ? new Dictionary<FacetField, IReadOnlyList<string>> { [f] = [value!] } : new Dictionary<FacetField, IReadOnlyList<string>>(),
    });

    private static IReadOnlyList<FacetValue> Values(SearchResults results, FacetField field) => results.Facets[field];

    [Theory]
    [InlineData(FacetField.Series, "台州组工信息", "台州組工信息")]
    [InlineData(FacetField.Section, "基层党建", "基層黨建")]
    [InlineData(FacetField.Department, "台州市委组织部", "台州市委組織部")]
    public void A_facet_lists_one_value_per_meaning_in_simplified_script_with_the_summed_count(FacetField field, string simplified, string traditional)
    {
        var values = Values(Search(null), field);

        Assert.Equal(2, values.Single(v => v.Value == simplified).Count);
        Assert.DoesNotContain(values, v => v.Value == traditional);
    }

    [Theory]
    [InlineData(FacetField.Series, "台州组工信息", "台州組工信息", "刊物")]
    [InlineData(FacetField.Section, "基层党建", "基層黨建", "栏目")]
    [InlineData(FacetField.Department, "台州市委组织部", "台州市委組織部", "来源单位")]
    public void A_filter_in_either_script_selects_both_as_the_field_syntax_does(FacetField field, string simplified, string traditional, string label)
    {
        foreach (var value in new[] { simplified, traditional })
        {
            var filtered = Search(null, field, value);

            Assert.Equal(2, filtered.Total);
            Assert.Equal(Search($"{label}:{value}").Total, filtered.Total);
            var selected = Assert.Single(Values(filtered, field), v => v.Selected);
            Assert.Equal((simplified, 2L), (selected.Value, selected.Count));
        }
    }

    [Fact]
    public void Keywords_and_regions_are_selected_in_either_script_by_filter_and_field_syntax()
    {
        Assert.Contains("党员", articles.Archive.GetArticle(articles.Traditional)!.Article.Keywords);

        Assert.Equal(2, Search(null, FacetField.Keyword, "黨員").Total);
        Assert.Equal(2, Search("主题词:黨員").Total);
        Assert.Equal(Search(null, FacetField.Region, "安徽省/安庆市").Total, Search(null, FacetField.Region, "安徽省/安慶市").Total);
        Assert.Equal(Search("地区:安庆市").Total, Search("地区:安慶市").Total);
        Assert.True(Search("地区:安庆市").Total > 0);
    }

    [Fact]
    public void A_character_that_is_simplified_too_is_listed_as_written()
    {
        var all = Search(null);

        Assert.Equal(2, Values(all, FacetField.Department).Single(v => v.Value == "乾县县委组织部").Count);
        Assert.Equal(2, Values(all, FacetField.Section).Single(v => v.Value == "县区动态").Count);
        var xianyang = Values(all, FacetField.Region).Single(v => v.Value == "陕西省").Children.Single(v => v.Value == "陕西省/咸阳市");
        Assert.Equal(["陕西省/咸阳市/乾县"], xianyang.Children.Select(v => v.Value));
        Assert.Equal(2, Search(null, FacetField.Department, "乾縣縣委組織部").Total);
        Assert.Equal(2, Search(null, FacetField.Region, "陝西省/咸陽市/乾縣").Total);
    }

    [Fact]
    public void Hits_and_articles_keep_the_values_as_printed()
    {
        var hit = Search(null, FacetField.Section, "基层党建").Hits.Single(h => h.ArticleId == articles.Traditional);
        var article = articles.Archive.GetArticle(articles.Traditional)!;

        Assert.Equal(("台州組工信息", "基層黨建", "台州市委組織部"), (hit.Series, hit.Section, hit.SourceDepartment));
        Assert.Equal(("台州組工信息", "基層黨建"), (article.Document.Series, article.Article.Section));
    }

    [Theory]
    [InlineData(FacetField.Section, "基層黨建", "基层党建")]
    [InlineData(FacetField.Region, "安徽省／安慶市", "安徽省/安庆市")]
    [InlineData(FacetField.Year, "2022", "2022")]
    [InlineData(FacetField.Region, "乾縣", "陕西省/咸阳市/乾县")]
    [InlineData(FacetField.Region, "不是/地/区/的/路径", null)]
    public void A_value_reads_as_its_facet_lists_it(FacetField field, string value, string? listed) =>
        Assert.Equal(listed, articles.Archive.FacetValueOf(field, value));
}
