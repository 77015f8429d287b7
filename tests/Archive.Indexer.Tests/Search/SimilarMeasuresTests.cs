using System.Text;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Search;

/// <summary>What makes another article a similar measure (类似做法): the measure's words, not the place it names.</summary>
public sealed class SimilarMeasuresTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ArchiveService _archive;

    public SimilarMeasuresTests() => _archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });

    public void Dispose()
    {
        _archive.Dispose();
        _temp.Dispose();
    }

    private string Add(string name, string text) =>
        _archive.IngestUpload(name, Encoding.UTF8.GetBytes(text)).DocumentId! + "-1";

    [Fact]
    public void The_places_an_article_names_make_no_other_article_of_that_place_similar()
    {
        var source = Add("guiyan.txt", "本溪市桓仁县探索实施归雁行动\n\n本溪市桓仁县为破解村两委干部后继乏人问题，选聘返乡大学生到村任职。桓仁县委组织部组织面试，本溪市各县推广桓仁县的做法。\n");
        var neighbour = Add("safety.txt", "本溪市桓仁县召开安全生产会议\n\n本溪市桓仁县部署冬季安全生产，桓仁县应急管理局通报隐患排查情况，本溪市检查组到会指导。\n");
        var elsewhere = Add("guichao.txt", "连城县实施归巢工程\n\n连城县选聘返乡大学生到村任职，充实村两委干部队伍，返乡大学生成为村里的致富带头人。\n");

        var similar = _archive.Similar(source, otherRegionsOnly: false, 50)!;

        Assert.Contains(similar, h => h.ArticleId == elsewhere);
        Assert.DoesNotContain(similar, h => h.ArticleId == neighbour);
    }

    [Fact]
    public void A_measure_shared_in_words_past_the_article_s_keywords_is_similar()
    {
        // The keywords (5-8 words a reader is shown) are the article's own turns of phrase, repeated; the measure's
        // words come once each, and another place's contest shares only those.
        var source = Add("contest.txt", "智库专家为发展建言献策\n\n智库专家论证课题，智库专家咨询决策，智库专家调研良策。课题论证、决策咨询、良策调研，" +
                                        "智库专家建言献策。课题论证重在良策，决策咨询重在调研，建言献策重在论证。当晚还举行了擂台赛，选调生轮流演讲。\n");
        var contest = Add("leitai.txt", "鹿泉区举办农村青年先锋擂台赛\n\n鹿泉区组织开展擂台赛，51组选手同台演讲，选调生讲述基层故事。\n");

        Assert.Contains(_archive.Similar(source, otherRegionsOnly: false, 50)!, h => h.ArticleId == contest);
    }

    [Fact]
    public void Words_no_other_article_holds_leave_room_for_the_measure_s_words()
    {
        // Twelve rare words only the source holds outscore the measure's words (疫情防控, 重点人群, 联户) in the article, and
        // would fill the similar query with words that can find nothing.
        const string own = "韭菜、园子、藤架、长廊、筒子楼、自来水管、清洁工、洗衣、暖气、楼下、邻居、食用菌。";
        var source = Add("card.txt", "王益区发放党员连心卡\n\n王益区在疫情防控中向重点人群发放连心卡，党员联户。" + own + own + own + "\n");
        var paired = Add("pairs.txt", "宿松县党员联户守护重点人群\n\n宿松县在疫情防控中为重点人群建立台账，党员联户上门服务。\n");

        Assert.Contains(_archive.Similar(source, otherRegionsOnly: false, 50)!, h => h.ArticleId == paired);
    }

    [Fact]
    public void Words_common_in_the_archive_give_way_to_the_measure_s_words()
    {
        // The source's most frequent words are rare in Chinese at large but held by most of this archive's articles (as
        // 抓好 and 一如既往 are in organisation-work documents); the measure's words come once, and the other place's
        // measure shares only those.
        const string stock = "韭菜、园子、藤架、长廊、筒子楼、自来水管、清洁工、洗衣、暖气、楼下、邻居、食用菌。";
        string[] places = ["临沂市", "赣州市", "遵义市", "绵阳市", "宜春市", "南阳市"];
        foreach (var (place, i) in places.Select((p, i) => (p, i)))
        {
            Add($"fair{i}.txt", $"{place}举办第{i + 1}届农民丰收节\n\n{place}第{i + 1}届农民丰收节开幕，展出{stock}集市{i + 1}天。\n");
        }
        var source = Add("card.txt", "王益区发放党员连心卡\n\n王益区在疫情防控中向重点人群发放连心卡，党员联户。" + stock + stock + stock + "\n");
        var paired = Add("pairs.txt", "宿松县党员联户守护重点人群\n\n宿松县在疫情防控中为重点人群建立台账，党员联户上门服务。\n");

        Assert.Contains(_archive.Similar(source, otherRegionsOnly: false, 3)!, h => h.ArticleId == paired);
    }

    [Fact]
    public void A_measure_named_by_an_everyday_word_is_found_by_it()
    {
        // 城市 is an everyday word in Chinese at large (never one of the keywords shown), yet it is what tells urban party
        // building from rural: the other city's urban party building shares only it and 基层党建 with the source.
        var source = Add("urban.txt", "港城加强城市基层党建\n\n港城城市基层党建以街道社区为核心，城市基层党建推进会昨日举行，城市基层党建互联互动。\n");
        Add("rural.txt", "蓬安农村基层党建推进会\n\n蓬安召开农村基层党建推进会。\n");
        var urban = Add("tianjin.txt", "天津城市基层党建\n\n天津各区城市基层党建覆盖商务楼宇。\n");

        Assert.Contains(_archive.Similar(source, otherRegionsOnly: false, 50)!, h => h.ArticleId == urban);
    }
}
