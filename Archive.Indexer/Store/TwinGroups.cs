using Dapper;
using Microsoft.Data.Sqlite;
using Archive.Indexer.Chinese;

namespace Archive.Indexer.Store;

/// <summary>
/// Near-duplicate groups, decided in the store as articles arrive and leave, so that a search can collapse twins
/// over all its matches and every count agrees with every page. A group is a leader and the articles that are its
/// twins (<see cref="SimHash.AreTwins"/>): an article joins the first-stored active leader it is a twin of, or stays
/// alone (and may lead a group later). <c>articles.twin_group</c> holds the leader's id for every article of a group
/// of two or more, the leader's own row included; null for an article alone. When a leader leaves, its members are
/// placed again one by one in the order they were stored, as if they arrived anew; when the last member leaves, the
/// leader is alone again. Every article whose group changes is logged for the search index to follow.
/// Candidates are found through four expression indexes on the fingerprint's 16-bit bands: twins within
/// <see cref="SimHash.MaxDistance"/> bits share at least one band.
/// </summary>
internal static class TwinGroups
{
    /// <summary>Each band's expression exactly as the indexes of <see cref="SchemaMigrations"/> spell it, so SQLite uses them.</summary>
    private static readonly string[] Bands =
    [
        "(fingerprint & 65535)",
        "((fingerprint >> 16) & 65535)",
        "((fingerprint >> 32) & 65535)",
        "((fingerprint >> 48) & 65535)",
    ];

    /// <summary>The rows of articles sharing a band with the fingerprint: read from the covering indexes alone.</summary>
    internal static readonly string BandCandidates = string.Join(" UNION ALL ", Bands.Select((band, i) =>
        $"SELECT rowid AS RowId, fingerprint AS Fingerprint FROM articles WHERE fingerprint IS NOT NULL AND {band} = @band{i}"));

    /// <summary>
    /// Places articles that just became active (stored, or their document restored) in groups, in the order given.
    /// The articles themselves are logged by the caller; a leader that gains its first member is logged here.
    /// </summary>
    public static void Join(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> articleIds)
    {
        foreach (var id in articleIds)
        {
            var article = connection.QuerySingleOrDefault<Placed>(
                "SELECT rowid AS RowId, id AS Id, fingerprint AS Fingerprint, body AS Body FROM articles WHERE id = @id",
                new { id }, transaction);
            if (article?.Fingerprint is not { } fingerprint) continue;
            var leader = FirstLeader(connection, transaction, article, unchecked((ulong)fingerprint));
            if (leader is null) continue;
            if (leader.TwinGroup is null)
            {
                SetGroup(connection, transaction, leader.Id, leader.Id);
                LogUpsert(connection, transaction, leader.Id);
            }
            SetGroup(connection, transaction, id, leader.Id);
        }
    }

    /// <summary>
    /// Takes articles whose document just left search (superseded or deleted) out of their groups: a leader's
    /// members are placed again, a leader left without members is alone again; each is logged.
    /// </summary>
    public static void Leave(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> articleIds)
    {
        foreach (var id in articleIds)
        {
            var group = connection.ExecuteScalar<string?>("SELECT twin_group FROM articles WHERE id = @id", new { id }, transaction);
            if (group is null) continue;
            SetGroup(connection, transaction, id, null);
            var members = connection.Query<string>(
                "SELECT a.id FROM articles a JOIN documents d ON d.id = a.document_id " +
                "WHERE a.twin_group = @group AND d.status = 'Active' ORDER BY a.rowid", new { group }, transaction).ToList();
            if (group == id)
            {
                foreach (var member in members)
                {
                    SetGroup(connection, transaction, member, null);
                    Join(connection, transaction, [member]);
                    LogUpsert(connection, transaction, member);
                }
            }
            else if (members is [var leader])
            {
                SetGroup(connection, transaction, leader, null);
                LogUpsert(connection, transaction, leader);
            }
        }
    }

    /// <summary>
    /// After editors (or a re-parse) changed articles' text: each changed article, its new fingerprint stored, is taken
    /// out of its group and placed again; each article merged into another leaves search, so it loses its fingerprint
    /// (nothing can join it) before it leaves its group. The changed articles are logged by the caller.
    /// </summary>
    public static void Regroup(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> changed, IEnumerable<string> merged)
    {
        foreach (var id in merged)
        {
            connection.Execute("UPDATE articles SET fingerprint = NULL WHERE id = @id", new { id }, transaction);
            Leave(connection, transaction, [id]);
        }
        foreach (var id in changed)
        {
            Leave(connection, transaction, [id]);
            Join(connection, transaction, [id]);
        }
    }

