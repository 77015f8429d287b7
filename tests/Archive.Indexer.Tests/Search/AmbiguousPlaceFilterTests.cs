namespace Archive.Indexer.Tests.Search;

/// <summary>
/// 吉林 is a province's short name and a city's (吉林省/吉林市): the real articles of corpus/real from 吉林省, one of them
/// from 吉林市, ticked or typed by that name.
/// </summary>
public sealed class AmbiguousPlaceFilterTests : IDisposable
{
    private readonly Chinese.BadInputTests.DataFolder _folder = new();
    private readonly ArchiveService _archive;

    public AmbiguousPlaceFilterTests()
    {
        var corpus = Archive.Evaluation.Parsing.LabelledCorpus.FindUpwards(AppContext.BaseDirectory, "corpus/real")!;
        _archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _folder.Path });
        foreach (var file in new[] { "bulletins/b039.txt", "web/w067.txt", "web/w068.txt", "web/w069.txt", "web/w070.txt" })
            _archive.IngestUpload(Path.GetFileName(file), File.ReadAllBytes(Path.Combine(corpus, file)));
    }

    public void Dispose()
    {
        _archive.Dispose();
        _folder.Dispose();
    }

    /// <summary>
    /// The name of a place and of a place inside it is the outer one's, as 地区:吉林 reads it (the city's articles are
    /// among the province's): ticked, it found nothing and said no article belonged to 吉林.
    /// </summary>
    [Fact]
    public void A_name_of_a_province_and_of_its_city_ticked_selects_the_province_as_typed()
    {
        var typed = _archive.Search(new SearchRequest { Query = "地区:吉林" });
        var ticked = _archive.Search(new SearchRequest { Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Region] = ["吉林"] } });
        var province = _archive.Search(new SearchRequest { Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Region] = ["吉林省"] } });

        Assert.True(province.Total >= 3);
        Assert.Equal(province.Hits.Select(h => h.ArticleId).Order(), ticked.Hits.Select(h => h.ArticleId).Order());
        Assert.Equal(typed.Total, ticked.Total);
        Assert.DoesNotContain(ticked.Warnings, w => w.Contains("没有属于地区"));
        Assert.True(Assert.Single(ticked.Facets[FacetField.Region], v => v.Value == "吉林省").Selected);
    }
}
