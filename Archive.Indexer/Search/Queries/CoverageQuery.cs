using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// The documents that hold at least one of a query's words, ranked by how many of them they hold (coverage), then
/// by the words' scores (BM25): a document's score is the count of its words times <see cref="CoverageStep"/> plus the
/// sum of their scores, so no score of fewer words reaches a score of more. The answer when all the words together
/// match too little. A document matches through its leading words (all of them unless <paramref name="leads"/> says
/// otherwise); the others only count where a leading word matched.
/// </summary>
internal sealed class CoverageQuery(IReadOnlyList<Query> words, IReadOnlyList<bool>? leads = null) : Query
{
    /// <summary>Larger than any sum of the words' scores (BM25 gives a word at most some tens, with the title's boost).</summary>
    public const float CoverageStep = 1000f;

    public IReadOnlyList<Query> Words { get; } = words;

    /// <summary>Whether each word leads: finds documents on its own.</summary>
    public IReadOnlyList<bool> Leads { get; } = leads ?? [.. words.Select(_ => true)];

    public override Weight CreateWeight(IndexSearcher searcher) =>
        new CoverageWeight(this, Words.Select(w => w.CreateWeight(searcher)).ToArray());

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = Words.Select(w => w.Rewrite(reader)).ToList();
        return rewritten.SequenceEqual(Words, ReferenceEqualityComparer.Instance) ? this : new CoverageQuery(rewritten, Leads) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var word in Words) word.ExtractTerms(terms);
    }

    public override string ToString(string field) => $"coverage({string.Join(", ", Words.Select(w => w.ToString(field)))})";

    public override bool Equals(object? obj) =>
        obj is CoverageQuery other && Boost == other.Boost && Words.SequenceEqual(other.Words) && Leads.SequenceEqual(other.Leads);

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
            var found = words.Select((w, i) => (Scorer: w.GetScorer(context, acceptDocs), Leads: query.Leads[i])).Where(s => s.Scorer is not null).ToArray();
            return found.Any(s => s.Leads) ? new CoverageScorer(this, [.. found.Select(s => s.Scorer!)], [.. found.Select(s => s.Leads)]) : null;
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc) return new ComplexExplanation(false, 0f, "none of the words");
            var score = scorer.GetScore();
            return new ComplexExplanation(true, score, $"{(int)(score / CoverageStep)} of {words.Length} words, then their scores");
        }
    }

    /// <summary>The words' scorers at each document: how many of them are on it, then their scores.</summary>
    private sealed class CoverageScorer(Weight weight, Scorer[] words, bool[] leads) : LinearDisjunctionScorer(weight, words, leads)
    {
        public override float GetScore()
        {
            var (covered, sum) = Scores();
            return covered * CoverageStep + sum;
        }
    }
}
