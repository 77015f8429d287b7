namespace Archive.Indexer.Tests.Search;

/// <summary>
/// One ideograph a headline sets in quotes inside a word for emphasis (战“疫”) is read without the quotes: the word is
/// found as it is said, and a phrase running on past the quote too; a longer quotation joins nothing to its neighbours.
/// </summary>
public sealed class QuotedEmphasisTests(QuotedEmphasisTests.Articles articles) : IClassFixture<QuotedEmphasisTests.Articles>
{
    /// <summary>An epidemic report that writes 战“疫”, and a page that quotes a measure's name.</summary>
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            Add("yixiu.txt", "宜秀区战“疫”一线党旗红", "全区党员干部闻令而动，奋战在战“疫”一线。");
            Add("benxi.txt", "本溪市探索实施“归雁行动”", "选聘本地大学毕业生到村任职。");
        }
    }

    [Fact]
    public void A_word_with_one_ideograph_quoted_for_emphasis_is_found_as_it_is_said()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "战疫" });

        Assert.Equal("宜秀区战“疫”一线党旗红", Assert.Single(results.Hits).Title);
        Assert.Empty(results.Hits[0].MissingWords);
    }

    [Fact]
    public void A_phrase_runs_on_past_the_quote()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "\"战疫一线\"" });

        Assert.Equal("宜秀区战“疫”一线党旗红", Assert.Single(results.Hits).Title);
    }

    [Theory]
    [InlineData("\"奋战在战疫\"")] // the phrase reaches the quoted ideograph from before it
    [InlineData("\"在战疫一线\"")] // and runs on past it
    public void A_phrase_reaches_the_quoted_ideograph_from_either_side(string query)
    {
        var results = articles.Archive.Search(new SearchRequest { Query = query });

        Assert.Equal("宜秀区战“疫”一线党旗红", Assert.Single(results.Hits).Title);
    }

    [Fact]
    public void A_longer_quotation_is_not_joined_to_its_neighbours()
    {
        var results = articles.Archive.Search(new SearchRequest { Query = "\"实施归雁\"" });

        Assert.Empty(results.Hits);
    }

    [Fact]
    public void The_word_is_marked_where_it_was_found_in_the_title_and_the_snippet()
    {
        var hit = Assert.Single(articles.Archive.Search(new SearchRequest { Query = "战疫" }).Hits);

        Assert.Equal("宜秀区<mark>战“疫”</mark>一线党旗红", hit.TitleHtml);
        Assert.Contains("奋战在<mark>战“疫”</mark>一线", Assert.Single(hit.Snippets));
    }

    [Theory]
    [InlineData("战疫一线", "宜秀区<mark>战“疫”一线</mark>党旗红")] // a phrase through the quoted ideograph
    [InlineData("疫一线", "宜秀区战<mark>“疫”一线</mark>党旗红")] // one starting at it takes its quotes along
    [InlineData("一线", "宜秀区战“疫”<mark>一线</mark>党旗红")] // a word beside it leaves the quotes alone
    public void An_article_page_marks_the_word_as_the_index_reads_it(string query, string marked) =>
        Assert.Equal(marked, articles.Archive.MarkMatches(query, ["宜秀区战“疫”一线党旗红"])[0]);

    [Fact]
    public void A_longer_quotation_is_marked_inside_its_quotes_only() =>
        Assert.Equal("本溪市探索实施“<mark>归雁</mark>行动”", articles.Archive.MarkMatches("归雁", ["本溪市探索实施“归雁行动”"])[0]);
}
