using Archive.Api.Configuration;
using Microsoft.Extensions.Options;

namespace Archive.Api.Uploads;

/// <summary>
/// Where an upload's body waits while it arrives: a file in the data folder's uploads-arriving/, deleted when the
/// upload is done. A body may be 110 MB and any number may be arriving at once (a slow one holds no upload place),
/// so they are on disk, not in memory, nor in the temporary folder (often in memory, tmpfs). All together they may hold
/// as many bodies' bytes as uploads may be read and wait at once (twice MaxConcurrentUploads times MaxRequestBytes,
/// 880 MB): only connections bounded them, a few hundred keyed clients 110 MB each, and the disk they filled is the
/// store's and the index's. The bytes a body has written count, not what it declares, so clients sending slowly hold
/// little. Files a stopped process left behind are deleted when the first upload after a start comes.
/// </summary>
public sealed class UploadSpool
{
    private readonly string folder;
    private readonly long capacity;
    private long held;

    public UploadSpool(IOptions<ArchiveApiOptions> options)
    {
        folder = Path.Combine(Path.GetFullPath(options.Value.DataDirectory), "uploads-arriving");
        capacity = 2L * options.Value.Limits.MaxConcurrentUploads * options.Value.Limits.MaxRequestBytes;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>The whole body, from its start; the file goes, and its bytes leave the spool's count, when the stream is disposed.</summary>
    /// <exception cref="IOException">The body broke off, was too slow or too large (BadHttpRequestException), or the disk is full.</exception>
    /// <exception cref="SpoolFullException">The bodies arriving and waiting hold all the spool may.</exception>
    public async Task<Stream> ReceiveAsync(Stream body, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var file = new SpooledBody(this, Path.Combine(folder, Path.GetRandomFileName()));
        try
        {
            var buffer = new byte[81920];
            for (int read; (read = await body.ReadAsync(buffer, cancellationToken)) > 0;)
            {
                file.Hold(read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>The bytes the spool holds now, of all bodies together.</summary>
    internal long Held => Interlocked.Read(ref held);

    /// <summary>A body's file, counting its bytes in the spool until it is disposed.</summary>
    private sealed class SpooledBody(UploadSpool spool, string path)
        : FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous)
    {
        private long counted;

        public void Hold(int bytes)
        {
            if (Interlocked.Add(ref spool.held, bytes) > spool.capacity)
            {
                Interlocked.Add(ref spool.held, -bytes);
                throw new SpoolFullException();
            }
            counted += bytes;
        }

        protected override void Dispose(bool disposing)
        {
            Interlocked.Add(ref spool.held, -Interlocked.Exchange(ref counted, 0));
            base.Dispose(disposing);
        }
    }
}

/// <summary>The bodies arriving and waiting hold all the spool may: the upload is refused, as one more beyond the places is.</summary>
internal sealed class SpoolFullException() : Exception("the uploads arriving hold all the spool may");
