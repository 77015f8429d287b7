namespace Archive.Indexer.Text.Isolation;

/// <summary>
/// Reads files in separate reader processes, so that no file, however nested, long or compressed, can crash
/// the archive's process, exhaust its memory or hold a core for long: every file gets a time budget (then its
/// reader is killed) and a heap limit. Plain text, which needs no parser of nested structure, is read here.
/// Idle processes are kept for the next file a while, then ended. Thread-safe.
/// </summary>
internal sealed class IsolatedReader : IDisposable
{
    /// <summary>An idle reader process ends after this long; the next file starts a new one.</summary>
    private static readonly TimeSpan IdleTime = TimeSpan.FromSeconds(60);

    private readonly ReaderLimits _limits;
    private readonly SemaphoreSlim _slots;
    private readonly Stack<ReaderProcess> _idle = new();
    private readonly Timer _reaper;
    private bool _disposed;

    public IsolatedReader(ReaderLimits? limits = null)
    {
        _limits = limits ?? new ReaderLimits();
        _slots = new SemaphoreSlim(Math.Max(1, _limits.Processes));
        _reaper = new Timer(_ => EndIdle(IdleTime), null, IdleTime, IdleTime);
    }

    /// <summary>One reader for the whole process (the CLI, the API and its tests share it), ended at exit.</summary>
    public static IsolatedReader Shared => LazyShared.Value;

    private static readonly Lazy<IsolatedReader> LazyShared = new(() =>
    {
        var reader = new IsolatedReader();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => reader.Dispose();
        return reader;
    });

    /// <summary>The file's text, as <see cref="DocumentReader.Read"/> gives it.</summary>
    /// <exception cref="UnreadableFileException">The file cannot be read, or reading it broke a budget: the message says which.</exception>
    public ExtractedText Read(string fileName, ReadOnlyMemory<byte> content)
    {
        if (DocumentReader.IsPlainText(fileName)) return DocumentReader.Read(fileName, content).Bounded();
        if (content.Length == 0) throw new UnreadableFileException("the file is empty");
        _slots.Wait();
        try
        {
            var budget = _limits.TimeFor(content.Length);
            // A process that ended while idle never got the file: one fresh try, and the file is not blamed for it.
            for (var attempt = 0; ; attempt++)
            {
                var process = Take();
                var (status, answer) = process.Read(fileName, content.Span, budget);
                if (status == ReadStatus.Answered && answer!.Outcome != ReaderProtocol.Outcome.OutOfMemory)
                {
                    GiveBack(process);
                    return answer.Outcome == ReaderProtocol.Outcome.Text ? answer.Text!
                        : throw new UnreadableFileException(answer.Message!)
                        {
                            ScannedOnly = answer.Outcome == ReaderProtocol.Outcome.ScannedOnly,
                            Expensive = answer.Outcome == ReaderProtocol.Outcome.Expensive,
                        };
                }
                var why = status switch
                {
                    ReadStatus.Answered => answer!.Message!,
                    ReadStatus.OverBudget => $"the reader {ReadWatch.Described(status, budget)} on the file and was stopped: the file is damaged or built to be expensive; a re-saved or plain-text copy may read",
                    ReadStatus.Stuck or ReadStatus.OutOfTime => $"the reader {ReadWatch.Described(status, budget)} on the file and was stopped: the file is damaged or built to stall readers",
                    ReadStatus.Garbled => "the reader's answer on this file was garbled: the file is damaged or built to break readers",
                    ReadStatus.Ended when process.RanOutOfMemory() => ReaderProtocol.OutOfMemoryMessage,
                    _ => $"the reader crashed on this file ({process.Errors()}): the file is damaged or built to break readers",
                };
                process.Dispose();
                if (status == ReadStatus.NotDelivered && attempt == 0) continue;
                // Markdown is text: what its parser could not read within bounds is kept as the text it is.
                if (status != ReadStatus.Answered && DocumentReader.IsMarkdown(fileName)) return MarkdownReader.AsPlainText(content.Span).Bounded();
                throw new UnreadableFileException(why);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private ReaderProcess Take()
    {
        lock (_idle)
        {
            while (_idle.TryPop(out var idle))
            {
                if (!idle.HasExited) return idle;
                idle.Dispose();
            }
        }
        return ReaderProcess.Start(_limits);
    }

    private void GiveBack(ReaderProcess process)
    {
        lock (_idle)
        {
            if (!_disposed)
            {
                _idle.Push(process);
                return;
            }
        }
        process.Dispose();
    }

    private void EndIdle(TimeSpan olderThan)
    {
        List<ReaderProcess> ended;
        lock (_idle)
        {
            ended = [.. _idle.Where(p => DateTime.UtcNow - p.IdleSince >= olderThan)];
            var kept = _idle.Except(ended).Reverse().ToList();
            _idle.Clear();
            foreach (var p in kept) _idle.Push(p);
        }
        foreach (var p in ended) p.Dispose();
    }

    public void Dispose()
    {
        lock (_idle)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _reaper.Dispose();
        EndIdle(TimeSpan.Zero);
    }
}
