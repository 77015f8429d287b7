namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Which words lead a partial answer: a word between a quarter and half of the articles hold, far commoner than the
/// query's rare word, does not (a query on something the archive names once got every article on 党员); a word a
/// quarter of them hold at most still does.
/// </summary>
public sealed class PartialAnswerLeadTests(PartialAnswerLeadTests.Articles articles) : IClassFixture<PartialAnswerLeadTests.Articles>
{
    /// <summary>
    /// Forty articles of as many counties: fifteen on party members, eight on village work teams, one on an appraisal,
    /// the others on neither.
    /// </summary>
    public sealed class Articles : PageArchive
    {
        private static readonly string[] Counties =
        [
            "东城", "西城", "南岗", "北林", "江岸", "河西", "山阳", "海港", "平谷", "顺义", "通州", "昌平", "大兴", "房山", "怀柔", "密云", "延庆", "门头沟", "石景山", "丰台",
            "朝阳", "海淀", "和平", "河东", "红桥", "南开", "津南", "北辰", "武清", "宝坻", "宁河", "静海", "蓟州", "滨海", "长安", "新华", "裕华", "桥西", "井陉", "正定",
        ];
        private static readonly string[] Doings = ["学习", "议事", "培训", "走访", "座谈", "观摩", "宣讲", "讨论"];

        public Articles()
        {
            for (var at = 0; at < Counties.Length; at++)
            {
                var county = Counties[at];
                var doing = Doings[at % Doings.Length];
                var (title, body) = at switch
                {
                    < 15 => ($"{county}党员{doing}", $"{county}第{at + 1}批党员集中{doing}。"),
                    < 23 => ($"{county}驻村{doing}", $"{county}第{at + 1}批驻村工作队开展{doing}。"),
                    23 => ($"{county}开展民主评议", $"{county}村里开展民主评议，群众参与。"),
                    _ => ($"{county}乡村{doing}", $"{county}第{at + 1}个村组织{doing}。"),
                };
                Add($"{at}.txt", title, body);
            }
        }
    }

    [Fact]
    public void A_word_far_commoner_than_the_rare_one_does_not_fill_the_partial_answer()
    {
        // 党员: fifteen articles of forty, beside 民主评议 in one; the appraisal is the answer, not every article on members.
        var results = articles.Archive.Search(new SearchRequest { Query = "党员 民主评议" });

        Assert.True(results.PartialMatches);
        Assert.Equal(["河东开展民主评议"], results.Hits.Select(h => h.Title));
    }

    [Fact]
    public void A_word_a_quarter_of_the_articles_hold_still_leads_a_partial_answer()
    {
        // 驻村: eight articles of forty, far commoner than 民主评议 but not common; the work teams answer in part.
        var results = articles.Archive.Search(new SearchRequest { Query = "驻村 民主评议" });

        Assert.True(results.PartialMatches);
        Assert.Equal(9, results.Total);
    }

    [Fact]
    public void A_word_no_article_holds_sets_no_scale_for_the_others()
    {
        // 防汛 is in no article: as a typo would (服物 of 党群服物中心), it leaves the words the archive holds to answer.
        // The price: a subject the archive lacks gets its context's articles (党员 here), as before.
        var results = articles.Archive.Search(new SearchRequest { Query = "党员 防汛" });

        Assert.True(results.PartialMatches);
        Assert.Equal(15, results.Total);
    }
}

/// <summary>A place most articles name (an archive of one province) leads a partial answer no more than a common word does.</summary>
public sealed class PartialAnswerPlaceLeadTests(PartialAnswerPlaceLeadTests.Articles articles) : IClassFixture<PartialAnswerPlaceLeadTests.Articles>
{
    /// <summary>Four articles of Shandong's counties on other subjects, one appraisal elsewhere, one article on neither.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("1.txt", "齐河县党员集中学习", "山东省齐河县组织党员集中学习。");
            Add("2.txt", "鱼台县驻村工作队培训", "山东省鱼台县举办驻村工作队培训。");
            Add("3.txt", "邹城市开展入户走访", "山东省邹城市干部入户走访群众。");
            Add("4.txt", "平阴县召开座谈会", "山东省平阴县召开村干部座谈会。");
            Add("5.txt", "平潭县开展民主评议", "福建省平潭县各村开展民主评议，群众参与。");
            Add("6.txt", "乡村议事会观摩", "各地乡村议事会观摩活动。");
        }
    }

    [Fact]
    public void A_place_most_articles_name_does_not_fill_the_partial_answer()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "山东 民主评议" });

        Assert.Equal(["平潭县开展民主评议"], results.Hits.Select(h => h.Title));
    }
}
