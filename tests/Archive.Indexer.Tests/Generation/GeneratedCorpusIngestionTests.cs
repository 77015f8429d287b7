using Archive.Indexer.Generation;
using Archive.Indexer.Ingestion;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Generation;

public sealed class GeneratedCorpusIngestionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_generated_article_is_found_with_exactly_the_metadata_the_manifest_states()
    {
        var corpus = new CorpusGenerator(CorpusGenerator.DefaultDataPackagesFolder).Generate(new GenerationOptions(400, 2026, _temp.File("corpus")));
        using var store = ArchiveStore.Open(_temp.File("data/archive.db"));

        var report = IngestionPipeline.Create(store, new ArchiveOptions()).Ingest([corpus.FilesDirectory]);
        var check = ManifestVerifier.Verify(corpus.OutputDirectory, store);

        Assert.False(report.HasFailures, string.Join("\n", report.Files.Where(f => f.Error is not null).Select(f => $"{f.Path}: {f.Error}")));
        Assert.Equal(corpus.Articles, check.Articles);
        Assert.True(check.Exact, $"{check.ArticlesFound}/{check.Articles} found; {check.Mismatches.Count} mismatches:\n{string.Join("\n", check.Mismatches.Take(40))}");
    }
}
