using System.CommandLine;
using Spectre.Console;

namespace Archive.Indexer.Cli;

/// <summary>`archive stats [--data DIR]`: what the store and the index hold.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var data = ArchiveOpening.DataOption();
        var command = new Command("stats", "Show how many documents and articles the archive holds and how many are searchable") { data };
        command.SetAction(parse =>
        {
            using var archive = ArchiveOpening.Open(parse.GetValue(data)!);
            if (archive is null) return 2;
            var stats = archive.Stats();
            var table = new Table().AddColumn("").AddColumn(new TableColumn("count").RightAligned());
            table.AddRow("documents (active)", stats.Documents.ToString("N0"));
            table.AddRow("articles (active)", stats.Articles.ToString("N0"));
            table.AddRow("articles in the search index", stats.IndexedArticles.ToString("N0"));
            table.AddRow("files that failed", stats.Failures.ToString("N0"));
            table.AddRow("articles the index refused", stats.UnindexedArticles.ToString("N0"));
            AnsiConsole.Write(table);
            foreach (var failure in archive.IndexFailures().Take(20))
                AnsiConsole.MarkupLineInterpolated($"[yellow]not searchable:[/] {failure.ArticleId}: {failure.Error}");
            if (stats.IndexedArticles + stats.UnindexedArticles != stats.Articles)
                AnsiConsole.MarkupLine("[yellow]The index and the store disagree: run `archive reindex`.[/]");
            return 0;
        });
        return command;
    }
}
