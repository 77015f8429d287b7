namespace Archive.Api.Contracts;

/// <summary>
/// One page of hits, the facet counts of all matches, and how the query was read. When fewer articles than a page
/// hold every word of the query, partial_matches is true: the hits go on with articles that hold some of the words
/// (most words first), each listing its missing_words, and full_matches says how many hold them all. When none holds
/// them all and the query with a typed character or two replaced finds some, respelled is that query (疫请防空 → 疫情防控),
/// the hits are its, answers_respelled is true and a warning says so (an export or a feed of the query as typed lists
/// what it matches: ask them for respelled).
/// </summary>
public sealed record SearchResponse(
    long Total,
    long FullMatches,
    bool PartialMatches,
    double TookMs,
    int Page,
    int Size,
    string? Query,
    string? ParsedQuery,
    string? Respelled,
    bool AnswersRespelled,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<Hit> Hits,
    IReadOnlyList<Facet> Facets)
{
    public static SearchResponse From(SearchResults results, string? query, IReadOnlyList<string> warnings, Links links) => new(
        results.Total,
        results.FullMatches,
        results.PartialMatches,
        Math.Round(results.TookMs, 2),
        results.Page,
        results.PageSize,
        query,
        results.ParsedQuery,
        results.Respelled,
        results.AnswersRespelled,
        [.. warnings, .. results.Warnings],
        [.. results.Hits.Select(h => Hit.From(h, links))],
        Facet.Of(results.Facets));
}

/// <summary>
/// One article in a result list. title_html and snippets are escaped text with &lt;mark&gt; around matches (a list
/// that answers no query, similar articles, has the escaped title and no snippets); missing_words are the query's
/// words it lacks (in a partial answer only); doc_number is its document's 文号 as printed (a notice's), else null.
/// </summary>
public sealed record Hit(
    string Id,
    string DocumentId,
    string Title,
    string TitleHtml,
    IReadOnlyList<string> Snippets,
    string? Kind,
    string? Series,
    int? IssueNumber,
    int? TotalIssueNumber,
    DateOnly? Date,
    string? Section,
    string? SourceDepartment,
    string? Region,
    float Score,
    IReadOnlyList<string> MissingWords,
    string Permalink,
    string ApiUrl,
    IReadOnlyList<ArticleLink> Duplicates,
    string? DocNumber)
{
    public static Hit From(SearchHit hit, Links links) => new(
        hit.ArticleId, hit.DocumentId, hit.Title, hit.TitleAsHtml, hit.Snippets, hit.Kind, hit.Series, hit.IssueNumber,
        hit.TotalIssueNumber, hit.Date, hit.Section, hit.SourceDepartment, hit.Region, hit.Score, hit.MissingWords,
        links.Permalink(hit.ArticleId), links.ApiArticle(hit.ArticleId),
        [.. hit.AlsoPublishedIn.Select(r => ArticleLink.From(r, links))], hit.DocNumber);
}

/// <summary>A short reference to an article: enough to link to it and say where it appeared.</summary>
public sealed record ArticleLink(string Id, string Title, string? Series, int? IssueNumber, int? TotalIssueNumber, DateOnly? Date, string? Region, string Permalink, string ApiUrl)
{
    public static ArticleLink From(ArticleRef reference, Links links) => new(
        reference.ArticleId, reference.Title, reference.Series, reference.IssueNumber, reference.TotalIssueNumber, reference.Date, reference.Region,
        links.Permalink(reference.ArticleId), links.ApiArticle(reference.ArticleId));
}

/// <summary>The counts of one facet; <c>field</c> is also the name of the search parameter that filters by it.</summary>
public sealed record Facet(string Field, IReadOnlyList<FacetCount> Values)
{
    /// <summary>Every facet of a search, in the order of FacetField.</summary>
    public static IReadOnlyList<Facet> Of(IReadOnlyDictionary<FacetField, IReadOnlyList<FacetValue>> facets) =>
        [.. facets.OrderBy(f => f.Key).Select(f => new Facet(SearchParameters.Name(f.Key), [.. f.Value.Select(FacetCount.From)]))];
}

/// <summary>
/// A facet value with its exact count. Region values are paths; a region's next level (children) is given
/// only along the selected regions, so an answer stays small however many places the archive covers:
/// select 安徽省 to get its cities, then 安徽省/安庆市 for its counties.
/// </summary>
public sealed record FacetCount(string Value, long Count, bool Selected, IReadOnlyList<FacetCount> Children)
{
    public static FacetCount From(FacetValue value) =>
        new(value.Value, value.Count, value.Selected, IsOnSelectedPath(value) ? [.. value.Children.Select(From)] : []);

    private static bool IsOnSelectedPath(FacetValue value) => value.Selected || value.Children.Any(IsOnSelectedPath);
}
