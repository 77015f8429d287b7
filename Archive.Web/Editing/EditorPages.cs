using Microsoft.AspNetCore.Http;

namespace Archive.Web.Editing;

/// <summary>
/// The pages that change the archive: signing in and out, correcting a document or an article. They alone take POST
/// (with an antiforgery token); every other page is read-only.
/// </summary>
public static class EditorPages
{
    /// <summary>The cookie authentication scheme of editors' sign-ins.</summary>
    public const string Scheme = "editor";
    public const string Policy = "editor";
    public const string SignIn = "/signin";
    public const string SignOut = "/signout";

    /// <summary>
    /// The most a form of these pages may send (its fields, a reason of 500 characters, the token): anything larger is
    /// refused (413) before the form is read (MethodGate), so no one, signed in or not, makes the server read megabytes of form.
    /// </summary>
    public const int MaxFormBytes = 64 * 1024;

    public static string DocumentEdit(string documentId) => $"/documents/{Uri.EscapeDataString(documentId)}/edit";

    public static string ArticleEdit(string articleId) => $"/articles/{Uri.EscapeDataString(articleId)}/edit";

    /// <summary>Whether a POST to this address goes to one of these pages.</summary>
    public static bool TakesPost(PathString path)
    {
        if (path == SignIn || path == SignOut) return true;
        var segments = (path.Value ?? "").Split('/');
        return segments is ["", "documents" or "articles", { Length: > 0 }, "edit"];
    }
}
