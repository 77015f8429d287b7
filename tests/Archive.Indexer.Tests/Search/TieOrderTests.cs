using System.Text;
using System.Text.Json;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Articles that tie on date (an issue's articles) or on score and date keep one order through a correction (which
/// indexes the article again, at the end of the index) and a reindex: a researcher paging a list, or citing "the third
/// hit", finds it where it was. The order of a document's articles among themselves is their order in the document.
/// </summary>
public sealed class TieOrderTests : IDisposable
{
    // An archive of its own for each test: they correct and reindex it.
    private readonly SampleArchive _samples = new();

    private ArchiveService Archive => _samples.Archive;

    public static TheoryData<string?, SearchSort> Lists => new()
    {
        { null, SearchSort.Newest },
        { null, SearchSort.Oldest },
        { "组织", SearchSort.Newest },
        { "组织部", SearchSort.Relevance },
        { "年份:2022", SearchSort.Relevance },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_correction_and_a_reindex_leave_ties_in_their_order(string? query, SearchSort sort)
    {
        var before = List(query, sort);
        Assert.True(before.Count >= 5, $"{before.Count} hits");

        // The first article of the largest issue: corrected, it is indexed again behind every other article.
        var corrected = before.GroupBy(h => h.DocumentId).OrderByDescending(g => g.Count()).First().First().ArticleId;
        // Its page number: a field no search reads, so that only where the index holds the article changes.
        var values = new Dictionary<string, JsonElement> { ["page"] = JsonSerializer.SerializeToElement(9) };
        Assert.Equal(CorrectionStatus.Applied, Archive.CorrectArticle(corrected, values, new Editing("测试")).Status);
        Assert.Equal(Ids(before), Ids(List(query, sort)));

        Archive.Reindex();
        Assert.Equal(Ids(before), Ids(List(query, sort)));
    }

    [Fact]
    public void Documents_of_one_day_keep_one_order_and_every_page_size_cuts_the_same_list()
    {
        string[] towns = ["华阳镇", "赛口镇", "长岭镇", "雷池乡"];
        foreach (var town in towns)
        {
            var page = $"{town}开展党员冬训\n发布时间：2023-12-01\n{town}组织全体党员开展冬训，学习党的理论，交流工作体会。\n";
            Assert.Equal(FileOutcomeStatus.New, Archive.IngestUpload($"{town}.txt", Encoding.UTF8.GetBytes(page)).Status);
        }
        List<string> SameDay() => [.. List("冬训", SearchSort.Newest).Select(h => h.ArticleId)];
        var before = SameDay();
        Assert.Equal(towns.Length, before.Count);

        var values = new Dictionary<string, JsonElement> { ["page"] = JsonSerializer.SerializeToElement(9) };
        Assert.Equal(CorrectionStatus.Applied, Archive.CorrectArticle(before[0], values, new Editing("测试")).Status);
        Assert.Equal(before, SameDay());
        Archive.Reindex();
        Assert.Equal(before, SameDay());

        foreach (var sort in new[] { SearchSort.Newest, SearchSort.Oldest })
        {
            var whole = Ids(List(null, sort));
            foreach (var size in new[] { 1, 2, 3, 7 })
            {
                var paged = Enumerable.Range(1, (whole.Count + size - 1) / size).SelectMany(p => Archive.Search(new SearchRequest
                    { Sort = sort, Page = p, PageSize = size, WithFacets = false, WithHighlights = false }).Hits).Select(h => h.ArticleId);
                Assert.Equal(whole, paged);
            }
        }
    }

    [Fact]
    public void An_issue_s_articles_are_listed_in_their_order_in_the_issue()
    {
        var newest = List(null, SearchSort.Newest);

        foreach (var issue in newest.GroupBy(h => (h.DocumentId, h.Date)).Where(g => g.Count() > 1))
        {
            var ordinals = issue.Select(h => Archive.FindArticle(h.ArticleId)!.Ordinal).ToList();
            Assert.Equal(ordinals.Order(), ordinals);
        }
    }

    private List<SearchHit> List(string? query, SearchSort sort) =>
        [.. Archive.Search(new SearchRequest { Query = query, Sort = sort, PageSize = 100, WithFacets = false, WithHighlights = false }).Hits];

    private static List<string> Ids(IEnumerable<SearchHit> hits) => [.. hits.Select(h => h.ArticleId)];

    public void Dispose() => _samples.Dispose();
}
