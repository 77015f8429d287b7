using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// How many documents hold a term, for terms looked up one by one against one reader, each decided on before the next
/// (a typo's candidates): one terms enumerator kept per segment and field seeks them all, where
/// <see cref="IndexReader.DocFreq"/> opens one per segment a term (on an archive of 20,000 articles some 20 MB for the
/// look-ups of a query of rare characters). Counts as DocFreq does, deleted documents included.
/// </summary>
internal sealed class DocFrequencies(IndexReader reader)
{
    private readonly Dictionary<string, TermsEnum?[]> _enumerators = new(StringComparer.Ordinal);

    public int Of(string field, string text)
    {
        if (!_enumerators.TryGetValue(field, out var perSegment))
            _enumerators[field] = perSegment = [.. reader.Leaves.Select(leaf => leaf.AtomicReader.GetTerms(field)?.GetEnumerator())];
        var term = new BytesRef(text);
        var frequency = 0;
        foreach (var terms in perSegment)
        {
            if (terms is not null && terms.SeekExact(term)) frequency += terms.DocFreq;
        }
        return frequency;
    }
}
