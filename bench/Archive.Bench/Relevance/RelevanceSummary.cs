namespace Archive.Bench.Relevance;

/// <summary>The means over the queries that have a relevant article, and the queries left with no result.</summary>
public sealed record RelevanceSummary(double Ndcg10, double Precision5, double Recall10, double Mrr, int Queries, int Empty)
{
    public static RelevanceSummary Of(IReadOnlyList<QueryOutcome> outcomes)
    {
        var judged = outcomes.Where(o => o.Query.Relevant > 0).ToList();
        if (judged.Count == 0) return new RelevanceSummary(0, 0, 0, 0, 0, 0);
        return new RelevanceSummary(
            judged.Average(o => o.Metrics.Ndcg10),
            judged.Average(o => o.Metrics.Precision5),
            judged.Average(o => o.Metrics.Recall10),
            judged.Average(o => o.Metrics.ReciprocalRank),
            judged.Count,
            judged.Count(o => o.Metrics.Hits == 0));
    }
}
