using System.Diagnostics;
using Archive.Indexer.Search.Synonyms;
using Archive.Indexer.Search.Syntax;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// Answers a <see cref="SearchRequest"/> over the index: query syntax, ranking and sorting, facet counts in the
/// same pass, a partial answer when too few articles hold all the words, near-duplicates collapsed, highlighted titles and snippets. The article bodies for snippets come
/// from the store through <paramref name="bodies"/> (the index does not keep them). Recent answers are kept in
/// <paramref name="cache"/>, bound to the index reader that computed them.
/// </summary>
internal sealed class ArticleSearch(
    ArticleIndex index, SynonymTable synonyms, Func<IReadOnlyCollection<string>, IReadOnlyDictionary<string, string>> bodies, SearchResultCache cache)
{
    /// <summary>How many ranked documents past the page are examined for near-duplicates to fold in.</summary>
    private const int CollapseSlack = 20;
    /// <summary>How many of the best hits are rescored by proximity and exact text (cheaper than scoring every match so).</summary>
    private const int RescoreWindow = 100;
    private const int MaxFacetValues = 30;

    private readonly QueryCompiler _compiler = new(index.Analysis, synonyms);
    private readonly SnippetHighlighter _highlighter = new(index.Analysis);
    private readonly TwinFinder _twins = new();
    /// <summary>Facet ordinals per index reader: built once after each refresh, dropped with the reader.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, FacetOrdinals> _ordinals = new();
    /// <summary>Facet ordinals per segment: a segment outlives many readers, so refreshes only read new segments.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, SegmentFacetOrdinals> _segments = new();
    /// <summary>Date orders per segment, for date-sorted lists; like the segment ordinals, kept while the segment lives.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, SegmentDateOrder> _dateOrders = new();

    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var size = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var (selections, ignored) = Selections(request);
        var key = cache.Enabled ? CacheKey(request, selections, ignored) : null;

        return index.WithSearcher(searcher =>
        {
            if (key is not null && cache.Get(searcher.IndexReader, key) is { } cached)
            {
                return cached with { TookMs = clock.Elapsed.TotalMilliseconds };
            }
            var warnings = new List<string>();
            if (ignored.Count > 0) warnings.Add($"“{string.Join("”“", ignored)}”不是地区，已忽略。");
            if (page != request.Page) warnings.Add($"页码只能在 1 到 {SearchRequest.MaxPage} 之间，已按第 {page} 页显示。");
            if (size != request.PageSize) warnings.Add($"每页条数只能在 1 到 {SearchRequest.MaxPageSize} 之间，已按每页 {size} 条显示。");
            var parsed = QuerySyntaxParser.Parse(request.Query);
            var compiled = _compiler.Compile(parsed);
            warnings.InsertRange(0, compiled.Warnings);

            var byRelevance = compiled.Scored && request.Sort == SearchSort.Relevance;
            var window = page * size + CollapseSlack;
            var answer = Collect(searcher, compiled.Query, compiled.Rescoring, byRelevance, window, request, selections);
            var fullMatches = answer.Total;
            // Fewer articles than a page hold all the words: the best of those that hold some of them follow.
            if (request.WithPartialMatches && compiled.Partial is not null && fullMatches < size)
            {
                answer = Collect(searcher, compiled.Partial, compiled.Rescoring, byRelevance, window, request, selections);
            }
            var partial = answer.Total > fullMatches;

            var (shown, folded) = request.CollapseDuplicates ? _twins.Collapse(searcher, answer.Ranked) : (answer.Ranked.ToList(), 0);
            var pageDocs = shown.Skip((page - 1) * size).Take(size).ToList();
            var hits = Hits(searcher, pageDocs, compiled, request);
            if (partial) hits = WordCoverage.MarkMissing(searcher, pageDocs, hits, compiled.Words);

            var results = new SearchResults
            {
                Total = Math.Max(0, answer.Total - folded),
                FullMatches = partial ? fullMatches : Math.Max(0, answer.Total - folded),
                PartialMatches = partial,
                TookMs = clock.Elapsed.TotalMilliseconds,
                Hits = hits,
                Facets = request.WithFacets ? answer.Facets : [],
                ParsedQuery = compiled.Understood,
                Warnings = warnings,
                Page = page,
                PageSize = size,
            };
            if (key is not null) cache.Put(searcher.IndexReader, key, results);
            return results;
        });
    }

    /// <summary>The ticked values by facet, region paths normalized; region values that name no region are ignored.</summary>
    private static (Dictionary<FacetField, List<string>> Selections, List<string> Ignored) Selections(SearchRequest request)
    {
        var selections = new Dictionary<FacetField, List<string>>();
        var ignored = new List<string>();
        foreach (var (field, values) in request.Filters)
        {
            var kept = new List<string>();
            foreach (var value in values)
            {
                var normalized = field == FacetField.Region ? RegionPath.Normalize(value) : value;
                if (normalized is null) ignored.Add(value);
                else if (!kept.Contains(normalized)) kept.Add(normalized);
            }
            if (kept.Count > 0) selections[field] = kept;
        }
        return (selections, ignored);
    }

    /// <summary>
    /// One pass over the matches of <paramref name="query"/> (everything when null): their count and facet counts,
    /// and the first <paramref name="window"/> of them by relevance (rescored) or by date.
    /// </summary>
    private Matches Collect(IndexSearcher searcher, Query? query, Query? rescoring, bool byRelevance, int window,
        SearchRequest request, Dictionary<FacetField, List<string>> selections)
    {
        rescoring = byRelevance ? rescoring : null;
        window = Math.Max(1, Math.Min(rescoring is null ? window : Math.Max(window, RescoreWindow), searcher.IndexReader.MaxDoc));
        var ranking = byRelevance
            ? TopFieldCollector.Create(new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.Date, SortFieldType.INT64, true)), window,
                fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true)
            : null;
        using var byDate = byRelevance ? null : new DateOrderedCollector(window, newestFirst: request.Sort != SearchSort.Oldest, DateOrder);
        using var collector = new FacetingCollector((ICollector?)ranking ?? byDate!, _ordinals.GetValue(searcher.IndexReader, Ordinals), selections, request.WithFacets);
        searcher.Search(query ?? new MatchAllDocsQuery(), collector);

        var ranked = ranking is null ? byDate!.TopDocs()
            : rescoring is null ? ranking.GetTopDocs().ScoreDocs
            : Rescore(searcher, ranking.GetTopDocs(), rescoring);
        var facets = request.WithFacets ? FacetResults.Build(collector.Counts(MaxFacetValues), selections, MaxFacetValues) : [];
        return new Matches(collector.TotalHits, ranked, facets);
    }

    private sealed record Matches(long Total, ScoreDoc[] Ranked, IReadOnlyList<FacetResult> Facets);

    /// <summary>
    /// The request in canonical form: the same search however its filters were ordered or spelled (region paths
    /// normalized, values sorted), so that it finds its cached answer. Page, size and ignored values as asked:
    /// their warnings differ.
    /// </summary>
    private static string CacheKey(SearchRequest request, Dictionary<FacetField, List<string>> selections, List<string> ignored)
    {
        // Every text is prefixed by its length, so no query or value can pass for another part of the key.
        var query = request.Query ?? "";
        var key = new System.Text.StringBuilder()
            .Append((int)request.Sort).Append(',').Append(request.Page).Append(',').Append(request.PageSize).Append(',')
            .Append(request.WithFacets ? 'f' : '-').Append(request.WithHighlights ? 'h' : '-').Append(request.CollapseDuplicates ? 'c' : '-')
            .Append(request.WithPartialMatches ? 'p' : '-')
            .Append(query.Length).Append(':').Append(query);
        foreach (var (field, values) in selections.OrderBy(s => s.Key))
        {
            key.Append(';').Append((int)field);
            foreach (var value in values.Order(StringComparer.Ordinal)) key.Append(',').Append(value.Length).Append(':').Append(value);
        }
        // Ignored values change the warnings, not the hits.
        foreach (var value in ignored) key.Append(";!").Append(value.Length).Append(':').Append(value);
        return key.ToString();
    }

    private SegmentDateOrder DateOrder(AtomicReader segment) => _dateOrders.GetValue(segment.CoreCacheKey, _ => new SegmentDateOrder());

    private FacetOrdinals Ordinals(IndexReader reader) =>
        FacetOrdinals.Build(reader, segment => _segments.GetValue(segment.CoreCacheKey, _ => SegmentFacetOrdinals.Read(segment)));

    /// <summary>
    /// Texts escaped, with what the query matches marked as the result lists mark it (the same needles: words,
    /// phrases, synonyms, either script); an article's page shows its title and paragraphs so.
    /// </summary>
    public IReadOnlyList<string> Mark(string? query, IReadOnlyList<string> texts)
    {
        var needles = _highlighter.Prepare(_compiler.Compile(QuerySyntaxParser.Parse(query)).Needles);
        return texts.Select(text => _highlighter.MarkAll(text, needles)).ToList();
    }

    /// <summary>The near-duplicate twins of an article (亦见于), oldest first.</summary>
    public IReadOnlyList<ArticleRef> Twins(string articleId) => index.WithSearcher(searcher =>
    {
        var self = searcher.Search(new TermQuery(new Term(IndexFields.Id, articleId)), 1).ScoreDocs;
        return self.Length == 0 ? [] : _twins.Find(searcher, self[0].Doc);
    });

    private List<SearchHit> Hits(IndexSearcher searcher, List<ScoreDoc> docs, CompiledQuery compiled, SearchRequest request)
    {
        var hits = docs.Select(d => (Doc: d, Hit: StoredHit(searcher.Doc(d.Doc), d.Score))).ToList();
        if (request.WithHighlights && hits.Count > 0)
        {
            var needles = _highlighter.Prepare(compiled.Needles);
            var texts = bodies(hits.Select(h => h.Hit.ArticleId).ToList());
            hits = hits.Select(h => (h.Doc, h.Hit with
            {
                TitleHtml = _highlighter.MarkAll(h.Hit.Title, needles),
                Snippets = texts.TryGetValue(h.Hit.ArticleId, out var body) ? _highlighter.Fragments(body, needles) : [],
            })).ToList();
        }
        if (request.CollapseDuplicates)
        {
            hits = hits.Select(h => (h.Doc, h.Hit with { AlsoPublishedIn = _twins.Find(searcher, h.Doc.Doc) })).ToList();
        }
        return hits.Select(h => h.Hit).ToList();
    }

    internal static SearchHit StoredHit(Document doc, float score) => new()
    {
        ArticleId = doc.Get(IndexFields.Id),
        DocumentId = doc.Get(IndexFields.DocumentId),
        Title = doc.Get(IndexFields.Title),
        Kind = doc.Get(IndexFields.StoredKind),
        Series = doc.Get(IndexFields.StoredSeries),
        IssueNumber = doc.GetField(IndexFields.StoredIssue)?.GetInt32Value(),
        Date = doc.GetField(IndexFields.StoredDate)?.GetInt32Value() is { } day ? ArticleDocument.DateFromKey(day) : null,
        Section = doc.Get(IndexFields.StoredSection),
        SourceDepartment = doc.Get(IndexFields.StoredDepartment),
        Region = doc.Get(IndexFields.StoredRegion),
        Score = float.IsNaN(score) ? 0 : score,
    };

    internal static ArticleRef Reference(Document doc)
    {
        var hit = StoredHit(doc, 0);
        return new ArticleRef(hit.ArticleId, hit.Title, hit.Series, hit.IssueNumber, hit.Date, hit.Region);
    }

    /// <summary>
    /// Adds the rescoring query's score to the top hits, then orders them again: by how many of the query's words
    /// they hold (the coverage tier, which rescoring never crosses: an article lacking a word stays below those that
    /// hold them all), then score, then newest first. (Lucene.Net's QueryRescorer fails on a segment where the
    /// rescoring query matches nothing, hence this.)
    /// </summary>
    private static ScoreDoc[] Rescore(IndexSearcher searcher, TopDocs top, Query rescoring)
    {
        var weight = searcher.CreateNormalizedWeight(rescoring);
        var leaves = searcher.IndexReader.Leaves;
        var dates = MultiDocValues.GetNumericValues(searcher.IndexReader, IndexFields.Date);
        var hits = top.ScoreDocs.OrderBy(d => d.Doc).ToArray();
        var tiers = hits.ToDictionary(d => d.Doc, d => MathF.Floor(d.Score / CoverageQuery.CoverageStep));
        var leaf = -1;
        Scorer? scorer = null;
        foreach (var hit in hits)
        {
            if (leaf < 0 || hit.Doc >= leaves[leaf].DocBase + leaves[leaf].AtomicReader.MaxDoc)
            {
                leaf = Lucene.Net.Index.ReaderUtil.SubIndex(hit.Doc, leaves);
                scorer = weight.GetScorer(leaves[leaf], leaves[leaf].AtomicReader.LiveDocs);
            }
            var target = hit.Doc - leaves[leaf].DocBase;
            if (scorer is not null && (scorer.DocID >= target || scorer.Advance(target) != DocIdSetIterator.NO_MORE_DOCS) && scorer.DocID == target)
            {
                hit.Score += (float)(QueryCompiler.RescoringWeight * scorer.GetScore());
            }
        }
        return hits
            .OrderByDescending(d => tiers[d.Doc])
            .ThenByDescending(d => d.Score)
            .ThenByDescending(d => dates?.Get(d.Doc) ?? 0)
            .ToArray();
    }
}
