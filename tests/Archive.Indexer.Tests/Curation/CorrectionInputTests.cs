using System.Text.Json;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Curation;

/// <summary>What an editor types is read as ingest reads text, and what cannot be taken is refused with a message that says why.</summary>
public sealed class CorrectionInputTests : IDisposable
{
    private static readonly Editing Editor = new("张编辑");
    private readonly TempDirectory _temp = new();
    private readonly ArchiveService _archive;
    private readonly string _document;

    public CorrectionInputTests()
    {
        _archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        // 安庆组工信息 2022 第 8 期; its second article (大观) is one paragraph.
        _document = _archive.IngestUpload("第8期.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "000_037b87f1aeded1d9.txt"))).DocumentId!;
    }

    public void Dispose()
    {
        _archive.Dispose();
        _temp.Dispose();
    }

    private CorrectionResult Correct(string field, string value) =>
        _archive.CorrectDocument(_document, new Dictionary<string, JsonElement> { [field] = CanonicalJson.Of(value) }, Editor);

    [Fact]
    public void A_correction_of_thousands_of_unknown_fields_says_a_few_and_counts_the_rest()
    {
        var fields = Enumerable.Range(0, 5_000).ToDictionary(i => $"t{i}", _ => CanonicalJson.Of("1"));

        var result = _archive.CorrectDocument(_document, fields, Editor);

        Assert.Equal(CorrectionStatus.Invalid, result.Status);
        Assert.Equal(FieldProblems.MaxSaid, result.Problems.Count);
        Assert.Equal("4,981 more problems are not listed.", result.Problems[^1].MessageEn);
    }

    [Fact]
    public void Invisible_and_direction_characters_are_dropped_as_ingest_drops_them()
    {
        Assert.Equal(CorrectionStatus.Applied, Correct("publisher", "\u202e安庆市委\u200b组织部").Status);

        Assert.Equal("安庆市委组织部", _archive.FindDocument(_document)!.Publisher);
    }

    [Fact]
    public void A_value_of_invisible_characters_only_is_refused_not_stored_as_a_blank()
    {
        var result = Correct("doc_number", "\u202e\u200b");

        Assert.Equal(CorrectionStatus.Invalid, result.Status);
        Assert.Contains("invisible", Assert.Single(result.Problems).MessageEn);
        Assert.Null(_archive.FindDocument(_document)!.DocNumber);
    }

    [Theory]
    [InlineData("安庆市委\n组织部")]
    [InlineData("安庆市委\u2028组织部")]
    [InlineData("安庆市委\u2029组织部")]
    public void A_line_break_in_a_one_line_field_is_refused_whichever_character_makes_it(string value)
    {
        var result = Correct("publisher", value);

        Assert.Equal(CorrectionStatus.Invalid, result.Status);
        Assert.Contains("one line", Assert.Single(result.Problems).MessageEn);
    }

    [Fact]
    public void Full_width_digits_in_a_number_or_a_document_number_are_read_as_ingest_reads_them()
    {
        Assert.Equal(CorrectionStatus.Applied, Correct("doc_number", "庆组［2022］８号").Status);
        Assert.Equal(CorrectionStatus.Applied, Correct("issue_number", "９").Status);

        var document = _archive.FindDocument(_document)!;
        Assert.Equal(("庆组〔2022〕8号", 9), (document.DocNumber, document.IssueNumber));
        Assert.Equal(4, _archive.Search(new SearchRequest { Query = "文号:庆组〔2022〕8号" }).Total);
    }

    [Fact]
    public void A_date_out_of_range_is_called_a_date_out_of_range()
    {
        var problem = Assert.Single(Correct("date", "1800-01-01").Problems);

        Assert.DoesNotContain("not a date", problem.MessageEn);
        Assert.Contains($"{SearchParameters.MinYear} to {SearchParameters.MaxYear}", problem.MessageEn);
    }

    [Fact]
    public void A_one_paragraph_article_is_said_to_be_unsplittable()
    {
        var problem = Assert.Single(_archive.SplitArticle(ContentIdentity.ArticleId(_document, 2), 2, "新文章", Editor).Problems);

        Assert.Contains("cannot be split", problem.MessageEn);
        Assert.DoesNotContain("2 to 1", problem.MessageEn);
    }
}
