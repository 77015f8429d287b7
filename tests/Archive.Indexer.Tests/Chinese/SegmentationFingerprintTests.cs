using Archive.Indexer.Chinese;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Tests.Chinese;

/// <summary>A change of how text is cut into words (model, dictionaries, rules) makes the index rebuild itself.</summary>
public sealed class SegmentationFingerprintTests
{
    [Fact]
    public void Changing_a_dictionary_changes_the_fingerprint_and_the_same_data_keeps_it()
    {
        using var folder = new BadInputTests.DataFolder();
        var before = new ChineseLanguage(folder.Path).Fingerprint;
        Assert.Equal(before, new ChineseLanguage(folder.Path).Fingerprint);
        File.AppendAllText(Path.Combine(folder.Path, "dict", "zugong.txt"), "织网行动\n");
        Assert.NotEqual(before, new ChineseLanguage(folder.Path).Fingerprint);
    }

    [Fact]
    public void An_index_committed_under_another_segmentation_needs_a_rebuild()
    {
        var directory = Directory.CreateTempSubdirectory("archive-fingerprint-").FullName;
        try
        {
            Commit(directory, "model-a");
            Assert.False(Reopened(directory, "model-a"));
            Assert.True(Reopened(directory, "model-b"));
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    private static void Commit(string directory, string segmentation)
    {
        using var analysis = new TextAnalysis(new BigramAnalyzer(), new BigramAnalyzer(), ChineseLanguage.Shared.ScriptFolding, segmentation);
        using var index = ArticleIndex.Open(directory, analysis);
        index.Commit(1);
    }

    private static bool Reopened(string directory, string segmentation)
    {
        using var analysis = new TextAnalysis(new BigramAnalyzer(), new BigramAnalyzer(), ChineseLanguage.Shared.ScriptFolding, segmentation);
        using var index = ArticleIndex.Open(directory, analysis);
        return index.NeedsRebuild;
    }
}
