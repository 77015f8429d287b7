using Dapper;
using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Store;

/// <summary>
/// The schema as an append-only list of steps; schema_version records how many have run.
/// Never edit a released step: add a new one, so every existing archive.db can be brought forward.
/// </summary>
internal static class SchemaMigrations
{
    /// <summary>
    /// Near-duplicate groups (<see cref="TwinGroups"/>): the leader's id on every article of a group of two or more, and
    /// the fingerprint's four 16-bit bands indexed with the fingerprint itself, so candidates come from the indexes alone.
    /// </summary>
    private const string TwinGroupsStep =
        """
        ALTER TABLE articles ADD COLUMN twin_group TEXT;
        CREATE INDEX articles_twin_group ON articles(twin_group) WHERE twin_group IS NOT NULL;
        CREATE INDEX articles_band0 ON articles((fingerprint & 65535), fingerprint) WHERE fingerprint IS NOT NULL;
        CREATE INDEX articles_band1 ON articles(((fingerprint >> 16) & 65535), fingerprint) WHERE fingerprint IS NOT NULL;
        CREATE INDEX articles_band2 ON articles(((fingerprint >> 32) & 65535), fingerprint) WHERE fingerprint IS NOT NULL;
        CREATE INDEX articles_band3 ON articles(((fingerprint >> 48) & 65535), fingerprint) WHERE fingerprint IS NOT NULL;
        """;

    /// <summary>
    /// Twin candidates are the placed leaders and articles alone (<see cref="TwinGroups"/>), read with their length from
    /// four partial indexes: the band indexes held every article, members too, and a candidate's length meant reading its
    /// body. <c>leader_length</c> is the body's length for a leader or an article alone in search, null for a member or an
    /// article out of search. Every article is placed afresh (whatever the archive's age: the groups' step no longer places
    /// them), each article's length set as it is placed.
    /// </summary>
    private const string TwinLeadersStep =
        """
        ALTER TABLE articles ADD COLUMN leader_length INTEGER;
        DROP INDEX articles_band0;
        DROP INDEX articles_band1;
        DROP INDEX articles_band2;
        DROP INDEX articles_band3;
        CREATE INDEX articles_leader_band0 ON articles((fingerprint & 65535), leader_length, fingerprint)
            WHERE leader_length IS NOT NULL;
        CREATE INDEX articles_leader_band1 ON articles(((fingerprint >> 16) & 65535), leader_length, fingerprint)
            WHERE leader_length IS NOT NULL;
        CREATE INDEX articles_leader_band2 ON articles(((fingerprint >> 32) & 65535), leader_length, fingerprint)
            WHERE leader_length IS NOT NULL;
        CREATE INDEX articles_leader_band3 ON articles(((fingerprint >> 48) & 65535), leader_length, fingerprint)
            WHERE leader_length IS NOT NULL;
        UPDATE articles SET twin_group = NULL WHERE twin_group IS NOT NULL;
        """;

    /// <summary>
    /// The version that replaced a document (<see cref="DocumentVersions"/>). Rows stored before get it where their
    /// history still shows it: a document no file's path holds any more was replaced by what now holds a path of its
    /// file name (an upload's name, or the same name at the end of a folder path).
    /// </summary>
    private const string VersionsStep =
        """
        ALTER TABLE documents ADD COLUMN superseded_by TEXT REFERENCES documents(id);
        CREATE INDEX documents_superseded_by ON documents(superseded_by) WHERE superseded_by IS NOT NULL;
        UPDATE documents SET superseded_by = (
            SELECT s.document_id FROM sources s
            WHERE s.document_id <> documents.id
              AND (s.path = 'upload:' || documents.file_name OR substr(s.path, -length(documents.file_name) - 1) = '/' || documents.file_name)
            ORDER BY s.ingested_at DESC LIMIT 1)
        WHERE status <> 'Active' AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_id = documents.id);
        """;

