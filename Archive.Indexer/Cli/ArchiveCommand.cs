using System.CommandLine;

namespace Archive.Indexer.Cli;

/// <summary>The `archive` command line: one subcommand per verb.</summary>
internal static class ArchiveCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Archive: full-text search over organization-work documents");
        root.Subcommands.Add(SegmentCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(ReparseCommand.Create());
        root.Subcommands.Add(RestoreCommand.Create());
        // The reader process the archive starts for itself (see IsolatedReader), not a verb for people.
        var worker = new Command("read-worker") { Hidden = true };
        worker.SetAction(_ => Text.Isolation.ReaderWorker.Run());
        root.Subcommands.Add(worker);
        return root.Parse(args).InvokeAsync();
    }
}
