using System.Text;

namespace Archive.Bench.Queries;

/// <summary>One search of a query mix: its kind, the request, and whether it is meant to match nothing.</summary>
internal sealed record MixQuery(string Kind, SearchRequest Request, bool MeantToMatchNothing = false)
{
    /// <summary>The request as /api/v1/search's query string, each value percent-encoded: q=...&amp;year=2020&amp;sort=newest.</summary>
    public string QueryString()
    {
        var parts = new List<string>();
        if (Request.Query is { } query) parts.Add("q=" + Uri.EscapeDataString(query));
        foreach (var (field, values) in Request.Filters)
        {
            parts.AddRange(values.Select(v => $"{ApiName(field)}={Uri.EscapeDataString(v)}"));
        }
        if (Request.Sort != SearchSort.Relevance) parts.Add("sort=" + Request.Sort.ToString().ToLowerInvariant());
        if (Request.Page != 1) parts.Add($"page={Request.Page}");
        return string.Join('&', parts);
    }

    public string Describe()
    {
        var text = new StringBuilder(Request.Query ?? "(browse)");
        foreach (var (field, values) in Request.Filters) text.Append($" [{ApiName(field)}: {string.Join(", ", values)}]");
        if (Request.Sort != SearchSort.Relevance) text.Append($" sorted {Request.Sort.ToString().ToLowerInvariant()}");
        if (Request.Page != 1) text.Append($" page {Request.Page}");
        return text.ToString();
    }

    private static string ApiName(FacetField field) => field == FacetField.Department ? "dept" : field.ToString().ToLowerInvariant();
}
