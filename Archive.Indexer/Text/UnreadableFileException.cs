namespace Archive.Indexer.Text;

/// <summary>A file that cannot be turned into text; <see cref="Exception.Message"/> says why in plain words.</summary>
internal sealed class UnreadableFileException : Exception
{
    public UnreadableFileException(string reason, Exception? inner = null) : base(reason, inner)
    {
    }

    /// <summary>The file has pages but no text to read (a scanner's PDF): recognizing its page images may read it.</summary>
    public bool ScannedOnly { get; init; }

    /// <summary>
    /// Refused for what reading it costs any reader (a stream inflating to gigabytes), not for damage another reader may
    /// tolerate: poppler is not asked to read it after.
    /// </summary>
    public bool Expensive { get; init; }

    /// <summary>The file's size, when it is refused for its size (empty, or over the limit): what its failure records.</summary>
    public long? FileSize { get; init; }
}
