using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// Near-duplicate articles (the same text republished in another bulletin, a newspaper or a web page), by
/// SimHash (<see cref="SimHash.AreTwins"/>). The fingerprints and lengths of one index reader are held in memory,
/// bucketed by their four 16-bit bands (built on first use after a refresh), so finding the twins of an article
/// is four bucket probes.
/// </summary>
internal sealed class TwinFinder
{
    private const int MaxTwins = 20;

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, Fingerprints> _byReader = new();

    /// <summary>
    /// Folds ranked documents into the best-ranked of their twins: returns the documents to show and how many
    /// were folded away.
    /// </summary>
    public (List<ScoreDoc> Shown, int Folded) Collapse(IndexSearcher searcher, ScoreDoc[] ranked)
    {
        var fingerprints = For(searcher);
        var shown = new List<ScoreDoc>(ranked.Length);
        var kept = new List<int>();
        var folded = 0;
        foreach (var doc in ranked)
        {
            if (kept.Any(k => fingerprints.AreTwins(k, doc.Doc)))
            {
                folded++;
                continue;
            }
            if (fingerprints.Of(doc.Doc) != 0) kept.Add(doc.Doc);
            shown.Add(doc);
        }
        return (shown, folded);
    }

    /// <summary>The twins of one document anywhere in the index, oldest first.</summary>
    public IReadOnlyList<ArticleRef> Find(IndexSearcher searcher, int doc) =>
        For(searcher).TwinsOf(doc)
            .Take(MaxTwins)
            .Select(d => ArticleSearch.Reference(searcher.Doc(d)))
            .OrderBy(r => r.Date ?? DateOnly.MaxValue).ThenBy(r => r.ArticleId, StringComparer.Ordinal)
            .ToList();

    private Fingerprints For(IndexSearcher searcher) => _byReader.GetValue(searcher.IndexReader, reader => new Fingerprints(reader));

    /// <summary>Every live document's fingerprint by document number, and the documents of each band value.</summary>
    private sealed class Fingerprints
    {
        private readonly ulong[] _values;
        private readonly int[] _lengths;
        /// <summary>Band key (band &lt;&lt; 16 | value) -> first entry; entries chain through _next (entry = doc * 4 + band).</summary>
        private readonly Dictionary<int, int> _heads = [];
        private readonly int[] _next;

        public Fingerprints(IndexReader reader)
        {
            _values = new ulong[reader.MaxDoc];
            _lengths = new int[reader.MaxDoc];
            _next = new int[reader.MaxDoc * 4];
            foreach (var leaf in reader.Leaves)
            {
                var values = leaf.AtomicReader.GetNumericDocValues(IndexFields.Fingerprint);
                var lengths = leaf.AtomicReader.GetNumericDocValues(IndexFields.BodyLength);
                if (values is null || lengths is null) continue;
                var live = leaf.AtomicReader.LiveDocs;
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc)) continue;
                    var fingerprint = unchecked((ulong)values.Get(doc));
                    if (fingerprint == 0) continue;
                    var global = leaf.DocBase + doc;
                    _values[global] = fingerprint;
                    _lengths[global] = (int)lengths.Get(doc);
                    for (var band = 0; band < 4; band++)
                    {
                        var key = Key(band, (fingerprint >> (band * 16)) & 0xFFFF);
                        var entry = global * 4 + band;
                        _next[entry] = _heads.TryGetValue(key, out var head) ? head : -1;
                        _heads[key] = entry;
                    }
                }
            }
        }

        public ulong Of(int doc) => _values[doc];

        public bool AreTwins(int a, int b) => SimHash.AreTwins(_values[a], _lengths[a], _values[b], _lengths[b]);

        /// <summary>Probes each band (a twin shares at least one), then checks distance and length.</summary>
        public IEnumerable<int> TwinsOf(int doc)
        {
            var own = _values[doc];
            if (own == 0) return [];
            var twins = new HashSet<int>();
            for (var band = 0; band < 4; band++)
            {
                if (!_heads.TryGetValue(Key(band, (own >> (band * 16)) & 0xFFFF), out var entry)) continue;
                for (; entry >= 0; entry = _next[entry])
                {
                    var other = entry / 4;
                    if (other != doc && AreTwins(doc, other)) twins.Add(other);
                }
            }
            return twins.Order();
        }

        private static int Key(int band, ulong value) => (band << 16) | (int)value;
    }
}
