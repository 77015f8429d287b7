namespace Archive.Indexer.Model;

/// <summary>
/// A search's hits for export: how many there are (a near-duplicate group once, as a search counts them) and the
/// first of them in the search's order, read from the index while they are enumerated. Holds an index searcher:
/// dispose it when done, the enumeration ends there.
/// </summary>
public sealed class SearchExport : IDisposable
{
    /// <summary>Hits are completed (cited) in runs of this many: one store read a run.</summary>
    private const int Run = 256;

    private readonly int _count;
    private readonly Func<int, SearchHit> _read;
    private readonly IDisposable _searcher;
    private Func<IReadOnlyList<SearchHit>, IEnumerable<SearchHit>> _complete = hits => hits;
    private bool _disposed;

    /// <param name="read">Reads the i-th hit (0 to count - 1) through <paramref name="searcher"/>.</param>
    internal SearchExport(long total, int count, Func<int, SearchHit> read, IDisposable searcher)
    {
        Total = total;
        _count = count;
        _read = read;
        _searcher = searcher;
    }

    /// <summary>Sets what each run of hits passes through before it is yielded (what the index does not hold: citations); returns this export.</summary>
    internal SearchExport CompletedBy(Func<IReadOnlyList<SearchHit>, IEnumerable<SearchHit>> complete)
    {
        _complete = complete;
        return this;
    }

    public long Total { get; }

    public IEnumerable<SearchHit> Hits
    {
        get
        {
            for (var start = 0; start < _count; start += Run)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                var run = new SearchHit[Math.Min(Run, _count - start)];
                for (var i = 0; i < run.Length; i++) run[i] = _read(start + i);
                foreach (var hit in _complete(run))
                {
                    ObjectDisposedException.ThrowIf(_disposed, this);
                    yield return hit;
                }
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
