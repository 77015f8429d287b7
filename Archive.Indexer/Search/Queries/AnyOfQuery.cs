using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// The documents that match any of a few queries, scored by the sum of those that match: what a BooleanQuery of
/// SHOULD clauses finds and scores under BM25 (whose coord is 1), for a query word across the title, the body and the
/// metadata. Its scorer is a <see cref="LinearDisjunctionScorer"/>: a conjunction of such words is most of a broad
/// search's time, and Lucene's disjunction keeps a heap and sums every clause's score at every document it visits,
/// also where a ticked facet value leaves the match out.
/// </summary>
internal sealed class AnyOfQuery(IReadOnlyList<Query> clauses) : Query
{
    public IReadOnlyList<Query> Clauses { get; } = clauses;

    public override Weight CreateWeight(IndexSearcher searcher) => new AnyOfWeight(this, [.. Clauses.Select(c => c.CreateWeight(searcher))]);

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = Clauses.Select(c => c.Rewrite(reader)).ToList();
        return rewritten.SequenceEqual(Clauses, ReferenceEqualityComparer.Instance) ? this : new AnyOfQuery(rewritten) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var clause in Clauses) clause.ExtractTerms(terms);
    }

    public override string ToString(string field) => $"({string.Join(" ", Clauses.Select(c => c.ToString(field)))})^{Boost}";

    public override bool Equals(object? obj) => obj is AnyOfQuery other && Boost == other.Boost && Clauses.SequenceEqual(other.Clauses);

    public override int GetHashCode() => Clauses.Aggregate(Boost.GetHashCode(), HashCode.Combine);

    private sealed class AnyOfWeight(AnyOfQuery query, Weight[] clauses) : Weight
    {
        public override Query Query => query;

        // As BooleanWeight normalizes its clauses.
        public override float GetValueForNormalization() => clauses.Sum(c => c.GetValueForNormalization()) * query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var clause in clauses) clause.Normalize(norm, topLevelBoost * query.Boost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var found = clauses.Select(c => c.GetScorer(context, acceptDocs)).OfType<Scorer>().ToArray();
            return found.Length switch
            {
                0 => null,
                1 => found[0],
                _ => new AnyOfScorer(this, found),
            };
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var matched = clauses.Select(c => c.Explain(context, doc)).Where(e => e.IsMatch).ToList();
            if (matched.Count == 0) return new ComplexExplanation(false, 0f, "no clause matches");
            var sum = new ComplexExplanation(true, matched.Sum(e => e.Value), "sum of:");
            foreach (var explanation in matched) sum.AddDetail(explanation);
            return sum;
        }
    }

    private sealed class AnyOfScorer(Weight weight, Scorer[] clauses) : LinearDisjunctionScorer(weight, clauses, [.. clauses.Select(_ => true)])
    {
        public override float GetScore() => Scores().Sum;
    }
}
