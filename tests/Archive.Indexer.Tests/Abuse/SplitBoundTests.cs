using System.Text;
using Archive.Indexer.Parsing;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Abuse;

/// <summary>
/// A file is refused past <see cref="ParsedDocument.MaxArticles"/> articles, and an editor's splits stop there too:
/// an article of one character a paragraph split at its second paragraph again and again made a document of as many
/// articles as it had paragraphs, each split reindexing the rest of the text (hostile31: 680 splits of a text of 2,100
/// paragraphs, half a second of processor time each, and nothing to stop them).
/// </summary>
public sealed class SplitBoundTests : IDisposable
{
    private static readonly Editing Editor = new("tests");
    private readonly TempDirectory _temp = new();
    private readonly ArchiveStore _store;

    public SplitBoundTests() => _store = ArchiveStore.Open(_temp.File("data/archive.db"));

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void A_document_holding_as_many_articles_as_a_document_may_is_split_no_further_until_two_are_merged()
    {
        var (documentId, ids) = StoreSplittable(ParsedDocument.MaxArticles);

        var refused = _store.Corrections.Split(documentId, ids[^1], 2, "拆出", Editor, a => a);

        Assert.Equal(CorrectionStatus.Invalid, refused.Status);
        Assert.Equal("at_paragraph", Assert.Single(refused.Problems).Field);
        Assert.Equal(ParsedDocument.MaxArticles, _store.GetArticlesOfDocument(documentId).Count);

        Assert.Equal(CorrectionStatus.Applied, _store.Corrections.Merge(documentId, ids[0], ids[1], Editor, a => a).Status);
        Assert.Equal(CorrectionStatus.Applied, _store.Corrections.Split(documentId, ids[^1], 2, "拆出", Editor, a => a).Status);
        Assert.Equal(ParsedDocument.MaxArticles, _store.GetArticlesOfDocument(documentId).Count);
    }

    [Fact]
    public void Every_paragraph_of_an_article_split_off_in_turn_stops_at_the_bound()
    {
        var paragraphs = ParsedDocument.MaxArticles + 50;
        var (documentId, ids) = StoreSplittable(ParsedDocument.MaxArticles - 20, paragraphs);

        var current = ids[^1];
        var applied = 0;
        for (var i = 0; i < 60; i++)
        {
            var result = _store.Corrections.Split(documentId, current, 2, $"第{i}段", Editor, a => a);
            if (result.Status != CorrectionStatus.Applied) break;
            applied++;
            current = result.ArticleId!;
        }

        Assert.Equal(20, applied);
        Assert.Equal(ParsedDocument.MaxArticles, _store.GetArticlesOfDocument(documentId).Count);
    }

    /// <summary>
    /// Splitting an article and merging the part back retires an id each time (kept for its permalink): the rows grew
    /// without end while the live articles stayed few. The merges are written directly (thousands through the store take
    /// minutes: each renumbers every row).
    /// </summary>
    [Fact]
    public void A_document_split_and_merged_back_thousands_of_times_is_split_no_further()
    {
        var (documentId, ids) = StoreSplittable(2 * ParsedDocument.MaxArticles, lastParagraphs: 3);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_temp.File("data/archive.db")}"))
        {
            connection.Open();
            using var retire = connection.CreateCommand();
            retire.CommandText = "UPDATE articles SET merged_into = $into WHERE document_id = $document AND id <> $into AND id <> $last";
            retire.Parameters.AddWithValue("$into", ids[0]);
            retire.Parameters.AddWithValue("$document", documentId);
            retire.Parameters.AddWithValue("$last", ids[^1]);
            retire.ExecuteNonQuery();
        }

        var refused = _store.Corrections.Split(documentId, ids[^1], 2, "拆出", Editor, a => a);

        Assert.Equal(CorrectionStatus.Invalid, refused.Status);
        Assert.Contains("merged", Assert.Single(refused.Problems).MessageEn);
        Assert.Equal(2, _store.GetArticlesOfDocument(documentId).Count);
    }

    /// <summary>A document of <paramref name="articles"/> articles, the last of <paramref name="lastParagraphs"/> paragraphs of one ideograph.</summary>
    private (string DocumentId, IReadOnlyList<string> Ids) StoreSplittable(int articles, int lastParagraphs = 2)
    {
        var parsed = new ParsedDocument
        {
            Kind = DocumentKind.Bulletin,
            Articles =
            [
                .. Enumerable.Range(0, articles - 1).Select(i => new ParsedArticle { Title = $"第{i}篇", Body = $"第{i}篇的正文。" }),
                new ParsedArticle { Title = "末篇", Body = string.Join('\n', Enumerable.Range(0, lastParagraphs).Select(i => (char)('一' + i % 20000))) },
            ],
        };
        var text = string.Concat(parsed.Articles.Select(a => a.Title + a.Body));
        var bytes = Encoding.UTF8.GetBytes(text);
        var source = new SourceFile("/in/many.txt", ContentIdentity.Sha256Hex(bytes), bytes.Length);
        var stored = ArchiveStore.ToStoredArticles(source.DocumentId, parsed);
        _store.Save(source, parsed, text, stored);
        return (source.DocumentId, [.. stored.Select(a => a.Id)]);
    }
}
