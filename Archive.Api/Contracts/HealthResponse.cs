
namespace Archive.Api.Contracts;

/// <summary>live: the process answers. ready: the store and the index are open and searches are served.</summary>
public sealed record HealthResponse(string Status, bool Live, bool Ready, long? Documents, long? Articles, long? IndexedArticles)
{
    /// <summary>The search result cache (on /health and /health/ready once ready): size and hit ratio since start.</summary>
    public SearchCacheHealth? SearchCache { get; init; }
}

/// <summary>How full the search result cache is and how often it answered (hits / (hits + misses)).</summary>
public sealed record SearchCacheHealth(bool Enabled, int Entries, int MaxEntries, long Bytes, long MaxBytes, long Hits, long Misses, double HitRatio)
{
    public static SearchCacheHealth From(SearchCacheStats stats) =>
        new(stats.Enabled, stats.Entries, stats.MaxEntries, stats.Bytes, stats.MaxBytes, stats.Hits, stats.Misses, Math.Round(stats.HitRatio, 4));
}
