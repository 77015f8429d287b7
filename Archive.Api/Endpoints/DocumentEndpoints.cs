using System.ComponentModel;
using Archive.Api.Configuration;
using Archive.Api.Contracts;
using Archive.Api.Corrections;
using Archive.Api.Errors;
using Archive.Api.Hosting;
using Archive.Api.OpenApi;
using Archive.Api.Security;
using Archive.Api.Uploads;
using Archive.Indexer;
using Microsoft.Extensions.Options;

namespace Archive.Api.Endpoints;

/// <summary>GET /documents/{id}; POST /documents (upload), POST /documents/{id}/restore and DELETE /documents/{id}, behind an API key.</summary>
public static class DocumentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents/{id}", Get)
            .WithName("GetDocument")
            .WithTags("Documents")
            .WithSummary("A document")
            .WithDescription("A document's metadata (series, issue, date, publisher, 文号 ...) as read and as corrected, its kept original file, its articles in order, the text as read from the file, and its audit log. The ETag is its revision (send it as If-Match to correct it).")
            .Produces<DocumentResponse>()
            .WithResponseHeader("ETag", RevisionTag.Description, StatusCodes.Status200OK)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)
            .WithParameterExamples(("id", "2a827c17cdd57db0"));

        api.MapGet("/documents/{id}/file", GetFile)
            .WithName("GetDocumentFile")
            .WithTags("Documents")
            .WithSummary("The original file")
            .WithDescription("The file the document was read from, byte for byte, as an attachment: its media type (Content-Type), its name (Content-Disposition, with filename* for Chinese names) and its sha256 as the ETag. Range requests are answered. 404 original_not_kept for documents ingested before originals were kept (ingest the same file again to keep it), 404 original_missing when the kept file is missing or damaged on the server.")
            .ProducesBody(StatusCodes.Status200OK, "The file, in its own media type (application/octet-stream stands for any).", "application/octet-stream", binary: true)
            .ProducesBody(StatusCodes.Status206PartialContent, "The range asked for (Range: bytes=…), with Content-Range.", "application/octet-stream", binary: true)
            .WithResponseHeader("ETag", "The file's sha256; If-None-Match and If-Range take it.", StatusCodes.Status200OK, StatusCodes.Status206PartialContent)
            .WithResponseHeader("Content-Range", "Which bytes of the file the answer holds (206), or the file's size (416).", StatusCodes.Status206PartialContent, StatusCodes.Status416RangeNotSatisfiable)
            .WithResponseHeader("Content-Disposition", "attachment, with the file's name (filename* for Chinese names).", StatusCodes.Status200OK)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)
            .Produces(StatusCodes.Status416RangeNotSatisfiable)
            .WithParameterExamples(("id", "2a827c17cdd57db0"));

        api.MapPost("/documents", Upload)
            .WithName("UploadDocuments")
            .WithTags("Documents")
            .WithSummary("Upload documents (API key)")
            .WithDescription($"Multipart upload of one or more files ({string.Join(", ", ArchiveService.SupportedExtensions)}), in any form field. The answer says per file what it became (new, unchanged, superseded) or why it was not ingested. A file supersedes the document last uploaded under its name only when the two are plausibly the same document (same 文号, same issue of a series, or near-duplicate text); ?replaces={{id}} makes the one file sent a new version of that document. Limits: files per upload, bytes per file (50 MB by default) and in total; an upload over a limit is refused whole with 413. The declared Content-Type of a file is ignored; folders in file names are dropped. 200 when at least one file was ingested, 422 when none was, 507 when the server's disk is full (the files stored before it filled up are listed).")
            .WithMetadata(new RequiresApiKey())
            // The content type is checked by the endpoint (415 problem), not by routing, whatever else is mapped.
            .WithMultipartFilesBody("files")
            .Produces<UploadResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable,
                StatusCodes.Status507InsufficientStorage);

        api.MapPost("/documents/{id}/restore", Restore)
            .WithName("RestoreDocument")
            .WithTags("Documents")
            .WithSummary("Restore a deleted document (API key)")
            .WithDescription("Brings a deleted document back from its own file, sent again as one multipart file (its name does not matter: the file is read as the type it was first ingested as): its text and articles as the current parsers read them, in search again (or superseded, in history, when a newer version had replaced it), its permalinks live. Fields editors corrected keep their values; splits and merges are undone (deleting erased the text they moved), and an article split off redirects to the one it came from. The answer is the re-parse report. 404 when unknown, 409 document_not_deleted when it is not deleted, 422 not_its_file when the bytes differ from the file it was read from.")
            .WithMetadata(new RequiresApiKey())
            .WithMultipartFilesBody("file")
            .Produces<ReparseReport>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests,
                StatusCodes.Status503ServiceUnavailable, StatusCodes.Status507InsufficientStorage)
            .WithParameterExamples(("id", "2a827c17cdd57db0"));

        api.MapDelete("/documents/{id}", Delete)
            .WithName("DeleteDocument")
            .WithTags("Documents")
            .WithSummary("Delete a document (API key)")
            .WithDescription("Deletes the document: its text is erased, its articles leave search at once and answer 404, and the same bytes uploaded or ingested again stay deleted (status deleted, code document_deleted) until the document is restored (POST /documents/{id}/restore with its file). 204 when done, 404 when unknown.")
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
        if (detail is null)
        {
            return ApiProblems.DocumentNotFound(id);
        }
        http.Response.Headers.ETag = RevisionTag.Of(id, detail.Document.Revision);
        return TypedResults.Ok(DocumentResponse.From(detail, Links.For(http.Request)));
    }

    private static async Task<IResult> GetFile(
        [Description("The document id, as in search hits (document_id).")] string id,
        HttpContext http, ArchiveHost host, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!ArchiveId.IsWellFormed(id))
        {
            return ApiProblems.InvalidId("document", id);
        }
        var archive = await host.GetAsync(cancellationToken);
        var document = archive.FindDocument(id);
        if (document is null)
        {
            return ApiProblems.DocumentNotFound(id);
        }
        if (document.Original is not { } original)
        {
            return ApiProblems.OriginalNotKept(id);
        }
        if (archive.OpenOriginal(id) is not { } content)
        {
            loggers.CreateLogger(typeof(DocumentEndpoints)).LogError("The original of document {DocumentId} ({Sha256}) is missing or damaged: run archive verify", id, original.Sha256);
            return ApiProblems.OriginalMissing(id);
        }
        // Whatever the file holds (an HTML page included), it is a download and never runs as part of this site.
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        // A range in another unit than bytes is ignored, as HTTP requires (RFC 9110, 14.2): ASP.NET Core answered Range: items=0-5 with bytes 0-5.
        var inBytes = http.Request.GetTypedHeaders().Range is not { } range || range.Unit.Equals("bytes", StringComparison.OrdinalIgnoreCase);
        return TypedResults.Stream(content, original.MediaType, UploadFileName.Sanitize(original.FileName),
            document.IngestedAt, new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{original.Sha256}\""), enableRangeProcessing: inBytes);
    }

    private static async Task<IResult> Upload(
        [Description("The id of a current document the one uploaded file is a new version of: it is superseded whatever its name or text. Without it, a file supersedes the document last uploaded under its name only when the two are plausibly the same document (same 文号, same issue of a series, or near-duplicate text).")]
        string? replaces,
        HttpContext http, ArchiveHost host, IOptions<ArchiveApiOptions> options, UploadSpool spool, UploadPlaces places, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (replaces is not null && !ArchiveId.IsWellFormed(replaces))
        {
            return ApiProblems.InvalidId("document", replaces);
        }
        using var upload = await UploadReader.ReadAsync(http.Request, options.Value.Limits, spool, places, cancellationToken);
        if (upload is { Problem: { } problem })
        {
            return problem;
        }
        var parts = upload.Files;
        if (replaces is not null && parts.Count != 1)
        {
            return ApiProblems.OneReplacementOnly(parts.Count);
        }
        var archive = await host.GetAsync(cancellationToken);
        switch (replaces is null ? null : archive.FindDocument(replaces))
        {
            case null when replaces is not null:
                return ApiProblems.DocumentNotFound(replaces);
            case { Status: DocumentStatus.Superseded } replaced:
                return ApiProblems.DocumentSuperseded(replaced.Id);
        }
        var links = Links.For(http.Request);
        var logger = loggers.CreateLogger(typeof(DocumentEndpoints));
        var files = new List<UploadedFile>(parts.Count);
        foreach (var part in parts)
        {
            try
            {
                files.Add(UploadIngestion.Ingest(archive, part.FileName, part.Content, "Upload", logger, links, replaces, cancellationToken));
            }
            catch (Exception e) when (ArchiveService.IsDiskFull(e))
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

    private static async Task<IResult> Restore(
        [Description("The deleted document's id.")] string id,
        HttpContext http, ArchiveHost host, IOptions<ArchiveApiOptions> options, UploadSpool spool, UploadPlaces places, CancellationToken cancellationToken)
    {
        if (!ArchiveId.IsWellFormed(id))
        {
            return ApiProblems.InvalidId("document", id);
        }
        using var upload = await UploadReader.ReadAsync(http.Request, options.Value.Limits, spool, places, cancellationToken);
        if (upload is { Problem: { } problem })
        {
            return problem;
        }
        var parts = upload.Files;
        if (parts.Count != 1)
        {
            return ApiProblems.OneFileOnly(parts.Count);
        }
        var archive = await host.GetAsync(cancellationToken);
        var report = archive.RestoreDocument(id, parts[0].Content, new Editing(ApiKeyGate.EditorOf(http)), cancellationToken);
        return report.Status switch
        {
            ReparseStatus.Reparsed => TypedResults.Ok(report),
            ReparseStatus.NotItsFile => ApiProblems.NotItsFile(id),
            ReparseStatus.Unreadable => ApiProblems.Unreadable(id, report.Error ?? ""),
            _ when archive.FindDocument(id) is not null => ApiProblems.DocumentNotDeleted(id),
            _ => ApiProblems.DocumentNotFound(id),
        };
    }

    private static async Task<IResult> Delete(
        [Description("The document id.")] string id, HttpContext http, ArchiveHost host, CancellationToken cancellationToken)
    {
        if (!ArchiveId.IsWellFormed(id))
        {
            return ApiProblems.InvalidId("document", id);
        }
        var archive = await host.GetAsync(cancellationToken);
        return archive.DeleteDocument(id, new Editing(ApiKeyGate.EditorOf(http))) ? TypedResults.NoContent() : ApiProblems.DocumentNotFound(id);
    }
}
