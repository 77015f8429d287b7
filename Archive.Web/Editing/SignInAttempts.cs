using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Archive.Web.Editing;

/// <summary>
/// Sign-in attempts per client address and minute (Archive:Editing:SignInsPerMinute): each costs a PBKDF2 of 600,000
/// iterations, and a password is not to be guessed by trying. Only an attempt counts (a posted form), not the form's
/// page, so the sign-in page can say in its own words how long to wait.
/// </summary>
public sealed class SignInAttempts(IOptions<EditingOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));

    /// <summary>Whether the address may try now; if not, how many seconds until it may.</summary>
    public (bool Allowed, int RetryAfterSeconds) Try(string address)
    {
        using var lease = _limiter.AttemptAcquire(address);
        if (lease.IsAcquired) return (true, 0);
        return (false, lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60);
    }

    public void Dispose() => _limiter.Dispose();
}
