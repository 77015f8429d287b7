using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// Near-duplicate articles (the same text republished in another bulletin, a newspaper or a web page), by
/// SimHash: candidates share a fingerprint band in the index, twins are within <see cref="SimHash.MaxDistance"/> bits.
/// </summary>
internal sealed class TwinFinder
{
    private const int MaxTwins = 20;

    /// <summary>
    /// Folds ranked documents into the best-ranked of their twins: returns the documents to show and how many
    /// were folded away.
    /// </summary>
    public (List<ScoreDoc> Shown, int Folded) Collapse(IndexSearcher searcher, ScoreDoc[] ranked)
    {
        var fingerprints = MultiDocValues.GetNumericValues(searcher.IndexReader, IndexFields.Fingerprint);
        var shown = new List<ScoreDoc>(ranked.Length);
        if (fingerprints is null) return (ranked.ToList(), 0);
        var kept = new List<ulong>();
        var folded = 0;
        foreach (var doc in ranked)
        {
            var fingerprint = unchecked((ulong)fingerprints.Get(doc.Doc));
            if (fingerprint != 0 && kept.Any(k => SimHash.AreTwins(k, fingerprint)))
            {
                folded++;
                continue;
            }
            if (fingerprint != 0) kept.Add(fingerprint);
            shown.Add(doc);
        }
        return (shown, folded);
    }

    /// <summary>The twins of one document anywhere in the index, oldest first.</summary>
    public IReadOnlyList<ArticleRef> Find(IndexSearcher searcher, int doc)
    {
        var fingerprints = MultiDocValues.GetNumericValues(searcher.IndexReader, IndexFields.Fingerprint);
        var own = fingerprints is null ? 0UL : unchecked((ulong)fingerprints.Get(doc));
        if (own == 0) return [];
        var candidates = new BooleanQuery();
        foreach (var band in SimHash.Bands(own))
        {
            candidates.Add(new TermQuery(new Term(IndexFields.FingerprintBand, band)), Occur.SHOULD);
        }
        var refs = new List<ArticleRef>();
        foreach (var hit in searcher.Search(candidates, MaxTwins + 1).ScoreDocs)
        {
            if (hit.Doc == doc || !SimHash.AreTwins(own, unchecked((ulong)fingerprints!.Get(hit.Doc)))) continue;
            refs.Add(ArticleSearch.Reference(searcher.Doc(hit.Doc)));
        }
        return refs.OrderBy(r => r.Date ?? DateOnly.MaxValue).ThenBy(r => r.ArticleId, StringComparer.Ordinal).ToList();
    }
}
