using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Archive.Indexer.Text.Isolation;

/// <summary>How reading one file in a reader process ended.</summary>
internal enum ReadStatus
{
    Answered,
    /// <summary>The process had ended before the file reached it: the file is not to blame.</summary>
    NotDelivered,
    /// <summary>Stopped after spending its budget of processor time.</summary>
    OverBudget,
    /// <summary>Stopped after computing nothing for several budgets of wall time.</summary>
    Stuck,
    /// <summary>Stopped at its ceiling of wall time, a multiple of its budget, though it computed now and then.</summary>
    OutOfTime,
    /// <summary>The process ended while reading (a stack overflow, a killed heap).</summary>
    Ended,
    /// <summary>The answer broke the protocol.</summary>
    Garbled,
}

/// <summary>
/// One reader process seen from the archive: started with a heap limit, given one file at a time, killed when a
/// file costs more processor time than its budget. Not thread-safe: <see cref="IsolatedReader"/> lends it to one caller.
/// </summary>
internal sealed class ReaderProcess : IDisposable
{
    /// <summary>How much of the process's error output is kept to explain a crash ("Stack overflow." comes first).</summary>
    private const int ErrorHead = 1_000;
    /// <summary>Starting takes a fraction of a second; a machine under heavy load may need far longer.</summary>
    private static readonly TimeSpan StartTime = TimeSpan.FromSeconds(60);
    /// <summary>How often a reading reader's processor time is looked at.</summary>
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(50);

    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private ReaderProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_errors)
            {
                if (_errors.Length < ErrorHead) _errors.Append(e.Data).Append('\n');
            }
        };
        _process.BeginErrorReadLine();
    }

    public DateTime IdleSince { get; private set; } = DateTime.UtcNow;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts a reader process and waits for it to announce itself.</summary>
    public static ReaderProcess Start(ReaderLimits limits)
    {
        var (host, arguments) = WorkerCommand();
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        ChildEnvironment.Scrub(start.Environment);
        start.Environment["DOTNET_GCHeapHardLimit"] = limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("the reader process could not be started");
        var reader = new ReaderProcess(process);
        int ready;
        using (new Timer(_ => reader.Kill(), null, StartTime, Timeout.InfiniteTimeSpan))
        {
            ready = process.StandardOutput.BaseStream.ReadByte();
        }
        if (ready != ReaderProtocol.Ready)
        {
            var why = reader.Errors();
            reader.Dispose();
            throw new InvalidOperationException($"the reader process ({host} {string.Join(' ', arguments)}) did not start: {why}");
        }
        return reader;
    }

    /// <summary>
    /// Reads one file. The budget is the processor time the reader may spend on it, so a busy machine does not fail
    /// files that a quiet one reads; a reader that stops computing (waiting on nothing) is stopped as
    /// <see cref="ReadWatch"/> judges. Anything but <see cref="ReadStatus.Answered"/> leaves the process useless: dispose it.
    /// </summary>
    public (ReadStatus Status, ReaderProtocol.Answer? Answer) Read(string fileName, ReadOnlySpan<byte> content, TimeSpan budget)
    {
        var gate = new Lock();
        var reading = true;
        var stopped = ReadStatus.Answered;
        var started = Stopwatch.GetTimestamp();
        var judge = new ReadWatch(budget, CpuTime());
        // The watch has a thread of its own: a timer's callback waits for the thread pool, which a busy host can starve
        // for seconds, long enough for a hostile file to be read to the end or to hold a core.
        using var finished = new ManualResetEventSlim();
        var watch = new Thread(() =>
        {
            while (!finished.Wait(WatchInterval))
            {
                if (judge.Judge(CpuTime(), Stopwatch.GetElapsedTime(started)) is not { } verdict) continue;
                // The answer may have come meanwhile: a process handed back (or lent to the next file) is never killed.
                lock (gate)
                {
                    if (!reading) return;
                    stopped = verdict;
                    Kill();
                    return;
                }
            }
        }) { IsBackground = true, Name = "reader watch" };
        watch.Start();
        try
        {
            try
            {
                ReaderProtocol.WriteRequest(_process.StandardInput.BaseStream, fileName, content);
            }
            catch (IOException)
            {
                return (ReadStatus.NotDelivered, null); // the process had ended before the file was sent
            }
            var answer = ReaderProtocol.ReadAnswer(_process.StandardOutput.BaseStream);
            lock (gate)
            {
                reading = false;
                return stopped != ReadStatus.Answered ? (stopped, null) : answer is null ? (ReadStatus.Ended, null) : (ReadStatus.Answered, answer);
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            lock (gate)
            {
                reading = false;
                return (stopped != ReadStatus.Answered ? stopped : ReadStatus.Garbled, null);
            }
        }
        finally
        {
            lock (gate) reading = false;
            finished.Set();
            watch.Join();
            IdleSince = DateTime.UtcNow;
        }
    }

    private TimeSpan CpuTime()
    {
        try
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero; // ended: the read sees the end of its output
        }
    }

    /// <summary>Why the process ended, from the end of its error output and its exit code.</summary>
    public string Errors()
    {
        var exit = Ended() ? $"exit code {_process.ExitCode}" : "still running";
        var firstLine = ErrorOutput().Split('\n', 2)[0];
        return firstLine.Length == 0 ? exit : $"{firstLine} ({exit})";
    }

    /// <summary>
    /// Whether the runtime ended the process for want of memory: a heap at its hard limit can fail where no
    /// OutOfMemoryException reaches the reader (the collector's own bookkeeping), and the process ends saying so.
    /// </summary>
    public bool RanOutOfMemory()
    {
        Ended();
        return SaysOutOfMemory(ErrorOutput());
    }

    /// <summary>
    /// Whether the process ended within a second, its error output read to the end: the asynchronous wait drains it, a
    /// timed WaitForExit does not, and the untimed one could wait on whatever still held the stream.
    /// </summary>
    private bool Ended()
    {
        using var second = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            _process.WaitForExitAsync(second.Token).GetAwaiter().GetResult();
            return true;
        }
        catch (OperationCanceledException)
        {
            return _process.HasExited;
        }
    }

    internal static bool SaysOutOfMemory(string errors) =>
        errors.Contains("Out of memory", StringComparison.OrdinalIgnoreCase) || errors.Contains(nameof(OutOfMemoryException), StringComparison.Ordinal);

    private string ErrorOutput()
    {
        lock (_errors) return _errors.ToString().Trim();
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already ended
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close(); // the process ends at the end of its input
        }
        catch (IOException)
        {
        }
        if (!_process.WaitForExit(2_000)) Kill();
        _process.Dispose();
    }

    /// <summary>
    /// `dotnet archive.dll read-worker` with the same dotnet that runs this process: archive.dll (this assembly)
    /// lies beside whatever hosts it (the CLI, the API, a test run), with its runtimeconfig and deps files.
    /// </summary>
    private static (string Host, string[] Arguments) WorkerCommand()
    {
        var assembly = typeof(ReaderProcess).Assembly.Location;
        var runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        var candidates = new[]
        {
            Environment.ProcessPath,
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
            // <root>/shared/Microsoft.NETCore.App/<version>/ -> <root>/dotnet
            Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet")),
        };
        var dotnet = candidates.FirstOrDefault(c => c is not null && Path.GetFileNameWithoutExtension(c) == "dotnet" && File.Exists(c))
                     ?? "dotnet";
        return (dotnet, [assembly, "read-worker"]);
    }
}
