using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Indexer.Parsing;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;
using Archive.Indexer.Text.Recognition;
using Archive.Indexer.Text.Isolation;

namespace Archive.Indexer.Cli;

/// <summary>`archive parse FILE [--json]`: what the readers and parsers make of one file, without storing it.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The file to read and parse (.txt .md .html .docx .pdf .doc .wps .rtf .jpg .png .tif)" };
        var json = new Option<bool>("--json") { Description = "Print the parsed document as JSON (expected.json's field names)" };
        var command = new Command("parse", "Show what the parsers read off one file, without storing it") { file, json };
        command.SetAction((result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            try
            {
                // The limit ingest has: a file it would refuse unread is not read whole here either.
                var bytes = FileBytes.Read(path.FullName, new ArchiveOptions().MaxFileBytes);
                using var tools = new DocumentTools(new ConversionOptions());
                var parsed = DocumentParser.CreateDefault().Parse(DocumentReader.Read(path.Name, bytes, tools,
                    new ReadingContext(path.FullName, cancellationToken), IsolatedReader.Shared.Read));
                Console.Out.WriteLine(result.GetValue(json) ? JsonSerializer.Serialize(parsed, ParsedDocumentJson.Options) : Describe(parsed));
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is UnreadableFileException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(TerminalText.Shown($"{path.FullName}: {e.Message}"));
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static string Describe(ParsedDocument d)
    {
        var lines = new List<string> { $"kind: {JsonNamingPolicy.SnakeCaseLower.ConvertName(d.Kind.ToString())} (confidence {d.KindConfidence:0.00})" };
        // Why: the evidence that weighed most (--json lists all of it, and each line's role).
        lines.AddRange(d.Evidence.Take(3).Select(e => $"  because {e}"));
        void Add(string name, object? value)
        {
            if (value is not null) lines.Add($"{name}: {value}");
        }
        Add("title", d.Title);
        Add("series", d.Series);
        Add("issue", d.IssueNumber);
        Add("date", d.Date?.ToString("yyyy-MM-dd"));
        Add("publisher", d.Publisher);
        Add("region", d.Region);
        Add("doc number", d.DocNumber);
        Add("urgency", d.Urgency);
        Add("recipients", d.Recipients);
        Add("author", d.Author);
        Add("site", d.Site);
        Add("source_url", d.SourceUrl);
        Add("views", d.Views);
        for (var i = 0; i < d.Articles.Count; i++)
        {
            var a = d.Articles[i];
            lines.Add($"[{i + 1}] {a.Title}{(a.Subtitle is null ? "" : " —— " + a.Subtitle)}");
            lines.Add($"    section: {a.Section ?? "-"}; department: {a.SourceDepartment ?? "-"}; region: {a.Region ?? "-"}; page: {a.Page?.ToString() ?? "-"}; authors: {string.Join(" ", a.Authors)}; {a.Body.Length} chars");
        }
        return string.Join("\n", lines);
    }
}
