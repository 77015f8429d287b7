namespace Archive.Bench.Relevance;

/// <summary>
/// The measures of one ranked list against one query's grades: nDCG@10 (gain = grade, as trec_eval), P@5 and
/// Recall@10 (relevant = grade 1 or 2), reciprocal rank of the first relevant article in the top 10.
/// A ranked entry is the judged keys of one hit (several when the parser left articles together); a key already
/// ranked higher counts 0, so duplicates cost a place.
/// </summary>
public sealed record RankingMetrics(double Ndcg10, double Precision5, double Recall10, double ReciprocalRank, int Hits)
{
    public const int Depth = 10;

    public static RankingMetrics Of(JudgedQuery query, IReadOnlyList<IReadOnlyList<string>> ranked, int hits)
    {
        var seen = new HashSet<string>();
        var gains = new List<int>();
        foreach (var keys in ranked.Take(Depth))
        {
            var fresh = keys.Where(seen.Add).ToList();
            gains.Add(fresh.Count == 0 ? 0 : fresh.Max(k => query.Grades.GetValueOrDefault(k)));
        }
        var ideal = query.Grades.Values.Where(g => g > 0).OrderDescending().Take(Depth).ToList();
        var idealDcg = Dcg(ideal);
        var relevantFound = seen.Count(k => query.Grades.GetValueOrDefault(k) > 0);
        var first = gains.FindIndex(g => g > 0);
        return new RankingMetrics(
            idealDcg == 0 ? 0 : Dcg(gains) / idealDcg,
            gains.Take(5).Count(g => g > 0) / 5.0,
            query.Relevant == 0 ? 0 : (double)relevantFound / query.Relevant,
            first < 0 ? 0 : 1.0 / (first + 1),
            hits);
    }

    private static double Dcg(IReadOnlyList<int> gains) => gains.Select((g, i) => g / Math.Log2(i + 2)).Sum();
}
