using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Model;

/// <summary>
/// The disk holding the data folder filled up (SQLite's SQLITE_FULL, or "no space left on device" from the index)
/// in the middle of an ingest. Every file in <see cref="Stored"/> is completely stored; the file being stored was
/// rolled back, and nothing of it remains. Running the same batch again, once there is room, completes it: files
/// already stored are recognised as unchanged.
/// </summary>
internal sealed class StorageFullException(IReadOnlyList<FileOutcome> stored, Exception cause)
    : IOException("the disk holding the archive is full", cause)
{
    private const int SqliteFull = 13;
    private const int UnixNoSpace = 28; // ENOSPC, the HResult .NET gives an IOException on Linux and macOS
    private const int WindowsDiskFull = 0x70;
    private const int WindowsHandleDiskFull = 0x27;

    /// <summary>The files dealt with before the disk filled up (stored, unchanged, failed or skipped).</summary>
    public IReadOnlyList<FileOutcome> Stored { get; } = stored;

    /// <summary>Whether an exception (or one it wraps) says the disk or the database is full.</summary>
    public static bool IsDiskFull(Exception exception) => exception switch
    {
        StorageFullException => true,
        SqliteException { SqliteErrorCode: SqliteFull } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsDiskFull),
        IOException io when IsNoSpace(io.HResult) => true,
        _ => exception.InnerException is { } inner && IsDiskFull(inner),
    };

    private static bool IsNoSpace(int hresult) =>
        OperatingSystem.IsWindows() ? (hresult & 0xFFFF) is WindowsDiskFull or WindowsHandleDiskFull : hresult == UnixNoSpace;
}
