using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Indexer.Text.Conversion;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace Archive.Indexer.Cli;

/// <summary>
/// `archive ingest PATH... [--data DIR] [--json]`: files and folders into the store, with a progress bar and a
/// summary; exit code 1 when a file failed, 2 when the batch could not run or stopped on a full disk, 130 when interrupted.
/// </summary>
internal static class IngestCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files and folders (read recursively)", Arity = ArgumentArity.OneOrMore };
        var data = new Option<string>("--data") { Description = "The data folder (archive.db, index/)", DefaultValueFactory = _ => new ArchiveOptions().DataDirectory };
        var maxMegabytes = new Option<int>("--max-file-mb") { Description = "Files larger than this fail with a reason", DefaultValueFactory = _ => (int)(new ArchiveOptions().MaxFileBytes / 1048576) };
        var maxPages = new Option<int>("--max-scanned-pages") { Description = "Scans with more pages to recognize than this fail with a reason", DefaultValueFactory = _ => new ConversionOptions().MaxScannedPages };
        // A limit below these refused every file unread, each recorded in the archive as a failure.
        AtLeast(maxMegabytes, 1);
        AtLeast(maxPages, 0);
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (no progress bar)" };
        var command = new Command("ingest", "Read files and folders into the archive: one transaction per file, failures recorded with their reason") { paths, data, maxMegabytes, maxPages, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new ArchiveOptions
            {
                DataDirectory = parse.GetValue(data)!,
                MaxFileBytes = parse.GetValue(maxMegabytes) * 1048576L,
                Conversion = new ConversionOptions { MaxScannedPages = parse.GetValue(maxPages) },
            };
            return Task.FromResult(Run(parse.GetValue(paths)!, options, parse.GetValue(json), cancellationToken));
        });
        return command;
    }

    private static void AtLeast(Option<int> option, int least) => option.Validators.Add(result =>
    {
        if (result.GetValueOrDefault<int>() < least) result.AddError($"{option.Name} must be {least} or more.");
    });

    private static int Run(IReadOnlyList<string> paths, ArchiveOptions options, bool asJson, CancellationToken cancellationToken)
    {
        IReadOnlyList<FileOutcome> report;
        try
        {
            // Through the façade: articles get their keywords and fingerprints and are indexed as they are stored.
            using var archive = ArchiveService.Open(options);
            var rate = new RateColumn("files");
            report = asJson
                ? archive.Ingest(paths, cancellationToken: cancellationToken)
                : AnsiConsole.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), rate, new RemainingTimeColumn())
                    .Start(context =>
                    {
                        var task = context.AddTask("reading files", maxValue: 1);
                        var pages = context.AddTask("recognizing pages", autoStart: false, maxValue: 1);
                        rate.CountIn(pages, "pages");
                        var scans = new ScanProgress(pages);
                        return archive.Ingest(paths, new SynchronousProgress<IngestProgress>(p =>
                        {
                            task.MaxValue = Math.Max(1, p.FilesTotal);
                            task.Value = p.FilesDone;
                        }), cancellationToken, scans);
                    });
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("interrupted: every file read so far is stored; run the same command again to finish the batch.");
            return 130;
        }
        catch (Exception e) when (StorageFullException.IsDiskFull(e))
        {
            Console.Error.WriteLine(DiskFullMessage(e, options.DataDirectory));
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException
                                      or Chinese.DataPackageException or Lucene.Net.Store.LockObtainFailedException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        if (asJson)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                files_read = report.Count,
                @new = report.Count(FileOutcomeStatus.New),
                unchanged = report.Count(FileOutcomeStatus.Unchanged),
                superseded = report.Count(FileOutcomeStatus.Superseded),
                skipped = report.Count(FileOutcomeStatus.Skipped),
                deleted = report.Count(FileOutcomeStatus.Deleted),
                failed = report.Count(FileOutcomeStatus.Failed),
                articles = report.Articles,
                files = report,
            }, Json));
        }
        else
        {
            PrintSummary(report);
        }

        return report.HasFailures ? 1 : 0;
    }

    /// <summary>What a full disk stopped, what was kept, and that the same command finishes the batch.</summary>
    internal static string DiskFullMessage(Exception exception, string dataDirectory)
    {
        var where = Path.GetFullPath(dataDirectory);
        var stored = exception is StorageFullException { Stored: var report }
            ? $"{report.Count(FileOutcomeStatus.New) + report.Count(FileOutcomeStatus.Superseded)} files were stored ({report.Articles} articles) " +
              $"and {report.Count(FileOutcomeStatus.Unchanged)} were already there before it filled up; the file being stored then was rolled back. "
            : "Nothing half-written was kept. ";
        return $"error: the disk holding the archive ({where}) is full. {stored}" +
               "Free space on that disk, then run the same command again: files already stored are recognised and the rest of the batch is stored.";
    }

    private static void PrintSummary(IReadOnlyList<FileOutcome> report)
    {
        var summary = new Table().AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        summary.AddRow("files read", report.Count.ToString());
        summary.AddRow("documents new", report.Count(FileOutcomeStatus.New).ToString());
        summary.AddRow("documents unchanged", report.Count(FileOutcomeStatus.Unchanged).ToString());
        summary.AddRow("documents superseded", report.Count(FileOutcomeStatus.Superseded).ToString());
        summary.AddRow("articles stored", report.Articles.ToString());
        summary.AddRow("skipped", report.Count(FileOutcomeStatus.Skipped).ToString());
        if (report.Count(FileOutcomeStatus.Deleted) is > 0 and var deleted) summary.AddRow("deleted before (not restored)", deleted.ToString());
        summary.AddRow(report.HasFailures ? "[red]failed[/]" : "failed", report.Count(FileOutcomeStatus.Failed).ToString());
        AnsiConsole.Write(summary);

        var problems = report.Where(f => f.Status is FileOutcomeStatus.Failed or FileOutcomeStatus.Skipped or FileOutcomeStatus.Deleted).ToList();
        if (problems.Count > 0)
        {
            var table = new Table().AddColumn("file").AddColumn("").AddColumn("reason");
            foreach (var problem in problems)
            {
                table.AddRow(TerminalText.Markup(problem.Path), problem.Status switch { FileOutcomeStatus.Failed => "[red]failed[/]", FileOutcomeStatus.Deleted => "deleted", _ => "skipped" }, TerminalText.Markup(problem.Error ?? ""));
            }

            AnsiConsole.Write(table);
        }
    }
}
