namespace Archive.Indexer.Model;

/// <summary>
/// A search's hits for export: how many there are (a near-duplicate group once, as a search counts them) and the
/// first of them in the search's order, read from the index while they are enumerated. Holds an index searcher:
/// dispose it when done, the enumeration ends there.
/// </summary>
public sealed class SearchExport : IDisposable
{
    private readonly int _count;
    private readonly Func<int, SearchHit> _read;
    private readonly IDisposable _searcher;
    private bool _disposed;

    /// <param name="read">Reads the i-th hit (0 to count - 1) through <paramref name="searcher"/>.</param>
    internal SearchExport(long total, int count, Func<int, SearchHit> read, IDisposable searcher)
    {
        Total = total;
        _count = count;
        _read = read;
        _searcher = searcher;
    }

    public long Total { get; }

    public IEnumerable<SearchHit> Hits
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                yield return _read(i);
            }
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _searcher.Dispose();
    }
}
