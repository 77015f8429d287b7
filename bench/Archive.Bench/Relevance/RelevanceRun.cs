using Archive.Indexer;

namespace Archive.Bench.Relevance;

/// <summary>The judged queries run against a system holding the judged corpus, measured query by query.</summary>
public static class RelevanceRun
{
    /// <summary>The archive's first page (10 hits, near-duplicates folded as users see them) for every query.</summary>
    public static IReadOnlyList<QueryOutcome> Archive(ArchiveService archive, JudgedSet set, JudgedCorpus corpus) =>
        Outcomes(set, corpus, text =>
        {
            var results = archive.Search(new SearchRequest { Query = text, PageSize = RankingMetrics.Depth, WithFacets = false, WithHighlights = false });
            return (results.Hits.Select(h => h.ArticleId).ToList(), (int)results.Total);
        });

    /// <summary>Every query through <paramref name="search"/>: the ids of the stored articles it ranks first, and how many matched.</summary>
    public static IReadOnlyList<QueryOutcome> Outcomes(JudgedSet set, JudgedCorpus corpus, Func<string, (IReadOnlyList<string> Ids, int Total)> search) =>
        set.Queries.Select(query =>
        {
            var (ids, total) = search(query.Text);
            return new QueryOutcome(query, RankingMetrics.Of(query, ids.Select(id => corpus.KeysById.GetValueOrDefault(id) ?? []).ToList(), total));
        }).ToList();
}

/// <summary>One query's measures.</summary>
public sealed record QueryOutcome(JudgedQuery Query, RankingMetrics Metrics);
