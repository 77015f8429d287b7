using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// Near-duplicate articles (the same text republished in another bulletin, a newspaper or a web page), by
/// SimHash (<see cref="SimHash.AreTwins"/>). The fingerprints and lengths of one index reader are held in memory,
/// sorted by each of their four 16-bit bands (built on first use after a refresh), so finding the twins of an
/// article is four scans of contiguous runs.
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

    /// <summary>
    /// Every live document's fingerprint by document number, and per band the documents sorted by that band's value
    /// (fingerprint and length inline), so probing a band scans one contiguous run of memory.
    /// </summary>
    private sealed class Fingerprints
    {
        private const int BandValues = 1 << 16;

        private readonly ulong[] _values;
        private readonly int[] _lengths;
        /// <summary>Per band: where each band value's run starts in <see cref="_entries"/> (BandValues + 1 offsets).</summary>
        private readonly int[][] _starts = new int[4][];
        private readonly Entry[][] _entries = new Entry[4][];

        public Fingerprints(IndexReader reader)
        {
            _values = new ulong[reader.MaxDoc];
            _lengths = new int[reader.MaxDoc];
            var docs = new List<int>(reader.MaxDoc);
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
                    docs.Add(global);
                }
            }
            for (var band = 0; band < 4; band++)
            {
                // A counting sort by the band's value.
                var starts = new int[BandValues + 1];
                foreach (var doc in docs) starts[BandOf(_values[doc], band) + 1]++;
                for (var v = 0; v < BandValues; v++) starts[v + 1] += starts[v];
                var next = starts[..BandValues];
                var entries = new Entry[docs.Count];
                foreach (var doc in docs) entries[next[BandOf(_values[doc], band)]++] = new Entry(_values[doc], doc, _lengths[doc]);
                _starts[band] = starts;
                _entries[band] = entries;
            }
        }

        public ulong Of(int doc) => _values[doc];

        public bool AreTwins(int a, int b) => SimHash.AreTwins(_values[a], _lengths[a], _values[b], _lengths[b]);

        /// <summary>Probes each band (a twin shares at least one), then checks distance and length.</summary>
        public IEnumerable<int> TwinsOf(int doc)
        {
            var own = _values[doc];
            if (own == 0) return [];
            var length = _lengths[doc];
            var twins = new HashSet<int>();
            for (var band = 0; band < 4; band++)
            {
                var value = BandOf(own, band);
                var entries = _entries[band];
                for (int i = _starts[band][value], end = _starts[band][value + 1]; i < end; i++)
                {
                    var other = entries[i];
                    if (other.Doc != doc && SimHash.AreTwins(own, length, other.Fingerprint, other.Length)) twins.Add(other.Doc);
                }
            }
            return twins.Order();
        }

        private static int BandOf(ulong fingerprint, int band) => (int)((fingerprint >> (band * 16)) & 0xFFFF);

        private readonly record struct Entry(ulong Fingerprint, int Doc, int Length);
    }
}
