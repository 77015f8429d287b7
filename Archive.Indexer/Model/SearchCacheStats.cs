namespace Archive.Indexer.Model;

/// <summary>What the search result cache holds and how often it answered.</summary>
public sealed record SearchCacheStats(bool Enabled, int Entries, int MaxEntries, long Bytes, long MaxBytes, long Hits, long Misses)
{
    /// <summary>Hits over look-ups since start (0 before the first).</summary>
    public double HitRatio => Hits + Misses == 0 ? 0 : Hits / (double)(Hits + Misses);
}
