namespace Archive.Indexer.Model;

/// <summary>
/// The file a document was read from, as the archive keeps it: the bytes under originals/ by their sha256 (the
/// document's identity; for a scanned issue, that of the zip of its page images), with the name it came under, its
/// media type and its size.
/// </summary>
public sealed record OriginalFile(string Sha256, string FileName, string MediaType, long Size);

/// <summary>A file's bytes on their way into the store (their sha256 names them), with the name and media type to keep beside them.</summary>
internal sealed record IncomingOriginal(string FileName, string MediaType, ReadOnlyMemory<byte> Content, string Sha256);
