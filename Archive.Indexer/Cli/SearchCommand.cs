using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Archive.Indexer.Cli;

/// <summary>`archive search QUERY [--data DIR] [--json]`: hits with snippets, and the facets, in the query syntax of docs/query-syntax.md.</summary>
internal static class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new FacetList() },
    };

    /// <summary>The facets as --json prints them: a list of { field, values }, in the order of FacetField.</summary>
    private sealed class FacetList : JsonConverter<IReadOnlyDictionary<FacetField, IReadOnlyList<FacetValue>>>
    {
        public override IReadOnlyDictionary<FacetField, IReadOnlyList<FacetValue>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<FacetField, IReadOnlyList<FacetValue>> facets, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, facets.OrderBy(f => f.Key).Select(f => new { Field = f.Key, Values = f.Value }), options);
    }

    public static Command Create()
    {
        var query = new Argument<string?>("query") { Description = "The query (empty: browse everything)", Arity = ArgumentArity.ZeroOrOne };
        var data = ArchiveOpening.DataOption();
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        // Read as the API reads them (SearchParameters): a number past the range is clamped with a warning, and anything
        // else refused naming the option, where the command-line parser answered with its own type names.
        var page = new Option<string?>("--page") { Description = $"Page, from 1 to {SearchRequest.MaxPage}" };
        var size = new Option<string?>("--size") { Description = $"Hits per page (1-{SearchRequest.MaxPageSize}, default {SearchRequest.DefaultPageSize})" };
        var sort = new Option<string?>("--sort") { Description = "relevance, newest or oldest (default: relevance with a query, newest without)" };
        var filters = new Option<string[]>("--filter")
        {
            Description = $"A facet value to narrow by, as name=value with the API's names ({string.Join(", ", SearchParameters.Facets.Select(SearchParameters.Name))}); repeatable",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("search", "Search the archive: hits with snippets, and facet counts") { query, data, json, page, size, sort, filters };
        command.SetAction(parse =>
        {
            // A facet as the API names it, department (the pages' older name for dept) included: the same reader decides.
            if ((parse.GetValue(filters) ?? []).FirstOrDefault(f => f.IndexOf('=') <= 0 || !SearchParameters.IsFacet(f[..f.IndexOf('=')])) is { } unnamed)
            {
                Console.Error.WriteLine($"error: --filter {unnamed}: write facet=value, the facet one of {string.Join(", ", SearchParameters.Facets.Select(SearchParameters.Name))}, e.g. region=安徽省");
                return 2;
            }
            var given = new[]
                {
                    (SearchParameters.Query, parse.GetValue(query)), (SearchParameters.Sort, parse.GetValue(sort)),
                    (SearchParameters.Page, parse.GetValue(page)), (SearchParameters.Size, parse.GetValue(size)),
                }
                .Concat((parse.GetValue(filters) ?? []).Select(f => (f[..f.IndexOf('=')], (string?)f[(f.IndexOf('=') + 1)..])))
                .Select(p => new KeyValuePair<string, IEnumerable<string?>>(p.Item1, [p.Item2]));
            var reading = SearchParameters.Read(given, SearchRequest.DefaultPageSize);
            foreach (var problem in reading.Refused) Console.Error.WriteLine($"error: {problem.MessageEn}");
            if (reading.Refused.Count > 0) return 2;
            foreach (var problem in reading.Adjusted) Console.Error.WriteLine($"warning: {problem.MessageEn}");
            using var archive = ArchiveOpening.Open(parse.GetValue(data)!);
            if (archive is null) return 2;
            var results = archive.Search(reading.Request);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(results, Json));
            }
            else
            {
                Print(results);
            }
            return 0;
        });
        return command;
    }

    private static void Print(SearchResults results)
    {
        var console = AnsiConsole.Console;
        foreach (var warning in results.Warnings) console.MarkupLine($"[yellow]注意：{Markup.Escape(warning)}[/]");
        var full = results.PartialMatches ? $"（其中 {results.FullMatches} 篇包含全部检索词）" : "";
        console.MarkupLine($"[grey]查询：{Markup.Escape(results.ParsedQuery ?? "")}  共 {results.Total} 篇{full}，第 {results.Page} 页，用时 {results.TookMs:0.0} ms[/]");
        var rank = (results.Page - 1) * results.PageSize;
        var noted = false;
        foreach (var hit in results.Hits)
        {
            console.WriteLine();
            if (hit.MissingWords.Count > 0 && !noted)
            {
                console.MarkupLine("[yellow]以下结果未包含全部检索词[/]");
                noted = true;
            }
            console.MarkupLine($"[bold]{++rank}. {Marked(hit.TitleAsHtml)}[/]");
            var where = new[] { hit.Series, IssueSummary.Cited(hit.IssueNumber, hit.TotalIssueNumber), hit.Date?.ToString("yyyy-MM-dd"), hit.Section, hit.SourceDepartment, hit.Region }
                .Where(p => !string.IsNullOrEmpty(p));
            console.MarkupLine($"   [grey]{Markup.Escape(string.Join(" · ", where))}  {hit.ArticleId}[/]");
            foreach (var snippet in hit.Snippets) console.MarkupLine($"   {Marked(snippet)}");
            if (hit.MissingWords.Count > 0) console.MarkupLine($"   [grey]未包含：{Markup.Escape(string.Join("、", hit.MissingWords))}[/]");
            if (hit.AlsoPublishedIn.Count > 0)
                console.MarkupLine($"   [grey]亦见于：{Markup.Escape(string.Join("；", hit.AlsoPublishedIn.Select(t => (t.Series ?? t.Region) is { Length: > 0 } where ? $"{t.Title}（{where}）" : t.Title)))}[/]");
        }
        foreach (var (field, values) in results.Facets.Where(f => f.Value.Count > 0).OrderBy(f => f.Key))
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{SearchParameters.Label(field)}[/]");
            PrintValues(console, values, "  ");
        }
    }

    private static void PrintValues(IAnsiConsole console, IReadOnlyList<FacetValue> values, string indent)
    {
        foreach (var value in values.Take(10))
        {
            var name = value.Value[(value.Value.LastIndexOf('/') + 1)..];
            console.MarkupLine($"{indent}{(value.Selected ? "[green]✓[/] " : "")}{Markup.Escape(name)} [grey]({value.Count})[/]");
            PrintValues(console, value.Children, indent + "  ");
        }
    }

    /// <summary>Escaped HTML with &lt;mark&gt; becomes console markup with the matches highlighted.</summary>
    private static string Marked(string html) =>
        Markup.Escape(System.Net.WebUtility.HtmlDecode(html.Replace("<mark>", "\u0001").Replace("</mark>", "\u0002")))
            .Replace("\u0001", "[black on yellow]").Replace("\u0002", "[/]");
}
