namespace Archive.Api.Security;

/// <summary>Endpoint metadata: this endpoint changes the archive and only answers to a configured API key.</summary>
public sealed record RequiresApiKey
{
    public const string SecuritySchemeName = "ApiKey";
    public const string BearerSchemeName = "Bearer";
    public const string HeaderName = "X-Api-Key";
}
