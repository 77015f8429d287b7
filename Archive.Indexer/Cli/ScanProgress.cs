using Spectre.Console;

namespace Archive.Indexer.Cli;

/// <summary>
/// The ingest's second bar: pages recognized of the scans being read, summed over the files read at once (a scan
/// takes seconds a page, so the files bar alone would stand still for minutes). Reported from the reading threads;
/// the sums are kept as running totals, so a batch of many scans costs the same per page as one.
/// </summary>
internal sealed class ScanProgress(ProgressTask task) : IProgress<PageProgress>
{
    private readonly Dictionary<string, PageProgress> _files = new(StringComparer.Ordinal);
    private long _pagesTotal;
    private long _pagesDone;

    public void Report(PageProgress value)
    {
        lock (_files)
        {
            if (_files.TryGetValue(value.File, out var before))
            {
                _pagesTotal -= before.PagesTotal;
                _pagesDone -= before.PagesDone;
            }
            _files[value.File] = value;
            _pagesTotal += value.PagesTotal;
            _pagesDone += value.PagesDone;
            if (!task.IsStarted) task.StartTask();
            task.MaxValue = Math.Max(1, _pagesTotal);
            task.Value = _pagesDone;
        }
    }
}
