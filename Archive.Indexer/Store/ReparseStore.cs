using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Archive.Indexer.Parsing;

namespace Archive.Indexer.Store;

/// <summary>
/// A document read again from its kept original with the current parsers, in one transaction that keeps what editors
/// did: a corrected field keeps the editor's value (the parser's is reported where it differs), an article whose
/// boundaries editors moved keeps its text, a merged article stays merged, an article editors split off stays. The
/// parser's n-th article is article {doc}-{n} as at the first ingest: one it finds anew gets that id, one it no
/// longer finds leads to the article that holds its text now.
/// </summary>
internal sealed class ReparseStore
{
    private const string UpdateFields =
        "UPDATE articles SET title = @Title, subtitle = @Subtitle, section = @Section, source_department = @SourceDepartment, " +
        "region = @Region, page = @Page, authors = @Authors WHERE id = @Id";
    private const string UpdateFieldsAndText =
        "UPDATE articles SET title = @Title, subtitle = @Subtitle, section = @Section, source_department = @SourceDepartment, " +
        "region = @Region, page = @Page, authors = @Authors, captions = @Captions, body = @Body WHERE id = @Id";
    /// <summary>How much of a retired article's text is looked for in the others, to find where it went.</summary>
    private const int TextStart = 20;

    private readonly ArchiveStore _store;

    internal ReparseStore(ArchiveStore store) => _store = store;

    public ReparseReport Reparse(string documentId, ParsedFile parsed, Func<StoredArticle, StoredArticle> enrich) =>
        _store.Write((connection, transaction) => ReadAgain(connection, transaction, documentId, parsed, enrich, restoring: false));

    /// <summary>
    /// Brings a deleted document back from its file, read again: its text and articles as the parsers read them now,
    /// in search again (superseded, in history, when a newer version had replaced it), its permalinks live.
    /// The fields editors corrected keep their values; the splits and merges they made are undone (deleting erased the
    /// text they had moved): an article split off leads to the one it was split from. Who restored it is a line of the
    /// audit log. NotFound unless the document is deleted.
    /// </summary>
    public ReparseReport Restore(string documentId, ParsedFile parsed, Func<StoredArticle, StoredArticle> enrich, IncomingOriginal original, Editing editing) =>
        _store.WriteWithOriginal(documentId, original, (connection, transaction) =>
        {
            var report = ReadAgain(connection, transaction, documentId, parsed, enrich, restoring: true);
            if (report.Status == ReparseStatus.Reparsed)
            {
                var status = connection.QuerySingle<string>("SELECT status FROM documents WHERE id = @documentId", new { documentId }, transaction);
                _store.Corrections.LogStatus(connection, transaction, documentId, CorrectableField.Restore, DocumentStatus.Deleted, Enum.Parse<DocumentStatus>(status), editing);
            }
            return report;
        });

