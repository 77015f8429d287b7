using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Archive.Web.Editing;

/// <summary>
/// Editors' passwords as the configuration keeps them: "pbkdf2-sha256${iterations}${salt}${hash}" (base64), PBKDF2
/// with HMAC-SHA256, a random 16-byte salt and 600,000 iterations (OWASP's figure for PBKDF2-SHA256). Only the hash is
/// ever configured or compared, in constant time.
/// </summary>
public static class PasswordHash
{
    public const string Scheme = "pbkdf2-sha256";
    public const int Iterations = 600_000;
    /// <summary>Hashes with fewer iterations are refused: they would make guessing cheap.</summary>
    public const int MinimumIterations = 100_000;
    public const int MinimumPasswordLength = 10;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Create(string password, int iterations = Iterations)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Whether the text is a hash this class made, with enough iterations.</summary>
    public static bool IsWellFormed(string? stored) => Parse(stored) is not null;

    /// <summary>Whether the password is the one the hash was made from; false for a malformed hash.</summary>
    public static bool Verify(string password, string stored)
    {
        if (Parse(stored) is not var (iterations, salt, hash)) return false;
        var candidate = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, hash.Length);
        return CryptographicOperations.FixedTimeEquals(candidate, hash);
    }

    private static (int Iterations, byte[] Salt, byte[] Hash)? Parse(string? stored)
    {
        var parts = (stored ?? "").Split('$');
        if (parts.Length != 4 || parts[0] != Scheme) return null;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < MinimumIterations) return null;
        try
        {
            var (salt, hash) = (Convert.FromBase64String(parts[2]), Convert.FromBase64String(parts[3]));
            return salt.Length >= SaltBytes && hash.Length == HashBytes ? (iterations, salt, hash) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
