using System.Text;
using Archive.Indexer.Chinese;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Synonyms;
using Archive.Indexer.Tests.Chinese;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Synonyms marked at index time: found by their characters whatever the segmentation, as an exact text is, and an
/// index marked with another synonym table is rebuilt, so a changed table never silently misses matches.
/// </summary>
public sealed class SynonymMarkTests
{
    private static readonly TextAnalysis Analysis = TextAnalysis.For(ChineseLanguage.Shared);

    private sealed class GivenGroups(params SynonymGroup[] groups) : ISynonymSource
    {
        public IEnumerable<SynonymGroup> Groups() => groups;
    }

    private static SynonymTable Table(params SynonymGroup[] groups) => new([new GivenGroups(groups)], Analysis.WordTerms);

    /// <summary>The bigram field's terms of a text as the index writer gives them, marks included.</summary>
    private static List<string> IndexedTerms(SynonymTable table, string text)
    {
        using var marked = new SynonymMarkedFields(Analysis.Bigrams, new SynonymMarks(table, Analysis.Bigrams), new HashSet<string> { "f" });
        return TextAnalysis.Tokens(marked, text).ConvertAll(t => t.Term);
    }

    [Theory]
    [InlineData("全县党组织工作会议")] // 党组织 工作: no word 组织工作
    [InlineData("部署今年组织工作任务")]
    [InlineData("部署今年組織工作任務")] // traditional script
    public void A_synonym_is_marked_wherever_its_characters_are_written_whatever_the_segmentation(string text)
    {
        var table = Table(new SynonymGroup(["组工", "组织工作"]));

        Assert.Contains(SynonymMarks.Mark("组工"), IndexedTerms(table, text));
        Assert.DoesNotContain(SynonymMarks.Mark("组织工作"), IndexedTerms(table, text));
    }

    [Theory]
    [InlineData("加强组织，工作有序")] // the characters apart
    [InlineData("组织开展工作")]
    public void Characters_that_do_not_spell_the_synonym_in_a_row_give_no_mark(string text)
    {
        var table = Table(new SynonymGroup(["组工", "组织工作"]));

        Assert.DoesNotContain(IndexedTerms(table, text), t => t.StartsWith('≈'));
    }

    [Fact]
    public void A_mark_takes_no_position_of_its_own()
    {
        var table = Table(new SynonymGroup(["组工", "组织工作"]));
        using var marked = new SynonymMarkedFields(Analysis.Bigrams, new SynonymMarks(table, Analysis.Bigrams), new HashSet<string> { "f" });

        var tokens = TextAnalysis.Tokens(marked, "组织工作会议");
        var plain = TextAnalysis.Tokens(Analysis.Bigrams, "组织工作会议");

        Assert.Equal(plain.Count + 1, tokens.Count);
        Assert.Equal(plain[^1].Position, tokens.Max(t => t.Position));
        Assert.Equal(tokens.Single(t => t.Term == "工作").Position, tokens.Single(t => t.Term == SynonymMarks.Mark("组工")).Position);
    }

    [Fact]
    public void An_index_marked_with_another_synonym_table_needs_a_rebuild()
    {
        var directory = Directory.CreateTempSubdirectory("archive-synonyms-").FullName;
        try
        {
            var before = Table(new SynonymGroup(["组工", "组织工作"]));
            var after = Table(new SynonymGroup(["组工", "组织工作"]), new SynonymGroup(["网格先锋", "红色网格员"]));
            using (var index = ArticleIndex.Open(directory, Analysis, before)) index.Commit(1);

            using (var index = ArticleIndex.Open(directory, Analysis, Table(new SynonymGroup(["组工", "组织工作"])))) Assert.False(index.NeedsRebuild);
            using (var index = ArticleIndex.Open(directory, Analysis, after)) Assert.True(index.NeedsRebuild);
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    [Fact]
    public void A_synonym_added_to_the_table_finds_articles_indexed_before_it()
    {
        using var folder = new BadInputTests.DataFolder();
        var data = Path.Combine(folder.Path, "archive");
        var options = new ArchiveOptions { DataDirectory = data };
        using (var archive = ArchiveService.Open(options, new ChineseLanguage(folder.Path), TimeProvider.System))
        {
            archive.IngestUpload("grid.txt", Encoding.UTF8.GetBytes("某镇培训红色网格员\n\n全镇红色网格员参加培训。\n"));
            Assert.Equal(0, archive.Search(new SearchRequest { Query = "网格先锋" }).FullMatches);
        }

        File.AppendAllText(Path.Combine(folder.Path, "dict", "synonyms.tsv"), "网格先锋\t红色网格员\n");
        using (var archive = ArchiveService.Open(options, new ChineseLanguage(folder.Path), TimeProvider.System))
        {
            var results = archive.Search(new SearchRequest { Query = "网格先锋" });

            Assert.Equal(1, results.FullMatches);
            Assert.Equal("某镇培训红色网格员", results.Hits[0].Title);
            Assert.Contains("网格先锋 ≈ 红色网格员", results.ParsedQuery);
            Assert.Contains("<mark>红色网格员</mark>", results.Hits[0].TitleHtml);
        }
    }
}
