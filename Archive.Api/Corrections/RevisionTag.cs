namespace Archive.Api.Corrections;

/// <summary>
/// The ETag of a document's revision, "{documentId}.{revision}": answers to a document or to any of its articles
/// carry it, and a correction sends it back as If-Match, so the archive knows which version the editor saw.
/// </summary>
public static class RevisionTag
{
    public static string Of(string documentId, int revision) => $"\"{documentId}.{revision}\"";

    /// <summary>
    /// Reads an If-Match for this document: the revision it names, or null for "*" (whatever the current version).
    /// False when it is no tag of this document (another document's, or not one the archive gave).
    /// </summary>
    public static bool TryRead(string ifMatch, string documentId, out int? revision)
    {
        var tag = ifMatch.Trim();
        revision = null;
        if (tag == "*") return true;
        var prefix = $"\"{documentId}.";
        if (!tag.StartsWith(prefix, StringComparison.Ordinal) || !tag.EndsWith('"') || tag.Length <= prefix.Length + 1) return false;
        if (!int.TryParse(tag.AsSpan(prefix.Length, tag.Length - prefix.Length - 1), System.Globalization.NumberStyles.None, null, out var number)) return false;
        revision = number;
        return true;
    }
}
