using Archive.Api.Configuration;
using Archive.Api.Errors;
using Archive.Indexer;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Archive.Api.Uploads;

/// <summary>One file of an upload, held in memory, with its sanitized name.</summary>
public sealed record UploadedFilePart(string FileName, byte[] Content);

/// <summary>An upload's files, read while it holds an upload place (disposing it gives the place back), or why it was refused.</summary>
public sealed record ReceivedUpload(IReadOnlyList<UploadedFilePart> Files, ApiProblem? Problem, IDisposable? Place = null) : IDisposable
{
    public void Dispose() => Place?.Dispose();
}

/// <summary>
/// Reads a multipart/form-data upload section by section, enforcing the limits while it reads: file
/// count, bytes per file, bytes in total. An upload over a limit is refused as a whole before any file is
/// ingested, so a client never has to guess which half went in. The body is received whole on disk first
/// (<see cref="UploadSpool"/>), and only then is an upload place taken (<see cref="UploadPlaces"/>) and the files read
/// into memory: a client sending slowly holds no place.
/// </summary>
public static class UploadReader
{
    /// <summary>Form fields that are not files (a client may send a few); more than this is abuse.</summary>
    private const int MaxOtherSections = 20;
    /// <summary>The header lines of one part at most, and their length: a file's part has two or three short ones.</summary>
    private const int HeadersCountLimit = 16, HeadersLengthLimit = 8 * 1024;

    public static async Task<ReceivedUpload> ReadAsync(
        HttpRequest request, RequestLimits limits, UploadSpool spool, UploadPlaces places, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return new([], ApiProblems.UnsupportedMediaType(request.ContentType));
        }
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
        {
            return new([], ApiProblems.InvalidMultipart("the Content-Type has no valid boundary."));
        }
        if (request.ContentLength > limits.MaxRequestBytes)
        {
            return new([], ApiProblems.RequestTooLarge(limits.MaxRequestBytes));
        }

        Stream body;
        try
        {
            body = await spool.ReceiveAsync(request.Body, cancellationToken);
        }
        catch (SpoolFullException)
        {
            return new([], ApiProblems.TooManyUploads(10));
        }
        catch (IOException e) when (e is not BadHttpRequestException)
        {
            // BadHttpRequestException (body over the server limit, too slow) goes on to the exception handler with its own status.
            return new([], ArchiveService.IsDiskFull(e) ? ApiProblems.StorageFull() : BodyEndedEarly);
        }
        await using (body)
        {
            if (await places.TakeAsync(cancellationToken) is not { } place)
            {
                return new([], ApiProblems.TooManyUploads(1));
            }
            try
            {
                var (files, problem) = await ReadFormAsync(body, boundary, limits, cancellationToken);
                if (problem is null) return new(files, null, place);
                place.Dispose();
                return new([], problem);
            }
            catch
            {
                place.Dispose();
                throw;
            }
        }
    }

    private static ApiProblem BodyEndedEarly => ApiProblems.InvalidMultipart("the body ended before the form did.");

    private static async Task<(IReadOnlyList<UploadedFilePart> Files, ApiProblem? Problem)> ReadFormAsync(
        Stream body, string boundary, RequestLimits limits, CancellationToken cancellationToken)
    {
        var files = new List<UploadedFilePart>();
        var otherSections = 0;
        long total = 0;
        var reader = new MultipartReader(boundary, body) { HeadersCountLimit = HeadersCountLimit, HeadersLengthLimit = HeadersLengthLimit };
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    return ([], ApiProblems.InvalidMultipart("a part has no Content-Disposition: form-data header."));
                }
                var rawName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value;
                if (rawName is null)
                {
                    if (++otherSections > MaxOtherSections)
                    {
                        return ([], ApiProblems.InvalidMultipart($"more than {MaxOtherSections} form fields that are not files."));
                    }
                    continue;
                }
                if (files.Count == limits.MaxFilesPerUpload)
                {
                    return ([], ApiProblems.TooManyFiles(limits.MaxFilesPerUpload));
                }
                var name = UploadFileName.Sanitize(rawName);
                var content = await ReadBoundedAsync(section.Body, limits.MaxFileBytes, cancellationToken);
                if (content is null)
                {
                    return ([], ApiProblems.FileTooLarge(name, limits.MaxFileBytes));
                }
                total += content.Length;
                if (total > limits.MaxUploadBytes)
                {
                    return ([], ApiProblems.UploadTooLarge(limits.MaxUploadBytes));
                }
                files.Add(new UploadedFilePart(name, content));
            }
        }
        catch (InvalidDataException)
        {
            // The multipart reader's own words ("Multipart headers count limit 16 exceeded.") name its settings, not the form.
            return ([], ApiProblems.InvalidMultipart(
                $"a part's header lines are malformed, or more or longer than a file's ever are ({HeadersCountLimit} lines, {HeadersLengthLimit / 1024} KB at most)."));
        }
        catch (IOException)
        {
            return ([], BodyEndedEarly);
        }
        return files.Count == 0 ? ([], ApiProblems.NoFiles()) : (files, null);
    }

    /// <summary>The whole section, or null as soon as it passes the limit (the rest is not read into memory).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
