namespace Archive.Api.Contracts;

/// <summary>live: the process answers. ready: the store and the index are open and searches are served.</summary>
public sealed record HealthResponse(string Status, bool Live, bool Ready, long? Documents, long? Articles, long? IndexedArticles)
{
    /// <summary>The search result cache (on /health and /health/ready once ready): size and hit ratio since start.</summary>
    public SearchCacheStats? SearchCache { get; init; }
}
