using System.Globalization;
using Archive.Indexer.Parsing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Store;

/// <summary>
/// The system of record: documents, articles, where they came from and a change log the search index follows.
/// One SQLite file (WAL, foreign keys on). Thread-safe: readers run in parallel, writers one at a time,
/// and every write is one transaction, so a crash leaves either all of a file or none of it.
/// </summary>
internal sealed class ArchiveStore : IDisposable
{
    private readonly string _connectionString;
    private readonly Lock _writeLock = new();
    private readonly TimeProvider _clock;

    private ArchiveStore(string connectionString, TimeProvider clock, OriginalFiles originals)
    {
        _connectionString = connectionString;
        _clock = clock;
        Originals = originals;
        Corrections = new CorrectionStore(this);
        Reparses = new ReparseStore(this);
    }

    public string DatabasePath { get; private init; } = "";

    /// <summary>The kept files, in originals/ beside the database.</summary>
    public OriginalFiles Originals { get; }

    /// <summary>Editors' corrections, splits and merges, and their audit log.</summary>
    public CorrectionStore Corrections { get; }

    /// <summary>Documents read again from their kept originals, keeping what editors did.</summary>
    public ReparseStore Reparses { get; }

    /// <summary>The database's file in an archive's data folder: where it is, an archive is.</summary>
    public const string DatabaseFile = "archive.db";

    internal const int PageSize = 16_384;

