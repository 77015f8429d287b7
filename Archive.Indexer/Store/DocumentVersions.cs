using Archive.Indexer.Chinese;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Store;

/// <summary>
/// Versions of one document: a newer version supersedes the one it replaces (kept in history, out of search, with
/// <c>documents.superseded_by</c> naming the newer), and a version that leaves the archive hands its place back to
/// the versions it had replaced. Upload names (通知.docx, 第8期.pdf, 1.docx) are shared by unrelated documents, so a
/// name alone never makes a new version: <see cref="AreSameDocument"/> decides.
/// </summary>
internal static class DocumentVersions
{
    /// <summary>
    /// Whether <paramref name="newer"/> is plausibly a new version of <paramref name="older"/>: the same 文号 where both
    /// print one, else the same issue of the same series (of the same year when both are dated) where both are issues,
    /// else most articles of the shorter one near-duplicates of the other's (<see cref="SimHash.AreTwins"/>). Numbers
    /// that differ are two documents, whatever text they share.
    /// </summary>
    public static bool AreSameDocument(SqliteConnection connection, SqliteTransaction transaction, string older, string newer)
    {
        var documents = connection.Query<(string? DocNumber, string? Series, long? IssueNumber, string? Date)>(
            "SELECT doc_number, series, issue_number, date FROM documents WHERE id IN (@older, @newer)", new { older, newer }, transaction).ToList();
        if (documents is not [var a, var b]) return false;
        if (a.DocNumber is { Length: > 0 } number && b.DocNumber is { Length: > 0 }) return number == b.DocNumber;
        if (a.Series is { Length: > 0 } series && a.IssueNumber is { } issue && b.Series is { Length: > 0 } && b.IssueNumber is not null)
            return series == b.Series && issue == b.IssueNumber && (a.Date is null || b.Date is null || a.Date[..4] == b.Date[..4]);
        // Text alone: most of the shorter one's articles have a near-duplicate in the other (two issues can share one
        // reprinted notice, and are still two documents).
        var (olderArticles, newerArticles) = (Fingerprinted(connection, transaction, older), Fingerprinted(connection, transaction, newer));
        var (fewer, more) = olderArticles.Count <= newerArticles.Count ? (olderArticles, newerArticles) : (newerArticles, olderArticles);
        var twinned = fewer.Count(f => more.Any(m => SimHash.AreTwins(f.Fingerprint, f.Length, m.Fingerprint, m.Length)));
        return fewer.Count > 0 && twinned * 2 > fewer.Count;
    }

    /// <summary>The document <paramref name="newer"/> replaces <paramref name="older"/>: older leaves search and points to newer.</summary>
    public static void Supersede(SqliteConnection connection, SqliteTransaction transaction, string older, string newer)
    {
        connection.Execute("UPDATE documents SET status = @status, superseded_by = @newer WHERE id = @older",
            new { older, newer, status = nameof(DocumentStatus.Superseded) }, transaction);
        TwinGroups.Leave(connection, transaction, ArchiveStore.ArticleIds(connection, transaction, older));
        ArchiveStore.LogChanges(connection, transaction, older, ArticleChangeKind.Remove);
    }

    /// <summary>
    /// A version leaving the archive (deleted): when it was current, the versions it replaced are current again (a wrong
    /// re-upload deleted brings back what it pushed aside) and the paths that held it hold the latest of them; when it
    /// was itself replaced, they point to what replaced it.
    /// </summary>
    public static void HandBack(SqliteConnection connection, SqliteTransaction transaction, string documentId)
    {
        var successor = connection.ExecuteScalar<string?>("SELECT superseded_by FROM documents WHERE id = @documentId", new { documentId }, transaction);
        var replaced = connection.Query<(string Id, string Sha256)>(
            "SELECT id, sha256 FROM documents WHERE superseded_by = @documentId AND status = @status ORDER BY rowid",
            new { documentId, status = nameof(DocumentStatus.Superseded) }, transaction).ToList();
        connection.Execute("UPDATE documents SET superseded_by = @successor WHERE superseded_by = @documentId", new { documentId, successor }, transaction);
        if (successor is not null || replaced.Count == 0) return;
        foreach (var (id, _) in replaced) MakeCurrent(connection, transaction, id);
        // So that the next file under that name is compared with the version current again, not with the deleted one;
        // and a restore of the deleted one brings it back replaced by that version, not current beside it.
        connection.Execute("UPDATE sources SET document_id = @Id, sha256 = @Sha256 WHERE document_id = @documentId",
            new { replaced[^1].Id, replaced[^1].Sha256, documentId }, transaction);
        connection.Execute("UPDATE documents SET superseded_by = @Id WHERE id = @documentId", new { replaced[^1].Id, documentId }, transaction);
    }

