using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Archive.Api.Configuration;
using Archive.Api.Contracts;
using Archive.Api.Errors;
using Archive.Api.Hosting;
using Archive.Api.OpenApi;
using global::CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Archive.Api.Endpoints;

/// <summary>
/// GET /export: up to 10,000 hits as CSV or JSON, for researchers: one pass over the matches in the search's order
/// (the same list its pages cut, a near-duplicate group once), each row read from the index as it is written.
/// </summary>
public static class ExportEndpoints
{
    public static readonly IReadOnlyList<string> Formats = ["csv", "json"];
    private const string Format = "format";
    private const string Limit = "limit";
    /// <summary>Rows are sent in runs of this many: a client sees the first rows at once, without a flush per row.</summary>
    private const int RowsPerFlush = 100;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/export", Export)
            .WithName("Export")
            .WithTags("Search")
            .WithSummary("Export search results")
            .WithDescription("The hits of a search (same q and facet parameters as /search, read as the pages read them; a parameter that would be a warning there, such as an unknown name, is a 400 here, and so is a field filter of q the search would leave out with a warning, such as foo:x or 日期:abc), up to 10,000, in the order the search's pages list them, as CSV (UTF-8 with BOM, opens in Excel; cells starting with = + - @ are escaped) or as a JSON array, streamed. A republished article is one row, as it is one hit. Columns: id, document_id, title, kind, series, issue_number, total_issue_number (the running count, 总第N期), date, section, source_department, region, permalink, citation (the GB/T 7714 reference), doc_number (the document's 文号). Only articles holding every word of q are exported (never partial matches); the X-Total-Count header counts them (the search's full_matches), and may exceed limit.")
            .RequireRateLimiting(SearchEndpoints.RateLimitPolicy)
            .Produces<IReadOnlyList<ExportRow>>(StatusCodes.Status200OK, "application/json")
            .ProducesBody(StatusCodes.Status200OK, "The rows as CSV (format=csv, the default: UTF-8 with BOM) or as a JSON array (format=json).", "text/csv")
            .WithResponseHeader("X-Total-Count", "How many articles hold every word of q (partial matches are not exported), which may exceed limit.", StatusCodes.Status200OK)
            .WithResponseHeader("Content-Disposition", "attachment; filename=archive-export-{yyyyMMdd-HHmmss}.csv (or .json).", StatusCodes.Status200OK)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable)
            .WithSearchParameters((SearchParameters.Sort, SearchParameterDocs.Sort))
            .WithParameterChoices(Format, Formats)
            .WithParameterRange(Limit, 1, limits => limits.MaxExportHits)
            .WithParameterExamples((Format, "csv"), (Limit, "1000"));
    }

    private static async Task<IResult> Export(
        [FromQuery(Name = Format), Description("csv (default) or json.")] string? format,
        [FromQuery(Name = Limit), Description("At most this many hits, 1 to 10,000 (default 10,000); a value outside is a 400, never a silent subset.")] int? limit,
        HttpContext http, ArchiveHost host, IOptions<ArchiveApiOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken)
    {
        // A search's page and size do not apply to an export (it lists from the first match up to limit): a search URL
        // reused as it is exports the same matches.
        var (request, _, problem) = SearchUrl.Read(http.Request, options.Value.Limits, strict: true, own: [Format, Limit, SearchParameters.Page, SearchParameters.Size]);
        if ((problem ?? OwnParameters.Repeated(http.Request, Format)) is { } refused)
        {
            return refused;
        }
        var csv = string.IsNullOrWhiteSpace(format) || format.Trim().Equals("csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !format!.Trim().Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.InvalidParameter(Format, $"'{ApiProblems.Echo(format!)}' is not an export format.", $"“{ApiProblems.Echo(format!)}”不是可用的导出格式。", Formats);
        }
        var max = options.Value.Limits.MaxExportHits;
        if (limit is < 1 || limit > max)
        {
            return ApiProblems.InvalidParameter(Limit, $"{limit} is outside 1..{max}; leave it out for all hits up to {max}.", $"{limit} 不在 1 到 {max} 之间；不给此参数即导出全部（至多 {max} 条）。");
        }
        var wanted = limit ?? max;
        var archive = await host.GetAsync(cancellationToken);
        if (SearchUrl.UnappliedQuery(archive, request) is { } ignored)
        {
            return ignored;
        }
        // The matches are collected before answering, so a failure is still a proper problem and the total a header.
        var export = archive.Export(request, wanted);
        http.Response.RegisterForDispose(export);
        http.Response.Headers["X-Total-Count"] = export.Total.ToString(CultureInfo.InvariantCulture);
        var links = Links.For(http.Request);
        var rows = export.Hits.Select(h => ExportRow.From(h, links)).Chunk(RowsPerFlush);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return csv
            ? TypedResults.Stream(stream => WriteCsvAsync(stream, rows, cancellationToken), "text/csv; charset=utf-8", $"archive-export-{stamp}.csv")
            : TypedResults.Stream(stream => WriteJsonAsync(stream, rows, json.Value.SerializerOptions, cancellationToken), "application/json; charset=utf-8", $"archive-export-{stamp}.json");
    }

    private static async Task WriteCsvAsync(Stream stream, IEnumerable<ExportRow[]> runs, CancellationToken cancellationToken)
    {
        // BOM so that Excel reads the Chinese as UTF-8; formula-like cells (= + - @) are escaped.
        await using var csv = CsvWriter.Create(stream, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true);
        csv.WriteRecord(ExportRow.Columns);
        foreach (var run in runs)
        {
            foreach (var row in run)
            {
                csv.WriteRecord(row.Fields());
            }
            await csv.FlushAsync(cancellationToken);
        }
    }

    private static async Task WriteJsonAsync(Stream stream, IEnumerable<ExportRow[]> runs, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        // The serializer flushes synchronously; it writes to memory, and each run of rows goes out asynchronously.
        var buffer = new ArrayBufferWriter<byte>();
        await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder });
        writer.WriteStartArray();
        foreach (var run in runs)
        {
            foreach (var row in run)
            {
                JsonSerializer.Serialize(writer, row, options);
            }
            await SendAsync();
        }
        writer.WriteEndArray();
        await SendAsync();

        async Task SendAsync()
        {
            await writer.FlushAsync(cancellationToken);
            await stream.WriteAsync(buffer.WrittenMemory, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            buffer.ResetWrittenCount();
        }
    }
}
