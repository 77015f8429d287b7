namespace Archive.Web.Browse;

/// <summary>A document's page (/documents/{id}) and its kept original file (the API's download).</summary>
public static class DocumentPaths
{
    public static string Of(string documentId) => "/documents/" + Uri.EscapeDataString(documentId);

    public static string File(string documentId) => "/api/v1/documents/" + Uri.EscapeDataString(documentId) + "/file";
}
