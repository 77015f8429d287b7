using Archive.Indexer;
using Archive.Indexer.Search;

namespace Archive.Bench.Relevance;

/// <summary>
/// The judged queries run against an archive holding the judged corpus (and, for the baseline, any ranking of
/// stored article ids), measured query by query.
/// </summary>
public static class RelevanceRun
{
    /// <summary>The archive's first page (10 hits, near-duplicates folded as users see them) for every query.</summary>
    public static IReadOnlyList<QueryOutcome> Archive(ArchiveService archive, JudgedSet set, JudgedCorpus corpus) =>
        set.Queries.Select(query =>
        {
            var results = archive.Search(new SearchRequest { Query = query.Text, PageSize = RankingMetrics.Depth, WithFacets = false, WithHighlights = false });
            return Outcome(query, results.Hits.Select(h => h.ArticleId).ToList(), (int)results.Total, corpus);
        }).ToList();

    public static IReadOnlyList<QueryOutcome> Baseline(SmartChineseBaseline baseline, JudgedSet set, JudgedCorpus corpus) =>
        set.Queries.Select(query =>
        {
            var (ids, total) = baseline.Search(query.Text, RankingMetrics.Depth);
            return Outcome(query, ids, total, corpus);
        }).ToList();

    private static QueryOutcome Outcome(JudgedQuery query, IReadOnlyList<string> ids, int total, JudgedCorpus corpus) =>
        new(query, RankingMetrics.Of(query, ids.Select(id => corpus.KeysById.GetValueOrDefault(id) ?? []).ToList(), total));
}

/// <summary>One query's measures.</summary>
public sealed record QueryOutcome(JudgedQuery Query, RankingMetrics Metrics);
