using System.Text;
using Archive.Indexer.Parsing;
using Archive.Indexer.Store;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Tests.Store;

/// <summary>A document's original text is kept as references into its articles' bodies, and reads back exactly.</summary>
public sealed class OriginalTextTests : IDisposable
{
    private const string First = "近年来，宜秀区坚持把抓基层打基础作为长远之计，推动组织力量下沉一线，𠀀字在扩展区，党员干部到村到户开展服务。";
    private const string Second = "大观区在疫情防控一线考察识别干部，把敢于担当、善于作为的干部用起来，形成了比学赶超的良好氛围。";

    /// <summary>
    /// A masthead and a table of contents no body holds; a paragraph wrapped over two lines that the body holds as one;
    /// an emphasis mark the body left out; a paragraph printed twice; characters outside the basic plane.
    /// </summary>
    private static readonly string Original =
        $"安庆组工信息\n2022年第8期（总第316期）\n目录\n宜秀区战疫一线党旗红……2\n\n" +
        $"宜秀区战疫一线党旗红\n　　{First[..30]}\n{First[30..]}\n　　{First}\n" +
        $"大观区在疫情防控一线考察识别干部\n　　**{Second[..20]}**{Second[20..]}\n　　{Second}\n报：省委组织部。\n";

    private readonly TempDirectory _temp = new();
    private readonly ArchiveStore _store;

    public OriginalTextTests() => _store = ArchiveStore.Open(_temp.File("data/archive.db"));

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private string Save(string original, params string[] bodies)
    {
        var bytes = Encoding.UTF8.GetBytes(original);
        var source = new SourceFile("/in/第8期.txt", ContentIdentity.Sha256Hex(bytes), bytes.Length);
        var parsed = new ParsedDocument
        {
            Kind = DocumentKind.Bulletin,
            Articles = bodies.Select((body, i) => new ParsedArticle { Title = $"第{i + 1}篇", Body = body }).ToList(),
        };
        return _store.Save(source, parsed, original).DocumentId!;
    }

    private object Column(string sql, string id)
    {
        using var connection = _store.Connect();
        return connection.ExecuteScalar<object>(sql, new { id })!;
    }

    [Fact]
    public void The_original_refers_to_the_bodies_and_reads_back_exactly()
    {
        var document = Save(Original, $"{First}\n{First}", $"{Second}\n{Second}");

        Assert.Equal(Original, _store.GetOriginalText(document));
        var stored = Assert.IsType<byte[]>(Column("SELECT original_text FROM documents WHERE id = @id", document));
        Assert.Equal(OriginalText.Recipe, StoredText.Format(stored));
        var alone = Assert.IsType<byte[]>(StoredText.Encode(Original));
        Assert.True(stored.Length < alone.Length, $"{stored.Length} bytes as references, {alone.Length} compressed alone");
    }

    [Fact]
    public void An_original_that_shares_nothing_with_its_bodies_is_kept_whole()
    {
        var document = Save(Original, "另一篇完全不同的正文。");

        Assert.Equal(Original, _store.GetOriginalText(document));
        Assert.Equal(StoredText.Utf8, StoredText.Format(Column("SELECT original_text FROM documents WHERE id = @id", document)));
    }

    [Fact]
    public void A_text_that_repeats_itself_is_searched_within_a_bound_and_still_reads_back_exactly()
    {
        // Lines of one dateline repeated, as the parser cuts them into articles: the bodies' probes that missed searched
        // the whole original twice each, matching its first and last characters all along (12,625 such lines held the
        // store's write transaction for 287 s, hostile29).
        var original = "关于加强干部队伍建设的意见\n" + string.Concat(Enumerable.Repeat(string.Concat(Enumerable.Repeat("本报讯", 300)) + "\n", 1_000));
        var bytes = Encoding.UTF8.GetBytes(original);
        var source = new SourceFile("/in/本报讯.txt", ContentIdentity.Sha256Hex(bytes), bytes.Length);

        var document = _store.Save(source, Archive.Indexer.Tests.Parsing.Samples.Parser.Parse(original), original).DocumentId!;

        Assert.Equal(original, _store.GetOriginalText(document));
    }

    [Fact]
    public void A_body_cannot_change_while_the_original_refers_to_it()
    {
        var document = Save(Original, First, Second);
        using var connection = _store.Connect();

        var refused = Assert.Throws<SqliteException>(() => connection.Execute("UPDATE articles SET body = 'x' WHERE document_id = @document", new { document }));

        Assert.Contains("refers to this body", refused.Message);
        Assert.Equal(Original, _store.GetOriginalText(document));
    }

    [Fact]
    public void Rows_stored_before_compression_read_as_they_did()
    {
        var document = Save(Original, First, Second);
        using (var connection = _store.Connect())
        {
            // What an archive.db written before compression holds: plain TEXT in both columns.
            connection.Execute("UPDATE documents SET original_text = @Original WHERE id = @document", new { Original, document });
            connection.Execute("UPDATE articles SET body = @First WHERE id = @id", new { First, id = ContentIdentity.ArticleId(document, 1) });
            Assert.Equal("text", connection.ExecuteScalar<string>("SELECT typeof(body) FROM articles WHERE id = @id", new { id = ContentIdentity.ArticleId(document, 1) }));
        }

        Assert.Equal(Original, _store.GetOriginalText(document));
        Assert.Equal(First, _store.GetArticle(ContentIdentity.ArticleId(document, 1))!.Body);
        Assert.Equal(Second, _store.GetArticle(ContentIdentity.ArticleId(document, 2))!.Body);
        var bodies = _store.GetBodies([ContentIdentity.ArticleId(document, 1), ContentIdentity.ArticleId(document, 2)]);
        Assert.Equal((First, Second), (bodies[ContentIdentity.ArticleId(document, 1)], bodies[ContentIdentity.ArticleId(document, 2)]));
    }

    [Fact]
    public void A_deleted_documents_compressed_text_is_overwritten_in_the_file()
    {
        var document = Save(Original, $"{First}\n{First}", $"{Second}\n{Second}");
        var body = Assert.IsType<byte[]>(Column("SELECT body FROM articles WHERE id = @id", ContentIdentity.ArticleId(document, 1)));
        var original = Assert.IsType<byte[]>(Column("SELECT original_text FROM documents WHERE id = @id", document));

        Assert.True(_store.DeleteDocument(document, new Editing("测试")));
        _store.Dispose();

        var file = File.ReadAllBytes(_store.DatabasePath);
        Assert.Equal(-1, file.AsSpan().IndexOf(body.AsSpan(body.Length / 2, 24)));
        Assert.Equal(-1, file.AsSpan().IndexOf(original.AsSpan(original.Length / 2, 24)));
    }
}
