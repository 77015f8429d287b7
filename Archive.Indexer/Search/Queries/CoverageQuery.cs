using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// The documents that hold at least one of a query's words, ranked by how much of the query they hold (coverage), then
/// by the words' scores (BM25): a document's score is the units of its words (<paramref name="units"/>, one each
/// unless it says otherwise) times <see cref="CoverageStep"/> plus the sum of their scores, so no score of less
/// coverage reaches a score of more. The answer when all the words together match too little. A document matches
/// through its leading words (all of them unless <paramref name="leads"/> says otherwise); the others only count where
/// a leading word matched.
/// </summary>
internal sealed class CoverageQuery(IReadOnlyList<Query> words, IReadOnlyList<bool>? leads = null, IReadOnlyList<int>? units = null) : Query
{
    /// <summary>Larger than any sum of the words' scores (BM25 gives a word at most some tens, with the title's boost).</summary>
    public const float CoverageStep = 1000f;

    public IReadOnlyList<Query> Words { get; } = words;

    /// <summary>Whether each word leads: finds documents on its own.</summary>
    public IReadOnlyList<bool> Leads { get; } = leads ?? [.. words.Select(_ => true)];

    /// <summary>What each word adds to the coverage when a document holds it.</summary>
    public IReadOnlyList<int> Units { get; } = units ?? [.. words.Select(_ => 1)];

    public override Weight CreateWeight(IndexSearcher searcher) =>
        new CoverageWeight(this, Words.Select(w => w.CreateWeight(searcher)).ToArray());

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = Words.Select(w => w.Rewrite(reader)).ToList();
        return rewritten.SequenceEqual(Words, ReferenceEqualityComparer.Instance) ? this : new CoverageQuery(rewritten, Leads, Units) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var word in Words) word.ExtractTerms(terms);
    }

    public override string ToString(string field) => $"coverage({string.Join(", ", Words.Select(w => w.ToString(field)))})";

    public override bool Equals(object? obj) =>
        obj is CoverageQuery other && Boost == other.Boost && Words.SequenceEqual(other.Words) && Leads.SequenceEqual(other.Leads) && Units.SequenceEqual(other.Units);

    public override int GetHashCode() => Words.Aggregate(Boost.GetHashCode(), (hash, word) => HashCode.Combine(hash, word));

    private sealed class CoverageWeight(CoverageQuery query, Weight[] words) : Weight
    {
        public override Query Query => query;

        public override float GetValueForNormalization() => words.Sum(w => w.GetValueForNormalization());

        public override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var word in words) word.Normalize(norm, topLevelBoost * query.Boost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var found = words.Select((w, i) => (Scorer: w.GetScorer(context, acceptDocs), Leads: query.Leads[i], Units: query.Units[i])).Where(s => s.Scorer is not null).ToArray();
            return found.Any(s => s.Leads) ? new CoverageScorer(this, [.. found.Select(s => s.Scorer!)], [.. found.Select(s => s.Leads)], [.. found.Select(s => s.Units)]) : null;
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc) return new ComplexExplanation(false, 0f, "none of the words");
            var score = scorer.GetScore();
            return new ComplexExplanation(true, score, $"coverage {(int)(score / CoverageStep)} of {query.Units.Sum()}, then the words' scores");
        }
    }

    /// <summary>
    /// The words' scorers at each document: the units of those on it, then their scores, the sum held under one step
    /// so that no score of less coverage reaches one of more. The coverage alone bounds the score before any word is
    /// scored: most documents of a broad partial answer cover too little to be among the best kept.
    /// </summary>
    private sealed class CoverageScorer(Weight weight, Scorer[] words, bool[] leads, int[] units) : LinearDisjunctionScorer(weight, words, leads), IBoundedScorer
    {
        /// <summary>The largest sum of scores a step holds: a float of some thousands is exact to a few thousandths.</summary>
        private const float MaxSum = CoverageStep - 1;

        public float ScoreBound => (Covered(units) + 1) * CoverageStep;

        public override float GetScore()
        {
            var (covered, sum) = Scores(units);
            return covered * CoverageStep + Math.Min(sum, MaxSum);
        }
    }
}
