using System.ComponentModel;
using Archive.Api.Configuration;
using Archive.Api.Contracts;
using Archive.Api.Errors;
using Archive.Api.Hosting;
using Archive.Api.OpenApi;
using Archive.Api.Security;
using Archive.Api.Uploads;
using Archive.Indexer;
using Archive.Indexer.Store;
using Archive.Indexer.Text;
using Microsoft.Extensions.Options;

namespace Archive.Api.Endpoints;

/// <summary>GET /documents/{id}; POST /documents (upload) and DELETE /documents/{id}, both behind an API key.</summary>
public static class DocumentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents/{id}", Get)
            .WithName("GetDocument")
            .WithTags("Documents")
            .WithSummary("A document")
            .WithDescription("A document's metadata (series, issue, date, publisher, 文号 ...), its articles in order and the text as read from the file.")
            .Produces<DocumentResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)
            .WithParameterExamples(("id", "2a827c17cdd57db0"));

        api.MapPost("/documents", Upload)
            .WithName("UploadDocuments")
            .WithTags("Documents")
            .WithSummary("Upload documents (API key)")
            .WithDescription($"Multipart upload of one or more files ({string.Join(", ", DocumentReader.Extensions)}), in any form field. The answer says per file what it became (new, unchanged, superseded) or why it was not ingested. Limits: files per upload, bytes per file (50 MB by default) and in total; an upload over a limit is refused whole with 413. The declared Content-Type of a file is ignored; folders in file names are dropped. 200 when at least one file was ingested, 422 when none was, 507 when the server's disk is full (the files stored before it filled up are listed).")
            .WithMetadata(new RequiresApiKey())
            // The content type is checked by the endpoint (415 problem), not by routing, whatever else is mapped.
            .WithMultipartFilesBody("files")
            .Produces<UploadResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status503ServiceUnavailable,
                StatusCodes.Status507InsufficientStorage);

        api.MapDelete("/documents/{id}", Delete)
            .WithName("DeleteDocument")
            .WithTags("Documents")
            .WithSummary("Delete a document (API key)")
            .WithDescription("Deletes the document: its text is erased, its articles leave search at once and answer 404, and the same bytes ingested again stay deleted. 204 when done, 404 when unknown.")
            .WithMetadata(new RequiresApiKey())
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)
            .WithParameterExamples(("id", "2a827c17cdd57db0"));
    }

    private static async Task<IResult> Get(
        [Description("The document id, as in search hits (document_id).")] string id,
        HttpContext http, ArchiveHost host, CancellationToken cancellationToken)
    {
        if (!ArchiveId.IsWellFormed(id))
        {
            return ApiProblems.InvalidId("document", id);
        }
        var archive = await host.GetAsync(cancellationToken);
        var detail = archive.GetDocument(id);
        return detail is null ? ApiProblems.DocumentNotFound(id) : TypedResults.Ok(DocumentResponse.From(detail, Links.For(http.Request)));
    }

    private static async Task<IResult> Upload(
        HttpContext http, ArchiveHost host, IOptions<ArchiveApiOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (parts, problem) = await UploadReader.ReadAsync(http.Request, options.Value.Limits, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var archive = await host.GetAsync(cancellationToken);
        var links = Links.For(http.Request);
        var logger = loggers.CreateLogger(typeof(DocumentEndpoints));
        var files = new List<UploadedFile>(parts.Count);
        foreach (var part in parts)
        {
            try
            {
                files.Add(Ingest(archive, part, links, logger, cancellationToken));
            }
            catch (StorageFullException e)
            {
                logger.LogError(e, "Upload {FileName}: the disk is full; {Stored} of {Files} files dealt with", part.FileName, files.Count, parts.Count);
                return ApiProblems.StorageFull(files);
            }
        }
        var ingested = files.Count(f => f.Ingested);
        return ingested == 0
            ? ApiProblems.NothingIngested(files)
            : TypedResults.Ok(new UploadResponse(ingested, files.Count - ingested, files));
    }

    private static UploadedFile Ingest(ArchiveService archive, UploadedFilePart part, Links links, ILogger logger, CancellationToken cancellationToken)
    {
        // The type comes from the extension (the engine checks the content); the declared Content-Type is never trusted.
        var extension = Path.GetExtension(part.FileName).ToLowerInvariant();
        if (!DocumentReader.Extensions.Contains(extension))
        {
            var accepted = string.Join(", ", DocumentReader.Extensions);
            var shown = extension.Length == 0 ? "none" : extension;
            return new UploadedFile(part.FileName, part.Content.Length, FileOutcomeStatus.Skipped, null, 0, null,
                new FileError("unsupported_file_type",
                    $"不支持此文件类型（扩展名：{(extension.Length == 0 ? "无" : extension)}）。可上传：{accepted}。",
                    $"This file type (extension: {shown}) is not supported. Accepted: {accepted}."));
        }
        var outcome = archive.IngestUpload(part.FileName, part.Content, cancellationToken);
        logger.LogInformation("Upload {FileName}: {Status} {DocumentId} ({Articles} articles)", part.FileName, outcome.Status, outcome.DocumentId, outcome.Articles);
        var error = outcome.Status is FileOutcomeStatus.Failed or FileOutcomeStatus.Skipped
            ? new FileError("ingest_failed", $"文件未能导入：{outcome.Error}", $"The file could not be ingested: {outcome.Error}")
            : null;
        return new UploadedFile(part.FileName, part.Content.Length, outcome.Status, outcome.DocumentId, outcome.Articles,
            outcome.DocumentId is null ? null : links.ApiDocument(outcome.DocumentId), error);
    }

    private static async Task<IResult> Delete(
        [Description("The document id.")] string id, ArchiveHost host, CancellationToken cancellationToken)
    {
        if (!ArchiveId.IsWellFormed(id))
        {
            return ApiProblems.InvalidId("document", id);
        }
        var archive = await host.GetAsync(cancellationToken);
        return archive.DeleteDocument(id) ? TypedResults.NoContent() : ApiProblems.DocumentNotFound(id);
    }
}
