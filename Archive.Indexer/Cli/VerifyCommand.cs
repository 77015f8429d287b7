using System.CommandLine;
using Spectre.Console;

namespace Archive.Indexer.Cli;

/// <summary>
/// `archive verify [--data DIR]`: reads every kept original and checks it against its sha256. Exit code 0 when all
/// are intact, 1 when one is missing or damaged, 2 when the archive cannot be opened.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var data = ArchiveOpening.DataOption();
        var command = new Command("verify", "Check every kept original file against its hash: report missing and damaged files") { data };
        command.SetAction(parse =>
        {
            using var archive = ArchiveOpening.Open(parse.GetValue(data)!);
            if (archive is null) return 2;
            var report = AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn("files"), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("checking originals", maxValue: 1);
                    return archive.VerifyOriginals(new SynchronousProgress<IngestProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.FilesTotal);
                        task.Value = p.FilesDone;
                    }));
                });
            Print(report);
            return report.AllIntact ? 0 : 1;
        });
        return command;
    }

    private static void Print(OriginalsReport report)
    {
        AnsiConsole.MarkupLineInterpolated($"checked {report.Checked:N0} originals ({report.Bytes / (1024.0 * 1024):N1} MB): {report.Checked - report.Problems.Count:N0} intact, {report.Problems.Count(p => p.State == OriginalState.Missing):N0} missing, {report.Problems.Count(p => p.State == OriginalState.Damaged):N0} damaged");
        if (report.Problems.Count > 0)
        {
            var table = new Table().AddColumns("document", "file", "bytes", "problem");
            foreach (var problem in report.Problems)
            {
                table.AddRow(Markup.Escape(problem.DocumentId), TerminalText.Markup(problem.Original.FileName), problem.Original.Size.ToString("N0"),
                    problem.State == OriginalState.Missing ? "missing" : TerminalText.Markup($"damaged: {problem.Path} does not match its sha256"));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine("To restore a file, ingest or upload it again: a missing one is kept again. Delete a damaged one first.");
        }
        if (report.Unreferenced.Count > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"{report.Unreferenced.Count:N0} files in the originals folder belong to no document (left by an interrupted ingest; safe to delete):");
            foreach (var path in report.Unreferenced.Take(20)) AnsiConsole.MarkupLineInterpolated($"  {path}");
        }
    }
}