    /// <summary>A replaced version current again: in search, among near-duplicate groups, replaced by nothing.</summary>
    public static void MakeCurrent(SqliteConnection connection, SqliteTransaction transaction, string documentId)
    {
        connection.Execute("UPDATE documents SET status = @status, superseded_by = NULL WHERE id = @documentId",
            new { documentId, status = nameof(DocumentStatus.Active) }, transaction);
        TwinGroups.Join(connection, transaction, ArchiveStore.ArticleIds(connection, transaction, documentId));
        ArchiveStore.LogChanges(connection, transaction, documentId, ArticleChangeKind.Upsert);
    }

    /// <summary>
    /// The article of the current version of <paramref name="documentId"/> (the end of its chain of
    /// <c>superseded_by</c>) that is the given article of an older version: its near-duplicate, the nearest first, else the
    /// one article under the same title (not one of several: 简讯 and 工作动态 say nothing of which). Null when the
    /// document is current, or when the current version holds no such article (the new version dropped or rewrote it).
    /// </summary>
    public static string? CurrentArticle(SqliteConnection connection, string documentId, string articleId)
    {
        var current = CurrentVersion(connection, documentId);
        if (current is null) return null;
        var older = Fingerprints(connection, null, documentId).SingleOrDefault(a => a.Id == articleId);
        if (older.Id is null) return null;
        var candidates = Fingerprints(connection, null, current);
        return candidates
                   .Where(c => SimHash.AreTwins(older.Fingerprint, older.Length, c.Fingerprint, c.Length))
                   .OrderBy(c => SimHash.Distance(older.Fingerprint, c.Fingerprint))
                   .Select(c => c.Id).FirstOrDefault()
               ?? (candidates.Where(c => c.Title == older.Title).Select(c => c.Id).ToList() is [var only] ? only : null);
    }

    /// <summary>The current version that replaced <paramref name="documentId"/>, through every version between; null for a current one.</summary>
    public static string? CurrentVersion(SqliteConnection connection, string documentId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { documentId };
        var (status, newer) = connection.QuerySingleOrDefault<(string Status, string? SupersededBy)>(
            "SELECT status, superseded_by FROM documents WHERE id = @documentId", new { documentId });
        if (status != nameof(DocumentStatus.Superseded)) return null;
        while (newer is not null && seen.Add(newer))
        {
            (status, var next) = connection.QuerySingleOrDefault<(string Status, string? SupersededBy)>(
                "SELECT status, superseded_by FROM documents WHERE id = @newer", new { newer });
            if (status == nameof(DocumentStatus.Active)) return newer;
            newer = next;
        }
        return null;
    }

    private static List<(string Id, string Title, ulong Fingerprint, int Length)> Fingerprinted(SqliteConnection connection, SqliteTransaction transaction, string documentId) =>
        Fingerprints(connection, transaction, documentId).Where(a => a.Fingerprint != 0).ToList();

    /// <summary>A document's live articles with their fingerprints (0 when too short to have one) and text lengths.</summary>
    private static List<(string Id, string Title, ulong Fingerprint, int Length)> Fingerprints(SqliteConnection connection, SqliteTransaction? transaction, string documentId) =>
        connection.Query<(string Id, string Title, long? Fingerprint, object Body)>(
                "SELECT id, title, fingerprint, body FROM articles WHERE document_id = @documentId AND merged_into IS NULL ORDER BY ordinal",
                new { documentId }, transaction)
            .Select(a => (a.Id, a.Title, unchecked((ulong)(a.Fingerprint ?? 0)), StoredText.Length(a.Body)))
            .ToList();
}
