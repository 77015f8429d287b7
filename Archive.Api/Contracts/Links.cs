namespace Archive.Api.Contracts;

/// <summary>
/// Absolute addresses for answers, from the request's scheme, host and path base: the permalink of an
/// article is its web page /articles/{id}; the api_url is its JSON.
/// </summary>
public sealed record Links(string BaseUrl)
{
    public static Links For(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}");

    public string Permalink(string articleId) => $"{BaseUrl}/articles/{Uri.EscapeDataString(articleId)}";

    public string ApiArticle(string articleId) => $"{BaseUrl}/api/v1/articles/{Uri.EscapeDataString(articleId)}";

    public string ApiDocument(string documentId) => $"{BaseUrl}/api/v1/documents/{Uri.EscapeDataString(documentId)}";

    /// <summary>The file the document was read from, as kept.</summary>
    public string ApiDocumentFile(string documentId) => $"{ApiDocument(documentId)}/file";
}
