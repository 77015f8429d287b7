using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// Consecutive bigrams of one field in a segment: a conjunction of their postings, positions checked on demand. A
/// single bigram (a two-character word) needs no positions: its postings are read as documents alone, which skips
/// decoding the frequencies and position pointers of every document the scorer passes.
/// </summary>
internal sealed class BigramPositions
{
    private readonly DocsEnum[] _postings;
    private readonly int[] _offsets;
    private readonly int[][] _positions;

    private BigramPositions(DocsEnum[] postings, int[] offsets)
    {
        _postings = postings;
        _offsets = offsets;
        _positions = postings.Select(_ => new int[8]).ToArray();
    }

    public long Cost => _postings[0].GetCost();

    /// <param name="states">Where the segment keeps each bigram (looked up once per reader by the caller).</param>
    public static BigramPositions? Open(AtomicReader reader, string field, IReadOnlyList<(string Term, int Position)> bigrams, TermState[] states, IBits acceptDocs)
    {
        var terms = reader.GetTerms(field);
        if (terms is null || bigrams.Count == 0) return null;
        var postings = new List<(DocsEnum Postings, int Offset, long Frequency)>();
        var termsEnum = terms.GetEnumerator();
        for (var i = 0; i < bigrams.Count; i++)
        {
            termsEnum.SeekExact(new BytesRef(bigrams[i].Term), states[i]);
            DocsEnum? enumerator = bigrams.Count == 1
                ? termsEnum.Docs(acceptDocs, null, DocsFlags.NONE)
                : termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE);
            if (enumerator is null) return null;
            postings.Add((enumerator, bigrams[i].Position, termsEnum.DocFreq));
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
            if (Consecutive()) return doc;
            doc = lead.NextDoc();
        }
        return null;
    }

    /// <summary>Whether some start position has every bigram at its offset (one bigram: wherever it is).</summary>
    private bool Consecutive()
    {
        if (_postings.Length == 1) return true;
        for (var i = 0; i < _postings.Length; i++)
        {
            var postings = (DocsAndPositionsEnum)_postings[i];
            var freq = postings.Freq;
            if (_positions[i].Length < freq + 1) _positions[i] = new int[freq + 1];
            for (var k = 0; k < freq; k++) _positions[i][k] = postings.NextPosition() - _offsets[i];
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
