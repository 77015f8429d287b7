namespace Archive.Api.Corrections;

/// <summary>
/// The ETag of a document's revision, "{documentId}.{revision}": answers to a document or to any of its articles
/// carry it, and a correction sends it back as If-Match, so the archive knows which version the editor saw.
/// </summary>
public static class RevisionTag
{
    /// <summary>What the ETag is, as the OpenAPI document says it.</summary>
    public const string Description = "The document's revision, \"{document id}.{revision}\": send it back as If-Match to correct the document or its articles.";

    public static string Of(string documentId, int revision) => $"\"{documentId}.{revision}\"";

    /// <summary>
    /// Reads an If-Match for this document: the revision it names (the newest, when it lists several tags, as HTTP
    /// allows), or null for "*" (whatever the current version). False when it names no tag of this document (another
    /// document's, or none the archive gave).
    /// </summary>
    public static bool TryRead(string ifMatch, string documentId, out int? revision)
    {
        revision = null;
        var found = false;
        foreach (var tag in ifMatch.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (tag == "*")
            {
                revision = null;
                return true;
            }
            if (Revision(tag, documentId) is not { } number) continue;
            revision = found ? Math.Max(revision!.Value, number) : number;
            found = true;
        }
        return found;
    }

    private static int? Revision(string tag, string documentId)
    {
        var prefix = $"\"{documentId}.";
        if (!tag.StartsWith(prefix, StringComparison.Ordinal) || !tag.EndsWith('"') || tag.Length <= prefix.Length + 1) return null;
        return int.TryParse(tag.AsSpan(prefix.Length, tag.Length - prefix.Length - 1), System.Globalization.NumberStyles.None, null, out var number) ? number : null;
    }
}
