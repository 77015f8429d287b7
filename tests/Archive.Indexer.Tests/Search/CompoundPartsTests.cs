using Archive.Indexer.Search;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Where few articles hold every word of a query, a compound typed whole (驻村工作队员) is also found by its parts apart: the
/// articles on a role name it in their own words (驻村第一书记和工作队); and a kind typed after its owner (党员突击队) by
/// another modifier of the same length (党员先锋队); and a short form of two characters (公选) written out (公开选拔), but
/// not a typo (中新 for 中心).
/// </summary>
public sealed class CompoundPartsTests(CompoundPartsTests.Articles articles) : IClassFixture<CompoundPartsTests.Articles>
{
    /// <summary>One article naming the compound, one its parts apart, others neither.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("team.txt", "选派驻村工作队", "全县选派驻村工作队进驻薄弱村。");
            Add("apart.txt", "依托驻村第一书记开展整顿", "依托驻村第一书记和工作队，建强班子队伍。");
            Add("grid.txt", "网格化治理工作推进", "社区推行网格化管理。");
            Add("points.txt", "党员积分制全面推行", "全镇党员实行积分管理。");
            Add("plan.txt", "发展党员计划下达", "各支部按计划发展党员。");
            Add("commando.txt", "党员突击队上一线", "镇里组建党员突击队，冲在防汛一线。");
            Add("vanguard.txt", "防疫一线党旗红", "各村组建党员先锋队，冲在防疫一线。");
            Add("ranks.txt", "党员队伍建设", "党员队伍建设：党员教育、党员管理、党员服务，党员队伍不断壮大。");
            Add("cadres.txt", "党员干部下基层", "党员干部队伍下到基层，党员干部带头。");
            Add("selection.txt", "竞争上岗工作办法", "全市公开选拔干部，择优任用。");
            Add("centre.txt", "便民服务中心建设", "建好便民服务中心。");
            // 中心 in as many articles as a full answer needs: a word of 中新's sound that the archive really holds.
            for (var i = 1; i <= ArticleSearch.PartialMatchesBelow; i++) Add($"centre{i}.txt", $"第{i}片区服务中心揭牌", "片区服务中心揭牌运行。");
            Add("typed.txt", "全市工作会议召开", "会议部署公选工作。");
            Add("works.txt", "工会主席产生", "公司选举产生工会主席。");
            Add("glossary.txt", "常用词语", "公开、公共、公众、公平、公正、公示、公益、公务、公安、公告；选择、选派、选调、选聘、选用、选树、选定、选区、选民。");
            Add("reform.txt", "机构改革方案出台", "推进机构改革。");
            Add("upgrade.txt", "企业技改项目投产", "推进企业技改。");
            Add("news.txt", "中央新闻报道服务群众", "中央新闻报道了党员服务群众、服务基层的事迹。");
        }
    }

    [Fact]
    public void A_partial_answer_finds_a_compound_by_its_parts_apart()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "驻村工作队员" });

        Assert.True(results.PartialMatches);
        Assert.Contains("依托驻村第一书记开展整顿", results.Hits.Select(h => h.Title));
    }

    [Fact]
    public void A_partial_answer_finds_a_kind_typed_after_its_owner_under_another_modifier()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "党员突击队" });

        Assert.True(results.PartialMatches);
        Assert.Equal(["党员突击队上一线", "防疫一线党旗红"], results.Hits.Take(2).Select(h => h.Title));
    }

    [Fact]
    public void A_partial_answer_finds_a_short_form_written_out()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "公选干部" });

        Assert.True(results.PartialMatches);
        Assert.Equal("竞争上岗工作办法", results.Hits[0].Title);
    }

    [Fact]
    public void A_short_form_typed_ranks_above_its_written_out_forms()
    {
        // 公司选举 reads as 公X 选Y as 公开选拔 does: each found so counts half of one word typed, however many words
        // the archive holds that start with 公 or 选.
        var results = articles.Archive.Search(new SearchRequest { Query = "公选制度" });

        Assert.True(results.PartialMatches);
        Assert.Equal("全市工作会议召开", results.Hits[0].Title);
    }

    [Fact]
    public void A_word_of_its_sound_that_one_article_holds_makes_no_short_form_a_typo()
    {
        // 技改 sounds as 机改 does; one article saying it does not make 机改 a mistyped 技改.
        var results = articles.Archive.Search(new SearchRequest { Query = "机改进展" });

        Assert.True(results.PartialMatches);
        Assert.DoesNotContain("机改", results.Hits.Single(h => h.Title == "机构改革方案出台").MissingWords);
    }

    [Fact]
    public void A_typo_is_not_looked_for_as_a_short_form()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "群众中新" });

        Assert.True(results.PartialMatches);
        Assert.Contains("中新", results.Hits.Single(h => h.Title == "中央新闻报道服务群众").MissingWords);
    }
}
