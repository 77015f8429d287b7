using System.Security.Cryptography;

namespace Archive.Indexer.Store;

/// <summary>
/// Ids come from content, never from paths or counters: the same bytes always make the same document id,
/// so permalinks survive re-ingestion, moves and rebuilds.
/// </summary>
internal static class ContentIdentity
{
    /// <summary>Lower-case hex sha256 of the file's bytes.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The first 16 hex characters of the sha256.</summary>
    public static string DocumentId(string sha256Hex) => sha256Hex[..16];

    /// <summary>"{documentId}-{ordinal}", ordinal 1-based: the parser's articles.</summary>
    public static string ArticleId(string documentId, int ordinal) => $"{documentId}-{ordinal}";

    /// <summary>
    /// "{documentId}-e{n}": the n-th article editors split off. Its own form, so that a parser that later finds more
    /// articles in the same file never gives one of them an id already taken.
    /// </summary>
    public static string EditorArticleId(string documentId, int n) => $"{documentId}-e{n}";
}
