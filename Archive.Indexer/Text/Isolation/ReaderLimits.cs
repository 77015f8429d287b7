namespace Archive.Indexer.Text.Isolation;

/// <summary>
/// What reading one file may cost in the reader process: processor time (a base plus an allowance per megabyte, so
/// a large genuine file gets longer than a small crafted one) and memory (the process's heap limit).
/// </summary>
internal sealed record ReaderLimits
{
    public TimeSpan BaseTime { get; init; } = TimeSpan.FromSeconds(3);
    public TimeSpan TimePerMegabyte { get; init; } = TimeSpan.FromSeconds(0.2);
    public long MemoryBytes { get; init; } = 1024L * 1024 * 1024;
    /// <summary>Reader processes at once: one per core, as many as files are read in parallel.</summary>
    public int Processes { get; init; } = Environment.ProcessorCount;

    public TimeSpan TimeFor(long bytes) => BaseTime + TimePerMegabyte * (bytes / (1024.0 * 1024));
}