    /// <summary>Opens (creating if needed) the database file and brings its schema to the latest version.</summary>
    public static ArchiveStore Open(string databasePath, TimeProvider? clock = null)
    {
        var fullPath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 60,
        }.ToString();
        var originals = new OriginalFiles(Path.Combine(Path.GetDirectoryName(fullPath)!, OriginalFiles.FolderName));
        var store = new ArchiveStore(connectionString, clock ?? TimeProvider.System, originals) { DatabasePath = fullPath };
        try
        {
            Prepare(store);
        }
        catch (Exception e)
        {
            // No connection of a store that failed to open may keep the file open.
            store.Dispose();
            if (DamagedStoreException.IsDamage(e)) throw DamagedStoreException.Unreadable(fullPath, e);
            throw;
        }
        return store;
    }

    private static void Prepare(ArchiveStore store)
    {
        using var connection = store.Connect();
        // 16 KB pages for a new database (an existing one keeps its own): compressed articles of some 2 KB pack into
        // them with little left over, where 4 KB pages held one or two and left a sixth of the file empty (archive.db
        // of 100,000 generated articles: 380 MB as written with 4 KB pages, 377 MB after VACUUM, 321 MB with 16 KB).
        connection.Execute($"PRAGMA page_size={PageSize}");
        connection.Execute("PRAGMA journal_mode=WAL");
        SchemaMigrations.Apply(connection);
    }

    /// <summary>
    /// Test hook: caps the database at this many pages (PRAGMA max_page_count on every connection), so a test meets
    /// a true SQLITE_FULL at a chosen size without filling a disk. Null: no cap but SQLite's own.
    /// </summary>
    internal long? MaxPageCount
    {
        get;
        set
        {
            field = value;
            SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        }
    }

    /// <summary>The database's size in pages (of its page size), write-ahead log included.</summary>
    internal long PageCount
    {
        get
        {
            using var connection = Connect();
            return connection.ExecuteScalar<long>("PRAGMA page_count");
        }
    }

    /// <summary>The schema version of the open database (the number of migration steps applied).</summary>
    public int SchemaVersion
    {
        get
        {
            using var connection = Connect();
            return (int)connection.ExecuteScalar<long>("SELECT MAX(version) FROM schema_version");
        }
    }

    /// <summary>The articles of a parsed document with their stable ids, ready for enrichment and storing.</summary>
    public static IReadOnlyList<StoredArticle> ToStoredArticles(string documentId, ParsedDocument parsed) =>
        parsed.Articles.Select((article, index) => new StoredArticle
        {
            Id = ContentIdentity.ArticleId(documentId, index + 1),
            DocumentId = documentId,
            Ordinal = index + 1,
            Title = article.DisplayTitle,
            Subtitle = article.Subtitle,
            Section = article.Section,
            SourceDepartment = article.SourceDepartment,
            Region = article.Region,
            Page = article.Page,
            Authors = article.Authors,
            Captions = article.Captions,
            Body = article.Body,
        }).ToList();

    // ---- writing ----

    /// <summary>
    /// When these bytes are already stored (from any path), records the path and returns the outcome
    /// without needing a parse; returns null when the content is new and must be parsed and saved.
    /// A document stored before originals were kept keeps <paramref name="original"/> now (unless deleted).
    /// </summary>
    public FileOutcome? RecordIfKnown(SourceFile source, IncomingOriginal? original = null)
    {
        (string? Status, string? OriginalSha256) known;
        using (var reader = Connect())
        {
            known = reader.QueryFirstOrDefault<(string?, string?)>(
                "SELECT status, original_sha256 FROM documents WHERE id = @DocumentId", source);
        }
        if (known.Status is null)
        {
            return null;
        }

        // A document stored before originals were kept keeps it now; one whose kept file went missing gets it back.
        var wanted = known.Status != nameof(DocumentStatus.Deleted)
                     && (known.OriginalSha256 is not { } kept || !File.Exists(Originals.PathOf(kept)));
        // Documents are never removed from the table, so the row seen above is still there.
        return WriteUnlessReplacedMeanwhile(source, wanted ? original : null, (connection, transaction) =>
        {
            var status = connection.QuerySingle<string>("SELECT status FROM documents WHERE id = @DocumentId", source, transaction);
            return Record(connection, transaction, source, Enum.Parse<DocumentStatus>(status), null);
        });
    }

    /// <summary>
    /// Stores a parsed file in one transaction. Same bytes as a stored document: nothing changes (Unchanged).
    /// New bytes replace the document they name (an upload's replaces=), the document a folder path held, or the one an
    /// upload name held when the two are one document (<see cref="DocumentVersions.AreSameDocument"/>): that one is
    /// superseded (kept, out of search). Otherwise both stay current.
    /// </summary>
    /// <param name="articles">The document's articles as <see cref="ToStoredArticles"/> made them, possibly
    /// enriched with keywords and fingerprints; null stores them without.</param>
    /// <param name="recognition">Set when the text was recognized from page images.</param>
    /// <param name="original">The file's bytes to keep, with its name and media type.</param>
    public FileOutcome Save(SourceFile source, ParsedDocument parsed, string originalText, IReadOnlyList<StoredArticle>? articles = null,
        TextRecognition? recognition = null, IncomingOriginal? original = null)
    {
        articles ??= ToStoredArticles(source.DocumentId, parsed);
        if (articles.Any(a => a.DocumentId != source.DocumentId || a.Id != ContentIdentity.ArticleId(source.DocumentId, a.Ordinal)))
        {
            throw new ArgumentException("Articles must carry the ids ToStoredArticles gives them.", nameof(articles));
        }

        return WriteUnlessReplacedMeanwhile(source, original, (connection, transaction) =>
        {
            var status = connection.ExecuteScalar<string?>(
                "SELECT status FROM documents WHERE id = @DocumentId", source, transaction);
            if (status is not null)
            {
                return Record(connection, transaction, source, Enum.Parse<DocumentStatus>(status), null);
            }

            var row = DocumentRow.From(source, parsed, originalText, recognition, _clock.GetUtcNow(), articles);
            connection.Execute(
                """
                INSERT INTO documents (id, sha256, kind, title, series, issue_number, total_issue_number, date, publisher,
                    region, doc_number, urgency, classification, recipients, author, site, source_url, views, distribution,
                    leader_instructions, contents, file_name, ingested_at, status, original_text, recognition)
                VALUES (@Id, @Sha256, @Kind, @Title, @Series, @IssueNumber, @TotalIssueNumber, @Date, @Publisher,
                    @Region, @DocNumber, @Urgency, @Classification, @Recipients, @Author, @Site, @SourceUrl, @Views, @Distribution,
                    @LeaderInstructions, @Contents, @FileName, @IngestedAt, @Status, @OriginalText, @Recognition)
                """, row, transaction);
            connection.Execute(ArticleRow.Insert, articles.Select(ArticleRow.From), transaction);
            TwinGroups.Join(connection, transaction, articles.Select(a => a.Id));
            LogChanges(connection, transaction, source.DocumentId, ArticleChangeKind.Upsert);
            return Record(connection, transaction, source, null, articles.Count);
        });
    }

    /// <summary>
    /// One write transaction that may keep an original: its bytes are written under their hash first (unless there),
    /// recorded on the document in the transaction (the first name it came under stays), and taken back when the
    /// transaction fails or the document is deleted, so a file that fails to store leaves no file behind.
    /// </summary>
    internal T WriteWithOriginal<T>(string documentId, IncomingOriginal? original, Func<SqliteConnection, SqliteTransaction, T> write)
    {
        var written = original is not null && Originals.Keep(original.Sha256, original.Content.Span);
        var recorded = false;
        try
        {
            lock (_writeLock)
            {
                using var connection = Connect();
                using var transaction = connection.BeginTransaction();
                var outcome = write(connection, transaction);
                recorded = original is not null && connection.Execute(
                    """
                    UPDATE documents SET original_name = COALESCE(original_name, @FileName),
                        original_type = COALESCE(original_type, @MediaType), original_size = @size, original_sha256 = @Sha256
                    WHERE id = @DocumentId AND status <> 'Deleted'
                    """,
                    new { original.FileName, original.MediaType, size = original.Content.Length, original.Sha256, DocumentId = documentId }, transaction) == 1;
                transaction.Commit();
                return outcome;
            }
        }
        finally
        {
            if (written && !recorded) Originals.Remove(original!.Sha256);
        }
    }

    /// <summary>
    /// Records that a path could not be ingested. Whatever was stored from it before stays as it was;
    /// the last good sha256 and document id are kept.
    /// </summary>
    public void RecordFailure(string path, long? size, string error)
    {
        lock (_writeLock)
        {
            using var connection = Connect();
            connection.Execute(
                """
                INSERT INTO sources (path, sha256, size, ingested_at, status, error, document_id)
                VALUES (@path, NULL, @size, @now, @status, @error, NULL)
                ON CONFLICT (path) DO UPDATE SET size = excluded.size, ingested_at = excluded.ingested_at,
                    status = excluded.status, error = excluded.error
                """,
                new { path, size, now = Now(), status = nameof(FileOutcomeStatus.Failed), error });
        }
    }

    /// <summary>Records articles the search index refused, with the reason; a later failure of the same article replaces it.</summary>
    public void RecordIndexFailures(IReadOnlyCollection<IndexFailure> failures)
    {
        if (failures.Count == 0) return;
        lock (_writeLock)
        {
            using var connection = Connect();
            using var transaction = connection.BeginTransaction();
            connection.Execute(
                """
                INSERT INTO index_failures (article_id, error, failed_at) VALUES (@ArticleId, @Error, @now)
                ON CONFLICT (article_id) DO UPDATE SET error = excluded.error, failed_at = excluded.failed_at
                """,
                failures.Select(f => new { f.ArticleId, f.Error, now = Now() }), transaction);
            transaction.Commit();
        }
    }

    /// <summary>Forgets the recorded failures of articles the index has now taken (or that left it).</summary>
    public void ForgetIndexFailures(IReadOnlyCollection<string> articleIds)
    {
        lock (_writeLock)
        {
            using var connection = Connect();
            if (connection.ExecuteScalar<long>("SELECT EXISTS (SELECT 1 FROM index_failures)") == 0) return;
            using var transaction = connection.BeginTransaction();
            foreach (var chunk in articleIds.Chunk(500))
            {
                connection.Execute("DELETE FROM index_failures WHERE article_id IN @chunk", new { chunk }, transaction);
            }
            transaction.Commit();
        }
    }

    /// <summary>Forgets recorded index failures: a rebuild of the whole index tries every article again.</summary>
    public void ClearIndexFailures()
    {
        lock (_writeLock)
        {
            using var connection = Connect();
            connection.Execute("DELETE FROM index_failures");
        }
    }

    /// <summary>Active articles the search index refused, with the reason.</summary>
    public IReadOnlyList<IndexFailure> GetIndexFailures()
    {
        using var connection = Connect();
        return connection.Query<IndexFailure>(
            """
            SELECT f.article_id AS ArticleId, f.error AS Error FROM index_failures f
            JOIN articles a ON a.id = f.article_id JOIN documents d ON d.id = a.document_id
            WHERE d.status = 'Active' AND a.merged_into IS NULL ORDER BY f.article_id
            """).ToList();
    }

    /// <summary>How many documents keep the file of these bytes (@kept, a sha256): by index, never a walk of the documents' text.</summary>
    internal const string DocumentsKeepingOriginal = "SELECT COUNT(*) FROM documents WHERE original_sha256 = @kept";

    /// <summary>
    /// Marks a document deleted and erases its text and its articles' text (out of search, gone for readers); its
    /// metadata stays, so the same bytes ingested again stay deleted. The versions it had replaced take its place
    /// (<see cref="DocumentVersions.HandBack"/>). Who deleted it is a line of the audit log. False when unknown or already deleted.
    /// </summary>
    public bool DeleteDocument(string documentId, Editing editing)
    {
        lock (_writeLock)
        {
            using var connection = Connect();
            using var transaction = connection.BeginTransaction();
            var status = connection.ExecuteScalar<string?>(
                "SELECT status FROM documents WHERE id = @documentId", new { documentId }, transaction);
            if (status is null || status == nameof(DocumentStatus.Deleted))
            {
                return false;
            }

            SetStatus(connection, transaction, documentId, DocumentStatus.Deleted);
            Corrections.LogStatus(connection, transaction, documentId, CorrectableField.Delete, Enum.Parse<DocumentStatus>(status), DocumentStatus.Deleted, editing);
            TwinGroups.Leave(connection, transaction, ArticleIds(connection, transaction, documentId));
            DocumentVersions.HandBack(connection, transaction, documentId);
            var kept = connection.ExecuteScalar<string?>("SELECT original_sha256 FROM documents WHERE id = @documentId", new { documentId }, transaction);
            // The original text first: while it refers to the bodies (OriginalText), they cannot change.
            connection.Execute(
                """
                UPDATE documents SET original_text = '', original_name = NULL, original_type = NULL, original_size = NULL, original_sha256 = NULL
                WHERE id = @documentId
                """, new { documentId }, transaction);
            connection.Execute("UPDATE articles SET body = '', captions = '[]' WHERE document_id = @documentId", new { documentId }, transaction);
            if (status == nameof(DocumentStatus.Active))
            {
                LogChanges(connection, transaction, documentId, ArticleChangeKind.Remove);
            }

            // The file goes with its document unless another document still refers to the same bytes (the pages of a
            // scanned issue are kept as a zip whose hash is not its document's, so the content alone does not say).
            var shared = kept is not null && connection.ExecuteScalar<long>(DocumentsKeepingOriginal, new { kept }, transaction) > 0;
            transaction.Commit();
            // The write-ahead log still holds the pages as they were: fold it into the database and empty it.
            connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
            if (kept is not null && !shared) Originals.Remove(kept);
            return true;
        }
    }

    /// <summary>
    /// Points the path's source row at the source's document. The source replaces the document it names
    /// (<see cref="SourceFile.Replaces"/>), or else the active document its path held, unless another path still
    /// holds that one or the path is an upload's name and the two are not plausibly the same document
    /// (<see cref="DocumentVersions.AreSameDocument"/>). A superseded document whose bytes come back in its successor's
    /// place (a file reverted) is active again, elsewhere it stays superseded; a deleted one stays deleted: deleting is a
    /// person's decision.
    /// </summary>
    private FileOutcome Record(SqliteConnection connection, SqliteTransaction transaction, SourceFile source, DocumentStatus? existing, int? newArticles)
    {
        if (existing == DocumentStatus.Deleted)
        {
            // Deleted content stays deleted, and does not push aside what its path holds now: restoring it is a person's decision too.
            return new FileOutcome(source.Path, FileOutcomeStatus.Deleted, source.DocumentId, 0,
                "this content was deleted from the archive and stays deleted; nothing was changed (restore it to bring it back)");
        }
        var previous = source.Replaces ?? connection.ExecuteScalar<string?>(
            "SELECT document_id FROM sources WHERE path = @Path", source, transaction);
        var superseded = previous is not null && previous != source.DocumentId && TakesPlaceOf(connection, transaction, source, previous);
        if (superseded)
        {
            DocumentVersions.Supersede(connection, transaction, previous!, source.DocumentId);
        }

        // An old version's bytes that take nobody's place (uploaded under another name) leave it superseded: current
        // again, it would stand beside the version that replaced it.
        var reactivated = existing == DocumentStatus.Superseded && superseded;
        if (reactivated) DocumentVersions.MakeCurrent(connection, transaction, source.DocumentId);

        var status = superseded ? FileOutcomeStatus.Superseded
            : existing is null || reactivated ? FileOutcomeStatus.New
            : FileOutcomeStatus.Unchanged;
        connection.Execute(
            """
            INSERT INTO sources (path, sha256, size, ingested_at, status, error, document_id)
            VALUES (@Path, @Sha256, @Size, @now, @status, NULL, @DocumentId)
            ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, ingested_at = excluded.ingested_at,
                status = excluded.status, error = NULL, document_id = excluded.document_id
            """,
            new { source.Path, source.Sha256, source.Size, now = Now(), status = status.ToString(), source.DocumentId }, transaction);

        var articles = newArticles ?? (status == FileOutcomeStatus.Unchanged ? 0 : (int)connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM articles WHERE document_id = @DocumentId AND merged_into IS NULL", source, transaction));
        return new FileOutcome(source.Path, status, source.DocumentId, articles, null);
    }

    /// <summary>
    /// <see cref="WriteWithOriginal"/>, unless the document an upload names as the one it replaces (replaces=) was
    /// deleted or replaced by another version while the file was read: then nothing is stored, not even the original
    /// file, and the upload fails with why. Stored as a new document it would stand current beside that document's
    /// successor, and which of the two is the newer version is for the person to say.
    /// </summary>
    private FileOutcome WriteUnlessReplacedMeanwhile(SourceFile source, IncomingOriginal? original, Func<SqliteConnection, SqliteTransaction, FileOutcome> write)
    {
        try
        {
            return WriteWithOriginal(source.DocumentId, original, (connection, transaction) =>
                NoLongerCurrent(connection, transaction, source) is { } why ? throw new ReplacementRefused(why) : write(connection, transaction));
        }
        catch (ReplacementRefused refused)
        {
            RecordFailure(source.Path, source.Size, refused.Message);
            return new FileOutcome(source.Path, FileOutcomeStatus.Failed, null, 0, refused.Message);
        }
    }

    /// <summary>Why the document the source names as the one it replaces can no longer be replaced; null when it can (or none is named).</summary>
    private static string? NoLongerCurrent(SqliteConnection connection, SqliteTransaction transaction, SourceFile source)
    {
        if (source.Replaces is not { } replaced || replaced == source.DocumentId) return null;
        return connection.ExecuteScalar<string?>("SELECT status FROM documents WHERE id = @replaced", new { replaced }, transaction) switch
        {
            nameof(DocumentStatus.Active) => null,
            nameof(DocumentStatus.Superseded) => $"the document it was to replace ({replaced}) was replaced by another version while this file was read; nothing was stored: upload it again naming the current version",
            nameof(DocumentStatus.Deleted) => $"the document it was to replace ({replaced}) was deleted while this file was read; nothing was stored: upload it without replaces= to store it as a document of its own",
            _ => $"the document it was to replace ({replaced}) is not in the archive; nothing was stored",
        };
    }

    /// <summary>Unwinds the transaction of an upload whose named document can no longer be replaced.</summary>
    private sealed class ReplacementRefused(string message) : Exception(message);

    /// <summary>Whether the source's document takes the place of <paramref name="previous"/>, the one it names or its path held.</summary>
    private static bool TakesPlaceOf(SqliteConnection connection, SqliteTransaction transaction, SourceFile source, string previous)
    {
        var previousActive = connection.ExecuteScalar<string?>(
            "SELECT status FROM documents WHERE id = @previous", new { previous }, transaction) == nameof(DocumentStatus.Active);
        if (!previousActive) return false;
        if (source.Replaces is not null) return true;
        var sharedElsewhere = connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM sources WHERE document_id = @previous AND path <> @Path", new { previous, source.Path }, transaction) > 0;
        if (sharedElsewhere) return false;
        // A file edited in place keeps its path; an upload's name is shared by unrelated documents, so it needs more.
        return !source.IsUpload
               // A file reverted to a version it had replaced.
               || connection.ExecuteScalar<string?>("SELECT superseded_by FROM documents WHERE id = @DocumentId", source, transaction) == previous
               || DocumentVersions.AreSameDocument(connection, transaction, previous, source.DocumentId);
    }

    private static void SetStatus(SqliteConnection connection, SqliteTransaction transaction, string documentId, DocumentStatus status) =>
        connection.Execute("UPDATE documents SET status = @status WHERE id = @documentId",
            new { documentId, status = status.ToString() }, transaction);

    internal static List<string> ArticleIds(SqliteConnection connection, SqliteTransaction transaction, string documentId) =>
        connection.Query<string>("SELECT id FROM articles WHERE document_id = @documentId ORDER BY ordinal", new { documentId }, transaction).ToList();

    internal static void LogChanges(SqliteConnection connection, SqliteTransaction transaction, string documentId, ArticleChangeKind kind) =>
        connection.Execute(
            "INSERT INTO changes (article_id, op) SELECT id, @op FROM articles WHERE document_id = @documentId AND merged_into IS NULL ORDER BY ordinal",
            new { documentId, op = kind.ToString() }, transaction);

    // ---- reading: for the search index ----

    /// <summary>The sequence number of the latest change (0 for an empty store).</summary>
    public long CurrentSequence
    {
        get
        {
            using var connection = Connect();
            return connection.ExecuteScalar<long?>("SELECT MAX(seq) FROM changes") ?? 0;
        }
    }

    /// <summary>Changes after <paramref name="sequence"/>, oldest first, at most <paramref name="limit"/>.
    /// The last one decides an article's state; ask again from the last sequence returned until empty.</summary>
    public IReadOnlyList<ArticleChange> GetChangesSince(long sequence, int limit = 10_000)
    {
        using var connection = Connect();
        return connection.Query<(long Seq, string ArticleId, string Op)>(
                "SELECT seq, article_id, op FROM changes WHERE seq > @sequence ORDER BY seq LIMIT @limit",
                new { sequence, limit })
            .Select(c => new ArticleChange(c.Seq, c.ArticleId, Enum.Parse<ArticleChangeKind>(c.Op)))
            .ToList();
    }

    internal const string ActiveArticlesAfter = "d.status = 'Active' AND a.merged_into IS NULL AND a.id > @after ORDER BY a.id LIMIT @batchSize";

    /// <summary>
    /// Every active article with its document, in batches ordered by id: a full reindex reads these. A batch ends at
    /// <paramref name="batchSize"/> articles or once its bodies reach <paramref name="batchCharacters"/>: a reindex holds
    /// a few batches at once, and 1,000 articles of the 4 M characters a document may hold are 8 GB (a reindex of 149
    /// articles of 1 to 4 M characters, one batch, peaked at 1.8 GB; found by hostile28).
    /// </summary>
    public IEnumerable<IReadOnlyList<ArticleWithDocument>> ReadActiveArticles(int batchSize = 1_000, long batchCharacters = BatchCharacters)
    {
        var after = "";
        while (true)
        {
            using var connection = Connect();
            var articles = new List<(string DocumentId, StoredArticle Article)>();
            ReadInto(articles, connection, ActiveArticlesAfter, new { after, batchSize }, batchCharacters);
            if (articles.Count == 0)
            {
                yield break;
            }

            yield return WithDocuments(connection, articles);
            after = articles[^1].Article.Id;
        }
    }

    /// <summary>The given articles with their documents, whatever their status; unknown ids are left out.</summary>
    /// <param name="withBodies">False for lists and citations: their articles' bodies are then empty, and never decoded.</param>
    public IReadOnlyList<ArticleWithDocument> GetArticlesWithDocuments(IReadOnlyCollection<string> articleIds, bool withBodies = true)
    {
        using var connection = Connect();
        var result = new List<ArticleWithDocument>(articleIds.Count);
        foreach (var chunk in articleIds.Chunk(500))
        {
            result.AddRange(QueryWithDocuments(connection, "a.id IN @chunk", new { chunk }, withBodies ? ArticleRow.Columns : ArticleRow.ColumnsWithoutBody));
        }

        return result;
    }

    /// <summary>
    /// The given articles with their documents, in batches that end once their bodies reach <paramref name="batchCharacters"/>:
    /// the index's catch-up reads up to 5,000 changed articles at a time, which for articles of the 4 M characters a
    /// document may hold were 40 GB at once.
    /// </summary>
    public IEnumerable<IReadOnlyList<ArticleWithDocument>> ReadArticlesWithDocuments(IReadOnlyCollection<string> articleIds, long batchCharacters = BatchCharacters)
    {
        using var connection = Connect();
        var pending = new Queue<string>(articleIds.Distinct(StringComparer.Ordinal));
        var batch = new List<(string DocumentId, StoredArticle Article)>();
        var characters = 0L;
        while (pending.Count > 0)
        {
            var chunk = new List<string>(500);
            while (chunk.Count < 500 && pending.TryDequeue(out var id)) chunk.Add(id);
            var before = batch.Count;
            characters += ReadInto(batch, connection, "a.id IN @chunk", new { chunk }, batchCharacters - characters);
            if (characters < batchCharacters) continue;
            // The batch is handed on with its read closed; the chunk's unread ids come first in the next.
            var read = batch.Skip(before).Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal);
            pending = new Queue<string>(chunk.Where(id => !read.Contains(id)).Concat(pending));
            yield return WithDocuments(connection, batch);
            batch = [];
            characters = 0;
        }
        if (batch.Count > 0) yield return WithDocuments(connection, batch);
    }

    /// <summary>How many characters of bodies a batch of articles read for indexing holds at most (and one article more).</summary>
    public const long BatchCharacters = 16_000_000;

    /// <summary>
    /// Adds the articles the query finds to <paramref name="batch"/> until their bodies reach <paramref name="room"/>
    /// characters; the characters added. The read is closed on return: a read left open while the batch is indexed
    /// would hold back the log's clean-up.
    /// </summary>
    private static long ReadInto(List<(string DocumentId, StoredArticle Article)> batch, SqliteConnection connection, string where, object parameters, long room)
    {
        var characters = 0L;
        foreach (var row in connection.Query<ArticleRow>(ArticlesWithDocuments(where), parameters, buffered: false))
        {
            var article = row.ToStored();
            batch.Add((row.DocumentId, article));
            characters += article.Body.Length;
            if (characters >= room) break;
        }
        return characters;
    }

    /// <summary>The bodies of these articles by id: all that snippets need, in one query.</summary>
    public IReadOnlyDictionary<string, string> GetBodies(IReadOnlyCollection<string> articleIds)
    {
        using var connection = ConnectForReading();
        var bodies = new Dictionary<string, string>(articleIds.Count, StringComparer.Ordinal);
        foreach (var chunk in articleIds.Chunk(500))
        {
            foreach (var (id, body) in connection.Query<(string, object)>("SELECT id, body FROM articles WHERE id IN @chunk", new { chunk }))
            {
                bodies[id] = StoredText.Decode(body);
            }
        }
        return bodies;
    }

    /// <summary>
    /// CROSS JOIN keeps articles the outer loop, walked by their id: with a plain JOIN, SQLite starts from
    /// documents_status (status = 'Active' is every document), joins every article and sorts them all, bodies
    /// included, for each batch of a reindex (1.1 s per 1,000 of 100,000 articles instead of 0.04 s).
    /// </summary>
    internal static string ArticlesWithDocuments(string where, string columns = ArticleRow.Columns) =>
        $"SELECT {columns} FROM articles a CROSS JOIN documents d ON d.id = a.document_id WHERE {where}";

    private static List<ArticleWithDocument> QueryWithDocuments(SqliteConnection connection, string where, object parameters, string columns = ArticleRow.Columns) =>
        WithDocuments(connection, connection.Query<ArticleRow>(ArticlesWithDocuments(where, columns), parameters).Select(r => (r.DocumentId, r.ToStored())).ToList());

    private static List<ArticleWithDocument> WithDocuments(SqliteConnection connection, List<(string DocumentId, StoredArticle Article)> articles)
    {
        var documentIds = articles.Select(a => a.DocumentId).Distinct().ToArray();
        var documents = connection.Query<DocumentRow>($"SELECT {DocumentRow.Columns} FROM documents WHERE id IN @documentIds", new { documentIds })
            .ToDictionary(d => d.Id, d => d.ToStored());
        return articles.Select(a => new ArticleWithDocument(a.Article, documents[a.DocumentId])).ToList();
    }

    // ---- reading: for the façade ----

    public StoredArticle? GetArticle(string articleId)
    {
        using var connection = Connect();
        return connection.QuerySingleOrDefault<ArticleRow>(
            $"SELECT {ArticleRow.Columns} FROM articles a WHERE a.id = @articleId", new { articleId })?.ToStored();
    }

    public StoredDocument? GetDocument(string documentId)
    {
        using var connection = Connect();
        return connection.QuerySingleOrDefault<DocumentRow>(
            $"SELECT {DocumentRow.Columns} FROM documents WHERE id = @documentId", new { documentId })?.ToStored();
    }

    /// <summary>The ids of the active documents whose original is kept: those a re-parse can read again.</summary>
    public IReadOnlyList<string> GetCurrentDocumentsWithOriginals()
    {
        using var connection = Connect();
        return connection.Query<string>("SELECT id FROM documents WHERE status = 'Active' AND original_size IS NOT NULL ORDER BY id").ToList();
    }

    /// <summary>Every kept original, for checking the files against their hashes.</summary>
    public IReadOnlyList<(string DocumentId, OriginalFile Original)> GetKeptOriginals()
    {
        using var connection = Connect();
        return connection.Query<(string Id, string Sha256, string Name, string Type, long Size)>(
                "SELECT id, original_sha256, original_name, original_type, original_size FROM documents WHERE original_size IS NOT NULL ORDER BY id")
            .Select(o => (o.Id, new OriginalFile(o.Sha256, o.Name, o.Type, o.Size)))
            .ToList();
    }

    /// <summary>The text exactly as read from the file (after decoding), before any parsing.</summary>
    public string? GetOriginalText(string documentId)
    {
        using var connection = Connect();
        return OriginalText.Read(connection, null, documentId);
    }

    /// <summary>A bulletin's table of contents as printed; empty for other documents.</summary>
    public IReadOnlyList<ContentsEntry> GetContents(string documentId)
    {
        using var connection = Connect();
        var json = connection.ExecuteScalar<string?>("SELECT contents FROM documents WHERE id = @documentId", new { documentId });
        return json is null ? [] : System.Text.Json.JsonSerializer.Deserialize<ContentsEntry[]>(json) ?? [];
    }

    /// <summary>The articles of one document in order (an issue's articles, whatever the document's status; none merged away).</summary>
    public IReadOnlyList<StoredArticle> GetArticlesOfDocument(string documentId)
    {
        using var connection = Connect();
        return connection.Query<ArticleRow>(
                $"SELECT {ArticleRow.Columns} FROM articles a WHERE a.document_id = @documentId AND a.merged_into IS NULL ORDER BY a.ordinal", new { documentId })
            .Select(r => r.ToStored()).ToList();
    }

    /// <summary>A document's articles in order as references, without their bodies: an issue's table of contents.</summary>
    public IReadOnlyList<ArticleRef> GetArticleReferences(StoredDocument document)
    {
        using var connection = Connect();
        return connection.Query<(string Id, string Title, string? Region)>(
                "SELECT a.id, a.title, a.region FROM articles a WHERE a.document_id = @Id AND a.merged_into IS NULL ORDER BY a.ordinal", new { document.Id })
            .Select(a => Reference(a.Id, a.Title, a.Region, document))
            .ToList();
    }

    /// <summary>The current document that replaced a superseded one, through every version between; null for a current one.</summary>
    public string? GetCurrentDocumentId(string documentId)
    {
        using var connection = Connect();
        return DocumentVersions.CurrentVersion(connection, documentId);
    }

    /// <summary>
    /// The article of a replaced version in the version current now (see <see cref="DocumentVersions.CurrentArticle"/>),
    /// so that a cited permalink of an old version leads to what to cite today; null for an article of a current document.
    /// </summary>
    public ArticleRef? GetCurrentVersion(StoredArticle article)
    {
        using var connection = Connect();
        if (DocumentVersions.CurrentArticle(connection, article.DocumentId, article.Id) is not { } id) return null;
        var current = connection.QuerySingle<ArticleRow>($"SELECT {ArticleRow.Columns} FROM articles a WHERE a.id = @id", new { id }).ToStored();
        var document = connection.QuerySingle<DocumentRow>($"SELECT {DocumentRow.Columns} FROM documents WHERE id = @DocumentId", new { current.DocumentId }).ToStored();
        return Reference(current.Id, current.Title, current.Region, document);
    }

    private static ArticleRef Reference(string articleId, string title, string? region, StoredDocument document) =>
        new(articleId, title, document.Series, document.IssueNumber, document.Date, region ?? document.Region) { TotalIssueNumber = document.TotalIssueNumber };

    /// <summary>
    /// Every active series (刊物) with its issues by year, newest year and issue first; an issue held in several files once.
    /// A series is listed under <paramref name="seriesName"/> (the name its facet gives it, one for both scripts:
    /// 本溪組工 and 本溪组工 are one series), as printed without it.
    /// </summary>
    public IReadOnlyList<SeriesTimeline> GetSeriesTimelines(Func<string, string>? seriesName = null)
    {
        seriesName ??= AsPrinted;
        using var connection = Connect();
        var documents = connection.Query<DocumentRow>(
                $"SELECT {DocumentRow.Columns} FROM documents WHERE status = 'Active' AND series IS NOT NULL ORDER BY rowid")
            .Select(d => d.ToStored()).ToList();
        var articles = connection.Query<(string DocumentId, string Id, string Title, string? Region)>(
                "SELECT a.document_id, a.id, a.title, a.region FROM articles a JOIN documents d ON d.id = a.document_id " +
                "WHERE d.status = 'Active' AND d.series IS NOT NULL AND a.merged_into IS NULL ORDER BY a.document_id, a.ordinal")
            .ToLookup(a => a.DocumentId);
        return documents
            .GroupBy(d => seriesName(d.Series!))
            .OrderBy(g => g.Key, SeriesOrder)
            .Select(series => new SeriesTimeline(series.Key, series
                .GroupBy(d => d.Date?.Year ?? 0)
                .OrderByDescending(y => y.Key)
                .Select(year => SeriesYear.Of(year.Key, OneCopyPerIssue(year, seriesName)
                    .OrderByDescending(d => d.Date).ThenByDescending(d => d.IssueNumber)
                    .Select(d => new IssueSummary(d.Id, d.IssueNumber, d.TotalIssueNumber, d.Date, articles[d.Id]
                        .Select(a => Reference(a.Id, a.Title, a.Region, d))
                        .ToList()))
                    .ToList()))
                .ToList()))
            .ToList();
    }

    /// <summary>
    /// One document per issue (<see cref="Publication"/>), of documents in the order they were stored: the copy stored
    /// first stands for an issue held in several files (.txt, .docx, .pdf). Its articles are the ones that lead their
    /// near-duplicate groups (a group's leader is its first-stored article), and the choice stays the same as copies
    /// come and go, but for the copy that stands leaving. An undated document is an issue of its own.
    /// </summary>
    private static IEnumerable<StoredDocument> OneCopyPerIssue(IEnumerable<StoredDocument> storedOrder, Func<string, string> seriesName)
    {
        var seen = new HashSet<Publication>();
        foreach (var document in storedOrder)
        {
            if (Publication.Of(document.Series is { } series ? seriesName(series) : null, document.IssueNumber, document.Date, document.Title ?? "") is not { } issue || seen.Add(issue)) yield return document;
        }
    }

    private static string AsPrinted(string series) => series;

    /// <summary>Series names in the order Chinese readers look them up: by pinyin (上海组工 after 九江组工), not by code point.</summary>
    private static readonly StringComparer SeriesOrder = StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: false);

    /// <summary>
    /// Each series with its years, issues per year and newest issue: one GROUP BY over the documents by series, date
    /// and number (a row per issue, or per undated number), no articles read, so the archive's overview stays cheap
    /// however large it grows. An issue held in several files counts once (<see cref="Publication"/>). Year 0 holds
    /// undated issues.
    /// </summary>
    public IReadOnlyList<SeriesTimeline> GetSeriesOverview(Func<string, string>? seriesName = null)
    {
        seriesName ??= AsPrinted;
        using var connection = Connect();
        var rows = connection.Query<(string Series, string? Date, long? IssueNumber, long? TotalIssueNumber, long Documents)>(
                """
                SELECT series, date, issue_number, MAX(total_issue_number), COUNT(*) FROM documents WHERE status = 'Active' AND series IS NOT NULL
                GROUP BY series, date, issue_number
                """)
            .Select(r => (r.Series, Date: r.Date is null ? (DateOnly?)null : DateOnly.ParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                IssueNumber: (int?)r.IssueNumber, TotalIssueNumber: (int?)r.TotalIssueNumber, r.Documents));
        return rows
            .GroupBy(r => seriesName(r.Series))
            .OrderBy(g => g.Key, SeriesOrder)
            .Select(series => new SeriesTimeline(series.Key, series
                .GroupBy(r => r.Date?.Year ?? 0)
                .OrderByDescending(y => y.Key)
                .Select(year =>
                {
                    var issues = year.Select(r => Publication.Of(series.Key, r.IssueNumber, r.Date, "")).OfType<Publication>().Distinct().Count()
                        + (int)year.Where(r => r.Date is null).Sum(r => r.Documents);
                    var newest = year.MaxBy(r => (r.Date, r.IssueNumber));
                    return new SeriesYear(year.Key, issues, newest.IssueNumber, newest.Date, []) { NewestTotalIssueNumber = newest.TotalIssueNumber };
                })
                .ToList()))
            .ToList();
    }

    /// <summary>
    /// One series' issues of one year (0: undated), newest first, each with its article refs, an issue held in several
    /// files once; null when it has none.
    /// Reads through the documents_series (series, date) index, so its cost follows the year's size, not the archive's.
    /// </summary>
    public SeriesYear? GetSeriesYear(string series, int year, Func<string, string>? seriesName = null)
    {
        seriesName ??= AsPrinted;
        using var connection = Connect();
        // Every spelling of the series listed under its name (both scripts), read through the same index.
        var name = seriesName(series);
        var spellings = connection.Query<string>("SELECT DISTINCT series FROM documents WHERE series IS NOT NULL")
            .Where(s => seriesName(s) == name).ToList();
        var dated = year == 0 ? "d.date IS NULL" : "d.date >= @from AND d.date < @to";
        var where = $"WHERE d.series IN @spellings AND d.status = 'Active' AND {dated}";
        var parameters = new { spellings, from = $"{year:D4}-01-01", to = $"{year + 1:D4}-01-01" };
        var documents = connection.Query<DocumentRow>(
                $"SELECT {DocumentRow.Columns} FROM documents d {where} ORDER BY d.rowid", parameters)
            .Select(d => d.ToStored()).ToList();
        if (documents.Count == 0) return null;
        var articles = connection.Query<(string DocumentId, string Id, string Title, string? Region)>(
                $"SELECT a.document_id, a.id, a.title, a.region FROM documents d JOIN articles a ON a.document_id = d.id {where} AND a.merged_into IS NULL " +
                "ORDER BY a.document_id, a.ordinal", parameters)
            .ToLookup(a => a.DocumentId);
        return SeriesYear.Of(year, OneCopyPerIssue(documents, seriesName)
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.IssueNumber)
            .Select(d => new IssueSummary(d.Id, d.IssueNumber, d.TotalIssueNumber, d.Date, articles[d.Id]
                .Select(a => Reference(a.Id, a.Title, a.Region, d))
                .ToList()))
            .ToList());
    }

    public StoreCounts GetCounts()
    {
        using var connection = Connect();
        return connection.QuerySingle<StoreCounts>(
            """
            SELECT (SELECT COUNT(*) FROM documents WHERE status = 'Active') AS Documents,
                   (SELECT COUNT(*) FROM articles a JOIN documents d ON d.id = a.document_id WHERE d.status = 'Active' AND a.merged_into IS NULL) AS Articles,
                   (SELECT COUNT(*) FROM sources WHERE status = 'Failed') AS Failures
            """);
    }

    /// <summary>Paths whose last ingestion failed, with the reason.</summary>
    public IReadOnlyList<SourceRecord> GetFailures() => QuerySources("WHERE status = 'Failed' ORDER BY path", null);

    public SourceRecord? GetSource(string path) => QuerySources("WHERE path = @path", new { path }).SingleOrDefault();

    private List<SourceRecord> QuerySources(string where, object? parameters)
    {
        using var connection = Connect();
        return connection.Query<(string Path, string? Sha256, long? Size, string IngestedAt, string Status, string? Error, string? DocumentId)>(
                $"SELECT path, sha256, size, ingested_at, status, error, document_id FROM sources {where}", parameters)
            .Select(s => new SourceRecord(s.Path, s.Sha256, s.Size, DateTimeOffset.Parse(s.IngestedAt, CultureInfo.InvariantCulture),
                Enum.Parse<FileOutcomeStatus>(s.Status), s.Error, s.DocumentId))
            .ToList();
    }

    internal string Now() => _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>One write: the store's write lock, one transaction, committed when <paramref name="write"/> returns.</summary>
    internal T Write<T>(Func<SqliteConnection, SqliteTransaction, T> write)
    {
        lock (_writeLock)
        {
            using var connection = Connect();
            using var transaction = connection.BeginTransaction();
            var result = write(connection, transaction);
            transaction.Commit();
            return result;
        }
    }

    internal SqliteConnection Connect()
    {
        var connection = ConnectForReading();
        // In WAL mode NORMAL stays consistent after any crash; only the last commits may be lost on power failure.
        connection.Execute("PRAGMA synchronous=NORMAL");
        // Erased text (a deleted document) is overwritten, not left in free pages for a file reader to find.
        connection.Execute("PRAGMA secure_delete=ON");
        if (MaxPageCount is { } pages) connection.Execute($"PRAGMA max_page_count={pages}");
        return connection;
    }

    /// <summary>
    /// A connection for reads alone, without the pragmas that only govern writes: each is a statement more, and every
    /// search reads its page's bodies. (Connections are pooled; whoever writes takes <see cref="Connect"/>, which sets them.)
    /// </summary>
    private SqliteConnection ConnectForReading()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Releases pooled connections so the database file can be moved or deleted.</summary>
    public void Dispose() => SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
}
