using System.Security.Cryptography;
using System.Text;
using Archive.Api.Configuration;
using Microsoft.Extensions.Options;

namespace Archive.Api.Security;

/// <summary>
/// The configured write keys, kept only as SHA-256 digests. A presented key is compared with every
/// digest in constant time, so neither the comparison nor the number of keys tried leaks how close it came.
/// </summary>
public sealed class ApiKeyRing
{
    private readonly IReadOnlyList<(string Name, byte[] Digest)> keys;

    public ApiKeyRing(IOptions<ArchiveApiOptions> options, ILogger<ApiKeyRing> logger)
    {
        var accepted = new List<(string, byte[])>();
        foreach (var (name, key) in options.Value.ApiKeys)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Trim().Length < ArchiveApiOptions.MinimumKeyLength)
            {
                // The name is safe to log; the key never is.
                logger.LogWarning("API key '{Name}' ignored: a key needs at least {Length} characters", name, ArchiveApiOptions.MinimumKeyLength);
                continue;
            }
            accepted.Add((name, Digest(key.Trim())));
        }
        keys = accepted;
        if (keys.Count == 0)
        {
            logger.LogInformation("No API key configured: uploads and deletions are refused (set Archive:ApiKeys:<name>)");
        }
    }

    public bool IsEmpty => keys.Count == 0;

    /// <summary>The name of the key presented, or null when it matches none.</summary>
    public string? Identify(string presented)
    {
        var digest = Digest(presented.Trim());
        string? match = null;
        foreach (var (name, known) in keys)
        {
            // No early exit: every key is compared whatever the outcome.
            if (CryptographicOperations.FixedTimeEquals(digest, known))
            {
                match = name;
            }
        }
        return match;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
