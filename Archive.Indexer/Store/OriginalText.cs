using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Store;

/// <summary>
/// A document's original text (as read from its file) is mostly its articles' bodies over again. When a document is
/// stored it is kept as a recipe (<see cref="StoredText"/> format <see cref="Recipe"/>): the stretches an article's
/// body holds as references to that body (the parser's article ordinal, where, how long) and the rest (mastheads,
/// tables of contents, footers) as text, so each text is stored once. A recipe depends on the bodies it refers to:
/// before a body of its document changes (a split, a merge, a re-parse), <see cref="Detach"/> writes the original out
/// whole; a trigger (<see cref="SchemaMigrations"/>) refuses to change a body while a recipe still refers to it.
/// </summary>
internal static class OriginalText
{
    /// <summary>The format byte of a recipe.</summary>
    public const byte Recipe = 2;
    /// <summary>A shared stretch shorter than this is kept as text: as a reference it would cost about as much.</summary>
    private const int MinReference = 8;
    /// <summary>Probes of a body that find nothing in the original before the rest of that body is given up on.</summary>
    private const int MaxMisses = 256;
    /// <summary>How far after the last stretch found a body's next text is looked for, before anywhere (for a body's opening only).</summary>
    private const int Reach = 8_192;
    /// <summary>
    /// How many times the original's length the probes may search through in all (a million characters at least): a
    /// probe that missed searched the whole original, twice, so a document of 1,914 alike texts (本报讯 a hundred times
    /// a line) held a core and the store's write transaction for 287 s (hostile29). Past it, the rest is kept as text.
    /// </summary>
    private const int SearchBudget = 64;
    private const int Literal = 0;

    /// <summary>The column value for a document's original text, as references into the bodies of its articles where it can.</summary>
    public static object Encode(string original, IReadOnlyList<StoredArticle> articles)
    {
        var references = Align(original, articles);
        if (references.Count == 0) return StoredText.Encode(original);
        using var recipe = new MemoryStream();
        using (var writer = new BinaryWriter(recipe, Encoding.UTF8, leaveOpen: true))
        {
            var at = 0;
            foreach (var (start, ordinal, bodyStart, length) in references)
            {
                if (start > at)
                {
                    writer.Write7BitEncodedInt(Literal);
                    writer.Write(original[at..start]);
                }
                writer.Write7BitEncodedInt(ordinal);
                writer.Write7BitEncodedInt(bodyStart);
                writer.Write7BitEncodedInt(length);
                at = start + length;
            }
            if (at < original.Length)
            {
                writer.Write7BitEncodedInt(Literal);
                writer.Write(original[at..]);
            }
        }
        return StoredText.Pack(Recipe, recipe.GetBuffer().AsSpan(0, (int)recipe.Length), StoredText.Length(original)) ?? StoredText.Encode(original);
    }

    /// <summary>The original text of a document as stored; null for an unknown document.</summary>
    public static string? Read(SqliteConnection connection, SqliteTransaction? transaction, string documentId) =>
        connection.ExecuteScalar<object?>(Select, new { documentId }, transaction) switch
        {
            null => null,
            var value when StoredText.Format(value) == Recipe => Assemble(connection, transaction, documentId, (byte[])value),
            var value => StoredText.Decode(value),
        };

    /// <summary>Writes a document's original text out whole, so that its articles' bodies can change; nothing when it is already.</summary>
    public static void Detach(SqliteConnection connection, SqliteTransaction transaction, string documentId)
    {
        if (connection.ExecuteScalar<object?>(Select, new { documentId }, transaction) is not { } value || StoredText.Format(value) != Recipe) return;
        var text = StoredText.Encode(Assemble(connection, transaction, documentId, (byte[])value));
        connection.Execute("UPDATE documents SET original_text = @text WHERE id = @documentId", new { text, documentId }, transaction);
    }

    private const string Select = "SELECT original_text FROM documents WHERE id = @documentId";

