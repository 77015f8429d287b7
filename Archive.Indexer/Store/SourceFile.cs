namespace Archive.Indexer.Store;

/// <summary>One file as it was read: where from, what bytes (by hash) and how many.</summary>
public sealed record SourceFile(string Path, string Sha256, long Size)
{
    public string DocumentId => ContentIdentity.DocumentId(Sha256);
}
