using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Archive.Web.Editing;

/// <summary>
/// Editors' accounts from configuration (Archive:Editors:NAME = a hash made by the host's `hash-password`). A password
/// is checked against its hash only; an unknown name costs the same time as a known one, so neither the answer nor
/// its timing says which names exist.
/// </summary>
public sealed class EditorAccounts
{
    public const string Section = "Archive:Editors";

    private readonly IReadOnlyDictionary<string, string> _hashes;
    /// <summary>Checked in place of an unknown name's hash, so that a miss takes as long as a wrong password.</summary>
    private readonly string _decoy = PasswordHash.Create(Guid.NewGuid().ToString());

    public EditorAccounts(IConfiguration configuration, ILogger<EditorAccounts> logger)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var account in configuration.GetSection(Section).GetChildren())
        {
            if (PasswordHash.IsWellFormed(account.Value)) hashes[account.Key] = account.Value!;
            // The name is safe to log; the setting's value never is.
            else logger.LogWarning("Editor account '{Name}' ignored: its setting is not a hash made by `hash-password` (PBKDF2-SHA256, at least {Iterations} iterations)",
                account.Key, PasswordHash.MinimumIterations);
        }
        _hashes = hashes;
        if (hashes.Count == 0) logger.LogInformation("No editor account configured: the correction pages refuse every sign-in (set {Section}:<name>)", Section);
    }

    public bool Any => _hashes.Count > 0;

    /// <summary>No password is longer: a longer one is refused before it is hashed.</summary>
    public const int MaxPasswordLength = 1_000;

    /// <summary>Whether the name and password are an editor's.</summary>
    public bool Accepts(string name, string password)
    {
        if (password.Length > MaxPasswordLength) return false;
        var known = _hashes.TryGetValue(name, out var hash);
        var matches = PasswordHash.Verify(password, hash ?? _decoy);
        return known && matches;
    }
}
