using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Archive.Indexer.Chinese;
using Archive.Indexer.Curation;
using Archive.Indexer.Ingestion;
using Archive.Indexer.Parsing;
using Archive.Indexer.Regions;
using Archive.Indexer.Search;
using Archive.Indexer.Search.Synonyms;
using Archive.Indexer.Search.Syntax;
using Archive.Indexer.Store;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;
using Archive.Indexer.Text.Isolation;
using Archive.Indexer.Text.Recognition;
using System.IO.Compression;
using Archive.Indexer.Search.Facets;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Twins;

namespace Archive.Indexer;

/// <summary>
/// The engine's one façade: the CLI, the API and the UI call this and never reach into Lucene or SQLite.
/// Thread-safe; open one per data folder and process.
/// </summary>
public sealed class ArchiveService : IDisposable
{
    private const int ChangeBatch = 5_000;
    private const string IndexFolder = "index";
    /// <summary>
    /// A batch this large, and at least a quarter of the index, is a bulk load: the index is merged for searching
    /// afterwards (a small batch into a large index is not worth rewriting it).
    /// </summary>
    private const int BulkArticles = 10_000;
    /// <summary>During a long ingest, what was stored reaches the index writer this often (searches then see it), from a thread of its own.</summary>
    private static readonly TimeSpan CatchUpInterval = TimeSpan.FromMilliseconds(500);
    /// <summary>During a long ingest, the index is committed this often, so a crash costs little catching up.</summary>
    private static readonly TimeSpan CommitInterval = TimeSpan.FromMinutes(2);
    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    /// <summary>The audit log's editor for a deletion or a restore whose caller names no one (a program using the engine).</summary>
    private static readonly Editing Unnamed = new("archive");
    /// <summary>A reindex reports its progress every this many articles.</summary>
    private const int ReindexProgressEvery = 1000;

    private readonly ArchiveStore _store;
    private readonly ArticleIndex _index;
    private readonly TextAnalysis _analysis;
    private readonly ArticleSearch _search;
    private readonly SearchResultCache _searchCache;
    private readonly SimilarArticles _similar;
    private readonly ArticleEnricher _enricher;
    private readonly IngestionPipeline _pipeline;
    /// <summary>The readers and parsers: for ingesting and for reading kept originals again.</summary>
    private readonly SourceParser _parser;
    private readonly CorrectionReader _corrections;
    /// <summary>LibreOffice and Tesseract for .doc, .wps, .rtf and scans; started only when such a file comes.</summary>
    private readonly DocumentTools _tools;
    private readonly TimeProvider _clock;
    /// <summary>One writer of the index at a time: catching up, deleting, rebuilding.</summary>
    private readonly Lock _indexing = new();
    /// <summary>Held while open: no other process writes this archive's store and index meanwhile.</summary>
    private readonly DataFolderLock _lock;
    /// <summary>The store's change sequence the index holds (searchable, perhaps not yet committed).</summary>
    private long _applied;

