namespace Archive.Web.Browse;

/// <summary>The permalink of an article (/articles/{id}), optionally carrying the query that led to it.</summary>
public static class ArticlePaths
{
    public static string Of(string articleId, string? query = null)
    {
        var path = "/articles/" + Uri.EscapeDataString(articleId);
        if (string.IsNullOrWhiteSpace(query)) return path;
        return path + new ReadableQuery().Add("q", query);
    }
}
