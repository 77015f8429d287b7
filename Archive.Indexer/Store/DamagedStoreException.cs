using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Store;

/// <summary>
/// archive.db cannot be trusted: SQLite reads it as damaged, it is of a schema newer than this program's, or it is
/// gone while its index and kept originals are still there. The store is the archive's truth and cannot be rebuilt
/// from anything else, so the archive is not opened and nothing in the folder is changed.
/// </summary>
internal sealed class DamagedStoreException(string message, Exception? inner = null) : IOException(message, inner)
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    /// <summary>What to tell whoever looks after the archive.</summary>
    private const string Advice = "nothing in the folder was changed; restore archive.db from a backup, or move the folder aside to start a new archive";

    public static bool IsDamage(Exception e) => e is SqliteException { SqliteErrorCode: SqliteCorrupt or SqliteNotADatabase };

    public static DamagedStoreException Unreadable(string databasePath, Exception e) =>
        new($"{databasePath} is damaged ({e.Message}): {Advice}", e);

    public static DamagedStoreException Newer(string databasePath, long version, int known) =>
        new($"{databasePath} has schema version {version}, newer than this program knows ({known}): use a newer archive; nothing in the folder was changed");

    public static DamagedStoreException Lost(string databasePath, string what) =>
        new($"{databasePath} is {what}, yet the folder holds an archive's search index or kept originals: the store was lost; {Advice}");
}
