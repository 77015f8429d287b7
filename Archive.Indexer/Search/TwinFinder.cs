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
        var probes = new BooleanQuery();
        foreach (var probe in SimHash.Probes(own))
        {
            probes.Add(new TermQuery(new Term(IndexFields.FingerprintBand, probe)), Occur.SHOULD);
        }
        var twins = new TwinCollector(own);
        searcher.Search(probes, twins);
        return twins.Docs
            .Where(d => d != doc)
            .Take(MaxTwins)
            .Select(d => ArticleSearch.Reference(searcher.Doc(d)))
            .OrderBy(r => r.Date ?? DateOnly.MaxValue).ThenBy(r => r.ArticleId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Keeps every candidate whose fingerprint is within the twin distance (candidates are few: no ranking needed).</summary>
    private sealed class TwinCollector(ulong fingerprint) : ICollector
    {
        private NumericDocValues? _values;
        private int _docBase;

        public List<int> Docs { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            _values = context.AtomicReader.GetNumericDocValues(IndexFields.Fingerprint);
            _docBase = context.DocBase;
        }

        public void Collect(int doc)
        {
            if (_values is not null && SimHash.AreTwins(fingerprint, unchecked((ulong)_values.Get(doc))))
            {
                Docs.Add(_docBase + doc);
            }
        }
    }
}
