using System.Diagnostics;
using System.Collections.ObjectModel;
using Archive.Indexer.Search.Syntax;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Queries;
using Archive.Indexer.Search.Facets;
using Archive.Indexer.Search.Twins;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Search;

/// <summary>
/// Answers a <see cref="SearchRequest"/> over the index: query syntax, ranking and sorting, facet counts in the
/// same pass, a partial answer when too few articles hold all the words, near-duplicate groups collapsed over all the
/// matches (so the total, every page and the export agree), highlighted titles and snippets. The article bodies for snippets come
/// from the store through <paramref name="bodies"/> (the index does not keep them). Recent answers are kept in
/// <paramref name="cache"/>, bound to the index reader that computed them. A word's synonyms are the ones the index marks.
/// </summary>
internal sealed class ArticleSearch(
    ArticleIndex index, Func<IReadOnlyCollection<string>, IReadOnlyDictionary<string, string>> bodies, SearchResultCache cache)
{
    /// <summary>How many of the best hits are rescored by proximity and exact text (cheaper than scoring every match so).</summary>
    private const int RescoreWindow = 100;
    /// <summary>
    /// A partial answer follows when fewer articles than this hold every word: a fixed number rather than the page's
    /// size, so that a query has the same total and the same list at every page size.
    /// </summary>
    public const int PartialMatchesBelow = 10;
    private const int MaxFacetValues = 30;
    /// <summary>At most this many other articles of a near-duplicate group are listed as "also published in".</summary>
    private const int MaxTwins = 20;

    private readonly QueryCompiler _compiler = new(index.Analysis, index.Synonyms);
    private readonly SnippetHighlighter _highlighter = new(index.Analysis);
    /// <summary>Facet ordinals per index reader: built once after each refresh, dropped with the reader.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, FacetOrdinals> _ordinals = new();
    /// <summary>Facet ordinals per segment: a segment outlives many readers, so refreshes only read new segments.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, SegmentFacetOrdinals> _segments = new();
    /// <summary>Date orders per segment, for date-sorted lists; like the segment ordinals, kept while the segment lives.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, SegmentDateOrder> _dateOrders = new();
    /// <summary>Near-duplicate groups per index reader and per segment, as the facet ordinals are kept.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, TwinGroupOrdinals> _groups = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, SegmentTwinGroups> _segmentGroups = new();

    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var size = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var (selections, ignored, unknown) = Selections(request);
        var key = cache.Enabled ? CacheKey(request, selections, ignored) : null;

        return index.WithSearcher(searcher =>
        {
            if (key is not null && cache.Get(searcher.IndexReader, key) is { } cached)
            {
                return cached with { TookMs = clock.Elapsed.TotalMilliseconds };
            }
            var warnings = new List<string>();
            if (ignored.Count > 0) warnings.Add($"“{string.Join("”“", ignored)}”不是地区，已忽略。");
            if (unknown.Count > 0) warnings.Add(FacetFolding.NotARegion(unknown));
            warnings.AddRange(RegionsWithoutArticles(selections, unknown, _ordinals.GetValue(searcher.IndexReader, Ordinals)));
            if (page != request.Page) warnings.Add($"页码只能在 1 到 {SearchRequest.MaxPage} 之间，已按第 {page} 页显示。");
            if (size != request.PageSize) warnings.Add($"每页条数只能在 1 到 {SearchRequest.MaxPageSize} 之间，已按每页 {size} 条显示。");
            var (parsed, compiled, answer, respelled) = Answered(searcher, page * size, request, selections);
            warnings.InsertRange(0, compiled.Warnings);
            if (answer.Respelled) warnings.Insert(0, $"没有找到“{request.Query}”，以下是“{respelled}”的结果。");
            var pageDocs = answer.Ranked.Skip((page - 1) * size).Take(size).ToList();
            var hits = Hits(searcher, pageDocs, compiled, request);
            if (answer.Partial) hits = WordCoverage.MarkMissing(searcher, pageDocs.Select(m => m.Doc).ToList(), hits, compiled.Words);

            var results = new SearchResults
            {
                Total = answer.Total,
                FullMatches = answer.FullMatches,
                PartialMatches = answer.Partial,
                TookMs = clock.Elapsed.TotalMilliseconds,
                Hits = hits,
                Facets = answer.Facets,
                ParsedQuery = compiled.Understood,
                Respelled = respelled,
                AnswersRespelled = answer.Respelled,
                Warnings = warnings,
                IgnoredFilters = parsed.IgnoredFilters,
                Page = page,
                PageSize = size,
            };
            if (key is not null) cache.Put(searcher.IndexReader, key, results);
            return results;
        });
    }

    /// <summary>
    /// The whole list a search's pages are cut from, up to <paramref name="limit"/> hits (facets, highlights and
    /// partial matches as the request says): one pass over the matches, then the hits read from the index as they
    /// are enumerated. The searcher stays held until the export is disposed.
    /// </summary>
    public SearchExport Export(SearchRequest request, int limit)
    {
        var lease = index.Lease();
        try
        {
            var searcher = lease.Searcher;
            var (_, _, answer, _) = Answered(searcher, Math.Max(1, limit), request, Selections(request).Selections);
            var ranked = answer.Ranked.Take(limit).ToList();
            return new SearchExport(answer.Total, ranked.Count, i => StoredHit(searcher.Doc(ranked[i].Doc), ranked[i].Score), lease);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The query's answer, with the query as parsed and compiled, and its respelling when no article holds every word.
    /// A query no article holds whole, whose respelling finds articles holding every word, is answered as respelled
    /// where suggestions are asked for (<see cref="SearchRequest.WithPartialMatches"/>): a character typed for another
    /// of its sound (创先争忧 for 创先争优) left an empty page with a suggestion, where the searcher meant the respelled
    /// words; and a respelling is made only of a word no article holds (廉正 for 廉政, 坐谈会 for 座谈会), so the query's
    /// answer in part was its other words alone (村干部, 选调生), the word the searcher typed to narrow them left out.
    /// </summary>
    private (ParsedQuery Parsed, CompiledQuery Compiled, Answer Answer, string? Respelled) Answered(IndexSearcher searcher, int window,
        SearchRequest request, Dictionary<FacetField, List<string>> selections)
    {
        var parsed = QuerySyntaxParser.Parse(request.Query);
        var compiled = _compiler.Compile(parsed, searcher);
        var answer = FullOrPartial(searcher, compiled, window, request, selections);
        // An export or a feed lists what the query as typed matches, with no room to say it answers another or to offer one.
        if (answer.FullMatches > 0 || !request.WithPartialMatches || Respelled(searcher, request, selections) is not { } respelled)
            return (parsed, compiled, answer, null);
        return (respelled.Parsed, respelled.Compiled,
            FullOrPartial(searcher, respelled.Compiled, window, request, selections) with { Respelled = true }, respelled.Text);
    }

    /// <summary>
    /// The full matches of the query, or, when fewer than <see cref="PartialMatchesBelow"/> hold every word, the
    /// partial ones: their count (a near-duplicate group once), facets and the first <paramref name="window"/> in order.
    /// Whether the answer is partial is decided before the ticked facet values: a facet's count is then the total that
    /// ticking it gives (counted over full matches, or over partial ones when the query alone finds too few), rather
    /// than a narrow selection of a well-matched query turning partial and showing more hits than its facet said.
    /// </summary>
    private Answer FullOrPartial(IndexSearcher searcher, CompiledQuery compiled, int window, SearchRequest request,
        Dictionary<FacetField, List<string>> selections)
    {
        var order = MatchOrder.For(request.Sort, compiled.Scored);
        var full = Collect(searcher, compiled.Query, compiled.Rescoring, order, window, request, selections);
        if (request.WithPartialMatches && compiled.Partial is not null && full.Total < PartialMatchesBelow
            && (selections.Count == 0 || FullMatchesUnselected(searcher, compiled, order, request) < PartialMatchesBelow))
        {
            var partial = Collect(searcher, compiled.Partial, compiled.Rescoring, order, window, request, selections);
            if (partial.Total > full.Total) return new Answer(partial.Total, full.Total, true, partial.Ranked, partial.Facets);
        }
        return new Answer(full.Total, full.Total, false, full.Ranked, full.Facets);
    }

    /// <summary>
    /// The query with its typos replaced, as parsed and compiled, when that finds articles holding every word (with the
    /// same facet values ticked).
    /// </summary>
    private (string Text, ParsedQuery Parsed, CompiledQuery Compiled)? Respelled(IndexSearcher searcher, SearchRequest request,
        Dictionary<FacetField, List<string>> selections)
    {
        if (string.IsNullOrWhiteSpace(request.Query) || Respelling.Respell(request.Query, searcher, index.Analysis) is not { } respelled)
            return null;
        var parsed = QuerySyntaxParser.Parse(respelled);
        var compiled = _compiler.Compile(parsed, searcher);
        return FullMatches(searcher, compiled, MatchOrder.For(request.Sort, compiled.Scored), request, selections) > 0 ? (respelled, parsed, compiled) : null;
    }

    /// <summary>How many articles hold every word, whatever facet values are ticked (a near-duplicate group once).</summary>
    private long FullMatchesUnselected(IndexSearcher searcher, CompiledQuery compiled, MatchOrder order, SearchRequest request) =>
        FullMatches(searcher, compiled, order, request, selections: []);

    /// <summary>How many articles hold every word and the ticked values (a near-duplicate group once): a count, no list or facets.</summary>
    private long FullMatches(IndexSearcher searcher, CompiledQuery compiled, MatchOrder order, SearchRequest request, Dictionary<FacetField, List<string>> selections) =>
        Collect(searcher, compiled.Query, rescoring: null, order, window: 1, request with { WithFacets = false }, selections).Total;

    /// <summary>An answer's matches; <paramref name="Respelled"/> when they answer the respelled query, not the query as typed.</summary>
    private sealed record Answer(long Total, long FullMatches, bool Partial, List<RankedMatch> Ranked, IReadOnlyDictionary<FacetField, IReadOnlyList<FacetValue>> Facets,
        bool Respelled = false);

    /// <summary>
    /// The ticked values by facet as the facets count them (simplified script, region paths normalized), so a value in
    /// either script selects both. A region value that names nothing (a separator alone) is ignored; one that is no
    /// region path (more levels than province, city and county) stays selected and matches nothing, as a region no
    /// article is of does: ticking a place never widens a search to the whole archive.
    /// </summary>
    private (Dictionary<FacetField, List<string>> Selections, List<string> Ignored, List<string> Unknown) Selections(SearchRequest request)
    {
        var selections = new Dictionary<FacetField, List<string>>();
        var (ignored, unknown) = (new List<string>(), new List<string>());
        foreach (var (field, values) in request.Filters)
        {
            var kept = new List<string>();
            foreach (var value in values)
            {
                var normalized = FacetFolding.Selected(field, value, index.Analysis.Folding);
                if (normalized is not null)
                {
                    if (!kept.Contains(normalized)) kept.Add(normalized);
                }
                else if (RegionPath.NamesSomething(value))
                {
                    kept.Add(value);
                    unknown.Add(value);
                }
                else
                {
                    ignored.Add(value);
                }
            }
            if (kept.Count > 0) selections[field] = kept;
        }
        return (selections, ignored, unknown);
    }

    /// <summary>
    /// The selections with a region given by its place's name rather than its path (region=安庆市, as an API client
    /// writes it) as the path of the one region of the archive so named; a name no region or several go by stays as
    /// given, and matches nothing.
    /// </summary>
    private static Dictionary<FacetField, List<string>> WithRegionPaths(Dictionary<FacetField, List<string>> selections, FacetOrdinals ordinals)
    {
        if (!selections.TryGetValue(FacetField.Region, out var regions) || regions.All(r => ordinals.Ordinal(FacetField.Region, r) >= 0)) return selections;
        return new Dictionary<FacetField, List<string>>(selections)
        {
            [FacetField.Region] = [.. regions.Select(r => RegionPathOf(r, ordinals)).Distinct()],
        };
    }

    /// <summary>
    /// A ticked region no article belongs to (region=火星, or a place the archive holds nothing from) is said, as
    /// 地区:火星 says it, rather than left an unexplained empty page; a value that is no region path is said otherwise.
    /// </summary>
    private static IEnumerable<string> RegionsWithoutArticles(Dictionary<FacetField, List<string>> selections, List<string> unknown, FacetOrdinals ordinals) =>
        selections.TryGetValue(FacetField.Region, out var regions)
            ? regions.Where(r => !unknown.Contains(r) && ordinals.Ordinal(FacetField.Region, RegionPathOf(r, ordinals)) < 0).Select(FacetFolding.NoArticlesIn)
            : [];

    private static string RegionPathOf(string region, FacetOrdinals ordinals) =>
        ordinals.Ordinal(FacetField.Region, region) < 0 && ordinals.RegionNamed(region) is { } path ? path : region;

    /// <summary>
    /// A ticked value as a search selects it: folded as the facets count it (<see cref="Selections"/>), a region named
    /// by its place as that place's path in the archive (<see cref="WithRegionPaths"/>); null for a region that names no path.
    /// </summary>
    public string? Selected(FacetField field, string value)
    {
        var folded = FacetFolding.Selected(field, value, index.Analysis.Folding);
        return folded is null || field != FacetField.Region
            ? folded
            : index.WithSearcher(searcher => RegionPathOf(folded, _ordinals.GetValue(searcher.IndexReader, Ordinals)));
    }

    /// <summary>
    /// One pass over the matches of <paramref name="query"/> (everything when null): their count and facet counts,
    /// and the first <paramref name="window"/> of them in <paramref name="order"/>, near-duplicate groups collapsed
    /// over all the matches unless the request keeps every copy; by relevance, the first <see cref="RescoreWindow"/>
    /// are rescored, always the same ones whatever the window, so that pages of any size cut one list.
    /// </summary>
    private Matches Collect(IndexSearcher searcher, Query? query, Query? rescoring, MatchOrder order, int window,
        SearchRequest request, Dictionary<FacetField, List<string>> selections)
    {
        var reader = searcher.IndexReader;
        window = Math.Max(1, Math.Min(order.ByScore ? Math.Max(window, RescoreWindow) : window, reader.MaxDoc));
        var byScore = order.ByScore ? new RelevanceCollector(window) : null;
        using var byDate = order.ByScore ? null : new DateOrderedCollector(window, order.NewestFirst, DateOrder);
        using var twins = request.CollapseDuplicates ? new TwinCollapse(_groups.GetValue(reader, Groups), order) : null;
        var ordinals = _ordinals.GetValue(reader, Ordinals);
        selections = WithRegionPaths(selections, ordinals);
        using var collector = new FacetingCollector((ICollector?)byScore ?? byDate!, ordinals, selections, request.WithFacets, twins);
        searcher.Search(query ?? new MatchAllDocsQuery(), collector);

        var singles = byScore?.TopDocs() ?? byDate!.TopDocs();
        var ranked = twins is null ? singles.ToList() : order.Merge(singles, twins.Representatives(), window);
        if (order.ByScore && rescoring is not null) ranked = Rescore(searcher, ranked, rescoring);
        var facets = request.WithFacets ? FacetResults.Build(ordinals, collector.Counts(), selections, MaxFacetValues) : ReadOnlyDictionary<FacetField, IReadOnlyList<FacetValue>>.Empty;
        return new Matches(collector.TotalHits, ranked, facets);
    }

    private sealed record Matches(long Total, List<RankedMatch> Ranked, IReadOnlyDictionary<FacetField, IReadOnlyList<FacetValue>> Facets);

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

    private TwinGroupOrdinals Groups(IndexReader reader) =>
        TwinGroupOrdinals.Build(reader, segment => _segmentGroups.GetValue(segment.CoreCacheKey, _ => SegmentTwinGroups.Read(segment)));

    /// <summary>Whether a query compiles to nothing to match (！！！, 的 了 和, a lone quote), so that a search of it lists everything.</summary>
    public bool SearchesNothing(string query) =>
        index.WithSearcher(searcher => _compiler.Compile(QuerySyntaxParser.Parse(query), searcher)).Query is null;

    /// <summary>
    /// Texts escaped, with what the query matches marked as the result lists mark it (the same needles: words,
    /// phrases, synonyms, either script); an article's page shows its title and paragraphs so.
    /// </summary>
    public IReadOnlyList<string> Mark(string? query, IReadOnlyList<string> texts)
    {
        var needles = _highlighter.Prepare(index.WithSearcher(searcher => _compiler.Compile(QuerySyntaxParser.Parse(query), searcher)).Needles);
        return texts.Select(text => _highlighter.MarkAll(text, needles)).ToList();
    }

    /// <summary>The other articles of an article's near-duplicate group, oldest first: every copy, to leave out of similar articles.</summary>
    public IReadOnlyList<ArticleRef> Twins(string articleId) => WithArticle(articleId, TwinsOf);

    /// <summary>Where else an article was published (亦见于), as a result list shows it: see <see cref="ElsewhereOf"/>.</summary>
    public IReadOnlyList<ArticleRef> AlsoPublishedIn(string articleId) => WithArticle(articleId, ElsewhereOf);

    private IReadOnlyList<ArticleRef> WithArticle(string articleId, Func<IndexSearcher, Document, IReadOnlyList<ArticleRef>> read) => index.WithSearcher(searcher =>
    {
        var self = searcher.Search(new TermQuery(new Term(IndexFields.Id, articleId)), 1).ScoreDocs;
        return self.Length == 0 ? [] : read(searcher, searcher.Doc(self[0].Doc));
    });

    /// <summary>
    /// The twins of an article, one per publication (<see cref="Publication"/>), none of its own: the same issue in
    /// another file (第12期 as .docx beside .pdf) is not published elsewhere, and its reference would read exactly like
    /// the other's (亦见于：《龙江组工》第12期、《龙江组工》第12期). A researcher wants the other places and dates the text
    /// appeared, not the files that hold one of them. Undated twins are each listed: nothing says they are one.
    /// </summary>
    private static IReadOnlyList<ArticleRef> ElsewhereOf(IndexSearcher searcher, Document doc)
    {
        var seen = new HashSet<Publication>();
        if (PublicationOf(Reference(doc)) is { } own) seen.Add(own);
        return TwinsOf(searcher, doc).Where(twin => PublicationOf(twin) is not { } where || seen.Add(where)).ToList();
    }

    private static Publication? PublicationOf(ArticleRef reference) =>
        Publication.Of(reference.Series, reference.IssueNumber, reference.Date, reference.Title);

    private static IReadOnlyList<ArticleRef> TwinsOf(IndexSearcher searcher, Document doc)
    {
        if (doc.Get(IndexFields.TwinGroup) is not { } group) return [];
        var self = doc.Get(IndexFields.Id);
        return searcher.Search(new TermQuery(new Term(IndexFields.TwinGroup, group)), MaxTwins + 1).ScoreDocs
            .Select(d => Reference(searcher.Doc(d.Doc)))
            .Where(r => r.ArticleId != self)
            .Take(MaxTwins)
            .OrderBy(r => r.Date ?? DateOnly.MaxValue).ThenBy(r => r.ArticleId, StringComparer.Ordinal)
            .ToList();
    }

    private List<SearchHit> Hits(IndexSearcher searcher, List<RankedMatch> matches, CompiledQuery compiled, SearchRequest request)
    {
        var hits = matches.Select(m => searcher.Doc(m.Doc)).Select((doc, i) => (Doc: doc, Hit: StoredHit(doc, matches[i].Score))).ToList();
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
            hits = hits.Select(h => (h.Doc, h.Hit with { AlsoPublishedIn = ElsewhereOf(searcher, h.Doc) })).ToList();
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
        TotalIssueNumber = doc.GetField(IndexFields.StoredTotalIssue)?.GetInt32Value(),
        Date = doc.GetField(IndexFields.StoredDate)?.GetInt32Value() is { } day ? ArticleDocument.DateFromKey(day) : null,
        Section = doc.Get(IndexFields.StoredSection),
        SourceDepartment = doc.Get(IndexFields.StoredDepartment),
        Region = doc.Get(IndexFields.StoredRegion),
        DocNumber = doc.Get(IndexFields.StoredDocNumber),
        Score = float.IsNaN(score) ? 0 : score,
    };

    internal static ArticleRef Reference(Document doc)
    {
        var hit = StoredHit(doc, 0);
        return new ArticleRef(hit.ArticleId, hit.Title, hit.Series, hit.IssueNumber, hit.Date, hit.Region) { TotalIssueNumber = hit.TotalIssueNumber };
    }

    /// <summary>
    /// Adds the rescoring query's score to the first <see cref="RescoreWindow"/> hits and orders them again: by how
    /// many of the query's words they hold (the coverage tier, which rescoring never crosses: an article lacking a word
    /// stays below those that hold them all), then as <see cref="MatchOrder.Relevance"/> (score, then newest, then
    /// the article's place among the day's); the hits after them keep their order. (Lucene.Net's QueryRescorer fails on a segment where the
    /// rescoring query matches nothing, hence this.)
    /// </summary>
    private static List<RankedMatch> Rescore(IndexSearcher searcher, List<RankedMatch> ranked, Query rescoring)
    {
        var weight = searcher.CreateNormalizedWeight(rescoring);
        var leaves = searcher.IndexReader.Leaves;
        var head = ranked.Take(RescoreWindow).OrderBy(m => m.Doc).ToArray();
        var tiers = head.ToDictionary(m => m.Doc, m => MathF.Floor(m.Score / CoverageQuery.CoverageStep));
        var leaf = -1;
        Scorer? scorer = null;
        for (var i = 0; i < head.Length; i++)
        {
            var doc = head[i].Doc;
            if (leaf < 0 || doc >= leaves[leaf].DocBase + leaves[leaf].AtomicReader.MaxDoc)
            {
                leaf = ReaderUtil.SubIndex(doc, leaves);
                // The scorer sees the head's documents only (see FewDocuments).
                var context = leaves[leaf];
                var size = context.AtomicReader.MaxDoc;
                var inSegment = head.Where(m => m.Doc >= context.DocBase && m.Doc < context.DocBase + size).Select(m => m.Doc - context.DocBase);
                scorer = weight.GetScorer(context, new FewDocuments(inSegment, size));
            }
            var target = doc - leaves[leaf].DocBase;
            if (scorer is not null && (scorer.DocID >= target || scorer.Advance(target) != DocIdSetIterator.NO_MORE_DOCS) && scorer.DocID == target)
            {
                head[i] = head[i] with { Score = head[i].Score + (float)(QueryCompiler.RescoringWeight * scorer.GetScore()) };
            }
        }
        Array.Sort(head, (x, y) => tiers[y.Doc].CompareTo(tiers[x.Doc]) is var byTier and not 0 ? byTier : MatchOrder.Relevance.Compare(x, y));
        return [.. head, .. ranked.Skip(RescoreWindow)];
    }
}
