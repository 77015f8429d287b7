namespace Archive.Api.Contracts;

/// <summary>live: the process answers. ready: the store and the index are open and searches are served.</summary>
public sealed record HealthResponse(string Status, bool Live, bool Ready, long? Documents, long? Articles, long? IndexedArticles);
