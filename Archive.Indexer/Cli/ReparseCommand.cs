using System.CommandLine;
using Spectre.Console;

namespace Archive.Indexer.Cli;

/// <summary>
/// `archive reparse [DOCUMENT_ID...] [--data DIR]`: reads kept originals again with the current readers and parsers
/// (all current documents when no id is given), keeping every correction editors made, and reports what changed and
/// where the parser now disagrees with the editors. Exit code 1 when a document could not be read again.
/// </summary>
internal static class ReparseCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("document-id") { Description = "Documents to read again (default: every current document)", Arity = ArgumentArity.ZeroOrMore };
        var data = ArchiveOpening.DataOption();
        var command = new Command("reparse", "Read kept originals again with the current parsers; editors' corrections are kept, disagreements reported") { ids, data };
        command.SetAction(parse =>
        {
            using var archive = ArchiveOpening.Open(parse.GetValue(data)!);
            if (archive is null) return 2;
            var given = parse.GetValue(ids)!;
            var documents = given.Length > 0 ? given : archive.ReparsableDocuments();
            var reports = new List<ReparseReport>(documents.Count);
            AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn("documents"), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("reading again", maxValue: Math.Max(1, documents.Count));
                    foreach (var id in documents)
                    {
                        reports.Add(archive.Reparse(id));
                        task.Increment(1);
                    }
                });
            Print(reports, notFound: "no such current document (unknown, deleted or superseded)");
            return reports.Any(r => r.Status is not ReparseStatus.Reparsed) ? 1 : 0;
        });
        return command;
    }

    /// <param name="notFound">What NotFound means for the verb that read the documents again.</param>
    internal static void Print(IReadOnlyList<ReparseReport> reports, string notFound)
    {
        var done = reports.Where(r => r.Status == ReparseStatus.Reparsed).ToList();
        var (changed, added, retired) = (done.Sum(r => r.ArticlesChanged.Count), done.Sum(r => r.ArticlesAdded.Count), done.Sum(r => r.ArticlesRetired.Count));
        AnsiConsole.MarkupLineInterpolated($"read again: {done.Count:N0} documents, {done.Count(r => r.Changed):N0} changed ({changed:N0} articles changed, {added:N0} added, {retired:N0} retired)");
        foreach (var report in reports.Where(r => r.Status != ReparseStatus.Reparsed))
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]{report.DocumentId}: {Why(report, notFound)}[/]");
        }
        foreach (var (article, into) in done.SelectMany(r => r.ArticlesRetired))
        {
            AnsiConsole.MarkupLineInterpolated($"retired {article}: the parser no longer finds it; its permalink leads to {into}");
        }
        var disagreements = done.SelectMany(r => r.Disagreements).ToList();
        if (disagreements.Count == 0) return;
        AnsiConsole.MarkupLineInterpolated($"the parser now disagrees with {disagreements.Count:N0} corrections (the editors' values are kept):");
        var table = new Table().AddColumns("article or document", "field", "editors' value", "parser's value");
        foreach (var d in disagreements)
        {
            table.AddRow(Markup.Escape(d.Target), Markup.Escape(d.Field), TerminalText.Markup(CanonicalJson.Text(d.Corrected)), TerminalText.Markup(CanonicalJson.Text(d.Parsed)));
        }
        AnsiConsole.Write(table);
    }

    private static string Why(ReparseReport report, string notFound) => report.Status switch
    {
        ReparseStatus.NotFound => notFound,
        ReparseStatus.NotItsFile => "the file given is not the one it was read from (its bytes differ)",
        ReparseStatus.NoOriginal => "ingested before originals were kept: ingest the same file again, then reparse",
        ReparseStatus.OriginalMissing => "its kept file is missing or damaged (see archive verify)",
        _ => $"the current readers cannot read its file: {report.Error}",
    };
}
