using System.CommandLine;
using Archive.Indexer.Chinese;
using Archive.Indexer.Store;
using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Cli;

/// <summary>The --data option the verbs that open an archive share, and opening it with a clear error instead of a stack trace.</summary>
internal static class ArchiveOpening
{
    public static Option<string> DataOption() => new("--data")
    {
        Description = "The data folder (archive.db and index/)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ARCHIVE__DATADIRECTORY") ?? "data",
    };

    /// <summary>
    /// The open archive, or null after printing why it could not be opened. Only ingest makes a new archive: a verb
    /// that reads one, given a folder without one (a typo), says so rather than answer from an empty archive it made.
    /// </summary>
    public static ArchiveService? Open(string dataDirectory)
    {
        if (!File.Exists(Path.Combine(dataDirectory, ArchiveStore.DatabaseFile)))
        {
            Console.Error.WriteLine($"error: there is no archive in {Path.GetFullPath(dataDirectory)}; `archive ingest FILES --data {dataDirectory}` makes one");
            return null;
        }
        try
        {
            var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = dataDirectory });
            if (archive.Repair is { } repair) Console.Error.WriteLine($"warning: {repair}");
            return archive;
        }
        catch (Exception e) when (e is DataPackageException or IOException or UnauthorizedAccessException or SqliteException
                                      or Lucene.Net.Index.CorruptIndexException or Lucene.Net.Store.LockObtainFailedException)
        {
            Console.Error.WriteLine($"error: cannot open the archive in {Path.GetFullPath(dataDirectory)}: {e.Message}");
            if (e is Lucene.Net.Store.LockObtainFailedException)
                Console.Error.WriteLine("Another process (the API or another command) has this archive open; stop it or use it through that process.");
            return null;
        }
    }
}