    /// <summary>Places every active article in order: for a store whose articles were stored before groups were kept.</summary>
    public static void PlaceAll(SqliteConnection connection, SqliteTransaction transaction)
    {
        var ids = connection.Query<string>(
            "SELECT a.id FROM articles a JOIN documents d ON d.id = a.document_id " +
            "WHERE d.status = 'Active' AND a.fingerprint IS NOT NULL ORDER BY a.rowid", transaction: transaction).ToList();
        foreach (var id in ids)
        {
            Join(connection, transaction, [id]);
            LogUpsert(connection, transaction, id);
        }
    }

    /// <summary>
    /// How many leaders near an article (sharing a band, within <see cref="SimHash.MaxDistance"/> bits) are weighed as its
    /// twin's: an article near more leaders it is no twin of (alike texts of lengths too far apart) is rare, and an archive
    /// of them made each new article read the bodies of all.
    /// </summary>
    internal const int MaxLeaders = 32;

    /// <summary>The first-stored active article among the first <see cref="MaxLeaders"/> near it that lead a group or are alone, and is a twin of <paramref name="article"/>.</summary>
    private static Candidate? FirstLeader(SqliteConnection connection, SqliteTransaction transaction, Placed article, ulong fingerprint)
    {
        var bands = new DynamicParameters();
        for (var band = 0; band < Bands.Length; band++) bands.Add($"band{band}", (long)((fingerprint >> (16 * band)) & 0xFFFF));
        var near = connection.Query<(long RowId, long Fingerprint)>(BandCandidates, bands, transaction)
            .Where(c => c.RowId != article.RowId && SimHash.Distance(unchecked((ulong)c.Fingerprint), fingerprint) <= SimHash.MaxDistance)
            .Select(c => c.RowId)
            .Distinct()
            .ToList();
        if (near.Count == 0) return null;
        // Only leaders and articles alone are read, the first MaxLeaders of them, one at a time up to the first twin: every
        // near article's body was read, so a document of many alike texts of different lengths (none a twin of another)
        // read each earlier one's body for each (1,914 articles of 本报讯 repeated held the store's write transaction past
        // 15 minutes, hostile29).
        return connection.Query<Candidate>(
                "SELECT a.rowid AS RowId, a.id AS Id, a.twin_group AS TwinGroup, a.fingerprint AS Fingerprint, a.body AS Body " +
                "FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.rowid IN (SELECT value FROM json_each(@near)) AND d.status = 'Active' " +
                "AND (a.twin_group IS NULL OR a.twin_group = a.id) ORDER BY a.rowid LIMIT @max",
                // One parameter, the rowids as JSON: a list parameter is a parameter per rowid, a statement of thousands prepared anew for each article.
                new { near = "[" + string.Join(',', near) + "]", max = MaxLeaders }, transaction, buffered: false)
            .FirstOrDefault(c => SimHash.AreTwins(fingerprint, article.Length, unchecked((ulong)c.Fingerprint), c.Length));
    }

    private static void SetGroup(SqliteConnection connection, SqliteTransaction transaction, string id, string? group) =>
        connection.Execute("UPDATE articles SET twin_group = @group WHERE id = @id", new { id, group }, transaction);

    private static void LogUpsert(SqliteConnection connection, SqliteTransaction transaction, string id) =>
        connection.Execute("INSERT INTO changes (article_id, op) VALUES (@id, @op)", new { id, op = nameof(ArticleChangeKind.Upsert) }, transaction);

    /// <summary>An article being placed (Dapper fills it by column name; a record's constructor would need exact column types).</summary>
    private sealed class Placed
    {
        public long RowId { get; set; }
        public string Id { get; set; } = "";
        public long? Fingerprint { get; set; }
        public object Body { get; set; } = "";
        public int Length => StoredText.Length(Body);
    }

    private sealed class Candidate
    {
        public long RowId { get; set; }
        public string Id { get; set; } = "";
        public string? TwinGroup { get; set; }
        public long Fingerprint { get; set; }
        public object Body { get; set; } = "";
        public int Length => StoredText.Length(Body);
    }
}
