using System.Collections.Concurrent;
using Archive.Indexer.Text.Recognition;
using Spectre.Console;

namespace Archive.Indexer.Cli;

/// <summary>
/// The ingest's second bar: pages recognized of the scans being read, summed over the files read at once (a scan
/// takes seconds a page, so the files bar alone would stand still for minutes). Reported from the reading threads.
/// </summary>
internal sealed class ScanProgress(ProgressTask task) : IProgress<PageProgress>
{
    private readonly ConcurrentDictionary<string, PageProgress> _files = new(StringComparer.Ordinal);

    public void Report(PageProgress value)
    {
        _files[value.File] = value;
        lock (task)
        {
            if (!task.IsStarted) task.StartTask();
            task.MaxValue = Math.Max(1, _files.Values.Sum(f => f.PagesTotal));
            task.Value = _files.Values.Sum(f => f.PagesDone);
        }
    }
}
