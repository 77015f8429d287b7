using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// A phrase one of whose positions is open, any of many terms of a field: any bigram starting with a character, then a
/// word's bigrams (务 of 务打造: 务实打造, 务工打造), or a word, then any word of a kind (萍乡市 then a district, any
/// word of three ending in 区). Matched and scored exactly as the MultiPhraseQuery of those terms would be, idf summed
/// over every term, without its cost on each search: that query looks each of hundreds of terms up in every segment to
/// weigh it and opens and merges all their postings to match it. 务 starts 186 bigrams in the bodies of 20,000
/// generated articles, and 务打造先 took 33 ms where the other searches of its mix took under 6.1. Here the open terms'
/// statistics come from the caller (read once per reader with the terms), where they stand from
/// <see cref="OpenPositions"/> (read once per segment), and a document is checked for them only where the phrase's
/// other terms all stand; a segment where they stand too often to be held is matched by the MultiPhraseQuery.
/// </summary>
/// <param name="pattern">What the open terms are, as <see cref="OpenPositions"/> holds them: the same pattern, the same terms.</param>
/// <param name="open">Every term of the field the pattern accepts, in term order, its position, and the terms' statistics.</param>
/// <param name="fixedTerms">The phrase's other terms and their positions, in the order the phrase names them.</param>
/// <param name="openFirst">Whether the phrase names the open position before the others (as MultiPhraseQuery sums their idf).</param>
internal sealed class OpenPhraseQuery(string field, string pattern, (IReadOnlyList<Term> Terms, IReadOnlyList<TermStatistics> Statistics, int Position) open,
    IReadOnlyList<(string Term, int Position)> fixedTerms, bool openFirst, OpenPositions positions) : Query
{
    private readonly string _field = field;
    private readonly string _pattern = pattern;
    private readonly (IReadOnlyList<Term> Terms, IReadOnlyList<TermStatistics> Statistics, int Position) _open = open;
    private readonly IReadOnlyList<(string Term, int Position)> _fixed = fixedTerms;
    private readonly bool _openFirst = openFirst;
    private readonly OpenPositions _positions = positions;
    private readonly Term[] _fixedTerms = [.. fixedTerms.Select(w => new Term(field, w.Term))];
    private TermContext[]? _states;

    public override Weight CreateWeight(IndexSearcher searcher)
    {
        var states = _states;
        if (states is null || states[0].TopReaderContext != searcher.TopReaderContext)
        {
            _states = states = [.. _fixedTerms.Select(t => TermContext.Build(searcher.TopReaderContext, t))];
        }
        return new OpenPhraseWeight(this, searcher, states);
    }

    /// <summary>The same phrase as Lucene writes it: what a segment whose open terms are not held is matched by.</summary>
    private MultiPhraseQuery AsMultiPhrase()
    {
        var phrase = new MultiPhraseQuery { Boost = Boost };
        if (_openFirst) phrase.Add([.. _open.Terms], _open.Position);
        for (var i = 0; i < _fixedTerms.Length; i++) phrase.Add([_fixedTerms[i]], _fixed[i].Position);
        if (!_openFirst) phrase.Add([.. _open.Terms], _open.Position);
        return phrase;
    }

    /// <summary>Without other terms the open ones stand alone, which MultiPhraseQuery rewrites to any of them.</summary>
    public override Query Rewrite(IndexReader reader) => _fixed.Count == 0 ? AsMultiPhrase().Rewrite(reader) : this;

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var term in _open.Terms.Concat(_fixedTerms)) terms.Add(term);
    }

    public override string ToString(string fieldName) =>
        $"{_field}:\"{_pattern}@{_open.Position} {string.Join(" ", _fixed.Select(w => $"{w.Term}@{w.Position}"))}\"^{Boost}";

    public override bool Equals(object? obj) =>
        obj is OpenPhraseQuery other && Boost == other.Boost && _field == other._field && _pattern == other._pattern
        && _open.Position == other._open.Position && _openFirst == other._openFirst && _fixed.SequenceEqual(other._fixed);

    public override int GetHashCode() => HashCode.Combine(Boost, _field, _pattern, _open.Position, _fixed.Count > 0 ? _fixed[0].Term : "");

    private sealed class OpenPhraseWeight : Weight
    {
        private readonly OpenPhraseQuery _query;
        private readonly IndexSearcher _searcher;
        private readonly TermContext[] _states;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private (float Norm, float TopLevelBoost)? _normalized;
        private Weight? _multiPhrase;

        public OpenPhraseWeight(OpenPhraseQuery query, IndexSearcher searcher, TermContext[] states)
        {
            _query = query;
            _searcher = searcher;
            _states = states;
            _similarity = searcher.Similarity;
            // As MultiPhraseWeight: the statistics of every term at every position, in the order the phrase names them.
            var named = query._fixedTerms.Select((t, i) => searcher.TermStatistics(t, states[i]));
            var all = (query._openFirst ? query._open.Statistics.Concat(named) : named.Concat(query._open.Statistics)).ToArray();
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
            if (_query._positions.Of(segment, _query._field, _query._pattern, _query._open.Terms) is not { } where) return MultiPhrase().GetScorer(context, acceptDocs);
            if (where.Docs.Length == 0) return null;
            var each = terms.GetEnumerator();
            var wordPostings = new DocsAndPositionsEnum[_states.Length];
            var wordFrequencies = new int[_states.Length];
            for (var i = 0; i < _states.Length; i++)
            {
                if (_states[i].Get(context.Ord) is not { } state) return null;
                each.SeekExact(_query._fixedTerms[i].Bytes, state);
                wordFrequencies[i] = each.DocFreq;
                wordPostings[i] = each.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE);
            }
            var scorer = new OpenPhraseScorer(this, where, _query._open.Position, acceptDocs, wordPostings, [.. _query._fixed.Select(w => w.Position)],
                Math.Min(where.Frequency, wordFrequencies.Min()), _similarity.GetSimScorer(_stats, context));
            return scorer.Empty(wordFrequencies, _query._openFirst) ? null : scorer;
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
    /// The documents where the phrase starts at some position (none before the text's first) with an open term and each
    /// other term at its place; the frequency is how many such starts, as ExactPhraseScorer counts them.
    /// </summary>
    private sealed class OpenPhraseScorer(Weight weight, OpenPositions.Where where, int openPosition, IBits? acceptDocs,
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
        /// Whether Lucene's phrase scorer would not be made: a position after the rarest with no accepted document.
        /// </summary>
        public bool Empty(int[] wordFrequencies, bool openFirst)
        {
            // The positions sorted by frequency, as ExactPhraseScorer orders them (stable: in the order the phrase names them).
            var named = wordFrequencies.Select((f, i) => (Frequency: (long)f, Slot: i));
            var open = (Frequency: where.Frequency, Slot: -1);
            var order = (openFirst ? named.Prepend(open) : named.Append(open)).OrderBy(s => s.Frequency).ToList();
            return order.Skip(1).Any(s => s.Slot < 0 ? !where.Docs.Any(d => acceptDocs is null || acceptDocs.Get(d)) : word[s.Slot].NextDoc() == NO_MORE_DOCS);
        }

        /// <summary>
        /// The next document from <paramref name="target"/> holding each of the other terms (their postings skip the
        /// documents not accepted) and an open one, whose positions then fit.
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

        /// <summary>How many starts have an open term at its position and each other term at its own.</summary>
        private int PhraseFrequency()
        {
            // Each other term's starts (its positions less its place in the phrase), read once; ascending, as positions are.
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
                var start = where.Positions[p] - openPosition;
                if (start < 0) continue;
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
