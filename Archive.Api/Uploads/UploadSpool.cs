using Archive.Api.Configuration;
using Microsoft.Extensions.Options;

namespace Archive.Api.Uploads;

/// <summary>
/// Where an upload's body waits while it arrives: a file in the data folder's uploads-arriving/, deleted when the
/// upload is done. A body may be 110 MB and any number may be arriving at once (a slow one holds no upload place),
/// so they are on disk, not in memory, nor in the temporary folder (often in memory, tmpfs). Files a stopped process
/// left behind are deleted when the first upload after a start comes.
/// </summary>
public sealed class UploadSpool
{
    private readonly string folder;

    public UploadSpool(IOptions<ArchiveApiOptions> options)
    {
        folder = Path.Combine(Path.GetFullPath(options.Value.DataDirectory), "uploads-arriving");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>The whole body, from its start; the file goes when the stream is disposed.</summary>
    /// <exception cref="IOException">The body broke off, was too slow or too large (BadHttpRequestException), or the disk is full.</exception>
    public async Task<Stream> ReceiveAsync(Stream body, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var file = new FileStream(Path.Combine(folder, Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await body.CopyToAsync(file, cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
