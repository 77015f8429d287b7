namespace Archive.Indexer.Store;

/// <summary>One file as it was read: where from, what bytes (by hash) and how many.</summary>
internal sealed record SourceFile(string Path, string Sha256, long Size)
{
    /// <summary>The source path of bytes that came without a folder (an upload): "upload:{name}".</summary>
    public const string UploadPrefix = "upload:";

    public string DocumentId => ContentIdentity.DocumentId(Sha256);

    /// <summary>The document this file was sent to replace, whatever its path held (an upload that says so).</summary>
    public string? Replaces { get; init; }

    public bool IsUpload => Path.StartsWith(UploadPrefix, StringComparison.Ordinal);

    /// <summary>The file's own name: no folders, no upload prefix.</summary>
    public string FileName => System.IO.Path.GetFileName(IsUpload ? Path[UploadPrefix.Length..] : Path);
}
