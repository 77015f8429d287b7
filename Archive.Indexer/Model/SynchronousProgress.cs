namespace Archive.Indexer.Model;

/// <summary>
/// Reports on the caller's thread. Progress&lt;T&gt; would queue every report to the thread pool, which costs
/// more than the update itself when there are hundreds of thousands; Spectre's tasks are thread-safe anyway.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
