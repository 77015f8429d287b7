using Archive.Api.Contracts;
using Archive.Indexer;

namespace Archive.Api.Uploads;

/// <summary>
/// One file handed to the archive by name and bytes, from an upload or a drop folder: the same checks, the same
/// outcome (new, unchanged, superseded, failed or skipped, with the reason) and the same log line.
/// </summary>
public static class UploadIngestion
{
    /// <param name="via">How the file came, for the log: "Upload", "Drop folder /srv/in".</param>
    /// <param name="links">For the answer's addresses; null when nobody asked over HTTP.</param>
    /// <param name="replaces">The document this file is a new version of, when the client said so.</param>
    /// <param name="cancellationToken">Stops a long conversion or recognition (the client went away, the host stops); nothing is stored then.</param>
    /// <exception cref="IOException">The disk is full (<see cref="ArchiveService.IsDiskFull"/>): the file was not stored.</exception>
    public static UploadedFile Ingest(ArchiveService archive, string fileName, ReadOnlyMemory<byte> content, string via, ILogger logger, Links? links = null,
        string? replaces = null, CancellationToken cancellationToken = default)
    {
        // The type comes from the extension (the engine checks the content); a declared Content-Type is never trusted.
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!ArchiveService.SupportedExtensions.Contains(extension))
        {
            var accepted = string.Join(", ", ArchiveService.SupportedExtensions);
            var shown = extension.Length == 0 ? "none" : extension;
            logger.LogInformation("{Via} {FileName}: skipped, extension {Extension} is not read", via, fileName, shown);
            return new UploadedFile(fileName, content.Length, FileOutcomeStatus.Skipped, null, 0, null,
                new FileError("unsupported_file_type",
                    $"不支持此文件类型（扩展名：{(extension.Length == 0 ? "无" : extension)}）。可上传：{accepted}。",
                    $"This file type (extension: {shown}) is not supported. Accepted: {accepted}."));
        }
        var outcome = archive.IngestUpload(fileName, content, replaces, cancellationToken);
        if (outcome.Error is null)
            logger.LogInformation("{Via} {FileName}: {Status} {DocumentId} ({Articles} articles)", via, fileName, outcome.Status, outcome.DocumentId, outcome.Articles);
        else
            logger.LogInformation("{Via} {FileName}: {Status}: {Error}", via, fileName, outcome.Status, outcome.Error);
        var error = outcome.Status switch
        {
            FileOutcomeStatus.Deleted => new FileError("document_deleted",
                $"此文件的内容（文档 {outcome.DocumentId}）已从档案中删除，仍保持删除，未作改动。如需恢复，请将同一文件 POST 到 /api/v1/documents/{outcome.DocumentId}/restore。",
                $"This file's content (document {outcome.DocumentId}) was deleted from the archive and stays deleted; nothing was changed. To bring it back, POST the same file to /api/v1/documents/{outcome.DocumentId}/restore."),
            FileOutcomeStatus.Failed or FileOutcomeStatus.Skipped =>
                new FileError("ingest_failed", $"文件未能导入：{ReasonInChinese.Of(outcome.Error)}", $"The file could not be ingested: {outcome.Error}"),
            _ => null,
        };
        return new UploadedFile(fileName, content.Length, outcome.Status, outcome.DocumentId, outcome.Articles,
            outcome is { DocumentId: { } id, Status: not FileOutcomeStatus.Deleted } && links is not null ? links.ApiDocument(id) : null, error)
        {
            Reparse = outcome.Reparse,
        };
    }
}
