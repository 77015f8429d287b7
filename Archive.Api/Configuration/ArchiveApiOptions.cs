namespace Archive.Api.Configuration;

/// <summary>
/// The host's settings, section "Archive" of appsettings.json or environment variables ARCHIVE__...
/// Every value has a default that needs no configuration, except API keys: writing stays closed until one is set.
/// </summary>
public sealed class ArchiveApiOptions
{
    public const string Section = "Archive";

    /// <summary>Holds archive.db and index/; relative paths are taken from the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Ingest the sample documents when the data folder is empty, so a new user can search at once.</summary>
    public bool SeedSamples { get; set; } = true;

    /// <summary>Where the samples are; by default samples/ beside the program.</summary>
    public string? SamplesDirectory { get; set; }

    /// <summary>Named keys allowed to write (upload, delete): name -> key. Keys shorter than <see cref="MinimumKeyLength"/> are ignored.</summary>
    public Dictionary<string, string> ApiKeys { get; set; } = [];

    public CorsSettings Cors { get; set; } = new();

    public RequestLimits Limits { get; set; } = new();

    public SearchRateLimit RateLimit { get; set; } = new();

    public SearchCacheSettings SearchCache { get; set; } = new();

    public LoggingSettings Logging { get; set; } = new();

    /// <summary>Folders the host watches: a complete file put there is ingested as an upload, then moved aside.</summary>
    public string[] DropFolders { get; set; } = [];

    public DropFolderSettings DropFolder { get; set; } = new();

    public const int MinimumKeyLength = 16;
}

/// <summary>Origins whose pages may call the API from a browser; none by default (same origin only).</summary>
public sealed class CorsSettings
{
    public string[] AllowedOrigins { get; set; } = [];
}

/// <summary>Bounds on what one request may carry.</summary>
public sealed class RequestLimits
{
    /// <summary>Any request body, enforced by the server before it is read.</summary>
    public long MaxRequestBytes { get; set; } = 110L * 1024 * 1024;

    /// <summary>All files of one upload together.</summary>
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>One uploaded file.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    public int MaxFilesPerUpload { get; set; } = 20;

    /// <summary>Uploads (and restores) read at once: each holds its files in memory while they are read; more get 429.</summary>
    public int MaxConcurrentUploads { get; set; } = 4;

    /// <summary>Characters of the q parameter.</summary>
    public int MaxQueryLength { get; set; } = 500;

    /// <summary>Hits one export may return.</summary>
    public int MaxExportHits { get; set; } = 10_000;

    /// <summary>A client must send its request headers within this time (slow clients are cut off).</summary>
    public int RequestHeadersTimeoutSeconds { get; set; } = 15;

    /// <summary>A request body slower than this (after a 10 s grace) is cut off.</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;
}

/// <summary>Searches (search, facets, similar, export) per client IP: a token bucket refilled every second.</summary>
public sealed class SearchRateLimit
{
    /// <summary>Sustained searches per second and client; 0 turns the limit off.</summary>
    public int SearchesPerSecond { get; set; } = 20;

    /// <summary>How many searches a client may make at once after a quiet spell.</summary>
    public int Burst { get; set; } = 40;
}

/// <summary>The search result cache: repeated searches on an unchanged index are answered from memory.</summary>
public sealed class SearchCacheSettings
{
    /// <summary>Answers kept; 0 turns the cache off.</summary>
    public int Entries { get; set; } = Archive.Indexer.ArchiveOptions.DefaultSearchCacheEntries;

    /// <summary>Bound on the cache's estimated heap size.</summary>
    public int Megabytes { get; set; } = Archive.Indexer.ArchiveOptions.DefaultSearchCacheMegabytes;
}

/// <summary>What the request log must never show.</summary>
public sealed class LoggingSettings
{
    /// <summary>Query parameters whose values are replaced in the request log, besides the API key names.</summary>
    public string[] SecretParameters { get; set; } = ["password", "secret", "signature", "sig"];
}

/// <summary>How the drop folders are watched.</summary>
public sealed class DropFolderSettings
{
    /// <summary>A file is complete once its size and modification time have not changed for this long.</summary>
    public double QuietSeconds { get; set; } = 5;

    /// <summary>How often the folders are looked at.</summary>
    public double PollSeconds { get; set; } = 2;
}
