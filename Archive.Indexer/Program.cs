using Archive.Indexer.Cli;

return await ArchiveCommand.RunAsync(args);
