using System.Globalization;
using System.Text.Json;
using Archive.Indexer.Parsing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Store;

/// <summary>
/// Editors' corrections of the store: field values of a document or an article, an article split in two at a
/// paragraph, two neighbours merged. Each is one transaction that changes the rows (so search, pages and citations
/// read the corrected values like any other), writes its audit lines, moves the document's revision and logs the
/// articles the index must take again. The revision the editor saw is checked in the same transaction: a correction
/// that touches what another editor changed since is refused with what changed.
/// </summary>
internal sealed class CorrectionStore
{
    private const int MaxMergeChain = 1_000;
    /// <summary>
    /// The rows a document may keep, its live articles and the ids merges retired (kept so that their permalinks still
    /// lead to the text): a split adds one and a merge retires one, so splitting and merging back again and again grew a
    /// document without end, and every split renumbers every row.
    /// </summary>
    private const int MaxKeptArticles = 2 * ParsedDocument.MaxArticles;
    private readonly ArchiveStore _store;

    internal CorrectionStore(ArchiveStore store) => _store = store;

    /// <summary>Sets fields of the document (target = its id) or of one of its live articles.</summary>
    public CorrectionResult Correct(string documentId, string target, IReadOnlyList<(CorrectableField Field, JsonElement Value)> values,
        Editing editing, Func<StoredArticle, StoredArticle> enrich) =>
        _store.Write((connection, transaction) =>
        {
            var names = values.Select(v => v.Field.Name).ToHashSet(StringComparer.Ordinal);
            if (Refusal(connection, transaction, documentId, editing,
                    e => e.MovesBoundaries ? e.Articles().Contains(target) : e.Target == target && names.Contains(e.Field), out var revision) is { } refused)
            {
                return refused;
            }
            var onDocument = target == documentId;
            if (!onDocument && LiveArticle(connection, transaction, documentId, target) is null) return CorrectionResult.NotFound(documentId);

            var table = onDocument ? "documents" : "articles";
            var changed = new List<(string Field, JsonElement Old, JsonElement New)>();
            foreach (var (field, value) in values)
            {
                var old = field.FromColumn(connection.ExecuteScalar($"SELECT {field.Column} FROM {table} WHERE id = @target", new { target }, transaction));
                if (CanonicalJson.Same(old, value)) continue;
                connection.Execute($"UPDATE {table} SET {field.Column} = @value WHERE id = @target", new { value = field.ToColumn(value), target }, transaction);
                changed.Add((field.Name, old, value));
            }
            if (changed.Count == 0) return new CorrectionResult(CorrectionStatus.Applied, documentId) { Revision = revision };

            revision = Bump(connection, transaction, documentId);
            var entries = changed.Select(c => Log(connection, transaction, documentId, revision, target, c.Field, c.Old, c.New, editing)).ToList();
            var affected = onDocument
                ? connection.Query<string>("SELECT id FROM articles WHERE document_id = @documentId AND merged_into IS NULL", new { documentId }, transaction).ToList()
                : [target];
            foreach (var articleId in affected)
            {
                // Keywords weigh the title: an article whose title changed gets them anew, and its fingerprint, which an
                // older build computed otherwise, its place among twins with it.
                if (!onDocument && names.Contains("title") && Enrich(connection, transaction, articleId, enrich))
                    TwinGroups.Regroup(connection, transaction, [articleId], []);
                LogChange(connection, transaction, articleId, ArticleChangeKind.Upsert);
            }
            return new CorrectionResult(CorrectionStatus.Applied, documentId) { Revision = revision, Entries = entries };
        });

