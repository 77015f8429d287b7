namespace Archive.Web.Editing;

/// <summary>Editors' accounts and sessions (sections Archive:Editors and Archive:Editing); no account, no editing.</summary>
public sealed record EditingOptions
{
    /// <summary>How long a sign-in lasts without activity (sliding): 8 hours.</summary>
    public int SessionMinutes { get; init; } = 480;

    /// <summary>Sign-in attempts per client address and minute; more wait (429).</summary>
    public int SignInsPerMinute { get; init; } = 10;
}
