namespace Archive.Indexer.Tests.Search;

/// <summary>A character typed alone is found inside words through a cache per segment: what changes after it is cached shows.</summary>
public sealed class InsideWordFilterTests : PageArchive
{
    [Fact]
    public void A_character_found_again_after_an_article_left_and_another_came_is_found_where_it_is_now()
    {
        var first = Add("a.txt", "乡村振兴推进会召开", "全县各乡镇参加会议。");
        Add("b.txt", "美丽乡村建设观摩", "观摩团走进三个示范点。");
        Assert.Equal(2, Archive.Search(new SearchRequest { Query = "乡" }).Total);

        Archive.DeleteDocument(first);
        Add("c.txt", "城乡融合发展调研", "调研组听取了情况介绍。");

        var titles = Archive.Search(new SearchRequest { Query = "乡" }).Hits.Select(h => h.Title).Order();
        Assert.Equal(["城乡融合发展调研", "美丽乡村建设观摩"], titles);
    }
}
