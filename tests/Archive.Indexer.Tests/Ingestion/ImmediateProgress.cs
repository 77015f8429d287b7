namespace Archive.Indexer.Tests.Ingestion;

/// <summary>Calls back on the reporting thread, before the pipeline goes on: lets a test act between two files.</summary>
internal sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
