using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Archive.Web.Editing;

/// <summary>
/// Sign-in attempts per client address within the last minute (Archive:Editing:SignInsPerMinute): each costs a PBKDF2 of
/// 600,000 iterations, and a password is not to be guessed by trying. Only an attempt counts (a posted form), not the
/// form's page, and a refused one is told how long until its oldest attempt leaves the minute.
/// </summary>
public sealed class SignInAttempts(IOptions<EditingOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    /// <summary>Past this many addresses, those with no attempt in the last minute are forgotten.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _attempts = new(StringComparer.Ordinal);

    public SignInAttempts(IOptions<EditingOptions> options) : this(options, TimeProvider.System)
    {
    }

    /// <summary>Whether the address may try now (the attempt is counted); if not, how many seconds until it may.</summary>
    public (bool Allowed, int RetryAfterSeconds) Try(string address)
    {
        var now = clock.GetUtcNow();
        if (_attempts.Count > SweepAbove) Sweep(now);
        while (true)
        {
            var times = _attempts.GetOrAdd(address, _ => new Queue<DateTimeOffset>());
            lock (times)
            {
                // A sweep may have dropped this queue between the look-up and the lock: an attempt counted in it would
                // be lost, so it is counted in the address's queue as it now is.
                if (!_attempts.TryGetValue(address, out var current) || !ReferenceEquals(current, times)) continue;
                while (times.Count > 0 && now - times.Peek() >= Window) times.Dequeue();
                if (times.Count >= options.Value.SignInsPerMinute)
                    return (false, Math.Max(1, (int)Math.Ceiling((times.Peek() + Window - now).TotalSeconds)));
                times.Enqueue(now);
                return (true, 0);
            }
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (address, times) in _attempts)
        {
            lock (times)
            {
                if (times.Count == 0 || now - times.Last() >= Window) _attempts.TryRemove(new KeyValuePair<string, Queue<DateTimeOffset>>(address, times));
            }
        }
    }
}
