using System.Diagnostics;
using Archive.Bench.Queries;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Bench.Peers;

/// <summary>An article as the peer indexes it: its text and the facet values the mix's filters use.</summary>
internal sealed record PeerArticle(string Id, string Title, string Body, long Date, string Kind, string? Province, string? Section);

/// <summary>How long the peer took to index, on how much CPU, into how large an index.</summary>
internal sealed record PeerIndexing(int Articles, double Seconds, double CpuSeconds, long IndexBytes);

/// <summary>
/// The design card's setup as a peer for indexing and query speed, run in the benchmark's process on the same
/// stored articles and the same searches as the archive: Lucene.Net with SmartChineseAnalyzer (its stop words), BM25,
/// title and body indexed and stored (as Lucene users keep their text for display), from as many threads as cores,
/// merged to 4 segments as the archive merges after a bulk load. A search needs all its words (title x2 or body),
/// meets the filters as keyword fields, sorts by relevance or date, reads the stored titles of its page of 10 and
/// counts one facet (year) over all its matches from doc values: the peer has no parser, store, snippets, twins or
/// other facets, which the archive's figures include.
/// </summary>
internal sealed class SmartChinesePeer : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const float TitleBoost = 2f;

    private readonly SmartChineseAnalyzer _analyzer = new(Version);
    private readonly FSDirectory _directory;
    private readonly string _path;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public SmartChinesePeer(string path)
    {
        if (System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
        _path = path;
        _directory = FSDirectory.Open(path);
    }

    public PeerIndexing Index(IEnumerable<PeerArticle> articles)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = 0;
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), RAMBufferSizeMB = 64, OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(_directory, config))
        {
            Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, article =>
            {
                writer.AddDocument(Document(article));
                Interlocked.Increment(ref count);
            });
            writer.ForceMerge(4);
            writer.Commit();
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        var bytes = System.IO.Directory.EnumerateFiles(_path).Sum(f => new FileInfo(f).Length);
        return new PeerIndexing(count, seconds, cpuSeconds, bytes);
    }

    private static Document Document(PeerArticle article)
    {
        var doc = new Document
        {
            new StringField("id", article.Id, Field.Store.YES),
            new TextField("title", article.Title, Field.Store.YES),
            new TextField("body", article.Body, Field.Store.YES),
            new StringField("kind", article.Kind, Field.Store.NO),
            new NumericDocValuesField("date", article.Date),
        };
        if (article.Date > 0)
        {
            var year = (article.Date / 10000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            doc.Add(new StringField("year", year, Field.Store.NO));
            doc.Add(new SortedDocValuesField("year", new BytesRef(year)));
        }
        if (article.Province is { } province) doc.Add(new StringField("region", province, Field.Store.NO));
        if (article.Section is { } section) doc.Add(new StringField("section", section, Field.Store.NO));
        return doc;
    }

    /// <summary>Answers one search of the mix: its matches' count, the titles of its page and the year facet.</summary>
    public (int Total, IReadOnlyList<string> Titles, IReadOnlyDictionary<string, int> Years) Search(MixQuery search)
    {
        var searcher = _searcher ?? throw new InvalidOperationException("index first");
        var request = search.Request;
        var query = new BooleanQuery();
        var words = request.Query is { } text ? SmartChineseWords.Of(_analyzer, text.Replace("\"", "", StringComparison.Ordinal)) : [];
        foreach (var word in words)
        {
            query.Add(new BooleanQuery
            {
                { new TermQuery(new Term("title", word)) { Boost = TitleBoost }, Occur.SHOULD },
                { new TermQuery(new Term("body", word)), Occur.SHOULD },
            }, Occur.MUST);
        }
        foreach (var (field, values) in request.Filters)
        {
            var name = field switch { FacetField.Year => "year", FacetField.Kind => "kind", FacetField.Region => "region", _ => "section" };
            var any = new BooleanQuery();
            foreach (var value in values) any.Add(new TermQuery(new Term(name, value)), Occur.SHOULD);
            query.Add(new ConstantScoreQuery(any) { Boost = 0 }, Occur.MUST);
        }
        if (query.Clauses.Count == 0) query.Add(new MatchAllDocsQuery(), Occur.MUST);

        var page = request.Page * 10;
        var sort = request.Sort == SearchSort.Relevance && words.Count > 0
            ? Sort.RELEVANCE
            : new Sort(new SortField("date", SortFieldType.INT64, reverse: request.Sort != SearchSort.Oldest));
        var top = TopFieldCollector.Create(sort, page, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        var years = new YearFacet(top);
        searcher.Search(query, years);
        var titles = top.GetTopDocs().ScoreDocs.Skip(page - 10).Select(d => searcher.Doc(d.Doc).Get("title")).ToList();
        return (top.TotalHits, titles, years.Counts());
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    /// <summary>Counts the year of every match from the year's sorted doc values, passing the matches on.</summary>
    private sealed class YearFacet(ICollector inner) : ICollector
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private SortedDocValues? _years;
        private int[] _segmentCounts = [];

        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            _years = context.AtomicReader.GetSortedDocValues("year");
            _segmentCounts = new int[_years?.ValueCount ?? 0];
            inner.SetNextReader(context);
        }

        public void Collect(int doc)
        {
            var ord = _years?.GetOrd(doc) ?? -1;
            if (ord >= 0) _segmentCounts[ord]++;
            inner.Collect(doc);
        }

        public IReadOnlyDictionary<string, int> Counts()
        {
            Flush();
            return _counts;
        }

        private void Flush()
        {
            var value = new BytesRef();
            for (var ord = 0; ord < _segmentCounts.Length; ord++)
            {
                if (_segmentCounts[ord] == 0) continue;
                _years!.LookupOrd(ord, value);
                var year = value.Utf8ToString();
                _counts[year] = _counts.GetValueOrDefault(year) + _segmentCounts[ord];
            }
            _segmentCounts = [];
        }
    }
}