    private ReparseReport ReadAgain(SqliteConnection connection, SqliteTransaction transaction, string documentId, ParsedFile parsed,
        Func<StoredArticle, StoredArticle> enrich, bool restoring)
    {
        var document = connection.QueryFirstOrDefault<(string? Status, string Sha256)>(
            "SELECT status, sha256 FROM documents WHERE id = @documentId", new { documentId }, transaction);
        if (document.Status != (restoring ? nameof(DocumentStatus.Deleted) : nameof(DocumentStatus.Active))) return new ReparseReport(documentId, ReparseStatus.NotFound);
        // The parser's text replaces the original and the bodies: the original no longer refers to them.
        OriginalText.Detach(connection, transaction, documentId);

        var log = CorrectionStore.ReadLog(connection, transaction, documentId, 0);
        var corrected = log.Where(e => !e.MovesBoundaries && !e.ChangesStatus).GroupBy(e => (e.Target, e.Field)).ToDictionary(g => g.Key, g => g.Last().NewValue);
        var (splitFrom, current) = restoring ? Undelete(connection, transaction, documentId, log) : ([], true);
        var disagreements = new List<Disagreement>();
        var row = DocumentRow.From(new SourceFile("", document.Sha256, 0), parsed.Document, parsed.OriginalText, parsed.Recognition, DateTimeOffset.MinValue);
        var documentChanged = Rewrite(connection, transaction, "documents", DocumentRow.ParsedColumns, documentId,
            () => connection.Execute($"UPDATE documents SET {DocumentRow.ParsedAssignments} WHERE id = @Id", row, transaction),
            CorrectableField.Document, corrected, disagreements);

        var stored = connection.Query<ArticleRow>($"SELECT {ArticleRow.Columns} FROM articles a WHERE a.document_id = @documentId", new { documentId }, transaction)
            .Select(r => r.ToStored()).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var bounded = restoring ? [] : BoundariesInEffect(documentId, log, stored);
        var order = restoring
            ? stored.Keys.Where(id => ParserOrdinal(documentId, id) > 0).OrderBy(id => ParserOrdinal(documentId, id)).ToList()
            : CorrectionStore.LiveOrder(connection, transaction, documentId);
        var parsedArticles = ArchiveStore.ToStoredArticles(documentId, parsed.Document);
        var (changed, added) = (new List<string>(), new List<string>());
        var nextOrdinal = stored.Count == 0 ? 1 : stored.Values.Max(a => a.Ordinal) + 1;
        foreach (var article in parsedArticles)
        {
            if (!stored.TryGetValue(article.Id, out var existing))
            {
                connection.Execute(ArticleRow.Insert, ArticleRow.From(article with { Ordinal = nextOrdinal++ }), transaction);
                var before = article.Ordinal == 1 ? null : Live(stored, ContentIdentity.ArticleId(documentId, article.Ordinal - 1));
                order.Insert(before is null ? 0 : order.IndexOf(before) + 1, article.Id);
                added.Add(article.Id);
            }
            else if (existing.MergedInto is not null)
            {
                disagreements.Add(new Disagreement(article.Id, CorrectableField.Merge, CanonicalJson.Of(Live(stored, article.Id)), CanonicalJson.Of(article.Title)));
            }
            else if (Rewrite(connection, transaction, "articles", ArticleRow.ParsedColumns, article.Id,
                         () => connection.Execute(bounded.Contains(article.Id) ? UpdateFields : UpdateFieldsAndText, ArticleRow.From(article), transaction),
                         CorrectableField.Article, corrected, disagreements))
            {
                changed.Add(article.Id);
            }
        }
        var retired = Retire(connection, transaction, documentId, order, parsedArticles.Count, bounded);
        foreach (var split in splitFrom.Keys)
        {
            // Split from an article split off itself, or from one the parser no longer finds: where that text is now.
            var from = split;
            for (var hops = 0; hops < splitFrom.Count && splitFrom.TryGetValue(from, out var earlier); hops++) from = earlier;
            var into = retired.GetValueOrDefault(from, from) is var live && order.Contains(live) ? live : order.FirstOrDefault();
            if (into is null) continue;
            connection.Execute("UPDATE articles SET merged_into = @into WHERE id = @split", new { into, split }, transaction);
            retired.Add(split, into);
        }
        if (restoring || added.Count > 0 || retired.Count > 0) CorrectionStore.Renumber(connection, transaction, documentId, order);

        var report = new ReparseReport(documentId, ReparseStatus.Reparsed)
        {
            Changed = restoring || documentChanged || changed.Count + added.Count + retired.Count > 0,
            ArticlesChanged = changed,
            ArticlesAdded = added,
            ArticlesRetired = retired,
            Disagreements = disagreements,
        };
        if (!report.Changed) return report;
        _store.Corrections.Bump(connection, transaction, documentId);
        foreach (var id in changed.Concat(added)) CorrectionStore.Enrich(connection, transaction, id, enrich);
        if (current) TwinGroups.Regroup(connection, transaction, [.. changed, .. added], retired.Keys);
        foreach (var id in documentChanged ? order : changed.Concat(added)) CorrectionStore.LogChange(connection, transaction, id, ArticleChangeKind.Upsert);
        foreach (var gone in retired.Keys) CorrectionStore.LogChange(connection, transaction, gone, ArticleChangeKind.Remove);
        return report;
    }

