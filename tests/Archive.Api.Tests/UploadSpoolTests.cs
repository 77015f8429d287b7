using Archive.Api.Configuration;
using Archive.Api.Uploads;
using Microsoft.Extensions.Options;

namespace Archive.Api.Tests;

/// <summary>
/// The bodies arriving and waiting on disk are bounded all together (found by hostile20: only the number of
/// connections bounded them, 110 MB each, on the disk the store and the index need).
/// </summary>
public sealed class UploadSpoolTests : IDisposable
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("spool");

    [Fact]
    public async Task Bodies_on_disk_hold_at_most_twice_the_upload_places_times_a_body_and_give_it_back_when_done()
    {
        var spool = new UploadSpool(Options.Create(new ArchiveApiOptions
        {
            DataDirectory = data.FullName,
            Limits = { MaxConcurrentUploads = 1, MaxRequestBytes = 1_000 },
        }));
        await using var first = await spool.ReceiveAsync(new MemoryStream(new byte[1_000]), CancellationToken.None);
        await using (await spool.ReceiveAsync(new MemoryStream(new byte[900]), CancellationToken.None))
        {
            await Assert.ThrowsAsync<SpoolFullException>(() => spool.ReceiveAsync(new MemoryStream(new byte[101]), CancellationToken.None));
            Assert.Equal(1_900, spool.Held);
            Assert.Equal(2, Directory.GetFiles(Path.Combine(data.FullName, "uploads-arriving")).Length);
        }
        Assert.Equal(1_000, spool.Held);

        await using var third = await spool.ReceiveAsync(new MemoryStream(new byte[1_000]), CancellationToken.None);
        Assert.Equal(1_000, third.Length);
    }

    public void Dispose() => data.Delete(recursive: true);
}
