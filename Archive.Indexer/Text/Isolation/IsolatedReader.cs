namespace Archive.Indexer.Text.Isolation;

/// <summary>
/// Reads files in separate reader processes, so that no file, however nested, long or compressed, can crash
/// the archive's process, exhaust its memory or hold a core for long: every file gets a time budget (then its
/// reader is killed) and a heap limit. Plain text, which needs no parser of nested structure, is read here.
/// Idle processes are kept for the next file a while, then ended. Thread-safe.
/// </summary>
public sealed class IsolatedReader : IDisposable
{
    internal const string OutOfMemory = "reading the file needed more memory than a reader may use: the file is damaged or built to be expensive";
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

    public ReaderLimits Limits => _limits;

    /// <summary>The file's text, as <see cref="DocumentReader.Read"/> gives it.</summary>
    /// <exception cref="UnreadableFileException">The file cannot be read, or reading it broke a budget: the message says which.</exception>
    public ExtractedText Read(string fileName, ReadOnlyMemory<byte> content)
    {
        if (DocumentReader.IsPlainText(fileName)) return DocumentReader.Read(fileName, content);
        if (content.Length == 0) throw new UnreadableFileException("the file is empty");
        _slots.Wait();
        ReaderProcess? process = null;
        try
        {
            process = Take();
            var budget = _limits.TimeFor(content.Length);
            var answer = process.Read(fileName, content.Span, budget, out var timedOut);
            if (answer is not { } read)
            {
                var why = timedOut
                    ? $"reading the file took more than its time budget ({budget.TotalSeconds:0.#} s of processor time) and was stopped: the file is damaged or built to be expensive; a re-saved or plain-text copy may read"
                    : $"the reader crashed on this file ({process.Errors()}): the file is damaged or built to break readers";
                process.Dispose();
                process = null;
                throw new UnreadableFileException(why);
            }
            if (read.Outcome == ReaderProtocol.Outcome.Text) return read.Text!;
            if (read.Message == OutOfMemory)
            {
                process.Dispose();
                process = null;
            }
            throw new UnreadableFileException(read.Message!);
        }
        finally
        {
            if (process is not null) GiveBack(process);
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
