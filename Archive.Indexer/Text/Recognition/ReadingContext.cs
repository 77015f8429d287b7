namespace Archive.Indexer.Text.Recognition;

/// <summary>
/// What a reader that takes long (a scan of many pages) needs from the batch it works for: the file's name for the
/// progress it reports page by page, and the batch's cancellation, which stops the running program at once.
/// </summary>
internal sealed record ReadingContext(string File, CancellationToken Cancellation = default, IProgress<PageProgress>? Pages = null)
{
    internal void Report(int done, int total) => Pages?.Report(new PageProgress(File, done, total));
}