    /// <summary>
    /// The articles whose text is the editors' cut: one a split cut while the part split off is live, one a merge took
    /// another into while that one stays in it. A restore undid those before it; their lines stay in the log.
    /// </summary>
    private static HashSet<string> BoundariesInEffect(string documentId, IReadOnlyList<CorrectionEntry> log, Dictionary<string, StoredArticle> stored) =>
        log.Where(e => e.MovesBoundaries && stored.TryGetValue(e.Articles().Last(), out var other)
                       && (e.Field == CorrectableField.Split
                           ? other.MergedInto is null
                           // A part split off and merged back (by an editor or a restore) leaves the parser's text whole.
                           : other.MergedInto == e.Target && ParserOrdinal(documentId, other.Id) > 0))
            .Select(e => e.Target)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A deleted document coming back: current again unless a newer version had replaced it (then superseded, in history,
    /// out of search); every merge editors made undone (the parser's articles each hold their own text again); each
    /// article editors split off with the article it was split from, to lead to.
    /// </summary>
    private static (Dictionary<string, string> SplitFrom, bool Current) Undelete(SqliteConnection connection, SqliteTransaction transaction,
        string documentId, IReadOnlyList<CorrectionEntry> log)
    {
        var current = connection.ExecuteScalar<string?>("SELECT superseded_by FROM documents WHERE id = @documentId", new { documentId }, transaction) is null;
        connection.Execute("UPDATE documents SET status = @status WHERE id = @documentId",
            new { status = current ? nameof(DocumentStatus.Active) : nameof(DocumentStatus.Superseded), documentId }, transaction);
        connection.Execute("UPDATE articles SET merged_into = NULL WHERE document_id = @documentId", new { documentId }, transaction);
        var splitFrom = log.Where(e => e.Field == CorrectableField.Split)
            .Select(e => (Split: e.Articles().Last(), From: e.Target))
            .Where(e => e.Split != e.From)
            .ToDictionary(e => e.Split, e => e.From, StringComparer.Ordinal);
        return (splitFrom, current);
    }

    /// <summary>
    /// Writes the parser's values into a row, then the editors' over them (noting where the two differ); whether the
    /// row's parsed columns changed.
    /// </summary>
    private static bool Rewrite(SqliteConnection connection, SqliteTransaction transaction, string table, string columns, string id, Action writeParsed,
        IReadOnlyList<CorrectableField> fields, Dictionary<(string Target, string Field), JsonElement> corrected, List<Disagreement> disagreements)
    {
        var before = Values(connection, transaction, table, columns, id);
        writeParsed();
        foreach (var field in fields)
        {
            if (!corrected.TryGetValue((id, field.Name), out var value)) continue;
            var parsed = field.FromColumn(connection.ExecuteScalar($"SELECT {field.Column} FROM {table} WHERE id = @id", new { id }, transaction));
            if (!CanonicalJson.Same(parsed, value)) disagreements.Add(new Disagreement(id, field.Name, value, parsed));
            connection.Execute($"UPDATE {table} SET {field.Column} = @value WHERE id = @id", new { value = field.ToColumn(value), id }, transaction);
        }
        return !before.SequenceEqual(Values(connection, transaction, table, columns, id));
    }

    /// <summary>A row's values, texts decoded: a row written before compression compares equal to the same text compressed.</summary>
    private static object?[] Values(SqliteConnection connection, SqliteTransaction transaction, string table, string columns, string id) =>
        [.. ((IDictionary<string, object?>)connection.QuerySingle($"SELECT {columns} FROM {table} WHERE id = @id", new { id }, transaction)).Values
            .Select(value => value is byte[] ? StoredText.Decode(value) : value)];

    /// <summary>
    /// The parser's articles beyond those it finds now leave the document, unless editors moved their boundaries: each
    /// leads to the live article holding the start of its text, or else to the one before it.
    /// </summary>
    private static Dictionary<string, string> Retire(SqliteConnection connection, SqliteTransaction transaction, string documentId, List<string> order,
        int parsedCount, HashSet<string> bounded)
    {
        var bodies = connection.Query<(string Id, object Body)>("SELECT id, body FROM articles WHERE document_id = @documentId AND merged_into IS NULL",
            new { documentId }, transaction).ToDictionary(b => b.Id, b => StoredText.Decode(b.Body), StringComparer.Ordinal);
        var retired = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in order.Where(id => ParserOrdinal(documentId, id) > parsedCount && !bounded.Contains(id)).ToList())
        {
            var at = order.IndexOf(id);
            var start = bodies[id].Trim();
            start = start[..Math.Min(TextStart, start.Length)];
            var into = order.FirstOrDefault(o => o != id && start.Length > 0 && bodies[o].Contains(start, StringComparison.Ordinal))
                       ?? (at > 0 ? order[at - 1] : order.ElementAtOrDefault(1));
            if (into is null) continue;
            connection.Execute("UPDATE articles SET merged_into = @into WHERE id = @id", new { into, id }, transaction);
            order.RemoveAt(at);
            retired.Add(id, into);
        }
        return retired;
    }

    /// <summary>n for the parser's article {doc}-{n}; 0 for an article editors split off ({doc}-e{n}).</summary>
    private static int ParserOrdinal(string documentId, string articleId) =>
        int.TryParse(articleId.AsSpan(documentId.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>The live article an article's text is in: itself, or where merges took it.</summary>
    private static string Live(Dictionary<string, StoredArticle> stored, string articleId)
    {
        var id = articleId;
        while (stored.TryGetValue(id, out var article) && article.MergedInto is { } into) id = into;
        return id;
    }
}
