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

    private BigramPositions(DocsEnum[] postings, int[] offsets)
    {
        _postings = postings;
        _offsets = offsets;
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
        var doc = lead.DocID >= from ? lead.DocID : lead.MoveTo(lead.DocID, from);
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

    /// <summary>
    /// Whether some start position has every bigram at its offset (one bigram: wherever it is). Positions are read as
    /// far as needed, the others' behind the lead's, and the first start that fits ends it: a common bigram (组织 of
    /// 组织部) occurs a dozen times an article, and the fit is usually among the first.
    /// </summary>
    private bool Consecutive()
    {
        if (_postings.Length == 1) return true;
        Span<int> at = stackalloc int[_postings.Length];
        Span<int> left = stackalloc int[_postings.Length];
        for (var i = 1; i < _postings.Length; i++)
        {
            at[i] = int.MinValue;
            left[i] = _postings[i].Freq;
        }
        var lead = (DocsAndPositionsEnum)_postings[0];
        for (var k = lead.Freq; k > 0; k--)
        {
            var start = lead.NextPosition() - _offsets[0];
            var all = true;
            for (var i = 1; i < _postings.Length && all; i++)
            {
                var other = (DocsAndPositionsEnum)_postings[i];
                while (at[i] < start && left[i] > 0)
                {
                    at[i] = other.NextPosition() - _offsets[i];
                    left[i]--;
                }
                // A list read to its end below this start fits no later start either.
                if (at[i] < start) return false;
                all = at[i] == start;
            }
            if (all) return true;
        }
        return false;
    }
}
