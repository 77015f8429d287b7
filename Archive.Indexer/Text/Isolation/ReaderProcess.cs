using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Archive.Indexer.Text.Isolation;

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
    /// <summary>Wall time allowed per unit of budget before a reader that is not computing counts as stuck.</summary>
    private const int IdleFactor = 4;

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
    /// Reads one file; a null answer means the process ended or was killed (then it is useless: dispose it). The
    /// budget is the processor time the reader may spend on the file, so a busy machine does not fail files that a
    /// quiet one reads; a reader that sits idle (waiting, not computing) is stopped after <see cref="IdleFactor"/>
    /// times the budget of wall time.
    /// </summary>
    public (ReaderProtocol.Outcome Outcome, ExtractedText? Text, string? Message)? Read(string fileName, ReadOnlySpan<byte> content, TimeSpan budget, out bool timedOut)
    {
        var killed = 0;
        var started = Stopwatch.GetTimestamp();
        var cpuAtStart = _process.TotalProcessorTime;
        using var watch = new Timer(_ =>
        {
            var spent = CpuTime() - cpuAtStart;
            if (spent < budget && Stopwatch.GetElapsedTime(started) < budget * IdleFactor) return;
            Interlocked.Exchange(ref killed, 1);
            Kill();
        }, null, WatchInterval, WatchInterval);
        (ReaderProtocol.Outcome, ExtractedText?, string?)? answer;
        try
        {
            ReaderProtocol.WriteRequest(_process.StandardInput.BaseStream, fileName, content);
            answer = ReaderProtocol.ReadAnswer(_process.StandardOutput.BaseStream);
        }
        catch (IOException)
        {
            answer = null; // the pipe broke: the process ended while the request was written
        }
        watch.Dispose();
        timedOut = Volatile.Read(ref killed) == 1;
        IdleSince = DateTime.UtcNow;
        return timedOut ? null : answer;
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
            return TimeSpan.MaxValue; // ended
        }
    }

    /// <summary>Why the process ended, from the end of its error output and its exit code.</summary>
    public string Errors()
    {
        string head;
        lock (_errors) head = _errors.ToString().Trim();
        var exit = _process.WaitForExit(1_000) ? $"exit code {_process.ExitCode}" : "still running";
        var firstLine = head.Split('\n', 2)[0];
        return firstLine.Length == 0 ? exit : $"{firstLine} ({exit})";
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
