using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// A word of a query in one text field: the documents where its words occur (scored by them) or where its exact
/// text occurs as consecutive bigrams (recall for a segmentation that differs). Unlike an OR of the two, the bigram
/// positions are read only for documents the words do not match, so a common word costs a term lookup per match
/// instead of a phrase check; those few documents score as one occurrence of the words.
/// </summary>
internal sealed class WordOrPhraseQuery(Query words, string bigramField, IReadOnlyList<(string Term, int Position)> bigrams) : Query
{
    public Query Words { get; } = words;
    public string BigramField { get; } = bigramField;
    public IReadOnlyList<(string Term, int Position)> Bigrams { get; } = bigrams;

    /// <summary>What CreateWeight looked up for the last index reader: a partial answer builds this query's weight three times.</summary>
    private ReaderLookup? _lookup;

    public override Weight CreateWeight(IndexSearcher searcher)
    {
        var lookup = _lookup;
        if (lookup is null || lookup.Top != searcher.TopReaderContext) _lookup = lookup = Look(searcher.TopReaderContext);
        return new WordOrPhraseWeight(this, Words.CreateWeight(searcher), lookup);
    }

    /// <summary>The words' idf for documents found by their text only, and where each segment keeps the bigrams.</summary>
    private sealed record ReaderLookup(IndexReaderContext Top, float Idf, TermState[]?[] BigramStates);

    private ReaderLookup Look(IndexReaderContext top)
    {
        var reader = top.Reader;
        var (textFrequencies, states) = Seek(reader, BigramField, [.. Bigrams.Select(b => new BytesRef(b.Term))]);
        // A document found by its text only scores like one occurrence of the words in a document of average
        // length: the BM25 idf of the words, summed. A word counts as at least as common as its text's rarest
        // bigram (the most the text can be): a word the index never holds as a word would otherwise get the
        // highest idf of all.
        var textFrequency = textFrequencies.Min();
        var wordTerms = new HashSet<Term>();
        Words.ExtractTerms(wordTerms);
        var idf = wordTerms.GroupBy(t => t.Field).SelectMany(field => Seek(reader, field.Key, [.. field.Select(t => t.Bytes)]).Frequencies).Sum(wordFrequency =>
        {
            var frequency = Math.Max(wordFrequency, textFrequency);
            return Bm25Idf.Of(frequency, reader.MaxDoc);
        });
        // A segment lacking one of the bigrams cannot hold the text: no states.
        var bigramStates = states.Select(leaf => leaf.Contains(null) ? null : Array.ConvertAll(leaf, state => state!)).ToArray();
        return new ReaderLookup(top, (float)idf, bigramStates);
    }

    /// <summary>
    /// How many documents hold each of <paramref name="terms"/> of one field (deleted ones included, as
    /// <see cref="IndexReader.DocFreq"/> counts), and the terms' states in each segment (null where absent): one terms
    /// enumerator per segment seeks them all, where DocFreq makes one per term.
    /// </summary>
    private static (int[] Frequencies, TermState?[][] States) Seek(IndexReader reader, string field, BytesRef[] terms)
    {
        var frequencies = new int[terms.Length];
        var states = new TermState?[reader.Leaves.Count][];
        foreach (var leaf in reader.Leaves)
        {
            states[leaf.Ord] = new TermState?[terms.Length];
            if (leaf.AtomicReader.GetTerms(field)?.GetEnumerator() is not { } termsEnum) continue;
            for (var i = 0; i < terms.Length; i++)
            {
                if (!termsEnum.SeekExact(terms[i])) continue;
                frequencies[i] += termsEnum.DocFreq;
                states[leaf.Ord][i] = termsEnum.GetTermState();
            }
        }
        return (frequencies, states);
    }

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = Words.Rewrite(reader);
        return ReferenceEquals(rewritten, Words) ? this : new WordOrPhraseQuery(rewritten, BigramField, Bigrams) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        Words.ExtractTerms(terms);
        foreach (var (term, _) in Bigrams) terms.Add(new Term(BigramField, term));
    }

    public override string ToString(string field) =>
        $"({Words.ToString(field)} | {BigramField}:\"{string.Join(" ", Bigrams.Select(b => b.Term))}\")^{Boost}";

    public override bool Equals(object? obj) =>
        obj is WordOrPhraseQuery other && Boost == other.Boost && Words.Equals(other.Words) && BigramField == other.BigramField &&
        Bigrams.SequenceEqual(other.Bigrams);

    public override int GetHashCode() => HashCode.Combine(Boost, Words, BigramField, Bigrams.Count > 0 ? Bigrams[0] : default);

    private sealed class WordOrPhraseWeight(WordOrPhraseQuery query, Weight words, ReaderLookup lookup) : Weight
    {
        /// <summary>The score of a document found by its bigrams only.</summary>
        private float _phraseOnlyScore;

        public override Query Query => query;

        public override float GetValueForNormalization() => words.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            words.Normalize(norm, topLevelBoost * query.Boost);
            // BM25 leaves the query norm out of scores, and so does this.
            _phraseOnlyScore = lookup.Idf * topLevelBoost * query.Boost;
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var wordScorer = words.GetScorer(context, acceptDocs);
            var phrase = lookup.BigramStates[context.Ord] is { } states
                ? BigramPositions.Open(context.AtomicReader, query.BigramField, query.Bigrams, states, acceptDocs)
                : null;
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

        public override int NextDoc() => _doc == NO_MORE_DOCS ? NO_MORE_DOCS : Advance(_doc + 1);

        public override int Advance(int target)
        {
            System.Diagnostics.Debug.Assert(target > _doc, "Lucene advances a scorer past its document only");
            if (_wordDoc < target) _wordDoc = words!.MoveTo(_wordDoc, target);
            // Only documents before the next word match need their bigram positions checked.
            return _doc = phrase.NextMatchBefore(target, _wordDoc) ?? _wordDoc;
        }
    }
}
