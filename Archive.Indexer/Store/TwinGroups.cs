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
/// Candidates are found through four partial indexes on the fingerprint's 16-bit bands (twins within
/// <see cref="SimHash.MaxDistance"/> bits share at least one band) that hold the placed leaders and articles alone
/// with their length (<c>leader_length</c>, set for an article placed alone or leading, null for a member or an article
/// out of search): members are never read.
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

    /// <summary>
    /// Leaders read from one band's index at most, those nearest the article's length first: half of them as long or
    /// longer, half shorter. An article joins a leader (or no one), never a member, and only a leader as long as a twin
    /// may be is read, so a twin is missed only where, in every band it shares with its leader, more than half this many
    /// leaders lie between their lengths. Formulaic texts crowd a band (60,000 generated 任免通知 put 1,466 of 59,017
    /// leaders in one band's value), and twins join their leader instead of adding to the band.
    /// </summary>
    internal const int MaxCandidatesPerBand = 1_000;

    /// <summary>
    /// The placed leaders and articles alone (<c>leader_length</c> set) sharing a band with the fingerprint whose lengths a
    /// twin's may be (@shortest to @longest), nearest the article's (@length) first, read from the covering partial indexes
    /// alone; each band's reading is capped, see <see cref="MaxCandidatesPerBand"/>.
    /// </summary>
    internal static readonly string LeaderCandidates = string.Join(" UNION ALL ", Bands.SelectMany((band, i) => new[]
    {
        Near(band, i, "BETWEEN @length AND @longest ORDER BY leader_length"),
        Near(band, i, "BETWEEN @shortest AND @length - 1 ORDER BY leader_length DESC"),
    }));

    private static string Near(string band, int i, string lengths) =>
        $"SELECT * FROM (SELECT rowid AS RowId, fingerprint AS Fingerprint, leader_length AS Length FROM articles " +
        $"WHERE fingerprint IS NOT NULL AND leader_length IS NOT NULL AND {band} = @band{i} AND leader_length {lengths} LIMIT {MaxCandidatesPerBand / 2})";

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
            // Alone, it is a candidate for the next articles; as a member, never.
            connection.Execute("UPDATE articles SET leader_length = @length WHERE id = @id", new { length = leader is null ? article.Length : (int?)null, id }, transaction);
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
            // Out of search nothing joins it (Join sets its length again).
            connection.Execute("UPDATE articles SET leader_length = NULL WHERE id = @id", new { id }, transaction);
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
    /// The first-stored placed article that leads a group or is alone and is a twin of <paramref name="article"/>, its
    /// document active. Members are never weighed, and no body is read: every near article's was, for each new article,
    /// so a document of 5,000 articles alike but for a word held the store's write transaction for 59 s of processor
    /// time, growing with the square of their number (hostile30).
    /// </summary>
    private static Candidate? FirstLeader(SqliteConnection connection, SqliteTransaction transaction, Placed article, ulong fingerprint)
    {
        var twins = connection.Query<(long RowId, long Fingerprint, int Length)>(LeaderCandidates, CandidatesOf(fingerprint, article.Length), transaction)
            .Where(c => c.RowId != article.RowId && SimHash.AreTwins(fingerprint, article.Length, unchecked((ulong)c.Fingerprint), c.Length))
            .Select(c => c.RowId)
            .Distinct()
            .Order();
        foreach (var rowId in twins)
        {
            var leader = connection.QuerySingleOrDefault<Candidate>(
                "SELECT a.id AS Id, a.twin_group AS TwinGroup FROM articles a JOIN documents d ON d.id = a.document_id " +
                "WHERE a.rowid = @rowId AND d.status = 'Active'", new { rowId }, transaction);
            if (leader is not null) return leader;
        }
        return null;
    }

    /// <summary>The parameters of <see cref="LeaderCandidates"/> for a text of this fingerprint and length.</summary>
    internal static DynamicParameters CandidatesOf(ulong fingerprint, int length)
    {
        var parameters = new DynamicParameters();
        for (var band = 0; band < Bands.Length; band++) parameters.Add($"band{band}", (long)((fingerprint >> (16 * band)) & 0xFFFF));
        var (shortest, longest) = SimHash.TwinLengths(length);
        parameters.Add("length", length);
        parameters.Add("shortest", shortest);
        parameters.Add("longest", longest);
        return parameters;
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
        public string Id { get; set; } = "";
        public string? TwinGroup { get; set; }
    }
}
