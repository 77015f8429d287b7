using System.Runtime.InteropServices;

namespace Archive.Indexer.Tests.Conversion;

/// <summary>
/// The external programs a test's <see cref="Text.DocumentTools"/> runs, found the way an operator would find them:
/// by their command lines in /proc, which name the tools' own scratch folder. Acts on the first one that starts:
/// sends it a real signal, to make a real converter hang (SIGSTOP) or crash (SIGKILL), or cancels a batch while it runs.
/// </summary>
internal sealed class ConverterProcesses : IDisposable
{
    public const int Stop = 19;
    public const int Kill = 9;

    private readonly CancellationTokenSource _done = new();
    private readonly Task _watch;

    /// <param name="program">The program's executable name as /proc shows it ("soffice.bin", "tesseract").</param>
    private ConverterProcesses(string scratch, string program, Action<int> act)
    {
        _watch = Task.Run(() =>
        {
            while (!_done.IsCancellationRequested)
            {
                if (Running(scratch).FirstOrDefault(p => p.CommandLine.Contains(program, StringComparison.Ordinal)) is { Pid: var pid } && pid > 0)
                {
                    act(pid);
                    Seen = true;
                    return;
                }
                Thread.Sleep(10);
            }
        });
    }

    /// <summary>Whether the program was seen running and acted on.</summary>
    public bool Seen { get; private set; }

    /// <summary>Sends <paramref name="signal"/> once, to the first <paramref name="program"/> started with <paramref name="scratch"/> in its command line.</summary>
    public static ConverterProcesses SignalFirst(string scratch, string program, int signal) => new(scratch, program, pid => kill(pid, signal));

    /// <summary>Calls <paramref name="act"/> once, when the first <paramref name="program"/> started with <paramref name="scratch"/> in its command line runs.</summary>
    public static ConverterProcesses WhenFirstRuns(string scratch, string program, Action act) => new(scratch, program, _ => act());

    /// <summary>Processes whose command line names the folder.</summary>
    public static IReadOnlyList<(int Pid, string CommandLine)> Running(string scratch)
    {
        var found = new List<(int, string)>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(scratch, StringComparison.Ordinal)) found.Add((pid, commandLine));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while it was looked at.
            }
        }
        return found;
    }

    public void Dispose()
    {
        _done.Cancel();
        _watch.Wait();
        _done.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int kill(int pid, int signal);
}
