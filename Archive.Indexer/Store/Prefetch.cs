using System.Collections.Concurrent;

namespace Archive.Indexer.Store;

/// <summary>Reads ahead of a consumer: the next batches come from the store while the current one is processed.</summary>
internal static class Prefetch
{
    /// <summary>
    /// Enumerates <paramref name="source"/> on a background thread, at most <paramref name="ahead"/> items ahead of
    /// the caller. An exception of the source is rethrown to the caller; leaving early stops the reading.
    /// </summary>
    public static IEnumerable<T> Ahead<T>(IEnumerable<T> source, int ahead)
    {
        using var queue = new BlockingCollection<T>(ahead);
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            try
            {
                foreach (var item in source) queue.Add(item, stop.Token);
            }
            finally
            {
                queue.CompleteAdding();
            }
        });
        try
        {
            foreach (var item in queue.GetConsumingEnumerable()) yield return item;
        }
        finally
        {
            stop.Cancel();
            try
            {
                reader.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The caller left early.
            }
        }
    }
}
