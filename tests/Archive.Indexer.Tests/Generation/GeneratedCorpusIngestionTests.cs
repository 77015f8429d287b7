using Archive.Indexer.Generation;
using Archive.Indexer.Ingestion;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Generation;

public sealed class GeneratedCorpusIngestionTests : IDisposable
{
    private const double FieldFloor = 0.97;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// Every file stored, every article found by its title, and nearly every field as the manifest states it (nulls
    /// and each body's length and hash included). Not all: the generated text is real text, which names places the
    /// parsers do not yet read an article's region from, and prints titles they cut at a ！ (the parsing work raises
    /// this floor; `bench ingest` lists every mismatch).
    /// </summary>
    [Fact]
    public void Generated_articles_are_found_with_the_metadata_the_manifest_states()
    {
        var corpus = new CorpusGenerator(CorpusGenerator.DefaultDataPackagesFolder).Generate(new GenerationOptions(400, 2026, _temp.File("corpus")));
        using var store = ArchiveStore.Open(_temp.File("data/archive.db"));

        var report = IngestionPipeline.Create(store, new ArchiveOptions()).Ingest([corpus.FilesDirectory]);
        var check = ManifestVerifier.Verify(corpus.OutputDirectory, store);

        Assert.False(report.HasFailures, string.Join("\n", report.Files.Where(f => f.Error is not null).Select(f => $"{f.Path}: {f.Error}")));
        Assert.Equal(corpus.Articles, check.Articles);
        var summary = $"{check.ArticlesFound}/{check.Articles} found; {check.Mismatches.Count} mismatches in {check.Fields} fields:\n{string.Join("\n", check.Mismatches.Take(40))}";
        Assert.True(check.ArticlesFound >= check.Articles * 0.99, summary);
        Assert.True(check.FieldAccuracy >= FieldFloor, $"field accuracy {check.FieldAccuracy:P1}; {summary}");
    }
}
