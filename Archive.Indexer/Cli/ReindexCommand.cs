using System.CommandLine;
using Spectre.Console;

namespace Archive.Indexer.Cli;

/// <summary>`archive reindex [--data DIR]`: rebuilds the search index from the store, with a progress bar.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var data = ArchiveOpening.DataOption();
        var command = new Command("reindex", "Rebuild the search index from the store (the store is the truth; the index is derived)") { data };
        command.SetAction(parse =>
        {
            using var archive = ArchiveOpening.Open(parse.GetValue(data)!);
            if (archive is null) return 2;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn("articles"), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("indexing articles", maxValue: 1);
                    archive.Reindex(new SynchronousProgress<IngestProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.FilesTotal);
                        task.Value = p.FilesDone;
                    }));
                    task.Value = task.MaxValue;
                });
            var stats = archive.Stats();
            AnsiConsole.MarkupLine($"indexed {stats.IndexedArticles} articles of {stats.Documents} documents in {clock.Elapsed.TotalSeconds:0.0} s");
            return 0;
        });
        return command;
    }
}