    private static readonly string[] Steps =
    [
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            title TEXT, series TEXT, issue_number INTEGER, total_issue_number INTEGER, date TEXT,
            publisher TEXT, region TEXT, doc_number TEXT, urgency TEXT, classification TEXT, recipients TEXT,
            author TEXT, site TEXT, views INTEGER,
            distribution TEXT, leader_instructions TEXT, contents TEXT,
            file_name TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            status TEXT NOT NULL,
            original_text TEXT NOT NULL
        );
        CREATE INDEX documents_series ON documents(series, date) WHERE series IS NOT NULL;
        CREATE INDEX documents_status ON documents(status);

        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            ordinal INTEGER NOT NULL,
            title TEXT NOT NULL, subtitle TEXT, section TEXT, source_department TEXT, region TEXT, page INTEGER,
            authors TEXT NOT NULL, captions TEXT NOT NULL, body TEXT NOT NULL,
            keywords TEXT NOT NULL,
            fingerprint INTEGER,
            UNIQUE (document_id, ordinal)
        );

        CREATE TABLE sources (
            path TEXT PRIMARY KEY,
            sha256 TEXT,
            size INTEGER,
            ingested_at TEXT NOT NULL,
            status TEXT NOT NULL,
            error TEXT,
            document_id TEXT REFERENCES documents(id)
        );
        CREATE INDEX sources_document ON sources(document_id);

        CREATE TABLE changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id TEXT NOT NULL REFERENCES articles(id),
            op TEXT NOT NULL
        );
        """,
        // Covers the bulletins overview (active issues per series and year) so it never reads the documents' rows.
        """
        CREATE INDEX documents_active_series ON documents(status, series, date, issue_number) WHERE series IS NOT NULL;
        """,
        // Articles the index could not take: stored, but not searchable until a reindex succeeds for them.
        """
        CREATE TABLE index_failures (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            error TEXT NOT NULL,
            failed_at TEXT NOT NULL
        );
        """,
        // Text recognized from page images (OCR): pages, total pages and mean confidence as JSON; NULL for text that was read.
        """
        ALTER TABLE documents ADD COLUMN recognition TEXT;
        """,
        // After main's released steps: an archive.db that has run them gains the groups as one more step.
        TwinGroupsStep,
        // The file each document was read from, kept under originals/ by the sha256 of its bytes (that of the document,
        // or of the zip of a scanned issue's page images): its name, media type and size. NULL for documents ingested
        // before originals were kept.
        """
        ALTER TABLE documents ADD COLUMN original_name TEXT;
        ALTER TABLE documents ADD COLUMN original_type TEXT;
        ALTER TABLE documents ADD COLUMN original_size INTEGER;
        ALTER TABLE documents ADD COLUMN original_sha256 TEXT;
        """,
        // Corrections: every change an editor makes, in order, with the document's revision it made; the revision
        // and updated_at move with each correction and each re-parse. An article merged into its neighbour keeps its
        // row (its id resolves to the one it went into) and leaves every list of articles.
        """
        ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE documents ADD COLUMN updated_at TEXT;
        ALTER TABLE articles ADD COLUMN merged_into TEXT REFERENCES articles(id);
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL REFERENCES documents(id),
            revision INTEGER NOT NULL,
            target TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            editor TEXT NOT NULL,
            reason TEXT,
            corrected_at TEXT NOT NULL
        );
        CREATE INDEX corrections_document ON corrections(document_id, revision);
        """,
        // Whether another document still refers to a kept file, asked when a document is deleted: without it that
        // question read every document's row, its whole text included.
        """
        CREATE INDEX documents_original ON documents(original_sha256) WHERE original_sha256 IS NOT NULL;
        """,
        // Texts are compressed from here on (StoredText), and a stored document's original text refers to its articles'
        // bodies (OriginalText, format 2): a body may change only once its original has been written out whole, or the
        // original would read wrong. Rows stored before stay plain TEXT and read as before.
        """
        CREATE TRIGGER articles_body_in_original BEFORE UPDATE OF body ON articles
        WHEN (SELECT substr(original_text, 1, 1) FROM documents WHERE id = OLD.document_id) = X'02'
        BEGIN
            SELECT RAISE(ABORT, 'the original text of this document refers to this body: OriginalText.Detach it first');
        END;
        """,
        VersionsStep,
        // Where a web page was read: its address, which its citation gives (获取和访问路径).
        """
        ALTER TABLE documents ADD COLUMN source_url TEXT;
        """,
        TwinLeadersStep,
    ];

    /// <summary>What a step needs done in code, in its transaction, for the rows stored before it (keyed by the step).</summary>
    private static readonly Dictionary<string, Action<SqliteConnection, SqliteTransaction>> AfterStep = new()
    {
        // Every archive.db that runs the groups' step runs the leaders' step after it: that one places every article.
        [TwinLeadersStep] = TwinGroups.PlaceAll,
    };

    public static int Latest => Steps.Length;

    public static void Apply(SqliteConnection connection)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var current = connection.ExecuteScalar<long?>("SELECT MAX(version) FROM schema_version") ?? 0;
        if (current > Steps.Length)
        {
            throw DamagedStoreException.Newer(connection.DataSource, current, Steps.Length);
        }

        for (var version = (int)current + 1; version <= Steps.Length; version++)
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(Steps[version - 1], transaction: transaction);
            if (AfterStep.TryGetValue(Steps[version - 1], out var after)) after(connection, transaction);
            connection.Execute("INSERT INTO schema_version (version) VALUES (@version)", new { version }, transaction);
            transaction.Commit();
        }
    }
}
