using Archive.Indexer.Model;

namespace Archive.Indexer.Tests.Search;

/// <summary>A copy with pinyin glosses after its characters is found by the words as written without them.</summary>
public sealed class GlossSearchTests(GlossSearchTests.Articles articles) : IClassFixture<GlossSearchTests.Articles>
{
    /// <summary>Glosses without tone marks, each followed by a space, and one repeated (as 177job.com and a county's notice print them).</summary>
    public sealed class Articles : PageArchive
    {
        public Articles() => Add("glossed.txt", "黨(dang) 政領導幹部交流的科學方法研究",
            "幹部交流的目的一方麵是人盡其才,發揮幹部個(ge) 人的工作能力。各級人民政(zheng)(zhèng)府(fu)應當加強黨(dang) 政領導幹部交流。");
    }

    [Theory]
    [InlineData("\"党政领导干部\"")]
    [InlineData("\"个人的工作能力\"")]
    [InlineData("\"人民政府\"")]
    public void A_phrase_runs_on_over_the_glosses(string query)
    {
        var hit = Assert.Single(articles.Archive.Search(new SearchRequest { Query = query }).Hits);

        Assert.Equal("黨(dang) 政領導幹部交流的科學方法研究", hit.Title);
    }
}
