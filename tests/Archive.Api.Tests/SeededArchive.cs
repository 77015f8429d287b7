namespace Archive.Api.Tests;

/// <summary>
/// The host most tests share: samples ingested, one API key, one allowed CORS origin, small upload
/// limits (so oversized uploads are cheap to send), no search rate limit.
/// </summary>
public sealed class SeededArchive() : ArchiveApiFactory(new Dictionary<string, string?>
{
    ["Archive:ApiKeys:tests"] = TestKey,
    ["Archive:Cors:AllowedOrigins:0"] = AllowedOrigin,
    ["Archive:Limits:MaxFileBytes"] = (256 * 1024).ToString(),
    ["Archive:Limits:MaxUploadBytes"] = (512 * 1024).ToString(),
    ["Archive:Limits:MaxRequestBytes"] = (1024 * 1024).ToString(),
    ["Archive:Limits:MaxFilesPerUpload"] = "10",
    ["Archive:RateLimit:SearchesPerSecond"] = "0",
})
{
    public const string AllowedOrigin = "https://research.example.org";
}

[CollectionDefinition(Name)]
public sealed class SeededArchiveCollection : ICollectionFixture<SeededArchive>
{
    public const string Name = "seeded archive";
}
