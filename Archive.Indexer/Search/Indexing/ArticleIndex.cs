using System.Diagnostics;
using System.Globalization;
using Archive.Indexer.Search.Synonyms;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Indexer.Search.Indexing;

/// <summary>
/// The Lucene index of articles: a derived view of the store. One writer; a near-real-time searcher that a search
/// refreshes when the writer has changes it lacks (at most every <see cref="RefreshInterval"/>, so a bulk ingest
/// nobody searches during writes large segments instead of many tiny ones); and commits that record the store's
/// change sequence so that at start-up the index knows how far it has caught up. Thread-safe.
/// </summary>
internal sealed class ArticleIndex : IDisposable
{
    /// <summary>
    /// Bumped when the fields or their analysis change (7: traditional script folded; 8: pinyin glosses left out, the
    /// region's places in the metadata field; 9: near-duplicate groups from the store instead of fingerprints; 10: the
    /// issue and the year in the metadata field; 11: the section in the metadata field; 12: a term indexed at most 20,000
    /// times in an article's field; 13: facet values and keywords in simplified script; 14: synonym marks in the bigram
    /// fields; 15: a newspaper page's paper as its publication, 刊物; 16: the rank of a near-duplicate group's member; 17: an article's place among its day's in the date values; 18: an alternative inserted in brackets read both ways in the bigram fields, 村(社区)党组织书记 as 村党组织书记 too; 19: one ideograph quoted inside a word read without the quotes in the bigram fields, 战“疫” as 战疫 too; 20: an issue's running count stored and in the issue field, 总第203期; 21: that joined bigram at the position after the one before it, so a phrase reaches it from before; 22: glosses without a tone mark, repeated or followed by a space left out too, 黨(dang) 政 as 党政; 23: a 文号 printed without its 号 indexed with it too, 湖委发〔2018〕20号; 24: the 文号 stored for the result lines): an index
    /// of another version is rebuilt from the store.
    /// </summary>
    public const int Schema = 24;
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;
    /// <summary>A search sees changes made before this long ago at the latest.</summary>
    internal static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);
    private const int SegmentsForSearch = 4;
    /// <summary>The fields a query finds a word's synonyms in (<see cref="SynonymMarks"/>).</summary>
    private static readonly IReadOnlySet<string> SynonymMarked = new HashSet<string> { IndexFields.TitleBigrams, IndexFields.BodyBigrams, IndexFields.MetaBigrams };

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SynonymMarks _marks;
    /// <summary>The text analysis the writer indexes with: <see cref="TextAnalysis.Index"/> and the synonym marks.</summary>
    private readonly SynonymMarkedFields _marked;
    private readonly object _commitLock = new();
    /// <summary>Stopwatch timestamp of the last refresh.</summary>
    private long _refreshedAt = Stopwatch.GetTimestamp();
    /// <summary>1 when the writer holds changes the current searcher does not show.</summary>
    private int _unrefreshed;

    private ArticleIndex(LuceneDirectory directory, TextAnalysis analysis, SynonymTable synonyms)
    {
        _directory = directory;
        Analysis = analysis;
        Synonyms = synonyms;
        _marks = new SynonymMarks(synonyms, analysis.Bigrams);
        _marked = new SynonymMarkedFields(analysis.Index, _marks, SynonymMarked);
        var config = new IndexWriterConfig(Version, _marked)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Ranking,
            RAMBufferSizeMB = 64,
            // Compound files would copy every flushed and merged segment once more; the index is one folder anyway.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };
        _writer = new IndexWriter(directory, config);
        try
        {
            var committed = _writer.CommitData;
            NeedsRebuild = committed.TryGetValue(IndexFields.SchemaVersion, out var schema)
                ? schema != Schema.ToString(CultureInfo.InvariantCulture) || Committed(IndexFields.Segmentation) != analysis.Segmentation
                    || Committed(IndexFields.Synonyms) != _marks.Fingerprint
                : _writer.NumDocs > 0;
            if (NeedsRebuild)
            {
                _writer.DeleteAll();
            }
            CommittedSequence = !NeedsRebuild && committed.TryGetValue(IndexFields.StoreSequence, out var seq)
                && long.TryParse(seq, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new RankingSearcherFactory());

            string Committed(string key) => committed.TryGetValue(key, out var value) ? value : "";
        }
        catch
        {
            // A segment that cannot be read fails the searcher after the writer took the folder's lock: without this
            // the lock outlived the failure, and the index set aside and opened afresh could not be written.
            _writer.Rollback();
            _marked.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>BM25 over every text field; the title's weight comes from query boosts.</summary>
    internal static Similarity Ranking { get; } = new BM25Similarity();

    internal TextAnalysis Analysis { get; }

    /// <summary>The synonyms the index marks, and so the ones its queries may look for (<see cref="SynonymMarks"/>).</summary>
    internal SynonymTable Synonyms { get; }

    /// <summary>The store's change sequence the last commit reflected (0 for a new index).</summary>
    public long CommittedSequence { get; private set; }

    /// <summary>True when the index on disk had another schema, segmentation or synonym table and was emptied: rebuild it from the store.</summary>
    public bool NeedsRebuild { get; }

    /// <param name="synonyms">The synonyms to mark (none when null).</param>
    public static ArticleIndex Open(string directory, TextAnalysis analysis, SynonymTable? synonyms = null)
    {
        System.IO.Directory.CreateDirectory(directory);
        return new ArticleIndex(new MappedDirectory(directory), analysis, synonyms ?? SynonymTable.Empty(analysis));
    }

    /// <summary>An index in memory, for tests and benchmarks that do not need it to survive.</summary>
    internal static ArticleIndex InMemory(TextAnalysis analysis, SynonymTable? synonyms = null) =>
        new(new Lucene.Net.Store.RAMDirectory(), analysis, synonyms ?? SynonymTable.Empty(analysis));

    /// <summary>Adds or replaces an article.</summary>
    public void Upsert(StoredArticle article, StoredDocument document)
    {
        _writer.UpdateDocument(new Term(IndexFields.Id, article.Id), ArticleDocument.Build(article, document, Analysis.Folding));
        Changed();
    }

    /// <summary>Adds an article known to be absent (a rebuild): cheaper than an update.</summary>
    public void Add(StoredArticle article, StoredDocument document)
    {
        _writer.AddDocument(ArticleDocument.Build(article, document, Analysis.Folding));
        Changed();
    }

    public void DeleteArticle(string articleId)
    {
        _writer.DeleteDocuments(new Term(IndexFields.Id, articleId));
        Changed();
    }

    public void DeleteAll()
    {
        _writer.DeleteAll();
        Changed();
    }

    private void Changed() => Volatile.Write(ref _unrefreshed, 1);

    /// <summary>Makes every change so far visible to searches (near-real-time, no fsync).</summary>
    private void Refresh()
    {
        Interlocked.Exchange(ref _unrefreshed, 0);
        _searchers.MaybeRefreshBlocking();
        Volatile.Write(ref _refreshedAt, Stopwatch.GetTimestamp());
    }

    /// <summary>
    /// Before a search: refreshes when the writer has changes the searcher lacks and the last refresh is older than
    /// <see cref="RefreshInterval"/>. One search refreshes; searches arriving meanwhile use the searcher they have.
    /// </summary>
    private void RefreshIfStale()
    {
        if (Volatile.Read(ref _unrefreshed) == 0 || Stopwatch.GetElapsedTime(Volatile.Read(ref _refreshedAt)) < RefreshInterval) return;
        if (Interlocked.Exchange(ref _unrefreshed, 0) == 0) return;
        Volatile.Write(ref _refreshedAt, Stopwatch.GetTimestamp());
        try
        {
            _searchers.MaybeRefresh();
        }
        catch
        {
            Changed(); // the next search tries again
            throw;
        }
    }

    /// <summary>
    /// After a bulk load: merges the index down to a few segments, since every segment adds its own cost to every
    /// search (32 segments cost 13% of a search on 100,000 articles). Rewrites the index once; searches go on.
    /// </summary>
    public void MergeForSearch() => _writer.ForceMerge(SegmentsForSearch);

    /// <summary>Makes the changes durable and records that the index now reflects the store up to <paramref name="sequence"/>.</summary>
    public void Commit(long sequence)
    {
        lock (_commitLock)
        {
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [IndexFields.StoreSequence] = sequence.ToString(CultureInfo.InvariantCulture),
                [IndexFields.SchemaVersion] = Schema.ToString(CultureInfo.InvariantCulture),
                [IndexFields.Segmentation] = Analysis.Segmentation,
                [IndexFields.Synonyms] = _marks.Fingerprint,
            });
            _writer.Commit();
            CommittedSequence = sequence;
        }
        Refresh();
    }

    /// <summary>Runs <paramref name="action"/> with a current searcher, released afterwards.</summary>
    internal T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        using var lease = Lease();
        return action(lease.Searcher);
    }

    /// <summary>A current searcher, held (its segments kept) until the lease is disposed.</summary>
    internal SearcherLease Lease()
    {
        RefreshIfStale();
        return new SearcherLease(_searchers, _searchers.Acquire());
    }

    internal sealed class SearcherLease(SearcherManager searchers, IndexSearcher searcher) : IDisposable
    {
        private int _released;

        public IndexSearcher Searcher => searcher;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) searchers.Release(searcher);
        }
    }

    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    public void Dispose()
    {
        _searchers.Dispose();
        try
        {
            _writer.Dispose();
        }
        catch (Exception e) when (StorageFullException.IsDiskFull(e))
        {
            // No room for the closing commit: drop what is uncommitted and release the lock. The store holds it
            // all, and the next start catches the index up from its last commit.
            _writer.Rollback();
        }
        _marked.Dispose();
        _directory.Dispose();
    }

    private sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Ranking };
    }
}
