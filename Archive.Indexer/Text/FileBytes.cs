namespace Archive.Indexer.Text;

/// <summary>
/// The bytes of a file named to be read, read only when it holds some and no more than the limit. A named pipe or a
/// device shows size 0 as an empty file does and is never read: reading a pipe waits for a writer, for ever if none
/// comes, and /dev/zero never ends.
/// </summary>
internal static class FileBytes
{
    public const string Empty = "empty file (0 bytes): nothing to read";

    /// <exception cref="UnreadableFileException">The file is empty, or over the limit (also when it grew past it while read).</exception>
    /// <exception cref="IOException">The file is missing or cannot be read.</exception>
    public static byte[] Read(string path, long maxBytes)
    {
        var size = new FileInfo(path).Length;
        if (size == 0) throw new UnreadableFileException(Empty);
        if (size > maxBytes) throw new UnreadableFileException(TooLarge(size, maxBytes));
        var bytes = File.ReadAllBytes(path);
        return bytes.Length <= maxBytes ? bytes : throw new UnreadableFileException(TooLarge(bytes.Length, maxBytes));
    }

    public static string TooLarge(long size, long maxBytes) =>
        $"file is {size / (1024.0 * 1024):0.#} MB, over the {maxBytes / (1024.0 * 1024):0.#} MB limit; " +
        "raise the limit (archive ingest --max-file-mb, or ArchiveOptions.MaxFileBytes) to ingest it";
}
