namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Staff look a notice up by its 文号 as it is cited, whatever the notice printed: real notices of corpus/real among the
/// rest of their folder.
/// </summary>
public sealed class CitedDocumentNumberTests : IDisposable
{
    private readonly Chinese.BadInputTests.DataFolder _folder = new();
    private readonly ArchiveService _archive;

    public CitedDocumentNumberTests()
    {
        var corpus = Archive.Evaluation.Parsing.LabelledCorpus.FindUpwards(AppContext.BaseDirectory, "corpus/real")!;
        _archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _folder.Path });
        foreach (var file in Directory.GetFiles(Path.Combine(corpus, "notices"), "n0??.txt").Where(f => string.CompareOrdinal(Path.GetFileName(f), "n030") > 0 && string.CompareOrdinal(Path.GetFileName(f), "n070") < 0))
            _archive.IngestUpload(Path.GetFileName(file), File.ReadAllBytes(file));
    }

    public void Dispose()
    {
        _archive.Dispose();
        _folder.Dispose();
    }

    /// <summary>n031 prints its number alone on its line without 号 (湖委发〔2018〕20); it is cited, and typed, with it.</summary>
    [Theory]
    [InlineData("湖委发〔2018〕20号")]
    [InlineData("文号:湖委发〔2018〕20号")]
    [InlineData("湖委发(2018)20号")]
    public void A_number_printed_without_its_hao_is_found_as_it_is_cited(string query)
    {
        var results = _archive.Search(new SearchRequest { Query = query });

        var hit = Assert.Single(results.Hits);
        Assert.Equal("n031.txt", _archive.FindDocument(hit.DocumentId)!.FileName);
        Assert.Equal(1, results.FullMatches);
    }

    /// <summary>n034 and n062 print 来苏委发〔2021〕68号 and 新政发〔2020〕16号; a number typed padded with zeros, as a
    /// register or a file name writes it, is the same number.</summary>
    [Theory]
    [InlineData("来苏委发〔2021〕068号", "n034.txt")]
    [InlineData("新政发(2020)016号", "n062.txt")]
    [InlineData("湖委发〔2018〕020号", "n031.txt")]
    public void A_number_typed_with_leading_zeros_is_found_as_printed(string query, string file)
    {
        var results = _archive.Search(new SearchRequest { Query = query });

        Assert.Equal(file, _archive.FindDocument(Assert.Single(results.Hits).DocumentId)!.FileName);
        Assert.Equal(1, results.FullMatches);
    }

    /// <summary>n061 prints 滬府發〔2017〕92號: typed in either script the number is one word, found by its exact text.</summary>
    [Fact]
    public void A_number_typed_in_traditional_script_is_the_same_number_as_in_simplified()
    {
        var simplified = _archive.Search(new SearchRequest { Query = "沪府发〔2017〕92号" });
        var traditional = _archive.Search(new SearchRequest { Query = "滬府發〔2017〕92號" });

        Assert.Contains(simplified.Hits, h => _archive.FindDocument(h.DocumentId)!.FileName == "n061.txt");
        Assert.Equal(simplified.Hits.Select(h => h.ArticleId), traditional.Hits.Select(h => h.ArticleId));
        Assert.False(traditional.PartialMatches);
    }
}
