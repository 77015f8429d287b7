namespace Archive.Indexer.Tests.Search;

/// <summary>
/// A search for precedents framed as researchers type it (其他城市 …, 各地 …): the framing says where to look, not what
/// about, so it finds nothing by itself beside a subject; typed alone it is searched as it is.
/// </summary>
public sealed class SearchFramingTests(SearchFramingTests.Articles articles) : IClassFixture<SearchFramingTests.Articles>
{
    /// <summary>A village service centre, a city meeting on something else, a report of what places did, and more.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("centre.txt", "村级党群服务中心全面升级", "全县建设村级党群服务中心，群众办事一站式。");
            Add("city.txt", "城市基层党建推进会召开", "会议部署城市社区党建，城市街道党工委书记参加。");
            Add("places.txt", "各地党员服务站纷纷挂牌", "各地建立党员服务站，方便群众。");
            Add("incentive.txt", "激励干部担当作为", "出台激励措施，鼓励干部干事创业。");
            Add("county.txt", "县里召开干部大会", "该县召开干部大会，县里部署全年工作，县直单位参加。");
            Add("economy.txt", "发展壮大村级集体经济", "全镇村级集体经济增收，总结经验加以推广。");
            Add("yes.txt", "有没有人管", "群众问有没有人管，也问能不能办。");
            Add("mentors.txt", "导师帮带新录用公务员", "为年轻干部培养配备导师，一对一帮带。");
            Add("strengthen.txt", "加强作风建设", "全县加强作风建设，加强年轻干部队伍管理。");
            Add("similar.txt", "类似问题立行立改", "发现类似问题及时整改，举一反三杜绝类似情况。");
            Add("column.txt", "开设党建栏目", "县电视台开设党建栏目，介绍基层党建经验。");
        }
    }

    [Fact]
    public void Other_cities_beside_a_subject_does_not_bring_the_articles_that_only_name_a_city()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "其他城市 党群服务中心建设" });

        Assert.Equal("村级党群服务中心全面升级", results.Hits[0].Title);
        Assert.DoesNotContain(results.Hits, h => h.Title == "城市基层党建推进会召开");
    }

    [Fact]
    public void Any_kind_of_other_place_or_unit_is_framing_beside_a_subject()
    {
        var county = articles.Archive.Search(new SearchRequest { Query = "其他县 激励干部" });
        var units = articles.Archive.Search(new SearchRequest { Query = "兄弟单位 激励干部" });

        Assert.Equal("激励干部担当作为", county.Hits[0].Title);
        Assert.Equal("激励干部担当作为", units.Hits[0].Title);
        Assert.DoesNotContain(units.Hits, h => h.MissingWords.Contains("单位"));
    }

    [Theory]
    [InlineData("类似 党群服务中心建设 做法")]
    [InlineData("党群服务中心建设 类似做法")]
    public void Asking_for_something_similar_is_framing_beside_a_subject(string query)
    {
        var results = articles.Archive.Search(new SearchRequest { Query = query });

        Assert.Equal("村级党群服务中心全面升级", results.Hits[0].Title);
        Assert.DoesNotContain(results.Hits, h => h.Title == "类似问题立行立改");
    }

    [Fact]
    public void A_section_typed_as_words_is_framing_beside_its_name()
    {
        // 栏目 says where the items are filed; the article holding 栏目 and 党建 is on neither what nor where.
        var results = articles.Archive.Search(new SearchRequest { Query = "激励干部栏目" });

        Assert.Equal("激励干部担当作为", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
        Assert.DoesNotContain(results.Hits, h => h.Title == "开设党建栏目");
    }

    [Fact]
    public void Framing_left_out_beside_a_subject_is_said_to_be_framing_not_unsearchable()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "外地 激励干部" });

        Assert.Equal("“外地”说的是到哪里找或怎么问，不作检索词，已略去。", Assert.Single(results.Warnings));
    }

    [Theory]
    [InlineData("有没有关于村级集体经济增收的经验")]
    [InlineData("村级集体经济能不能增收")]
    [InlineData("村级集体经济可不可以增收")]
    public void A_question_asked_by_a_verb_and_its_negation_is_framing_beside_a_subject(string query)
    {
        var results = articles.Archive.Search(new SearchRequest { Query = query });

        Assert.Equal("发展壮大村级集体经济", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
        Assert.DoesNotContain(results.Hits, h => h.Title == "有没有人管");
    }

    [Theory]
    [InlineData("怎么加强年轻干部培养")]
    [InlineData("如何做好年轻干部培养")]
    [InlineData("年轻干部导师帮带都做些什么")]
    [InlineData("年轻干部导师帮带干什么")]
    [InlineData("年轻干部导师帮带都讲哪些")]
    [InlineData("年轻干部导师帮带说些什么")]
    public void A_question_asking_how_to_do_better_or_what_is_done_is_answered_by_the_articles_on_the_subject(string query)
    {
        var results = articles.Archive.Search(new SearchRequest { Query = query });

        Assert.Equal("导师帮带新录用公务员", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
    }

    [Fact]
    public void A_verb_and_its_negation_typed_alone_is_searched_as_typed()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "有没有" });

        Assert.Equal("有没有人管", Assert.Single(results.Hits).Title);
    }

    [Fact]
    public void Framing_typed_alone_is_searched_as_typed()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "各地" });

        Assert.Equal("各地党员服务站纷纷挂牌", Assert.Single(results.Hits).Title);
    }
}
