using Lucene.Net.Index;

namespace Archive.Indexer.Search;

/// <summary>
/// Answers of recent searches, like Solr's queryResultCache: keyed by the normalized request and bound to the
/// index reader that computed them. Every entry belongs to one reader; a search on a newer reader (after a refresh:
/// new, changed or deleted articles) empties the cache first, so a stale answer cannot be served. A search still
/// running on an older reader neither reads nor fills it. Bounded in entries and in estimated bytes, least
/// recently used out first. An answer is kept the second time its search is asked, not the first: most searches in
/// a search log are asked once, and keeping each of them pushed out the answers asked for again and again (a
/// doorkeeper, as in TinyLFU's admission). Thread-safe (one short lock per look-up).
/// </summary>
internal sealed class SearchResultCache(int maxEntries, long maxBytes)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    /// <summary>
    /// The searches asked since it was last emptied (their keys' hashes), forgotten all at once when it fills; kept
    /// across readers, so a search asked often is kept again at once after a refresh.
    /// </summary>
    private readonly HashSet<int> _asked = [];
    private long _readerVersion = -1;
    private long _bytes;
    private long _hits;
    private long _misses;

    public bool Enabled => maxEntries > 0 && maxBytes > 0;

    /// <summary>The answer cached for <paramref name="key"/> on this very reader, or null (counted as a miss).</summary>
    public SearchResults? Get(IndexReader reader, string key)
    {
        lock (_lock)
        {
            if (!Follow(reader) || !_entries.TryGetValue(key, out var node))
            {
                _misses++;
                return null;
            }
            _recency.Remove(node);
            _recency.AddFirst(node);
            _hits++;
            return node.Value.Results;
        }
    }

    /// <summary>
    /// Keeps an answer computed on <paramref name="reader"/> when its search was asked before, unless the cache has
    /// moved on to a newer reader.
    /// </summary>
    public void Put(IndexReader reader, string key, SearchResults results)
    {
        var bytes = EstimatedBytes(key, results);
        if (bytes > maxBytes / 4) return; // one huge page (size=100 with long snippets) must not flush everything else
        lock (_lock)
        {
            if (!Follow(reader) || FirstAsked(key)) return;
            if (_entries.Remove(key, out var old))
            {
                _recency.Remove(old);
                _bytes -= old.Value.Bytes;
            }
            _entries[key] = _recency.AddFirst(new Entry(key, results, bytes));
            _bytes += bytes;
            while (_entries.Count > maxEntries || _bytes > maxBytes)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(last.Value.Key);
                _bytes -= last.Value.Bytes;
            }
        }
    }

    public SearchCacheStats Stats()
    {
        lock (_lock)
        {
            return new SearchCacheStats(Enabled, _entries.Count, maxEntries, _bytes, maxBytes, _hits, _misses);
        }
    }

    /// <summary>True the first time a search is asked (within what the doorkeeper remembers): its answer is not kept yet.</summary>
    private bool FirstAsked(string key)
    {
        var hash = key.GetHashCode();
        if (_asked.Contains(hash)) return false;
        if (_asked.Count >= 4L * maxEntries) _asked.Clear();
        _asked.Add(hash);
        return true;
    }

    /// <summary>
    /// Moves the cache to <paramref name="reader"/> when it is newer than the one it holds (dropping every entry);
    /// false when the reader is older, so that an answer of an old reader is never mixed with newer ones.
    /// </summary>
    private bool Follow(IndexReader reader)
    {
        if (!Enabled) return false;
        // The version alone, not the reader: holding the reader would keep its per-reader data (facet ordinals,
        // fingerprints) alive after it is replaced. Readers of one version show the same articles.
        var version = (reader as DirectoryReader)?.Version ?? long.MaxValue;
        if (version == _readerVersion) return true;
        if (version < _readerVersion) return false;
        _entries.Clear();
        _recency.Clear();
        _bytes = 0;
        _readerVersion = version;
        return true;
    }

    /// <summary>
    /// Roughly what an answer holds on the heap: the strings made for it (UTF-16) and a fixed cost per object. A
    /// facet value's text is the reader's own (its ordinal table), which the answer only points to: counted as the
    /// text too, a page's region tree (up to thousands of paths) made each answer look several times its size, and
    /// the cache held a few hundred answers in its budget.
    /// </summary>
    internal static long EstimatedBytes(string key, SearchResults results)
    {
        const int perObject = 48;
        long bytes = 2L * key.Length + 4 * perObject;
        foreach (var hit in results.Hits)
        {
            bytes += perObject * 4 + 2L * (hit.ArticleId.Length + hit.DocumentId.Length + hit.Title.Length + (hit.TitleHtml?.Length ?? 0)
                + (hit.Series?.Length ?? 0) + (hit.Section?.Length ?? 0) + (hit.SourceDepartment?.Length ?? 0) + (hit.Region?.Length ?? 0));
            foreach (var snippet in hit.Snippets) bytes += perObject + 2L * snippet.Length;
            foreach (var word in hit.MissingWords) bytes += perObject + 2L * word.Length;
            foreach (var twin in hit.AlsoPublishedIn) bytes += perObject * 2 + 2L * (twin.ArticleId.Length + twin.Title.Length);
        }
        foreach (var values in results.Facets.Values) bytes += perObject + Values(values);
        foreach (var warning in results.Warnings) bytes += perObject + 2L * warning.Length;
        return bytes + 2L * (results.ParsedQuery?.Length ?? 0);

        static long Values(IReadOnlyList<FacetValue> values)
        {
            long sum = 0;
            foreach (var value in values) sum += perObject * 2 + Values(value.Children);
            return sum;
        }
    }

    private sealed record Entry(string Key, SearchResults Results, long Bytes);
}
