namespace Archive.Indexer.Store;

/// <summary>
/// The file a document was read from, as the archive keeps it: the bytes under originals/ by their sha256 (the
/// document's identity), with the name it came under, its media type and its size.
/// </summary>
public sealed record OriginalFile(string Sha256, string FileName, string MediaType, long Size);

/// <summary>A file's bytes on their way into the store, with the name and media type to keep beside them.</summary>
public sealed record IncomingOriginal(string FileName, string MediaType, ReadOnlyMemory<byte> Content);
