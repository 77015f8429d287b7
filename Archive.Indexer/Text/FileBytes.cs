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
        using var stream = Open(path, maxBytes);
        // Sized by what was checked, not by the file now: it may have grown since.
        using var bytes = new MemoryStream((int)Math.Min(Math.Min(stream.Length, maxBytes), Array.MaxLength));
        stream.CopyTo(bytes);
        return bytes.Length > 0 ? bytes.ToArray() : throw new UnreadableFileException(Empty) { FileSize = 0 };
    }

    /// <summary>
    /// The file a path leads to, opened to be read no further than the limit: it may have grown, or its link been
    /// pointed at a larger file, since it was checked, and a read past the limit throws.
    /// </summary>
    /// <exception cref="UnreadableFileException">The file is empty or over the limit, when opened or while read.</exception>
    /// <exception cref="IOException">The file is missing or cannot be read.</exception>
    public static Stream Open(string path, long maxBytes)
    {
        var file = Checked(path, maxBytes);
        return new BoundedStream(new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), maxBytes);
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

    /// <summary>A file read forward only, throwing once more than the limit has been read.</summary>
    private sealed class BoundedStream(FileStream file, long maxBytes) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        /// <summary>The file's size when asked, which says nothing of what reading it will give.</summary>
        public override long Length => file.Length;
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = file.Read(buffer);
            _read += read;
            return _read <= maxBytes ? read : throw new UnreadableFileException(TooLarge(_read, maxBytes)) { FileSize = _read };
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) file.Dispose();
            base.Dispose(disposing);
        }
    }
}
