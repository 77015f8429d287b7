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
