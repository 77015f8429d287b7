namespace Archive.Indexer.Text;

/// <summary>A file that cannot be turned into text; <see cref="Exception.Message"/> says why in plain words.</summary>
internal sealed class UnreadableFileException : Exception
{
    public UnreadableFileException(string reason, Exception? inner = null) : base(reason, inner)
    {
    }
}
