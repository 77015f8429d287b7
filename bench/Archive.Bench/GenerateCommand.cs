using System.CommandLine;
using Archive.Evaluation.Generation;
using Archive.Indexer.Cli;
using Spectre.Console;

namespace Archive.Bench;

/// <summary>`generate --articles N --seed S --out DIR` (the bench's verb): a synthetic corpus and its manifest.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to generate (at least 1)", Required = true };
        var seed = new Option<int>("--seed") { Description = "The same seed always gives the same corpus", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "A new or empty folder for files/ and manifest.jsonl", Required = true };
        var command = new Command("generate", "Write a synthetic corpus of bulletins, notices, web articles and newspaper pages, with a manifest") { articles, seed, output };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new GenerationOptions(parse.GetValue(articles), parse.GetValue(seed), parse.GetValue(output)!);
            var generator = new CorpusGenerator(CorpusGenerator.DefaultDataPackagesFolder);
            GenerationSummary summary;
            try
            {
                summary = AnsiConsole.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn("articles"), new RemainingTimeColumn())
                    .Start(context =>
                    {
                        var task = context.AddTask("generating", maxValue: Math.Max(1, options.Articles));
                        var result = generator.Generate(options, new SynchronousProgress<GenerationProgress>(p => task.Value = p.ArticlesDone), cancellationToken);
                        task.Value = task.MaxValue;
                        return result;
                    });
            }
            catch (Exception e) when (StorageFullException.IsDiskFull(e))
            {
                Console.Error.WriteLine($"error: the disk filled up while generating; nothing was left in {Path.GetFullPath(options.OutputDirectory)} " +
                                        "(the corpus is written aside and moved there only when complete). Free space, or ask for fewer --articles, and run again.");
                return Task.FromResult(2);
            }
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return Task.FromResult(2);
            }

            AnsiConsole.MarkupLine(
                $"Wrote [green]{summary.Articles}[/] articles in {summary.Files} files ({summary.Bytes / 1048576.0:0.0} MB) to {Markup.Escape(summary.OutputDirectory)}");
            AnsiConsole.MarkupLine($"Manifest: {Markup.Escape(summary.ManifestPath)}. Ingest with: archive ingest {Markup.Escape(summary.FilesDirectory)}");
            foreach (var line in summary.Vocabulary.Lines()) AnsiConsole.WriteLine(line);
            return Task.FromResult(0);
        });
        return command;
    }
}
