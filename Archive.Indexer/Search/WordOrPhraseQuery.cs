using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Search;

/// <summary>
/// A word of a query in one text field: the documents where its words occur (scored by them) or where its exact
/// text occurs as consecutive bigrams (recall for a segmentation that differs). Unlike an OR of the two, the bigram
/// positions are read only for documents the words do not match, so a common word costs a term lookup per match
/// instead of a phrase check; those few documents score as one occurrence of the words.
/// </summary>
internal sealed class WordOrPhraseQuery(Query words, string bigramField, IReadOnlyList<(string Term, int Position)> bigrams) : Query
{
    public override Weight CreateWeight(IndexSearcher searcher)
    {
        // A document found by its text only scores like one occurrence of the words in a document of average
        // length: the BM25 idf of the words, summed.
        var wordTerms = new HashSet<Term>();
        words.ExtractTerms(wordTerms);
        var documents = searcher.IndexReader.MaxDoc;
        var idf = wordTerms.Sum(term =>
        {
            var frequency = searcher.IndexReader.DocFreq(term);
            return Math.Log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
        });
        return new WordOrPhraseWeight(this, words.CreateWeight(searcher), (float)idf);
    }

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = words.Rewrite(reader);
        return ReferenceEquals(rewritten, words) ? this : new WordOrPhraseQuery(rewritten, bigramField, bigrams) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        words.ExtractTerms(terms);
        foreach (var (term, _) in bigrams) terms.Add(new Term(bigramField, term));
    }

    public override string ToString(string field) =>
        $"({words.ToString(field)} | {bigramField}:\"{string.Join(" ", bigrams.Select(b => b.Term))}\")^{Boost}";

    public override bool Equals(object? obj) =>
        obj is WordOrPhraseQuery other && Boost == other.Boost && words.Equals(other.Words) && bigramField == other.BigramField &&
        bigrams.SequenceEqual(other.Bigrams);

    public override int GetHashCode() => HashCode.Combine(Boost, words, bigramField, bigrams.Count > 0 ? bigrams[0] : default);

    private Query Words => words;
    private string BigramField => bigramField;
    private IReadOnlyList<(string Term, int Position)> Bigrams => bigrams;

    private sealed class WordOrPhraseWeight(WordOrPhraseQuery query, Weight words, float wordsIdf) : Weight
    {
        /// <summary>The score of a document found by its bigrams only.</summary>
        private float _phraseOnlyScore;

        public override Query Query => query;

        public override float GetValueForNormalization() => words.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            words.Normalize(norm, topLevelBoost * query.Boost);
            // BM25 leaves the query norm out of scores, and so does this.
            _phraseOnlyScore = wordsIdf * topLevelBoost * query.Boost;
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var wordScorer = words.GetScorer(context, acceptDocs);
            var phrase = BigramPositions.Open(context.AtomicReader, query.BigramField, query.Bigrams, acceptDocs);
            if (phrase is null) return wordScorer;
            return new WordOrPhraseScorer(this, wordScorer, phrase, _phraseOnlyScore);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc) return new ComplexExplanation(false, 0f, "no matching words or text");
            return scorer is WordOrPhraseScorer { MatchedWords: false }
                ? new ComplexExplanation(true, scorer.GetScore(), $"exact text in {query.BigramField}, as one occurrence")
                : words.Explain(context, doc);
        }
    }

    /// <summary>The word scorer's documents, and in the gaps between them the documents that hold the exact text.</summary>
    private sealed class WordOrPhraseScorer(Weight weight, Scorer? words, BigramPositions phrase, float phraseOnlyScore) : Scorer(weight)
    {
        private int _doc = -1;
        private int _wordDoc = words is null ? NO_MORE_DOCS : -1;

        public bool MatchedWords => _doc == _wordDoc;

        public override int DocID => _doc;

        public override int Freq => MatchedWords ? words!.Freq : 1;

        public override float GetScore() => MatchedWords ? words!.GetScore() : phraseOnlyScore;

        public override long GetCost() => (words?.GetCost() ?? 0) + phrase.Cost;

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            if (_wordDoc < target) _wordDoc = words!.Advance(target);
            // Only documents before the next word match need their bigram positions checked.
            return _doc = phrase.NextMatchBefore(target, _wordDoc) ?? _wordDoc;
        }
    }
}

/// <summary>Consecutive bigrams of one field in a segment: a conjunction of their postings, positions checked on demand.</summary>
internal sealed class BigramPositions
{
    private readonly DocsAndPositionsEnum[] _postings;
    private readonly int[] _offsets;
    private readonly int[][] _positions;

    private BigramPositions(DocsAndPositionsEnum[] postings, int[] offsets)
    {
        _postings = postings;
        _offsets = offsets;
        _positions = postings.Select(_ => new int[8]).ToArray();
    }

    public long Cost => _postings[0].GetCost();

    /// <summary>Null when a bigram does not occur in the segment: then nothing can match.</summary>
    public static BigramPositions? Open(AtomicReader reader, string field, IReadOnlyList<(string Term, int Position)> bigrams, IBits acceptDocs)
    {
        var terms = reader.GetTerms(field);
        if (terms is null || bigrams.Count == 0) return null;
        var postings = new List<(DocsAndPositionsEnum Postings, int Offset, long Frequency)>();
        foreach (var (term, position) in bigrams)
        {
            var termsEnum = terms.GetEnumerator();
            if (!termsEnum.SeekExact(new BytesRef(term))) return null;
            var enumerator = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE);
            if (enumerator is null) return null;
            postings.Add((enumerator, position, termsEnum.DocFreq));
        }
        // The rarest bigram leads the conjunction.
        var ordered = postings.OrderBy(p => p.Frequency).ToList();
        return new BigramPositions(ordered.Select(p => p.Postings).ToArray(), ordered.Select(p => p.Offset).ToArray());
    }

    /// <summary>The first document in [from, before) that holds the bigrams consecutively, or null.</summary>
    public int? NextMatchBefore(int from, int before)
    {
        var lead = _postings[0];
        var doc = lead.DocID >= from ? lead.DocID : lead.Advance(from);
        while (doc < before)
        {
            var all = true;
            for (var i = 1; i < _postings.Length; i++)
            {
                var other = _postings[i].DocID >= doc ? _postings[i].DocID : _postings[i].Advance(doc);
                if (other != doc)
                {
                    doc = lead.Advance(other);
                    all = false;
                    break;
                }
            }
            if (!all) continue;
            if (doc < before && Consecutive()) return doc;
            doc = lead.NextDoc();
        }
        return null;
    }

    /// <summary>Whether some start position has every bigram at its offset.</summary>
    private bool Consecutive()
    {
        for (var i = 0; i < _postings.Length; i++)
        {
            var freq = _postings[i].Freq;
            if (_positions[i].Length < freq + 1) _positions[i] = new int[freq + 1];
            for (var k = 0; k < freq; k++) _positions[i][k] = _postings[i].NextPosition() - _offsets[i];
            _positions[i][freq] = int.MaxValue;
        }
        // Walk the lead's starts; every other list is sorted, so each keeps a cursor.
        Span<int> cursors = stackalloc int[_postings.Length];
        var lead = _positions[0];
        for (var k = 0; lead[k] != int.MaxValue; k++)
        {
            var start = lead[k];
            var all = true;
            for (var i = 1; i < _postings.Length && all; i++)
            {
                var list = _positions[i];
                while (list[cursors[i]] < start) cursors[i]++;
                all = list[cursors[i]] == start;
            }
            if (all) return true;
        }
        return false;
    }
}