    private ArchiveService(ArchiveOptions options, ChineseLanguage language, TimeProvider clock)
    {
        Options = options;
        _clock = clock;
        Directory.CreateDirectory(options.DataDirectory);
        _lock = DataFolderLock.Take(options.DataDirectory);
        try
        {
            var database = Path.Combine(options.DataDirectory, ArchiveStore.DatabaseFile);
            if (LostStore(options.DataDirectory, database) is { } lost) throw DamagedStoreException.Lost(Path.GetFullPath(database), lost);
            _store = ArchiveStore.Open(database, clock);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
        try
        {
            // The language's data packages load here and may be missing or damaged (DataPackageException).
            _analysis = TextAnalysis.For(language);
            var parser = DocumentParser.CreateDefault();
            _index = OpenOrSetAsideIndex(Path.Combine(options.DataDirectory, IndexFolder), new SynonymTable(SynonymSources(language, parser.Gazetteer), _analysis.WordTerms));
            _searchCache = new SearchResultCache(options.SearchCacheEntries, options.SearchCacheMegabytes * 1024L * 1024);
            _search = new ArticleSearch(_index, _store.GetBodies, _searchCache);
            _similar = new SimilarArticles(_index, parser.Gazetteer);
            _enricher = new ArticleEnricher(KeywordExtractor.For(language), language.ScriptFolding);
            _tools = new DocumentTools(options.Conversion);
            // One reader of files for ingesting and for reading kept originals again (Reparse).
            _parser = new SourceParser(parser, _tools, IsolatedReader.Shared);
            _pipeline = new IngestionPipeline(_store, _parser, options.MaxFileBytes, _enricher);
            _corrections = new CorrectionReader(parser.Gazetteer);
            _applied = _index.CommittedSequence;
        }
        catch
        {
            // Nothing opened may outlive a failed open: the index holds its write lock.
            _index?.Dispose();
            _analysis?.Dispose();
            _store.Dispose();
            _lock.Dispose();
            throw;
        }
    }

    public ArchiveOptions Options { get; }

    /// <summary>What opening had to repair (an index that could not be read, set aside and rebuilt), or null.</summary>
    public string? Repair { get; private set; }

    /// <summary>
    /// The index is derived from the store, so an index that cannot be read (damaged, cut or missing files, a format
    /// of another version, a file where its folder should be) is moved aside (replacing an older aside copy) and
    /// started afresh; Open then rebuilds it. What is no damage of the index is thrown: a lock another process holds,
    /// a full disk, a folder the process may not write.
    /// </summary>
    private ArticleIndex OpenOrSetAsideIndex(string directory, SynonymTable synonyms)
    {
        try
        {
            return ArticleIndex.Open(directory, _analysis, synonyms);
        }
        catch (Exception e) when (IsIndexDamage(e))
        {
            var aside = directory + ".damaged";
            if (Directory.Exists(aside)) Directory.Delete(aside, recursive: true);
            else File.Delete(aside);
            if (File.Exists(directory)) File.Move(directory, aside);
            else Directory.Move(directory, aside);
            Repair = $"the search index could not be read ({e.GetType().Name}: {e.Message}); it was moved to {aside} and rebuilt from the store";
            return ArticleIndex.Open(directory, _analysis, synonyms);
        }
    }

    /// <summary>
    /// Lucene says a damaged file in many ways (CorruptIndexException, an IOException "codec header mismatch", an
    /// end of file, a missing file, an index out of range reading a cut one), so damage is what is left once the
    /// failures that are not the files' own are set apart.
    /// </summary>
    private static bool IsIndexDamage(Exception e) =>
        e is not (Lucene.Net.Store.LockObtainFailedException or UnauthorizedAccessException or OutOfMemoryException or DataPackageException)
        && !StorageFullException.IsDiskFull(e);

    /// <summary>
    /// How archive.db is gone ("missing", "empty") when the folder still holds an archive's index (a commit of it) or
    /// kept originals, or null: opened, a new empty store would have the index emptied to match it.
    /// </summary>
    private static string? LostStore(string dataDirectory, string database)
    {
        var what = !File.Exists(database) ? "missing" : new FileInfo(database).Length == 0 ? "empty" : null;
        if (what is null) return null;
        var index = Path.Combine(dataDirectory, IndexFolder);
        var originals = Path.Combine(dataDirectory, OriginalFiles.FolderName);
        var held = (Directory.Exists(index) && Directory.EnumerateFiles(index, "segments_*").Any())
                   || (Directory.Exists(originals) && Directory.EnumerateFiles(originals, "*", SearchOption.AllDirectories).Any());
        return held ? what : null;
    }

    /// <summary>The store, for tests that need its hooks (a capped database size).</summary>
    internal ArchiveStore Store => _store;

    /// <summary>The file extensions the archive reads (lower case, with the dot).</summary>
    public static IReadOnlyList<string> SupportedExtensions => DocumentReader.Extensions;

    /// <summary>
    /// Whether an exception (or one it wraps) says the disk or the database is full, wherever it was thrown: nothing
    /// of the file being stored remains, and the same batch run again once there is room completes it.
    /// </summary>
    public static bool IsDiskFull(Exception exception) => StorageFullException.IsDiskFull(exception);

    /// <summary>The field names a query may use (标题:, 地区: ...), one per field, as the help page lists them.</summary>
    public static IEnumerable<string> QueryFieldNames => Archive.Indexer.Search.Syntax.QueryFieldNames.All.Select(f => f.Names[0]);

    /// <summary>
    /// Opens (creating if needed) the archive in <see cref="ArchiveOptions.DataDirectory"/>: archive.db and index/.
    /// The index then catches up with whatever the store holds that it lacks (new, superseded, deleted articles).
    /// </summary>
    /// <exception cref="DataPackageException">The language data (dictionary, IDF table) is missing or corrupt.</exception>
    /// <exception cref="IOException">Another process has the archive open (or the folder cannot be written).</exception>
    public static ArchiveService Open(ArchiveOptions options) => Open(options, ChineseLanguage.Shared, TimeProvider.System);

    internal static ArchiveService Open(ArchiveOptions options, ChineseLanguage language, TimeProvider clock)
    {
        var service = new ArchiveService(options, language, clock);
        try
        {
            var stored = service._store.CurrentSequence;
            var indexed = service._index.CommittedSequence;
            // Rebuild when the index has another schema, is far behind from scratch, or is ahead of the store
            // (the database was replaced): replaying the change log cannot fix those.
            if (indexed > stored)
            {
                service.Repair = $"the search index held changes up to {indexed} the store does not (it holds up to {stored}): archive.db was replaced " +
                                 "or lost its last writes (a damaged write-ahead log); the index was rebuilt from the store";
            }
            if (service._index.NeedsRebuild || (indexed == 0 && stored > ChangeBatch) || indexed > stored)
            {
                service.Reindex();
            }
            else
            {
                service.CatchUp();
            }
            return service;
        }
        catch (Exception e)
        {
            service.Dispose();
            // Damage SQLite finds only as the index reads the rows (a page of articles cut or zeroed) is the store's.
            if (DamagedStoreException.IsDamage(e)) throw DamagedStoreException.Unreadable(service._store.DatabasePath, e);
            throw;
        }
    }

    /// <summary>
    /// Ingests files and folders (recursively); one transaction per file; failures are recorded, never thrown. Says what
    /// each file became, in the order the folders were walked.
    /// </summary>
    /// <remarks>What is stored becomes searchable within a second, also in the middle of a long batch.</remarks>
    /// <exception cref="IOException">The disk filled up (<see cref="IsDiskFull"/>): the files before were stored, the one being stored was not.</exception>
    public IReadOnlyList<FileOutcome> Ingest(IReadOnlyList<string> paths, CancellationToken cancellationToken = default) =>
        Ingest(paths, progress: null, cancellationToken);

    /// <param name="progress">Files done, for the CLI's progress bar and the benchmarks.</param>
    /// <param name="pages">Pages recognized of the scan being read, reported from the threads reading files (the CLI's progress bar).</param>
    internal IReadOnlyList<FileOutcome> Ingest(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress, CancellationToken cancellationToken = default,
        IProgress<PageProgress>? pages = null)
    {
        var sinceCommit = Stopwatch.StartNew();
        IReadOnlyList<FileOutcome> outcomes;
        using (var follower = new IndexFollower(() =>
               {
                   var commit = sinceCommit.Elapsed >= CommitInterval;
                   CatchUp(commit);
                   if (commit) sinceCommit.Restart();
               }, CatchUpInterval))
        {
            var visibility = new SynchronousProgress<IngestProgress>(p =>
            {
                if (p.FilesDone > 0) follower.Stored();
                progress?.Report(p);
            });
            try
            {
                outcomes = _pipeline.Ingest(paths, visibility, cancellationToken, pages);
            }
            catch
            {
                // What was stored before the batch stopped becomes searchable all the same. When the disk is full the
                // index may have no room either: it catches up at the next change or start, and the caller hears why
                // the batch stopped, not of the index.
                follower.Dispose();
                CatchUpUnlessDiskFull();
                throw;
            }
        }
        // Every file is stored: an index out of room (the follower's last catch-up, or this one) catches up at the
        // next change or start, and the caller gets its outcomes, not the index's error.
        CatchUpUnlessDiskFull();
        if (outcomes.Articles >= BulkArticles && outcomes.Articles * 4L >= _index.Count) MergeForSearch();
        return outcomes;
    }

    /// <summary>
    /// Ingests one uploaded file given by name and bytes. Bytes already stored as a current document are read again
    /// with the current parsers (<see cref="Reparse"/>): what editors corrected stays, and the outcome says where the
    /// parser now disagrees. New bytes supersede (Superseded) the current document last uploaded under the same name
    /// only when they are plausibly the same document: the same 文号, the same issue of a series, or near-duplicate
    /// text; otherwise both stay current.
    /// </summary>
    /// <exception cref="IOException">The disk is full (<see cref="IsDiskFull"/>): the file was not stored.</exception>
    /// <param name="replaces">A current document these bytes are a new version of, whatever its name or text: it is superseded.</param>
    /// <param name="cancellationToken">Stops a long conversion or recognition (the client went away); nothing is stored then.</param>
    public FileOutcome IngestUpload(string fileName, ReadOnlyMemory<byte> content, string? replaces = null, CancellationToken cancellationToken = default)
    {
        var outcome = _pipeline.IngestUpload(fileName, content, replaces, cancellationToken);
        CatchUpUnlessDiskFull();
        return outcome is { Status: FileOutcomeStatus.Unchanged, DocumentId: { } documentId } && Reparse(documentId, cancellationToken) is { Status: ReparseStatus.Reparsed } reparse
            ? outcome with { Reparse = reparse }
            : outcome;
    }

    /// <summary>
    /// Reads a current document's kept original again with the current readers and parsers (after a parser change)
    /// and stores what they read, keeping every correction editors made; the report says what changed and where the
    /// parser now disagrees with the editors. The index follows before this returns.
    /// </summary>
    /// <param name="cancellationToken">Stops a long conversion or recognition; nothing is stored then.</param>
    public ReparseReport Reparse(string documentId, CancellationToken cancellationToken = default)
    {
        var document = _store.GetDocument(documentId);
        if (document is not { Status: DocumentStatus.Active }) return new ReparseReport(documentId, ReparseStatus.NotFound);
        if (document.Original is not { } original) return new ReparseReport(documentId, ReparseStatus.NoOriginal);
        byte[] bytes;
        using (var stream = _store.Originals.Open(original))
        {
            if (stream is null) return new ReparseReport(documentId, ReparseStatus.OriginalMissing);
            bytes = new byte[original.Size];
            stream.ReadExactly(bytes);
        }
        if (ContentIdentity.Sha256Hex(bytes) != original.Sha256) return new ReparseReport(documentId, ReparseStatus.OriginalMissing);
        if (Unreadable(documentId, () => original.MediaType == KeptOriginals.PagesMediaType ? ReadPagesAgain(original, bytes, cancellationToken)
                : _parser.ParseFile(original.FileName, bytes, new ReadingContext(original.FileName, cancellationToken)), out var parsed) is { } unreadable)
            return unreadable;
        var report = _store.Reparses.Reparse(documentId, parsed, _enricher.Enrich);
        if (report.Changed) CatchUpUnlessDiskFull();
        return report;
    }

    /// <summary>
    /// Brings a deleted document back from its file, given again (the same bytes it was read from, read as the type of
    /// the name it came under): its text and articles as the current parsers read them, in search again (or superseded,
    /// in history, where a newer version had replaced it), its permalinks live. Fields editors corrected
    /// keep their values; the splits and merges they made are undone, since deleting erased the text they moved (an
    /// article split off leads to the one it came from). NotFound unless the document is deleted; NotItsFile for other
    /// bytes (a scanned issue, whose identity is its page images', is not restored from one file). The index follows
    /// before this returns.
    /// </summary>
    /// <param name="editing">Who restores it (and why), for the audit log; null: the program calling names no one.</param>
    public ReparseReport RestoreDocument(string documentId, ReadOnlyMemory<byte> content, Editing? editing = null, CancellationToken cancellationToken = default)
    {
        if (_store.GetDocument(documentId) is not { Status: DocumentStatus.Deleted } document) return new ReparseReport(documentId, ReparseStatus.NotFound);
        var source = new SourceFile(document.FileName, ContentIdentity.Sha256Hex(content.Span), content.Length);
        if (source.Sha256 != document.Sha256) return new ReparseReport(documentId, ReparseStatus.NotItsFile);
        if (Unreadable(documentId, () => _parser.ParseFile(document.FileName, content, new ReadingContext(document.FileName, cancellationToken)), out var parsed) is { } unreadable)
            return unreadable;
        var report = _store.Reparses.Restore(documentId, parsed, _enricher.Enrich, KeptOriginals.Of(source, content, parsed), editing ?? Unnamed);
        CatchUpUnlessDiskFull();
        return report;
    }

    /// <summary>Reads a document's file again: null with what was read, or the report that the current readers cannot read it.</summary>
    private static ReparseReport? Unreadable(string documentId, Func<ParsedFile> read, out ParsedFile parsed)
    {
        try
        {
            parsed = read();
            return null;
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            parsed = null!;
            return new ReparseReport(documentId, ReparseStatus.Unreadable) { Error = e.Message };
        }
    }

    /// <summary>A scanned issue's kept pages, unpacked into a scratch folder for as long as they are recognized again.</summary>
    private ParsedFile ReadPagesAgain(OriginalFile original, byte[] zip, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("archive-pages-");
        try
        {
            using (var archive = new ZipArchive(new MemoryStream(zip)))
            {
                // Page names are the archive's own (it wrote the zip), and only their file names are used.
                foreach (var entry in archive.Entries) entry.ExtractToFile(Path.Combine(folder.FullName, Path.GetFileName(entry.FullName)));
                var pages = new ScannedPages([.. archive.Entries.Select(e => Path.Combine(folder.FullName, Path.GetFileName(e.FullName)))], Options.MaxFileBytes);
                return _parser.ParsePages(pages, new ReadingContext(original.FileName, cancellationToken));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Every current document with a kept original, to read again (<see cref="Reparse"/>).</summary>
    internal IReadOnlyList<string> ReparsableDocuments() => _store.GetCurrentDocumentsWithOriginals();

    /// <summary>
    /// After a change the store holds: an index without room for it catches up at the next change or start
    /// (CatchUp rewinds), and the caller hears what the store did, which is the truth.
    /// </summary>
    private void CatchUpUnlessDiskFull()
    {
        try
        {
            CatchUp();
        }
        catch (Exception e) when (StorageFullException.IsDiskFull(e))
        {
        }
    }

    /// <summary>Merges the index for searching and commits the merge, so that searches and restarts use it.</summary>
    private void MergeForSearch()
    {
        lock (_indexing)
        {
            try
            {
                _index.MergeForSearch();
                _index.Commit(_applied);
            }
            catch (Exception e) when (StorageFullException.IsDiskFull(e))
            {
                // The merge is an optimization: without room for it the index stays as it was, complete.
            }
        }
    }

    /// <summary>One page of hits with facets; a repeated search of the same index reader is answered from the result cache.</summary>
    public SearchResults Search(SearchRequest request) => _search.Search(request);

    /// <summary>
    /// A facet value as the facets list it and filters select it: simplified script (基層黨建 lists as 基层党建), a
    /// region as a normalized path, a place's name as its path in the archive (安庆: 安徽省/安庆市); null for a region
    /// value that names no path. A page that links the ticked values this way unticks a value however it was written,
    /// and a feed is known by the same id.
    /// </summary>
    public string? FacetValueOf(FacetField field, string value) => _search.Selected(field, value);

    /// <summary>
    /// The newest articles a search matches (by their documents' dates), each with its document and its citation (not
    /// the neighbours its page shows): the entries of the search's Atom feed.
    /// </summary>
    public IReadOnlyList<ArticleDetail> Feed(string? query, IReadOnlyDictionary<FacetField, IReadOnlyList<string>> filters, int count)
    {
        var results = _search.Search(new SearchRequest
        {
            // A feed follows what matches, never the suggestions a search page adds when few articles hold every word.
            Query = query, Filters = filters, Sort = SearchSort.Newest, PageSize = count, WithFacets = false, WithHighlights = false,
            WithPartialMatches = false,
        });
        var cited = Cited(results.Hits.Select(h => h.ArticleId));
        return [.. results.Hits.Where(h => cited.ContainsKey(h.ArticleId)).Select(h => cited[h.ArticleId])];
    }

    /// <summary>
    /// The warnings about the field filters of <paramref name="query"/> a search would leave out (an unknown field, no
    /// value, a value that is no date or issue number): read off the text alone, before anything is searched.
    /// </summary>
    public IReadOnlyList<string> IgnoredFilters(string? query) => QuerySyntaxParser.Parse(query).IgnoredFilters;

    /// <summary>
    /// Whether <paramref name="query"/> holds text but nothing a search can look for (！！！, 的 了 和, a lone quote): a
    /// search of it lists the whole archive, with a warning saying why.
    /// </summary>
    public bool SearchesNothing(string? query) => !string.IsNullOrWhiteSpace(query) && _search.SearchesNothing(query);

    /// <summary>
    /// A search's hits for export, up to <paramref name="limit"/>, in the order its pages show them (one pass over the
    /// matches, no facets, no highlights): dispose it when written. An export lists matches to cite, so full matches
    /// only, never a partial answer's.
    /// </summary>
    public SearchExport Export(SearchRequest request, int limit) =>
        _search.Export(request with { WithFacets = false, WithHighlights = false, WithPartialMatches = false }, limit).CompletedBy(hits =>
        {
            var cited = Cited(hits.Select(h => h.ArticleId));
            return hits.Select(h => cited.TryGetValue(h.ArticleId, out var entry) ? h with { Citation = entry.Citation } : h);
        });

    /// <summary>
    /// The articles with their documents and citations, read from the store in one go and without their bodies, which
    /// a feed or a list of references never shows; unknown ids are left out.
    /// </summary>
    private Dictionary<string, ArticleDetail> Cited(IEnumerable<string> articleIds)
    {
        var today = Today;
        return _store.GetArticlesWithDocuments([.. articleIds], withBodies: false).ToDictionary(a => a.Article.Id,
            a => new ArticleDetail(a.Article, a.Document, CitationFormatter.Format(a.Article, a.Document, today)), StringComparer.Ordinal);
    }

    /// <summary>Today in Beijing, where the archive's readers are, whatever zone the server keeps: the access date of a web page's citation.</summary>
    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(ReadersTime).DateTime);

    private static readonly TimeSpan ReadersTime = TimeSpan.FromHours(8);

    /// <summary>The texts HTML-escaped, with what the query matches in &lt;mark&gt;, exactly as result lists mark it.</summary>
    public IReadOnlyList<string> MarkMatches(string? query, IReadOnlyList<string> texts) => _search.Mark(query, texts);

    /// <summary>What the search result cache holds and its hit ratio since start.</summary>
    public SearchCacheStats SearchCache => _searchCache.Stats();

    /// <summary>An article with its document; null when unknown or deleted (a deleted document is gone for everyone).</summary>
    public ArticleDetail? GetArticle(string articleId)
    {
        var (article, document) = Published(articleId);
        if (article is null || document is null) return null;
        var sameIssue = _store.GetArticleReferences(document).Where(a => a.ArticleId != article.Id).ToList();
        return new ArticleDetail(article, document, CitationFormatter.Format(article, document, Today))
        {
            SameIssue = sameIssue,
            AlsoPublishedIn = _search.AlsoPublishedIn(article.Id),
            CurrentVersion = document.Status == DocumentStatus.Superseded ? _store.GetCurrentVersion(article) : null,
        };
    }

    /// <summary>A document with its articles, text and audit log; null when unknown or deleted.</summary>
    public DocumentDetail? GetDocument(string documentId)
    {
        var document = FindDocument(documentId);
        if (document is null) return null;
        return new DocumentDetail(document, _store.GetArticleReferences(document), _store.GetOriginalText(documentId) ?? "",
            _store.Corrections.GetLog(documentId));
    }

    /// <summary>A document's metadata alone (its revision, its original); null when unknown or deleted.</summary>
    public StoredDocument? FindDocument(string documentId) =>
        _store.GetDocument(documentId) is { Status: not DocumentStatus.Deleted } document ? document : null;

    /// <summary>An article alone, without what its page adds; null when unknown, deleted or merged into another.</summary>
    public StoredArticle? FindArticle(string articleId) => Published(articleId).Article;

    /// <summary>
    /// The file a document was read from (its <see cref="StoredDocument.Original"/>, which <see cref="FindDocument"/>
    /// gives), opened for reading; null when the document is unknown or deleted, was ingested before originals were
    /// kept, or its kept file is missing or damaged.
    /// </summary>
    public Stream? OpenOriginal(string documentId) =>
        FindDocument(documentId)?.Original is { } original ? _store.Originals.Open(original) : null;

    /// <summary>Reads every kept original and checks it against its hash; lists the files no document refers to.</summary>
    internal OriginalsReport VerifyOriginals(IProgress<IngestProgress>? progress = null)
    {
        var kept = _store.GetKeptOriginals();
        var problems = new List<OriginalProblem>();
        progress?.Report(new IngestProgress(0, kept.Count, null));
        for (var i = 0; i < kept.Count; i++)
        {
            var (documentId, original) = kept[i];
            var state = _store.Originals.Check(original);
            if (state != OriginalState.Intact) problems.Add(new OriginalProblem(documentId, original, state, _store.Originals.PathOf(original.Sha256)));
            progress?.Report(new IngestProgress(i + 1, kept.Count, original.FileName));
        }
        var referenced = kept.Select(k => k.Original.Sha256).ToHashSet(StringComparer.Ordinal);
        var unreferenced = _store.Originals.Files().Where(f => !referenced.Contains(f.Name)).Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
        return new OriginalsReport(kept.Count, kept.Sum(k => k.Original.Size), problems, unreferenced);
    }

    /// <summary>
    /// The most similar other articles (not its twins); with otherRegionsOnly, none known to be from the article's
    /// own city (any, for an article of no known place). Null when the article is unknown.
    /// </summary>
    public IReadOnlyList<SearchHit>? Similar(string articleId, bool otherRegionsOnly, int count = 10)
    {
        var (article, document) = Published(articleId);
        if (article is null || document is null) return null;
        var words = _enricher.Terms(article, SimilarArticles.CandidateTerms);
        var twins = _search.Twins(articleId).Select(t => t.ArticleId).ToHashSet(StringComparer.Ordinal);
        // Not its own issue, nor the version that replaced it: an old version's article would find its own issue again.
        string[] ownIssue = document.Status == DocumentStatus.Superseded && _store.GetCurrentDocumentId(document.Id) is { } current
            ? [document.Id, current]
            : [document.Id];
        var text = _analysis.WordTerms(article.Title + "\n" + ArticleEnricher.Reading(article));
        return _similar.Find(article, document, words, text, twins, ownIssue, otherRegionsOnly, Math.Clamp(count, 1, SearchRequest.MaxPageSize));
    }

    /// <summary>An article and its document, unless unknown, deleted or merged into another.</summary>
    private (StoredArticle? Article, StoredDocument? Document) Published(string articleId)
    {
        var article = _store.GetArticle(articleId) is { MergedInto: null } live ? live : null;
        var document = article is null ? null : _store.GetDocument(article.DocumentId);
        return document is null || document.Status == DocumentStatus.Deleted ? (null, null) : (article, document);
    }

    /// <summary>
    /// Where an article an editor merged into its neighbour went: the live article holding its text now, so its
    /// permalink still leads somewhere. Null when the article was never merged.
    /// </summary>
    public string? MergedInto(string articleId) => _store.Corrections.MergedInto(articleId);

    /// <summary>What a document's correction form shows: the current values of its fields of <see cref="CorrectableField.Document"/>, by name.</summary>
    public IReadOnlyDictionary<string, JsonElement> CorrectableDocumentValues(string documentId) => _store.Corrections.DocumentValues(documentId);

    /// <summary>What an article's correction form shows: the current values of its fields of <see cref="CorrectableField.Article"/>, by name.</summary>
    public IReadOnlyDictionary<string, JsonElement> CorrectableArticleValues(string articleId) => _store.Corrections.ArticleValues(articleId);

    /// <summary>A document's audit log: every correction, split and merge, oldest first.</summary>
    public IReadOnlyList<CorrectionEntry> Corrections(string documentId) => _store.Corrections.GetLog(documentId);

    /// <summary>
    /// Corrects a document's metadata (fields of <see cref="CorrectableField.Document"/>, by name; JSON values, text
    /// from a form reads the same). The index reflects it before this returns.
    /// </summary>
    public CorrectionResult CorrectDocument(string documentId, IReadOnlyDictionary<string, JsonElement> values, Editing editing) =>
        Correct(documentId, documentId, CorrectableField.Document, values, editing);

    /// <summary>Corrects an article's fields (<see cref="CorrectableField.Article"/>); not found when it was merged away.</summary>
    public CorrectionResult CorrectArticle(string articleId, IReadOnlyDictionary<string, JsonElement> values, Editing editing) =>
        _store.GetArticle(articleId) is { MergedInto: null } article
            ? Correct(article.DocumentId, articleId, CorrectableField.Article, values, editing)
            : CorrectionResult.NotFound("");

    private CorrectionResult Correct(string documentId, string target, IReadOnlyList<CorrectableField> correctable, IReadOnlyDictionary<string, JsonElement> values, Editing editing)
    {
        var (fields, problems) = _corrections.Read(correctable, values);
        problems = [.. EditingProblems(editing), .. problems];
        if (values.Count == 0)
        {
            problems = [.. problems, new FieldProblem("", "Name at least one field to correct.", "请至少给出一个要更正的字段。")];
        }
        return problems.Count > 0
            ? CorrectionResult.Invalid(documentId, problems)
            : Indexed(_store.Corrections.Correct(documentId, target, fields, editing, _enricher.Enrich));
    }

    /// <summary>
    /// Splits an article in two before paragraph <paramref name="atParagraph"/> (1-based, as its page numbers them): it
    /// keeps its id and permalink; the new article after it gets a new id and <paramref name="title"/>.
    /// </summary>
    public CorrectionResult SplitArticle(string articleId, int atParagraph, string title, Editing editing)
    {
        if (_store.GetArticle(articleId) is not { MergedInto: null } article) return CorrectionResult.NotFound("");
        var (value, problem) = _corrections.Read(CorrectableField.Article.Single(f => f.Name == "title"), CanonicalJson.Of(title));
        IReadOnlyList<FieldProblem> problems = [.. EditingProblems(editing), .. problem is null ? [] : new[] { problem }];
        return problems.Count > 0
            ? CorrectionResult.Invalid(article.DocumentId, problems)
            : Indexed(_store.Corrections.Split(article.DocumentId, articleId, atParagraph, value.GetString()!, editing, _enricher.Enrich));
    }

    /// <summary>
    /// Merges an article with its neighbour <paramref name="otherArticleId"/> in the same document: the earlier keeps its
    /// id and takes the later one's text; the later one's permalink leads to it from then on (<see cref="MergedInto"/>).
    /// </summary>
    public CorrectionResult MergeArticles(string articleId, string otherArticleId, Editing editing)
    {
        if (_store.GetArticle(articleId) is not { MergedInto: null } article) return CorrectionResult.NotFound("");
        var problems = EditingProblems(editing);
        if (otherArticleId == articleId)
        {
            problems = [.. problems, new FieldProblem("with", "with: an article cannot be merged with itself.", "文章不能与自身合并。")];
        }
        return problems.Count > 0
            ? CorrectionResult.Invalid(article.DocumentId, problems)
            : Indexed(_store.Corrections.Merge(article.DocumentId, articleId, otherArticleId, editing, _enricher.Enrich));
    }

    private static IReadOnlyList<FieldProblem> EditingProblems(Editing editing) =>
        editing.Reason is { Length: > Editing.MaxReasonLength }
            ? [new FieldProblem("reason", $"reason: at most {Editing.MaxReasonLength} characters.", $"理由最多 {Editing.MaxReasonLength} 个字符。")]
            : [];

    /// <summary>A correction the store made reaches the index before the editor is answered.</summary>
    private CorrectionResult Indexed(CorrectionResult result)
    {
        if (result.Status == CorrectionStatus.Applied && result.Entries.Count > 0) CatchUpUnlessDiskFull();
        return result;
    }

    /// <summary>Every publication with its issues by year: the archive of past bulletins.</summary>
    public IReadOnlyList<SeriesTimeline> Series() => _store.GetSeriesTimelines(SeriesName);

    /// <summary>
    /// Each publication with its years and issue counts, without the issues: the cheap overview; only
    /// <paramref name="series"/>, named in either script, when given.
    /// </summary>
    public IReadOnlyList<SeriesTimeline> SeriesOverviews(string? series = null)
    {
        var overviews = _store.GetSeriesOverview(SeriesName);
        if (series is null) return overviews;
        var name = SeriesName(series);
        return [.. overviews.Where(timeline => timeline.Series == name)];
    }

    /// <summary>One publication's issues of one year (0: undated) with their articles; null when it has none.</summary>
    public SeriesYear? SeriesIssues(string series, int year) => _store.GetSeriesYear(series, year, SeriesName);

    /// <summary>
    /// A publication as its facet names it, one name for both scripts: the bulletins listed 本溪組工 and 本溪组工 as two
    /// series, each with part of the issues, while 检索本刊 and the facet found them all.
    /// </summary>
    private string SeriesName(string series) => FacetValueOf(FacetField.Series, series) ?? series;

    /// <summary>
    /// Deletes a document: its text and its articles' text are erased, its articles leave search at once, and its
    /// permalinks answer "not found". What remains is its id, metadata and where it came from, so that ingesting
    /// the same file again does not bring it back. A current version deleted (a wrong re-upload) makes the version it
    /// had replaced current again. False when unknown or already deleted.
    /// </summary>
    /// <param name="editing">Who deletes it (and why), for the audit log; null: the program calling names no one.</param>
    public bool DeleteDocument(string documentId, Editing? editing = null)
    {
        var deleted = _store.DeleteDocument(documentId, editing ?? Unnamed);
        if (deleted) CatchUpUnlessDiskFull();
        return deleted;
    }

    /// <summary>Rebuilds the index from the store.</summary>
    internal void Reindex(IProgress<IngestProgress>? progress = null)
    {
        lock (_indexing)
        {
            // Changes made while reading are replayed by the next catch-up: upserts and removals are idempotent.
            var sequence = _store.CurrentSequence;
            var total = (int)_store.GetCounts().Articles;
            var done = 0;
            _index.DeleteAll();
            progress?.Report(new IngestProgress(0, total, null));
            // The writer takes documents from several threads at once; analysis is most of the work. One stream,
            // not a parallel loop per batch: a thread that flushes a segment (a second or two) would otherwise
            // leave the other cores waiting at the end of its batch.
            var reported = new object();
            var lastReported = 0;
            _store.ClearIndexFailures();
            var failures = new ConcurrentBag<IndexFailure>();
            Parallel.ForEach(Prefetch.Ahead(_store.ReadActiveArticles(), ahead: 2).SelectMany(batch => batch), Parallelism, item =>
            {
                if (IndexingFailure(() => _index.Add(item.Article, item.Document), item.Article.Id) is { } failure) failures.Add(failure);
                var count = Interlocked.Increment(ref done);
                if (count % ReindexProgressEvery != 0 && count != total) return;
                lock (reported)
                {
                    // Reports stay in order although the threads that count them may not.
                    if (count <= lastReported) return;
                    lastReported = count;
                    progress?.Report(new IngestProgress(count, Math.Max(total, count), item.Article.Id));
                }
            });
            _store.RecordIndexFailures(failures);
            _index.MergeForSearch();
            _index.Commit(sequence);
            _applied = sequence;
        }
        CatchUp();
    }

    /// <summary>
    /// Adds one article to the index; what the index refuses of that article alone (an analyzer fault, a value
    /// Lucene will not take) becomes the article's recorded failure, and the others go on. Failures of the index
    /// itself (a full disk, a closed writer) are thrown: they concern every article.
    /// </summary>
    private static IndexFailure? IndexingFailure(Action index, string articleId)
    {
        try
        {
            index();
            return null;
        }
        catch (Exception e) when (e is not (IOException or OutOfMemoryException or ObjectDisposedException))
        {
            return new IndexFailure(articleId, $"{e.GetType().Name}: {e.Message}");
        }
    }

    public ArchiveStats Stats()
    {
        var counts = _store.GetCounts();
        return new ArchiveStats(counts.Documents, counts.Articles, _index.Count, counts.Failures, _store.GetIndexFailures().Count);
    }

    /// <summary>Stored articles the search index refused, with the reason (a reindex tries them again).</summary>
    internal IReadOnlyList<IndexFailure> IndexFailures() => _store.GetIndexFailures();

    /// <summary>
    /// Applies the store's changes since the index's last commit (the last change of an article decides) to the
    /// index writer; with <paramref name="commit"/>, commits with the new sequence and refreshes the searcher, so
    /// what was just stored is searchable at once (without, the next search refreshes it).
    /// </summary>
    internal void CatchUp(bool commit = true)
    {
        lock (_indexing)
        {
            try
            {
                ApplyChanges(commit);
            }
            catch
            {
                // A failed flush or commit (a full disk) may have dropped changes the writer held: replay everything
                // since the last commit next time (upserts and removals are idempotent).
                _applied = _index.CommittedSequence;
                throw;
            }
        }
    }

    private void ApplyChanges(bool commit)
    {
        var sequence = _applied;
        // Up to what is stored now: beside a running batch (IndexFollower) a catch-up that chased new changes could
        // run for the whole batch, holding the index and never committing; the next catch-up takes what came since.
        var until = _store.CurrentSequence;
        while (sequence < until)
        {
            var changes = _store.GetChangesSince(sequence, ChangeBatch).TakeWhile(c => c.Sequence <= until).ToList();
            if (changes.Count == 0) break;
            var latest = new Dictionary<string, ArticleChangeKind>(StringComparer.Ordinal);
            foreach (var change in changes) latest[change.ArticleId] = change.Kind;
            var upserts = latest.Where(c => c.Value == ArticleChangeKind.Upsert).Select(c => c.Key).ToList();
            var failures = new ConcurrentBag<IndexFailure>();
            foreach (var batch in _store.ReadArticlesWithDocuments(upserts))
                Parallel.ForEach(batch, Parallelism, item =>
                {
                    if (item.Document.Status != DocumentStatus.Active || item.Article.MergedInto is not null) _index.DeleteArticle(item.Article.Id);
                    else if (IndexingFailure(() => _index.Upsert(item.Article, item.Document), item.Article.Id) is { } failure) failures.Add(failure);
                });
            _store.ForgetIndexFailures([.. latest.Keys.Except(failures.Select(f => f.ArticleId))]);
            _store.RecordIndexFailures(failures);
            foreach (var removed in latest.Where(c => c.Value == ArticleChangeKind.Remove))
            {
                _index.DeleteArticle(removed.Key);
            }
            sequence = changes[^1].Sequence;
        }
        _applied = sequence;
        if (commit && sequence != _index.CommittedSequence) _index.Commit(sequence);
    }

    /// <summary>Where a query's synonyms come from: the tables of corpus/dict (domain terms) and the gazetteer's short forms.</summary>
    private static IEnumerable<ISynonymSource> SynonymSources(ChineseLanguage language, Gazetteer gazetteer) =>
        language.Files.SynonymTables.Select(ISynonymSource (path) => new SynonymFile(path)).Append(new PlaceShortForms(gazetteer));

    public void Dispose()
    {
        _index.Dispose();
        _analysis.Dispose();
        _store.Dispose();
        _tools.Dispose();
        _lock.Dispose();
    }
}

/// <summary>Where the archive lives and its limits; every value has a default that needs no configuration.</summary>
public sealed record ArchiveOptions
{
    /// <summary>Holds archive.db (SQLite) and index/ (Lucene).</summary>
    public string DataDirectory { get; init; } = "data";
    public long MaxFileBytes { get; init; } = IngestionPipeline.DefaultMaxFileBytes;
    public const int DefaultSearchCacheEntries = 2_048;
    public const int DefaultSearchCacheMegabytes = 64;
    /// <summary>Search answers kept for repeated searches (0 turns the cache off); emptied at every index refresh.</summary>
    public int SearchCacheEntries { get; init; } = DefaultSearchCacheEntries;
    /// <summary>The cache's bound in estimated heap size.</summary>
    public int SearchCacheMegabytes { get; init; } = DefaultSearchCacheMegabytes;
    /// <summary>LibreOffice and Tesseract: time limits, converters at once, OCR resolution and languages, the page limit of a scan.</summary>
    internal ConversionOptions Conversion { get; init; } = new();
}
