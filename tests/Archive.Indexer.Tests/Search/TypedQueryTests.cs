namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Queries as people type them: traditional or simplified script, runs of characters without spaces, words that only
/// occur inside longer words, words that no article holds all together, and synonyms.
/// </summary>
public sealed class TypedQueryTests(TypedQueryTests.Articles articles) : IClassFixture<TypedQueryTests.Articles>
{
    /// <summary>A few short articles, each a web page with a title line.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("trad.txt", "石景山區開展在職黨員回社區雙報到活動", "近兩周，全區在職黨員集中回社區報到，認領崗位，參與基層治理。");
            Add("simp.txt", "某区推进双报到工作", "机关党组织和在职党员到社区报到，开展志愿服务。");
            Add("cun.txt", "全县举办培训班", "全县村干部参加培训，学习乡村振兴政策。");
            Add("zzgz.txt", "全市组织工作会议召开", "会议总结去年组织工作，部署今年任务。");
            Add("zg.txt", "组工学习会举行", "全体组工参加学习，交流心得体会。");
            Add("grid.txt", "网格化管理工作推进", "社区推行网格化管理，党员下沉网格。");
            Add("knock.txt", "敲门行动摸底排查", "开展敲门行动，摸底排查重点人群。");
            Add("talent.txt", "某市出台新政留住年轻人", "今年计划引进博士五十名，建设人才公寓。");
            Add("name.txt", "全县召开述职评议会议", "（记者 宋黎立）全县召开党建述职评议会议，各乡镇书记述职。");
            Add("song.txt", "古村落保护工作推进", "村里保存着宋、元、明、清四代古建筑。");
            Add("survey.txt", "农村基层组织建设调研报告", "调研组走访了十个村。");
            Add("life.txt", "支部坚持过好组织生活", "每月召开支部党员大会，党员按时参加组织生活。");
            Add("waste.txt", "组织开展生活垃圾分类", "街道组织居民学习生活垃圾分类，组织志愿者上门宣传生活垃圾分类。");
            Add("lead.txt", "党建引领物业服务", "社区坚持党建引领，物业企业设立党支部。");
            Add("spaced.txt", "凝心聚力 共谋发展", "全镇召开发展大会。");
            Add("badge.txt", "党徽戴起来", "全体党员佩戴党徽、亮明身份，带头为群众办实事。");
            Add("labour.txt", "义务劳动进行时", "老同志以普通志愿者身份参加义务劳动。");
            Add("post.txt", "镇里有了志愿岗", "镇里为志愿者设立岗位。");
        }
    }

    private SearchResults Search(string query) => articles.Archive.Search(new SearchRequest { Query = query });

    [Theory]
    [InlineData("\"党建 引领\"", "党建引领物业服务")] // written without the space, as Chinese is
    [InlineData("\"凝心聚力 共谋发展\"", "凝心聚力 共谋发展")] // a title setting one between its halves, found as typed
    [InlineData("标题:\"党建 引领\"", "党建引领物业服务")] // in a field's value too
    [InlineData("标题:“凝心聚力 共谋发展”", "凝心聚力 共谋发展")]
    public void A_phrase_typed_with_a_space_between_two_words_finds_them_together(string query, string title)
    {
        Assert.Equal([title], Titles(Search(query)));
    }

    private static List<string> Titles(SearchResults results) => results.Hits.Select(h => h.Title).ToList();

    [Theory]
    [InlineData("雙報到")]
    [InlineData("双报到")]
    [InlineData("在職党员 报到")]
    public void Traditional_and_simplified_script_find_each_other(string query)
    {
        var results = Search(query);
        var titles = results.Hits.Where(h => h.MissingWords.Count == 0).Select(h => h.Title).ToList();

        Assert.Equal(2, results.FullMatches);
        Assert.Equal(2, titles.Count);
        Assert.Contains("石景山區開展在職黨員回社區雙報到活動", titles);
        Assert.Contains("某区推进双报到工作", titles);
    }

    [Fact]
    public void A_traditional_title_is_shown_and_marked_as_written()
    {
        var hit = Search("双报到").Hits.Single(h => h.Title.StartsWith("石景山", StringComparison.Ordinal));

        Assert.Contains("<mark>雙報到</mark>", hit.TitleHtml);
        Assert.Contains(hit.Snippets, s => s.Contains("<mark>報到</mark>", StringComparison.Ordinal) || s.Contains("報到", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("乡 振兴")] // 乡 occurs only inside 乡村振兴
    [InlineData("鄉 振興")]
    [InlineData("\"乡\" 振兴")]
    [InlineData("振兴 乡")]
    public void A_character_typed_alone_is_found_inside_longer_words(string query)
    {
        var results = Search(query);

        Assert.Equal(1, results.FullMatches);
        Assert.Equal("全县举办培训班", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
    }

    [Fact]
    public void A_word_is_found_inside_a_longer_word()
    {
        // The article says 村干部 only: 干部 is inside it.
        Assert.Equal(["全县举办培训班"], Titles(Search("干部培训")));
    }

    [Fact]
    public void A_run_of_characters_matches_its_words_apart()
    {
        var results = Search("党员社区报到志愿服务");

        Assert.Equal("某区推进双报到工作", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
    }

    [Fact]
    public void When_no_article_holds_every_word_the_best_partial_matches_are_shown_with_what_they_lack()
    {
        var results = Search("网格化管理 敲门行动");

        Assert.True(results.PartialMatches);
        Assert.Equal(0, results.FullMatches);
        Assert.Equal(2, results.Hits.Count);
        Assert.Equal(["敲门行动"], results.Hits.Single(h => h.Title == "网格化管理工作推进").MissingWords);
        Assert.Equal(["网格化管理"], results.Hits.Single(h => h.Title == "敲门行动摸底排查").MissingWords);
    }

    [Fact]
    public void A_character_the_segmenter_cut_off_a_name_answers_nothing_alone()
    {
        // 宋黎立 is cut 宋 黎立: an article naming 宋 (宋、元、明、清) holds one word of two, and is still no answer.
        var results = Search("宋黎立");

        Assert.Equal(["全县召开述职评议会议"], Titles(results));
        Assert.False(results.PartialMatches);
    }

    [Theory]
    [InlineData("基层组织建设调")]
    [InlineData("研报告")]
    [InlineData("基层组织建设调。")]
    public void A_title_remembered_up_to_the_middle_of_a_word_is_found_whole(string query)
    {
        // 调 of 调研 is cut off as a word of its own, which no article holds: it is found inside the bigram 设调.
        var results = Search(query);

        Assert.Equal(1, results.FullMatches);
        Assert.Equal("农村基层组织建设调研报告", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
    }

    [Fact]
    public void Articles_with_every_word_come_before_those_with_some()
    {
        // 社区 of four articles (党员, of five, would be far commoner than 网格化管理 and lead no partial match).
        var results = Search("网格化管理 社区");

        Assert.True(results.PartialMatches);
        Assert.Equal(1, results.FullMatches);
        Assert.Equal("网格化管理工作推进", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
        Assert.All(results.Hits.Skip(1), h => Assert.Equal(["网格化管理"], h.MissingWords));
    }

    [Theory]
    [InlineData("\"网格化管理\" 敲门行动")]
    [InlineData("+网格化管理 敲门行动")]
    public void Quoted_phrases_and_required_words_stay_required_in_a_partial_answer(string query)
    {
        var results = Search(query);

        Assert.Equal(["网格化管理工作推进"], Titles(results));
        Assert.Equal(["敲门行动"], results.Hits[0].MissingWords);
    }

    [Fact]
    public void A_synonym_finds_what_the_word_typed_does_not_and_ranks_below_it()
    {
        var results = Search("组工");

        Assert.Equal(["组工学习会举行", "全市组织工作会议召开"], Titles(results));
        Assert.Contains("同义词", results.ParsedQuery);
        Assert.Contains("组织工作", results.ParsedQuery);
    }

    [Fact]
    public void Every_article_with_all_the_words_is_a_full_match_and_the_answer_says_so()
    {
        var results = Search("社区");

        Assert.False(results.PartialMatches);
        Assert.Equal(results.Total, results.FullMatches);
        Assert.All(results.Hits, h => Assert.Empty(h.MissingWords));
    }

    [Fact]
    public void A_word_no_article_holds_is_looked_for_by_its_parts_and_the_answer_says_so()
    {
        // No article says 人才引进; one says 引进 and 人才 apart.
        var results = Search("人才引进");

        Assert.Equal(["某市出台新政留住年轻人"], Titles(results));
        Assert.Empty(results.Hits[0].MissingWords);
        Assert.Contains(results.Warnings, w => w.Contains("人才引进", StringComparison.Ordinal) && w.Contains("“人才”“引进”", StringComparison.Ordinal));
        Assert.Contains("<mark>人才</mark>", string.Join("", results.Hits[0].Snippets));
    }

    [Fact]
    public void A_part_no_article_holds_is_looked_for_by_the_longest_word_inside_it()
    {
        // 组织生活会 is 组织 and 生活会; no article says 生活会 (会 alone is no word), one says 组织生活.
        var results = Search("组织生活会");

        Assert.Empty(results.Hits.Single(h => h.Title == "支部坚持过好组织生活").MissingWords);
        Assert.Contains(results.Warnings, w => w.Contains("“生活会”", StringComparison.Ordinal) && w.Contains("查找“生活”", StringComparison.Ordinal));
    }

    [Fact]
    public void Where_no_article_holds_a_word_the_one_holding_most_of_its_text_comes_first()
    {
        // Both hold 组织 and 生活, the waste article more often; only the other holds 组织生活, most of 组织生活会.
        var results = Search("组织生活会");

        Assert.Equal(["支部坚持过好组织生活", "组织开展生活垃圾分类"], Titles(results).Take(2));
    }

    [Fact]
    public void In_a_longer_query_the_parts_of_a_missing_word_count_as_words()
    {
        var results = Search("人才引进 社区");

        Assert.True(results.PartialMatches);
        Assert.Equal("某市出台新政留住年轻人", results.Hits[0].Title);
        Assert.Equal(["社区"], results.Hits[0].MissingWords);
    }

    [Theory]
    [InlineData("网格化管理 敲门行动 社区 党员 培训 乡村振兴 组工 学习 会议 志愿服务 报到 心得 人才引进")]
    [InlineData("(党员 OR 社区) 网格化管理 敲门行动 培训 组工 学习 会议 报到 心得 摸底 排查 体会 人才引进")]
    [InlineData("网格化管理 敲门行动 社区 党员 培训 乡村振兴 组工 学习 会议 人才引进 志愿服务 报到 心得")]
    public void A_missing_word_past_the_words_that_count_is_not_looked_up(string query)
    {
        var results = Search(query);

        Assert.Contains(results.Warnings, w => w.Contains("超过 12 个", StringComparison.Ordinal));
        var counted = results.Warnings.Single(w => w.Contains("超过 12 个", StringComparison.Ordinal));
        // Either 人才引进 counts, looked up and replaced by its parts, or it is left out and nothing speaks of it.
        Assert.Equal(counted.Contains("人才", StringComparison.Ordinal), results.Warnings.Any(w => w.Contains("分别查找", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_part_of_a_missing_word_that_is_also_typed_counts_once()
    {
        var results = Search("人才引进 人才 社区");

        Assert.Equal("某市出台新政留住年轻人", results.Hits[0].Title);
        Assert.Equal(["社区"], results.Hits[0].MissingWords);
        Assert.All(results.Hits, h => Assert.Equal(h.MissingWords.Distinct().Count(), h.MissingWords.Count));
    }

    [Theory]
    [InlineData("亮身份")] // the texts write 亮明身份
    [InlineData("党员 亮身份")]
    public void A_character_typed_before_a_word_is_found_one_character_before_it(string query)
    {
        var results = Search(query);

        Assert.Equal("党徽戴起来", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
        Assert.DoesNotContain(results.Hits, h => h.Title == "义务劳动进行时" && h.MissingWords.Count == 0);
    }

    [Fact]
    public void A_character_typed_before_a_word_in_traditional_script_is_found_one_character_before_it()
    {
        // 設 of 設崗位 is 设 of 设立岗位 (设立 a word, so 设 is nowhere alone); the traditional page holds 崗位 alone.
        var results = Search("設崗位");

        Assert.Equal("镇里有了志愿岗", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
    }

    [Theory]
    [InlineData("乡村振兴")] // the index holds it as a word
    [InlineData("双报到")] // as a word, and in traditional script
    public void A_word_the_index_holds_is_searched_as_typed(string query)
    {
        var results = Search(query);

        Assert.NotEmpty(results.Hits);
        Assert.DoesNotContain(results.Warnings, w => w.Contains("分别查找", StringComparison.Ordinal));
    }
}