    private static string Assemble(SqliteConnection connection, SqliteTransaction? transaction, string documentId, byte[] recipe)
    {
        var bodies = connection.Query<(string Id, object Body)>("SELECT id, body FROM articles WHERE document_id = @documentId", new { documentId }, transaction)
            .ToDictionary(b => b.Id, b => b.Body, StringComparer.Ordinal);
        var decoded = new Dictionary<int, string>();
        var text = new StringBuilder();
        using var reader = new BinaryReader(new MemoryStream(StoredText.Unpack(recipe)), Encoding.UTF8);
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var ordinal = reader.Read7BitEncodedInt();
            if (ordinal == Literal)
            {
                text.Append(reader.ReadString());
                continue;
            }
            var (start, length) = (reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
            if (!decoded.TryGetValue(ordinal, out var body))
            {
                decoded[ordinal] = body = bodies.TryGetValue(ContentIdentity.ArticleId(documentId, ordinal), out var stored) ? StoredText.Decode(stored) : "";
            }
            if (start + length > body.Length)
            {
                throw new InvalidDataException($"archive.db: the original text of document {documentId} refers to text its article {ordinal} no longer holds.");
            }
            text.Append(body, start, length);
        }
        return text.ToString();
    }

    /// <summary>
    /// Where the original holds the bodies' text: (start in the original, article ordinal, start in its body, length),
    /// in order of start, none overlapping. Each body is walked from its start: a probe of <see cref="MinReference"/>
    /// characters is looked for within <see cref="Reach"/> of where the last stretch ended (then anywhere, until the body
    /// is first found) and the match is extended as far as the two texts agree; a paragraph the parser joined from
    /// wrapped lines becomes one stretch per line. The search is bounded (<see cref="SearchBudget"/>): what is not found
    /// by then is kept as text.
    /// </summary>
    private static List<(int Start, int Ordinal, int BodyStart, int Length)> Align(string original, IReadOnlyList<StoredArticle> articles)
    {
        var found = new List<(int Start, int Ordinal, int BodyStart, int Length)>();
        var cursor = 0;
        var budget = Math.Max(1_000_000L, (long)SearchBudget * original.Length);
        foreach (var article in articles)
        {
            var body = article.Body;
            var (at, misses, opened) = (0, 0, false);
            while (at + MinReference <= body.Length && misses < MaxMisses && budget > 0)
            {
                var probe = body.AsSpan(at, MinReference);
                var near = original.AsSpan(cursor, Math.Min(Reach, original.Length - cursor));
                var start = near.IndexOf(probe, StringComparison.Ordinal);
                budget -= start >= 0 ? start + MinReference : near.Length;
                if (start >= 0) start += cursor;
                else if (!opened)
                {
                    // A body whose opening is not where the last one ended stands elsewhere (articles out of order).
                    start = original.AsSpan().IndexOf(probe, StringComparison.Ordinal);
                    budget -= start >= 0 ? start + MinReference : original.Length;
                }
                if (start < 0)
                {
                    at++;
                    misses++;
                    continue;
                }
                opened = true;
                var length = original.AsSpan(start).CommonPrefixLength(body.AsSpan(at));
                found.Add((start, article.Ordinal, at, length));
                at += length;
                cursor = start + length;
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var references = new List<(int Start, int Ordinal, int BodyStart, int Length)>(found.Count);
        var covered = 0;
        foreach (var (start, ordinal, bodyStart, length) in found)
        {
            // A stretch found twice (a sentence the original repeats) keeps what the earlier one left uncovered; no
            // stretch cuts a surrogate pair, whose halves would not survive as text on either side.
            var skip = Math.Max(0, covered - start);
            if (skip < length && char.IsLowSurrogate(original[start + skip])) skip++;
            var kept = length - skip - (char.IsHighSurrogate(original[start + length - 1]) ? 1 : 0);
            if (kept < MinReference) continue;
            references.Add((start + skip, ordinal, bodyStart + skip, kept));
            covered = start + skip + kept;
        }
        return references;
    }
}
