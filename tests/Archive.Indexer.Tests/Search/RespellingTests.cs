namespace Archive.Indexer.Tests.Search;

/// <summary>
/// A query typed with a wrong character of the same sound (or, failing one, of the same look) gets the query the archive can answer as a suggestion;
/// a query whose words are all spelled right, but never found together or not at all, gets none.
/// </summary>
public sealed class RespellingTests(RespellingTests.Articles articles) : IClassFixture<RespellingTests.Articles>
{
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("front.txt", "大观区在疫情防控一线考察识别干部", "区委组织部在疫情防控一线考察识别干部，把表现突出的干部用起来。");
            Add("vaccine.txt", "全县推进疫苗接种工作", "各乡镇组织群众接种疫苗，党员带头，群众意见较少。");
            Add("risk.txt", "防范化解重大风险", "各级党组织要防范化解风险，防控工作不放松，广泛听取意见。");
            Add("young.txt", "年轻干部培养计划出台", "县委出台年轻干部培养计划，选派年轻干部到基层锻炼，并征求群众意见。");
            Add("members.txt", "党员发展工作规范有序", "各支部按计划发展党员，严把入口关。");
            Add("lead.txt", "党建引领基层治理", "街道党工委坚持党建引领，听取居民意见，意见办理情况按月公开。");
            Add("meeting.txt", "市委组织部召开选调生座谈会", "座谈会上，选调生代表交流了基层工作体会。");
            Add("theme.txt", "主题目录编制", "年轻干部培养的主题目：计划先行。");
            Add("community.txt", "社区党组织按期换届", "社区党组织按期完成换届。");
            Add("lesson.txt", "支部书记讲党课", "支部书记为党员讲党课。");
            Add("economy.txt", "发展壮大村级集体经济", "各村发展集体经济，村级组织带头。");
            Add("housing.txt", "房产经纪行业党建", "房产经纪机构成立党支部。");
            Add("study.txt", "推进两学一做学习教育常态化", "全县统一作息，推进两学一做学习教育。");
            Add("contact.txt", "干部包联党员", "乡镇干部包联党员，村干部报到服务。");
            Add("posts.txt", "挂职干部培训班开班", "来琼挂职干部参加为期五天的培训。");
            Add("coop.txt", "村党支部领办多家合作社", "村党支部领办土地合作社和劳务合作社，带动群众增收。");
        }
    }

    [Theory]
    [InlineData("疫请防空", "疫情防控")]
    [InlineData("年清干部", "年轻干部")]
    [InlineData("党员发占", "党员发展")]
    [InlineData("党见引领", "党建引领")] // 党见 and 见引 both unknown: the second character, not the first (意见 is everywhere)
    [InlineData("选调生 坐谈会", "选调生 座谈会")] // the first character of a run: no character before it leads to the replacement
    [InlineData("疫請防控 考察", "疫情防控 考察")] // traditional script folded to find the pairs; only the typo is replaced
    [InlineData("年清干部：计划", "年轻干部：计划")] // a colon after words that name no field is the words'
    [InlineData("两学一作", "两学一做")] // every pair held (学一 of 两学一做, 一作 of 统一作息): the run as a whole is not
    [InlineData("村级集体经纪", "村级集体经济")] // 体经 of 集体经济, 经纪 of 房产经纪
    [InlineData("党建引邻", "党建引领")] // no lín fits: lǐng, as fuzzy pinyin (-ng as -n) types it
    [InlineData("党支部领办合做社", "党支部领办合作社")] // 办合, nowhere: two words never written side by side, not a second typo
    [InlineData("坐谈", "座谈")] // a word of two characters: either may be the typo, the one whose replacement is held is
    // No character of a sound alike fits: one written alike, typed by its look (桂 for 挂, 冶 for 治, 淡 for 谈).
    [InlineData("桂职干部 培训", "挂职干部 培训")]
    [InlineData("党建引领基层冶理", "党建引领基层治理")]
    [InlineData("座淡", "座谈")]
    // Words the archive holds whole, however many come first, leave the typo after them its share of the looking into.
    [InlineData("培养计划 选派年轻 基层锻炼 征求群众 群众意件", "培养计划 选派年轻 基层锻炼 征求群众 群众意见")]
    public void A_character_typed_for_another_of_its_sound_is_offered_respelled(string typed, string respelled)
    {
        var results = articles.Archive.Search(new SearchRequest { Query = typed });

        Assert.Equal(respelled, results.Respelled);
        Assert.True(articles.Archive.Search(new SearchRequest { Query = respelled }).FullMatches > 0);
    }

    [Theory]
    [InlineData("疫苗 考察识别")] // both words are in the archive, never in one article
    [InlineData("王小明")] // a name no article holds, nor any like it
    [InlineData("新乡贤 组织群众")] // 新乡 and 乡贤 are pairs no article holds: 各乡镇 would change two of three characters, another word
    [InlineData("社区党课")] // two words typed together, every pair held (区党 of 社区党组织): 社区党组 is no typo's answer
    [InlineData("失联党员")] // a word the archive lacks: 包联 is held, but 包 does not sound like 失
    [InlineData("村干部报酬")] // 报到 is held, 到 does not sound like 酬
    [InlineData("园讲")] // 员讲 sounds alike and is held, but only across words (党员讲党课): no word
    [InlineData("防空")] // a word the dictionary knows is taken as meant, though 防控 sounds alike: the archive lacks it
    [InlineData("魍黼 OR 魑黻 OR 饕魉 OR 魅餮 OR 坐谈")] // four words of two held nowhere looked into first: nonsense, given up before the fifth
    public void A_query_no_character_replaced_answers_gets_no_suggestion(string query)
    {
        var results = articles.Archive.Search(new SearchRequest { Query = query });

        Assert.Equal(0, results.FullMatches);
        Assert.Null(results.Respelled);
    }

    [Theory]
    [InlineData("主题词:计划 年清干部")]
    [InlineData("主题词：计划 年清干部")]
    public void A_field_name_is_syntax_and_never_respelled(string typed)
    {
        // 题词 is no pair the articles hold and 主题目 is a word they do: respelled, the filter became words and found articles.
        Assert.Null(articles.Archive.Search(new SearchRequest { Query = typed }).Respelled);
    }

    [Theory]
    [InlineData("疫请防空", "疫情防控", "大观区在疫情防控一线考察识别干部")]
    [InlineData("两学一作", "两学一做", "推进两学一做学习教育常态化")]
    public void A_query_that_finds_nothing_at_all_is_answered_as_respelled(string typed, string respelled, string title)
    {
        var results = articles.Archive.Search(new SearchRequest { Query = typed });

        Assert.Equal(respelled, results.Respelled);
        Assert.True(results.AnswersRespelled);
        Assert.Equal(title, Assert.Single(results.Hits).Title);
        Assert.Contains(results.Warnings, w => w.Contains(typed) && w.Contains(respelled));
    }

    [Fact]
    public void An_export_or_a_feed_lists_what_the_query_as_typed_matches_never_its_respelling()
    {
        // Neither can say it answers another query than asked: a search page can, and links them to the respelled one.
        using var export = articles.Archive.Export(new SearchRequest { Query = "疫请防空" }, 100);

        Assert.Equal(0, export.Total);
        Assert.Empty(export.Hits);
        Assert.Empty(articles.Archive.Feed("疫请防空", new Dictionary<FacetField, IReadOnlyList<string>>(), 10));
        Assert.NotEmpty(articles.Archive.Feed("疫情防控", new Dictionary<FacetField, IReadOnlyList<string>>(), 10));
    }

    [Fact]
    public void A_query_some_article_answers_only_in_part_is_answered_as_respelled()
    {
        // 选调生 is held and 坐谈会 nowhere: the articles on 选调生 answered in part, leaving out the word typed to narrow them.
        var results = articles.Archive.Search(new SearchRequest { Query = "选调生 坐谈会" });

        Assert.Equal("选调生 座谈会", results.Respelled);
        Assert.True(results.AnswersRespelled);
        Assert.False(results.PartialMatches);
        var hit = Assert.Single(results.Hits);
        Assert.Equal("市委组织部召开选调生座谈会", hit.Title);
        Assert.Empty(hit.MissingWords);
    }

    [Fact]
    public void A_query_that_finds_articles_holding_every_word_gets_no_suggestion()
    {
        Assert.Null(articles.Archive.Search(new SearchRequest { Query = "疫情防控" }).Respelled);
    }

    [Fact]
    public void The_suggestion_keeps_the_ticked_values_and_is_made_only_when_it_finds_something_under_them()
    {
        var members = new SearchRequest
        {
            Query = "党员发占",
            Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Year] = ["1990"] },
        };

        Assert.Null(articles.Archive.Search(members).Respelled);
    }
}
