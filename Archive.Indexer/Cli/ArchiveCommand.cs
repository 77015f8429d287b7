using System.CommandLine;

namespace Archive.Indexer.Cli;

/// <summary>The `archive` command line: one subcommand per verb.</summary>
public static class ArchiveCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Archive: full-text search over organization-work documents");
        root.Subcommands.Add(SegmentCommand.Create());
        return root.Parse(args).InvokeAsync();
    }
}
