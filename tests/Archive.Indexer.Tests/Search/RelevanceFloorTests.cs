using Archive.Bench.Relevance;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// The judged set of corpus/relevance over the real corpus: the archive's mean nDCG@10 stays above a floor, and a query
/// with a judged-relevant article always has an answer. The figures and the baseline: `bench relevance`.
/// </summary>
public sealed class RelevanceFloorTests : IDisposable
{
    /// <summary>Measured 0.867 when set (the design card's SmartChineseAnalyzer setup: 0.640); the floor leaves room for parser changes.</summary>
    private const double NdcgFloor = 0.80;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_judged_queries_rank_well_and_none_is_left_without_an_answer()
    {
        var folder = JudgedSet.Folder();
        var set = JudgedSet.Load(folder);
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        var corpus = JudgedCorpus.Ingest(archive, set, folder);

        var outcomes = RelevanceRun.Archive(archive, set, corpus);
        var summary = RelevanceSummary.Of(outcomes);

        Assert.True(summary.Queries >= 60, $"only {summary.Queries} judged queries");
        Assert.True(summary.Ndcg10 >= NdcgFloor, $"mean nDCG@10 {summary.Ndcg10:F3} is below the floor {NdcgFloor}; run `bench relevance` to see which queries fell");
        Assert.Empty(outcomes.Where(o => o.Query.Relevant > 0 && o.Metrics.Hits == 0).Select(o => $"{o.Query.Id} {o.Query.Text}"));
    }
}
