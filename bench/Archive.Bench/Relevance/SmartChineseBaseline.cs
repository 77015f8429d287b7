using Archive.Bench.Peers;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Bench.Relevance;

/// <summary>
/// The design card's setup, the baseline: Lucene with SmartChineseAnalyzer (its stop words), BM25, the title
/// boosted twice over the body; a query matches all its words, or any of them when all match nothing. Its similar
/// articles are Lucene's MoreLikeThis (Lucene.Net.Queries) over the same analyzer, with its defaults.
/// Indexes the same stored articles as the archive, in memory.
/// </summary>
public sealed class SmartChineseBaseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const float TitleBoost = 2f;
    private static readonly string[] TextFields = ["title", "body"];

    private readonly SmartChineseAnalyzer _analyzer = new(Version);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public SmartChineseBaseline(IEnumerable<StoredText> articles)
    {
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() };
        // Term vectors let MoreLikeThis read an article's terms back (the texts are not stored); search ignores them.
        var text = new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true };
        text.Freeze();
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var article in articles)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", article.ArticleId, Field.Store.YES),
                    new Field("title", article.Title, text),
                    new Field("body", article.Body, text),
                });
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The ids of the top <paramref name="count"/> articles, and how many matched.</summary>
    public (IReadOnlyList<string> Ids, int Total) Search(string text, int count)
    {
        var words = SmartChineseWords.Of(_analyzer, text);
        if (words.Count == 0) return ([], 0);
        var top = _searcher.Search(Query(words, Occur.MUST), count);
        if (top.TotalHits == 0) top = _searcher.Search(Query(words, Occur.SHOULD), count);
        return (top.ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id")).ToList(), top.TotalHits);
    }

    /// <summary>
    /// The ids of the <paramref name="count"/> articles MoreLikeThis finds most like the one given (itself left out):
    /// the design card's peer for similar articles.
    /// </summary>
    public IReadOnlyList<string> MoreLikeThis(string articleId, int count)
    {
        var own = _searcher.Search(new TermQuery(new Term("id", articleId)), 1).ScoreDocs;
        if (own.Length == 0) return [];
        var like = new MoreLikeThis(_reader) { Analyzer = _analyzer, FieldNames = TextFields }.Like(own[0].Doc);
        return _searcher.Search(like, count + 1).ScoreDocs.Where(d => d.Doc != own[0].Doc)
            .Select(d => _searcher.Doc(d.Doc).Get("id")).Take(count).ToList();
    }

    private static BooleanQuery Query(IReadOnlyList<string> words, Occur occur)
    {
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            query.Add(new BooleanQuery
            {
                { new TermQuery(new Term("title", word)) { Boost = TitleBoost }, Occur.SHOULD },
                { new TermQuery(new Term("body", word)), Occur.SHOULD },
            }, occur);
        }
        return query;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
