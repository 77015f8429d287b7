using System.Diagnostics;

namespace Archive.Indexer.Store;

/// <summary>
/// The one process that has an archive open: an exclusive lock on the data folder's archive.lock, held until disposed.
/// The index is written by one process at a time, and Lucene's own write lock does not hold between processes here:
/// an `archive ingest` beside the running service took it too, and an `archive reindex` then rebuilt the index the
/// service was writing, whose every upload after answered 500.
/// </summary>
internal sealed class DataFolderLock : IDisposable
{
    public const string FileName = "archive.lock";

    /// <summary>How long opening waits for a process that is closing the archive (a service being restarted), as Lucene's write lock waited.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly FileStream _file;

    private DataFolderLock(FileStream file) => _file = file;

    /// <exception cref="IOException">Another process has the archive open: the message says so and what to do.</exception>
    public static DataFolderLock Take(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        var waiting = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock of the file (flock on Linux), released when the process ends, however.
                return new DataFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (HeldElsewhere(e))
            {
                if (waiting.Elapsed >= Patience)
                    throw new IOException(
                        $"another process (the service, or another archive command) has the archive in {Path.GetFullPath(dataDirectory)} open: " +
                        "stop it, or use the archive through it", e);
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>
    /// Whether opening failed because another process holds the lock (flock's EWOULDBLOCK on Linux, a sharing violation
    /// on Windows), not for another reason (a read-only or full disk) that waiting does not mend and that must be told as it is.
    /// </summary>
    private static bool HeldElsewhere(IOException e) =>
        e.GetType() == typeof(IOException) && (e.HResult == LinuxWouldBlock || (e.HResult & 0xFFFF) == WindowsSharingViolation);

    private const int LinuxWouldBlock = 11;
    private const int WindowsSharingViolation = 0x20;

    public void Dispose() => _file.Dispose();
}
