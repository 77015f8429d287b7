namespace Archive.Indexer.Tests.Search;

/// <summary>
/// The answer when no article holds every word of a query: the articles holding more of what was asked come first,
/// and a word most articles hold counts for less than a rare one.
/// </summary>
public sealed class PartialAnswerTests(PartialAnswerTests.Articles articles) : IClassFixture<PartialAnswerTests.Articles>
{
    /// <summary>Articles on party members, most of them on managing something; one on mobile members.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("flow.txt", "外出务工人员有了新的家", "县里为外出务工的流动党员建起联络站。");
            Add("rules.txt", "党员管理办法出台", "办法规定了党员管理的程序，管理要严。");
            Add("points.txt", "党员积分管理全面推行", "全镇党员实行积分管理。");
            Add("files.txt", "村级干部管理办法", "乡镇党委管理村级干部，党员干部一人一档。");
            Add("grid.txt", "网格化管理工作推进", "社区推行网格化管理，党员下沉网格。");
            Add("study.txt", "党员集中学习", "全体党员参加学习，交流心得。");
            Add("plan.txt", "发展党员计划下达", "各支部按计划发展党员。");
            Add("ageing.txt", "农村党员队伍现状", "村里老党员多，年轻党员少，后继乏人。");
            Add("app.txt", "党员学习APP上线", "党员用手机APP学习理论。");
        }
    }

    [Fact]
    public void The_article_holding_the_rare_word_comes_before_those_holding_only_common_ones()
    {
        // No article holds 流动, 党员 and 管理 together; one holds the rare 流动 with 党员, others 党员 and 管理, in their titles too.
        var results = articles.Archive.Search(new SearchRequest { Query = "流动党员管理" });

        Assert.True(results.PartialMatches);
        Assert.Equal("外出务工人员有了新的家", results.Hits[0].Title);
        Assert.Equal(["管理"], results.Hits[0].MissingWords);
    }

    [Fact]
    public void A_word_most_articles_hold_does_not_fill_the_partial_answer_with_its_articles()
    {
        // Every article holds 党员, one 积分, none 超市: the answer is the article on points, not every article on members.
        var results = articles.Archive.Search(new SearchRequest { Query = "党员积分超市" });

        Assert.True(results.PartialMatches);
        Assert.Equal(["党员积分管理全面推行"], results.Hits.Select(h => h.Title));
    }

    [Fact]
    public void A_question_word_of_several_characters_is_not_joined_to_the_single_character_before_it()
    {
        // 少 is a word alone and 怎么办 a stop word: joined, 少怎么办 was a text no article holds, missing from the answer.
        var results = articles.Archive.Search(new SearchRequest { Query = "农村年轻党员少怎么办" });

        Assert.Equal("农村党员队伍现状", results.Hits[0].Title);
        Assert.Empty(results.Hits[0].MissingWords);
    }

    [Theory]
    [InlineData("5G 积分管理")]
    [InlineData("５Ｇ+积分管理")]
    public void A_word_of_Latin_letters_no_article_holds_gives_no_partial_answer(string query)
    {
        // 5G is a term the archive lacks, not a typo of one it holds: the articles on 积分管理 alone answer another question.
        var results = articles.Archive.Search(new SearchRequest { Query = query });

        Assert.Empty(results.Hits);
        Assert.Contains(results.Warnings, w => w.Contains("5G", StringComparison.Ordinal) || w.Contains("５Ｇ", StringComparison.Ordinal));
    }

    /// <summary>Letters alone no article holds may be pinyin or a word typed beside the subject: the partial answer stays.</summary>
    [Theory]
    [InlineData("liudong 流动党员")]
    [InlineData("ｖｓ 流动党员")]
    public void A_word_of_letters_alone_no_article_holds_leaves_the_partial_answer(string query)
    {
        var results = articles.Archive.Search(new SearchRequest { Query = query });

        Assert.True(results.PartialMatches);
        Assert.Contains(results.Hits, h => h.Title == "外出务工人员有了新的家");
    }

    [Fact]
    public void A_word_of_Latin_letters_some_article_holds_leaves_the_partial_answer()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "APP 流动党员" });

        Assert.True(results.PartialMatches);
        Assert.Contains(results.Hits, h => h.Title == "党员学习APP上线");
        Assert.Contains(results.Hits, h => h.Title == "外出务工人员有了新的家");
    }
}
