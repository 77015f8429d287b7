using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// Any bigram starting with a character, then a word's bigrams one position on (亮 before 身份: 亮明身份, 亮出身份), in one
/// field: matched and scored exactly as a MultiPhraseQuery of all those bigrams at position 0 and the word's after it,
/// idf summed over every bigram, but without its cost on each search. That query looked every bigram up in every
/// segment to weigh it and opened and merged all their postings to match it: 务 of 务打造先 starts 186 bigrams in the
/// bodies of 20,000 generated articles, and that search took 33 ms where the others of its mix took under 6.1. Here
/// the bigrams' statistics come from the caller (read once per reader with the terms), where they stand from
/// <see cref="StartingBigramPositions"/> (read once per segment), and a document is checked for them only where the
/// word's own bigrams stand; a segment where they stand too often to be held is matched by the MultiPhraseQuery.
/// </summary>
/// <param name="starting">The field's bigrams starting with <paramref name="first"/>, in term order, and their statistics.</param>
/// <param name="word">The word's bigrams and their positions in the phrase (the first at 2).</param>
internal sealed class BeforeWordQuery(string field, char first, IReadOnlyList<TermStatistics> starting, IReadOnlyList<Term> startingTerms,
    IReadOnlyList<(string Term, int Position)> word, StartingBigramPositions positions) : Query
{
    private readonly string _field = field;
    private readonly char _first = first;
    private readonly IReadOnlyList<TermStatistics> _starting = starting;
    private readonly IReadOnlyList<Term> _startingTerms = startingTerms;
    private readonly IReadOnlyList<(string Term, int Position)> _word = word;
    private readonly StartingBigramPositions _positions = positions;
    private readonly Term[] _wordTerms = [.. word.Select(w => new Term(field, w.Term))];
    private TermContext[]? _states;

    public override Weight CreateWeight(IndexSearcher searcher)
    {
        var states = _states;
        if (states is null || states[0].TopReaderContext != searcher.TopReaderContext)
        {
            _states = states = [.. _wordTerms.Select(t => TermContext.Build(searcher.TopReaderContext, t))];
        }
        return new BeforeWordWeight(this, searcher, states);
    }

    /// <summary>The same phrase as Lucene writes it: what a segment whose bigrams are not held is matched by.</summary>
    private MultiPhraseQuery AsMultiPhrase()
    {
        var phrase = new MultiPhraseQuery { Boost = Boost };
        phrase.Add([.. _startingTerms], 0);
        for (var i = 0; i < _wordTerms.Length; i++) phrase.Add([_wordTerms[i]], _word[i].Position);
        return phrase;
    }

    /// <summary>A word of no bigrams leaves the starting bigrams alone, which MultiPhraseQuery rewrites to any of them.</summary>
    public override Query Rewrite(IndexReader reader) => _word.Count == 0 ? AsMultiPhrase().Rewrite(reader) : this;

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var term in _startingTerms.Concat(_wordTerms)) terms.Add(term);
    }

    public override string ToString(string fieldName) => $"{_field}:\"{_first}? {string.Join(" ", _word.Select(w => w.Term))}\"^{Boost}";

    public override bool Equals(object? obj) =>
        obj is BeforeWordQuery other && Boost == other.Boost && _field == other._field && _first == other._first && _word.SequenceEqual(other._word);

    public override int GetHashCode() => HashCode.Combine(Boost, _field, _first, _word.Count > 0 ? _word[0].Term : "");

    private sealed class BeforeWordWeight : Weight
    {
        private readonly BeforeWordQuery _query;
        private readonly IndexSearcher _searcher;
        private readonly TermContext[] _states;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private (float Norm, float TopLevelBoost)? _normalized;
        private Weight? _multiPhrase;

        public BeforeWordWeight(BeforeWordQuery query, IndexSearcher searcher, TermContext[] states)
        {
            _query = query;
            _searcher = searcher;
            _states = states;
            _similarity = searcher.Similarity;
            // As MultiPhraseWeight: the statistics of every term at every position, in their order.
            var all = query._starting.Concat(query._wordTerms.Select((t, i) => searcher.TermStatistics(t, states[i]))).ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query._field), all);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            _stats.Normalize(norm, topLevelBoost);
            _normalized = (norm, topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var segment = context.AtomicReader;
            if (segment.GetTerms(_query._field) is not { } terms) return null;
            if (_query._positions.Of(segment, _query._field, _query._first, _query._startingTerms) is not { } where) return MultiPhrase().GetScorer(context, acceptDocs);
            if (where.Docs.Length == 0) return null;
            var each = terms.GetEnumerator();
            var wordPostings = new DocsAndPositionsEnum[_states.Length];
            var wordFrequencies = new int[_states.Length];
            for (var i = 0; i < _states.Length; i++)
            {
                if (_states[i].Get(context.Ord) is not { } state) return null;
                each.SeekExact(_query._wordTerms[i].Bytes, state);
                wordFrequencies[i] = each.DocFreq;
                wordPostings[i] = each.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE);
            }
            var scorer = new BeforeWordScorer(this, where, acceptDocs, wordPostings, [.. _query._word.Select(w => w.Position)],
                Math.Min(where.Frequency, wordFrequencies.Min()), _similarity.GetSimScorer(_stats, context));
            return scorer.Empty(wordFrequencies) ? null : scorer;
        }

        /// <summary>The MultiPhraseQuery's own weight, normalized as this one was; its statistics are the same.</summary>
        private Weight MultiPhrase()
        {
            if (_multiPhrase is { } built) return built;
            var weight = _query.AsMultiPhrase().CreateWeight(_searcher);
            if (_normalized is { } normalized)
            {
                weight.GetValueForNormalization();
                weight.Normalize(normalized.Norm, normalized.TopLevelBoost);
            }
            return _multiPhrase = weight;
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
            {
                var freq = scorer.Freq;
                var explanation = _similarity.GetSimScorer(_stats, context).Explain(doc, new Explanation(freq, $"phraseFreq={freq}"));
                var result = new ComplexExplanation(true, explanation.Value, $"weight({_query} in {doc}), result of:");
                result.AddDetail(explanation);
                return result;
            }
            return new ComplexExplanation(false, 0f, "no matching term");
        }
    }

    /// <summary>
    /// The documents where a starting bigram stands at some position and each of the word's bigrams at that position plus
    /// its own; the frequency is how many such positions, as ExactPhraseScorer counts them.
    /// </summary>
    private sealed class BeforeWordScorer(Weight weight, StartingBigramPositions.Where where, IBits? acceptDocs,
        DocsAndPositionsEnum[] word, int[] offsets, long cost, Similarity.SimScorer docScorer) : Scorer(weight)
    {
        private int _doc = -1;
        private int _at;
        private int _freq;
        private int[] _read = new int[16];
        private readonly int[] _ends = new int[word.Length];
        private readonly int[] _cursors = new int[word.Length];

        public override int DocID => _doc;

        public override int Freq => _freq;

        public override float GetScore() => docScorer.Score(_doc, _freq);

        public override long GetCost() => cost;

        public override int NextDoc() => Advance(_doc + 1);

        /// <summary>
        /// Whether Lucene's phrase scorer would not be made: a bigram missing from the segment, or one after the rarest
        /// with no accepted document.
        /// </summary>
        public bool Empty(int[] wordFrequencies)
        {
            // The positions sorted by frequency, as ExactPhraseScorer orders them (stable: the starting bigrams first on a tie).
            var order = wordFrequencies.Select((f, i) => (Frequency: (long)f, Slot: i)).Prepend((Frequency: where.Frequency, Slot: -1)).OrderBy(s => s.Frequency).ToList();
            return order.Skip(1).Any(s => s.Slot < 0 ? !where.Docs.Any(d => acceptDocs is null || acceptDocs.Get(d)) : word[s.Slot].NextDoc() == NO_MORE_DOCS);
        }

        /// <summary>
        /// The next document from <paramref name="target"/> holding each of the word's bigrams (their postings skip the
        /// documents not accepted) and a starting bigram, whose positions then fit.
        /// </summary>
        public override int Advance(int target)
        {
            if (_doc == NO_MORE_DOCS) return NO_MORE_DOCS;
            var doc = target;
            while (true)
            {
                for (var i = 0; i < word.Length; i++)
                {
                    var postings = word[i];
                    var at = postings.DocID >= doc ? postings.DocID : postings.MoveTo(postings.DocID, doc);
                    if (at == NO_MORE_DOCS) return _doc = NO_MORE_DOCS;
                    if (at > doc)
                    {
                        doc = at;
                        i = -1;
                    }
                }
                _at = NextStart(doc);
                if (_at == where.Docs.Length) return _doc = NO_MORE_DOCS;
                if (where.Docs[_at] > doc)
                {
                    doc = where.Docs[_at];
                    continue;
                }
                _freq = PhraseFrequency();
                if (_freq > 0) return _doc = doc;
                doc++;
            }
        }

        /// <summary>The first index of the held documents at or after <paramref name="target"/>, galloping from the current one.</summary>
        private int NextStart(int target)
        {
            var docs = where.Docs;
            var low = Math.Max(0, _at);
            if (low < docs.Length && docs[low] >= target) return low;
            var step = 1;
            var high = low + 1;
            while (high < docs.Length && docs[high] < target)
            {
                low = high;
                step <<= 1;
                high = low + step;
            }
            high = Math.Min(high, docs.Length);
            var found = Array.BinarySearch(docs, low, high - low, target);
            return found >= 0 ? found : ~found;
        }

        /// <summary>How many start positions have a starting bigram and each word bigram at its offset after it.</summary>
        private int PhraseFrequency()
        {
            // Each word bigram's starts (its positions less its offset), read once; ascending, as positions are.
            var used = 0;
            for (var i = 0; i < word.Length; i++)
            {
                var freq = word[i].Freq;
                if (_read.Length < used + freq) Array.Resize(ref _read, Math.Max(_read.Length * 2, used + freq));
                for (var k = 0; k < freq; k++) _read[used + k] = word[i].NextPosition() - offsets[i];
                _cursors[i] = used;
                _ends[i] = used += freq;
            }
            var count = 0;
            for (var p = where.Starts[_at]; p < where.Starts[_at + 1]; p++)
            {
                var start = where.Positions[p];
                var all = true;
                for (var i = 0; i < word.Length && all; i++)
                {
                    while (_cursors[i] < _ends[i] && _read[_cursors[i]] < start) _cursors[i]++;
                    all = _cursors[i] < _ends[i] && _read[_cursors[i]] == start;
                }
                if (all) count++;
            }
            return count;
        }
    }
}