    /// <summary>
    /// Splits a live article before its paragraph <paramref name="atParagraph"/> (1-based, 2 to its number of
    /// paragraphs): it keeps its id and the paragraphs before; the rest becomes a new article with a new id, right after
    /// it, with the given title and the other fields of the article it came from.
    /// </summary>
    public CorrectionResult Split(string documentId, string articleId, int atParagraph, string title, Editing editing,
        Func<StoredArticle, StoredArticle> enrich) =>
        _store.Write((connection, transaction) =>
        {
            if (Refusal(connection, transaction, documentId, editing, e => e.Articles().Contains(articleId), out _) is { } refused) return refused;
            if (LiveArticle(connection, transaction, documentId, articleId) is not { } article) return CorrectionResult.NotFound(documentId);
            var paragraphs = ArticleParagraphs.Of(article.Body);
            if (atParagraph < 2 || atParagraph > paragraphs.Count)
            {
                return CorrectionResult.Invalid(documentId, [paragraphs.Count < 2
                    ? new FieldProblem("at_paragraph", $"at_paragraph: the article has {paragraphs.Count} paragraph(s), so it cannot be split.",
                        $"这篇文章只有 {paragraphs.Count} 段，无法拆分。")
                    : new FieldProblem("at_paragraph",
                        $"at_paragraph: {atParagraph} is outside the article: it has {paragraphs.Count} paragraphs, so a split starts the new article at paragraph 2 to {paragraphs.Count}.",
                        $"拆分位置第 {atParagraph} 段不在文章内：这篇文章共 {paragraphs.Count} 段，新文章只能从第 2 至第 {paragraphs.Count} 段开始。")]);
            }

            var order = LiveOrder(connection, transaction, documentId);
            if (order.Count >= ParsedDocument.MaxArticles)
            {
                return CorrectionResult.Invalid(documentId, [new FieldProblem("at_paragraph",
                    $"at_paragraph: the document already holds {order.Count:N0} articles, the most a document may hold ({ParsedDocument.MaxArticles:N0}); merge some first.",
                    $"本文档已有 {order.Count:N0} 篇文章，已达一份文档可容纳的上限（{ParsedDocument.MaxArticles:N0} 篇），无法再拆分；请先合并部分文章。")]);
            }
            var kept = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM articles WHERE document_id = @documentId", new { documentId }, transaction);
            if (kept >= MaxKeptArticles)
            {
                return CorrectionResult.Invalid(documentId, [new FieldProblem("at_paragraph",
                    $"at_paragraph: the document was split and merged so often that it keeps {kept:N0} articles and ids of merged ones, the most a document may keep ({MaxKeptArticles:N0}); it is split no further.",
                    $"本文档拆分、合并次数过多，已保留 {kept:N0} 篇文章及已合并文章的编号，达到上限（{MaxKeptArticles:N0}），无法再拆分。")]);
            }

            var taken = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM articles WHERE document_id = @documentId AND id LIKE @prefix",
                new { documentId, prefix = ContentIdentity.EditorArticleId(documentId, 0)[..^1] + "%" }, transaction);
            var newId = ContentIdentity.EditorArticleId(documentId, (int)taken + 1);
            OriginalText.Detach(connection, transaction, documentId);
            connection.Execute("UPDATE articles SET body = @body WHERE id = @articleId",
                new { body = StoredText.Encode(ArticleParagraphs.Join(paragraphs.Take(atParagraph - 1))), articleId }, transaction);
            // Ordinal 0 is free until the document is numbered again below.
            connection.Execute(ArticleRow.Insert, ArticleRow.From(article with
            {
                Id = newId, Ordinal = 0, Title = title, Subtitle = null, Captions = [], Keywords = [], Fingerprint = null,
                Body = ArticleParagraphs.Join(paragraphs.Skip(atParagraph - 1)),
            }), transaction);
            MoveMergedAfterSplit(connection, transaction, articleId, newId, paragraphs.Skip(atParagraph - 1).ToHashSet(StringComparer.Ordinal));
            order.Insert(order.IndexOf(articleId) + 1, newId);
            Renumber(connection, transaction, documentId, order);

            var revision = Bump(connection, transaction, documentId);
            var entry = Log(connection, transaction, documentId, revision, articleId, CorrectableField.Split, CanonicalJson.Null,
                CanonicalJson.Of(new { article = newId, at_paragraph = atParagraph, title }), editing);
            foreach (var id in new[] { articleId, newId }) Enrich(connection, transaction, id, enrich);
            TwinGroups.Regroup(connection, transaction, [articleId, newId], []);
            foreach (var id in new[] { articleId, newId }) LogChange(connection, transaction, id, ArticleChangeKind.Upsert);
            return new CorrectionResult(CorrectionStatus.Applied, documentId) { Revision = revision, Entries = [entry], ArticleId = newId };
        });

    /// <summary>
    /// An article merged into one that is split again leads, from then on, to the part holding its text: its id keeps
    /// resolving where its words are (a merge undone by a split at the same place gives it the new article).
    /// </summary>
    private static void MoveMergedAfterSplit(SqliteConnection connection, SqliteTransaction transaction, string splitId, string newId, IReadOnlySet<string> splitOff)
    {
        foreach (var (id, body) in connection.Query<(string Id, object Body)>(
                     "SELECT id, body FROM articles WHERE merged_into = @splitId", new { splitId }, transaction))
        {
            if (ArticleParagraphs.Of(StoredText.Decode(body)).FirstOrDefault() is { } first && splitOff.Contains(first))
                connection.Execute("UPDATE articles SET merged_into = @newId WHERE id = @id", new { newId, id }, transaction);
        }
    }

    /// <summary>
    /// Merges two neighbouring live articles of a document: the first keeps its id and takes the second's text after
    /// its own; the second leaves every list, and its id resolves to the first from then on.
    /// </summary>
    public CorrectionResult Merge(string documentId, string articleId, string otherId, Editing editing, Func<StoredArticle, StoredArticle> enrich) =>
        _store.Write((connection, transaction) =>
        {
            if (Refusal(connection, transaction, documentId, editing,
                    e => e.Articles().Contains(articleId) || e.Articles().Contains(otherId), out _) is { } refused)
            {
                return refused;
            }
            if (LiveArticle(connection, transaction, documentId, articleId) is not { } article) return CorrectionResult.NotFound(documentId);
            if (LiveArticle(connection, transaction, documentId, otherId) is not { } other)
            {
                var elsewhere = connection.ExecuteScalar<string?>("SELECT document_id FROM articles WHERE id = @otherId", new { otherId }, transaction);
                return CorrectionResult.Invalid(documentId, [elsewhere is not null && elsewhere != documentId
                    ? new FieldProblem("with", $"with: '{otherId}' is an article of another document; only neighbours in one document can be merged.",
                        $"“{otherId}”是另一份文档中的文章；只能合并同一文档中相邻的两篇文章。")
                    : new FieldProblem("with", $"with: this document has no article '{otherId}'.", $"本文档中没有编号为“{otherId}”的文章。")]);
            }
            var order = LiveOrder(connection, transaction, documentId);
            var (at, otherAt) = (order.IndexOf(articleId), order.IndexOf(otherId));
            if (Math.Abs(at - otherAt) != 1)
            {
                return CorrectionResult.Invalid(documentId, [new FieldProblem("with",
                    $"with: '{otherId}' is not next to '{articleId}' (articles {otherAt + 1} and {at + 1} of the document); only neighbours can be merged.",
                    $"“{otherId}”与“{articleId}”不相邻（分别是本文档第 {otherAt + 1} 篇和第 {at + 1} 篇）；只能合并相邻的两篇文章。")]);
            }
            var (first, second) = at < otherAt ? (article, other) : (other, article);
            OriginalText.Detach(connection, transaction, documentId);
            connection.Execute("UPDATE articles SET body = @Body, captions = @Captions, authors = @Authors WHERE id = @Id",
                ArticleRow.From(first with
                {
                    Body = ArticleParagraphs.Join(ArticleParagraphs.Of(first.Body).Concat(ArticleParagraphs.Of(second.Body))),
                    Captions = [.. first.Captions, .. second.Captions],
                    Authors = [.. first.Authors.Union(second.Authors, StringComparer.Ordinal)],
                }), transaction);
            connection.Execute("UPDATE articles SET merged_into = @into WHERE id = @id", new { into = first.Id, id = second.Id }, transaction);
            Renumber(connection, transaction, documentId, [.. order.Where(id => id != second.Id)]);

            var revision = Bump(connection, transaction, documentId);
            var entry = Log(connection, transaction, documentId, revision, first.Id, CorrectableField.Merge, CanonicalJson.Null,
                CanonicalJson.Of(new { article = second.Id, title = second.Title }), editing);
            Enrich(connection, transaction, first.Id, enrich);
            TwinGroups.Regroup(connection, transaction, [first.Id], [second.Id]);
            LogChange(connection, transaction, first.Id, ArticleChangeKind.Upsert);
            LogChange(connection, transaction, second.Id, ArticleChangeKind.Remove);
            return new CorrectionResult(CorrectionStatus.Applied, documentId) { Revision = revision, Entries = [entry], ArticleId = first.Id };
        });

    /// <summary>The current values of a document's correctable fields, by name (canonical JSON).</summary>
    public IReadOnlyDictionary<string, JsonElement> DocumentValues(string documentId) => CurrentValues("documents", CorrectableField.Document, documentId);

    /// <summary>The current values of an article's correctable fields, by name (canonical JSON).</summary>
    public IReadOnlyDictionary<string, JsonElement> ArticleValues(string articleId) => CurrentValues("articles", CorrectableField.Article, articleId);

    private IReadOnlyDictionary<string, JsonElement> CurrentValues(string table, IReadOnlyList<CorrectableField> fields, string id)
    {
        using var connection = _store.Connect();
        var row = (IDictionary<string, object?>?)connection.QueryFirstOrDefault(
            $"SELECT {string.Join(", ", fields.Select(f => f.Column))} FROM {table} WHERE id = @id", new { id });
        return row is null ? new Dictionary<string, JsonElement>() : fields.ToDictionary(f => f.Name, f => f.FromColumn(row[f.Column]));
    }

    /// <summary>A document's audit log, oldest first.</summary>
    public IReadOnlyList<CorrectionEntry> GetLog(string documentId)
    {
        using var connection = _store.Connect();
        return ReadLog(connection, null, documentId, 0);
    }

    /// <summary>The live article a merged-away article's text is in now (following merges of merges); null when it was never merged.</summary>
    public string? MergedInto(string articleId)
    {
        using var connection = _store.Connect();
        string? into = null;
        // A merge always points to a live article at the time, so the chain is as long as the merges made since; the
        // bound only guards against a database edited by hand into a loop.
        var id = articleId;
        for (var hop = 0; hop < MaxMergeChain && connection.ExecuteScalar<string?>("SELECT merged_into FROM articles WHERE id = @id", new { id }) is { } next; hop++)
        {
            into = id = next;
        }
        return into;
    }

    /// <summary>
    /// Null when the correction may go on; otherwise why not: no such document (or deleted), superseded, or another
    /// editor's change since the revision the editor saw that <paramref name="touches"/> what this one changes.
    /// </summary>
    internal static CorrectionResult? Refusal(SqliteConnection connection, SqliteTransaction transaction, string documentId, Editing editing,
        Func<CorrectionEntry, bool> touches, out int revision)
    {
        var document = connection.QueryFirstOrDefault<(string? Status, long Revision)>(
            "SELECT status, revision FROM documents WHERE id = @documentId", new { documentId }, transaction);
        revision = (int)document.Revision;
        if (document.Status is null or nameof(DocumentStatus.Deleted)) return CorrectionResult.NotFound(documentId);
        if (document.Status == nameof(DocumentStatus.Superseded)) return new CorrectionResult(CorrectionStatus.Superseded, documentId) { Revision = revision };
        if (editing.SeenRevision is not { } seen || seen == revision) return null;
        // A revision the document never had is no version anyone saw: refused, with nothing to show.
        if (seen > revision || seen < 0) return new CorrectionResult(CorrectionStatus.Conflict, documentId) { Revision = revision };
        var since = ReadLog(connection, transaction, documentId, seen);
        return since.Any(touches) ? new CorrectionResult(CorrectionStatus.Conflict, documentId) { Revision = revision, Entries = since } : null;
    }

    internal static StoredArticle? LiveArticle(SqliteConnection connection, SqliteTransaction transaction, string documentId, string articleId) =>
        connection.QueryFirstOrDefault<ArticleRow>(
            $"SELECT {ArticleRow.Columns} FROM articles a WHERE a.id = @articleId AND a.document_id = @documentId AND a.merged_into IS NULL",
            new { articleId, documentId }, transaction)?.ToStored();

    internal static List<string> LiveOrder(SqliteConnection connection, SqliteTransaction transaction, string documentId) =>
        connection.Query<string>("SELECT id FROM articles WHERE document_id = @documentId AND merged_into IS NULL ORDER BY ordinal",
            new { documentId }, transaction).ToList();

    /// <summary>
    /// Numbers the live articles 1..n in the given order and the merged-away ones after them. UNIQUE (document_id,
    /// ordinal) holds after every row, so the ordinals pass through negative numbers first.
    /// </summary>
    internal static void Renumber(SqliteConnection connection, SqliteTransaction transaction, string documentId, IReadOnlyList<string> liveOrder)
    {
        connection.Execute("UPDATE articles SET ordinal = -ordinal - 1 WHERE document_id = @documentId", new { documentId }, transaction);
        var retired = connection.Query<string>(
            "SELECT id FROM articles WHERE document_id = @documentId AND merged_into IS NOT NULL ORDER BY ordinal DESC", new { documentId }, transaction);
        var ordinal = 0;
        foreach (var id in liveOrder.Concat(retired))
        {
            connection.Execute("UPDATE articles SET ordinal = @ordinal WHERE id = @id", new { ordinal = ++ordinal, id }, transaction);
        }
    }

    /// <summary>Moves the document's revision on and stamps the time: every correction and every re-parse that changes it.</summary>
    internal int Bump(SqliteConnection connection, SqliteTransaction transaction, string documentId) =>
        connection.ExecuteScalar<int>("UPDATE documents SET revision = revision + 1, updated_at = @now WHERE id = @documentId RETURNING revision",
            new { documentId, now = _store.Now() }, transaction);

    /// <summary>A document deleted or restored (<paramref name="field"/>): its own line in the audit log, at a new revision.</summary>
    internal void LogStatus(SqliteConnection connection, SqliteTransaction transaction, string documentId, string field, DocumentStatus from,
        DocumentStatus to, Editing editing) =>
        Log(connection, transaction, documentId, Bump(connection, transaction, documentId), documentId, field,
            CanonicalJson.Of(from.ToString().ToLowerInvariant()), CanonicalJson.Of(to.ToString().ToLowerInvariant()), editing);

    private CorrectionEntry Log(SqliteConnection connection, SqliteTransaction transaction, string documentId, int revision, string target,
        string field, JsonElement old, JsonElement value, Editing editing)
    {
        var now = _store.Now();
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO corrections (document_id, revision, target, field, old_value, new_value, editor, reason, corrected_at)
            VALUES (@documentId, @revision, @target, @field, @old, @value, @Editor, @Reason, @now) RETURNING id
            """,
            new { documentId, revision, target, field, old = CanonicalJson.Text(old), value = CanonicalJson.Text(value), editing.Editor, editing.Reason, now },
            transaction);
        return new CorrectionEntry(id, documentId, revision, target, field, old, value, editing.Editor, editing.Reason,
            DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
    }

    internal static IReadOnlyList<CorrectionEntry> ReadLog(SqliteConnection connection, SqliteTransaction? transaction, string documentId, int afterRevision) =>
        connection.Query<(long Id, long Revision, string Target, string Field, string Old, string New, string Editor, string? Reason, string At)>(
                """
                SELECT id, revision, target, field, old_value, new_value, editor, reason, corrected_at FROM corrections
                WHERE document_id = @documentId AND revision > @afterRevision ORDER BY id
                """, new { documentId, afterRevision }, transaction)
            .Select(r => new CorrectionEntry(r.Id, documentId, (int)r.Revision, r.Target, r.Field, CanonicalJson.Parse(r.Old), CanonicalJson.Parse(r.New),
                r.Editor, r.Reason, DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>Keywords and fingerprint anew for an article whose title or text changed; whether the fingerprint changed.</summary>
    internal static bool Enrich(SqliteConnection connection, SqliteTransaction transaction, string articleId, Func<StoredArticle, StoredArticle> enrich)
    {
        var article = connection.QuerySingle<ArticleRow>($"SELECT {ArticleRow.Columns} FROM articles a WHERE a.id = @articleId", new { articleId }, transaction);
        var enriched = ArticleRow.From(enrich(article.ToStored()));
        connection.Execute("UPDATE articles SET keywords = @Keywords, fingerprint = @Fingerprint WHERE id = @Id", enriched, transaction);
        return enriched.Fingerprint != article.Fingerprint;
    }

    internal static void LogChange(SqliteConnection connection, SqliteTransaction transaction, string articleId, ArticleChangeKind kind) =>
        connection.Execute("INSERT INTO changes (article_id, op) VALUES (@articleId, @op)", new { articleId, op = kind.ToString() }, transaction);
}
