namespace Archive.Indexer.Cli;

/// <summary>
/// The `archive` command's entry point. Not top-level statements: those would declare a global Program that
/// clashes with Archive.Api's in the test projects that see this assembly's internals.
/// </summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => ArchiveCommand.RunAsync(args);
}
