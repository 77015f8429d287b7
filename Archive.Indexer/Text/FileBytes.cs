namespace Archive.Indexer.Text;

/// <summary>
/// The bytes of a file named to be read, read only when it holds some and no more than the limit: the one guard of
/// every file read from disk, a lone file's and a scanned issue's pages alike. A named pipe or a device shows size 0 as
/// an empty file does and is never read, also behind a link: reading a pipe waits for a writer, for ever if none
/// comes, and /dev/zero never ends.
/// </summary>
internal static class FileBytes
{
    public const string Empty = "empty file (0 bytes): nothing to read";

    /// <exception cref="UnreadableFileException">The file is empty, or over the limit (also when it grew past it while read).</exception>
    /// <exception cref="IOException">The file is missing or cannot be read.</exception>
    public static byte[] Read(string path, long maxBytes)
    {
        var file = Checked(path, maxBytes);
        var size = file.Length;
        // Read no further than the limit, should the file grow while it is read.
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var bytes = new MemoryStream((int)size);
        var chunk = new byte[81_920];
        for (var read = stream.Read(chunk); read > 0; read = stream.Read(chunk))
        {
            if (bytes.Length + read > maxBytes) throw new UnreadableFileException(TooLarge(bytes.Length + read, maxBytes)) { FileSize = bytes.Length + read };
            bytes.Write(chunk, 0, read);
        }
        return bytes.Length > 0 ? bytes.ToArray() : throw new UnreadableFileException(Empty) { FileSize = 0 };
    }

    /// <summary>
    /// The file a path leads to, to be read only when it holds some bytes and no more than the limit. A link is judged
    /// by what it leads to: its own size is that of the name it holds, and a link to a pipe or a device would pass for
    /// a file.
    /// </summary>
    /// <exception cref="UnreadableFileException">The file is empty or over the limit; <see cref="UnreadableFileException.FileSize"/> says its size.</exception>
    /// <exception cref="IOException">The file is missing or cannot be read.</exception>
    public static FileInfo Checked(string path, long maxBytes)
    {
        var file = new FileInfo(path);
        if (file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target) file = target;
        var size = file.Length;
        if (size == 0) throw new UnreadableFileException(Empty) { FileSize = 0 };
        if (size > maxBytes) throw new UnreadableFileException(TooLarge(size, maxBytes)) { FileSize = size };
        return file;
    }

    public static string TooLarge(long size, long maxBytes) =>
        $"file is {size / (1024.0 * 1024):0.#} MB, over the {maxBytes / (1024.0 * 1024):0.#} MB limit; " +
        "raise the limit (archive ingest --max-file-mb, or ArchiveOptions.MaxFileBytes) to ingest it";
}
