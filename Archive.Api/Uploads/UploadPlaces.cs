using System.Threading.RateLimiting;
using Archive.Api.Configuration;
using Microsoft.Extensions.Options;

namespace Archive.Api.Uploads;

/// <summary>
/// The uploads read and ingested at once, for all clients together (Archive:Limits:MaxConcurrentUploads): each holds
/// its files in memory meanwhile. A place is taken only once the body has arrived (<see cref="UploadSpool"/>): taken
/// while the body came, four clients sending at just over Kestrel's minimum data rate held every place for as long as
/// they liked. As many uploads as there are places may wait for one; more are refused.
/// </summary>
public sealed class UploadPlaces(IOptions<ArchiveApiOptions> options) : IDisposable
{
    private readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.Limits.MaxConcurrentUploads,
        QueueLimit = options.Value.Limits.MaxConcurrentUploads,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>A place (dispose it when the upload is done), or null when every place is taken and as many wait.</summary>
    public async ValueTask<IDisposable?> TakeAsync(CancellationToken cancellationToken)
    {
        var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        return null;
    }

    public void Dispose() => limiter.Dispose();
}
