using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Archive.Indexer.Text.Isolation;

namespace Archive.Indexer.Text.Conversion;

/// <summary>
/// A program a reader hands a file to (LibreOffice, Tesseract, pdftoppm), run with a budget of processor time and a
/// memory budget. The budget counts the processor time of the program and its children (soffice hands the work to
/// soffice.bin), so a slow run on a busy machine is not failed for the wall time it waited for a core; a program that
/// stops computing, or computes in a trickle, is stopped by wall time, a multiple of its budget: <see cref="ReadWatch"/>
/// judges it as it judges reader processes. A program stopped, or running when the batch is cancelled, is killed with
/// its children, so a hung program costs one file, never the batch. The memory budget is an address-space limit
/// (util-linux's prlimit, which its children inherit): a file built to make the program allocate without end fails
/// its allocations instead of taking the machine's memory from the archive. A missing program is an
/// <see cref="UnreadableFileException"/> that names the Debian package to install.
/// </summary>
internal sealed record ExternalProgram(string Command, string DebianPackage, string Name)
{
    public static ExternalProgram LibreOffice { get; } = new("soffice", "libreoffice-writer-nogui", "LibreOffice");
    public static ExternalProgram Tesseract { get; } = new("tesseract", "tesseract-ocr tesseract-ocr-chi-sim", "Tesseract");
    public static ExternalProgram Pdftoppm { get; } = new("pdftoppm", "poppler-utils", "pdftoppm");
    public static ExternalProgram Pdfinfo { get; } = new("pdfinfo", "poppler-utils", "pdfinfo");
    public static ExternalProgram Pdffonts { get; } = new("pdffonts", "poppler-utils", "pdffonts");
    public static ExternalProgram Pdftotext { get; } = new("pdftotext", "poppler-utils", "pdftotext");
    /// <summary>Starts a program with resource limits; util-linux is essential in Debian, so it is there wherever the others are.</summary>
    private static ExternalProgram Prlimit { get; } = new("prlimit", "util-linux", "prlimit");

    /// <summary>Whether the command is on the PATH.</summary>
    public bool IsInstalled =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, Command)));

    /// <summary>What the run printed; ExitCode is the program's own (a program killed by a signal exits with 128 + the signal).</summary>
    public sealed record Result(int ExitCode, string Output, string Errors);

    /// <summary>A memory budget as messages give it.</summary>
    public static string Megabytes(long bytes) => $"{bytes / (1024 * 1024):N0} MB";

    /// <param name="what">The work, for messages ("converting the .doc").</param>
    /// <param name="budget">The processor time the program and its children may spend.</param>
    /// <param name="memory">The address space the program and its children may map, in bytes: an allocation past it fails (the
    /// program usually ends with an error or aborts); its libraries and their reservations count too.</param>
    /// <param name="environment">Variables set for the program on top of this process's own.</param>
    /// <param name="watch">Asked every <see cref="WatchInterval"/> while the program runs: a reason it returns (the output
    /// the program writes grown past what may be read) stops the program and fails the file with it.</param>
    /// <exception cref="UnreadableFileException">The program is missing, was stopped over its <paramref name="budget"/> (or its wall time), or by <paramref name="watch"/>.</exception>
    /// <exception cref="OperationCanceledException">The batch was cancelled; the program was killed.</exception>
    public Result Run(IEnumerable<string> arguments, string what, TimeSpan budget, long memory, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null, Func<string?>? watch = null)
    {
        if (!IsInstalled) throw NotInstalled(what, null);
        // prlimit sets the limit and then becomes the program (same process), so the watch and the kill see the program.
        var limited = Prlimit.IsInstalled;
        var start = new ProcessStartInfo(limited ? Prlimit.Command : Command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (limited)
        {
            start.ArgumentList.Add($"--as={memory.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(Command);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Isolation.ChildEnvironment.Scrub(start.Environment);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw NotInstalled(what, e);
        }
        var stopwatch = Stopwatch.StartNew();
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var judge = new ReadWatch(budget, TimeSpan.Zero);
        try
        {
            var exited = process.WaitForExitAsync(cancellationToken);
            while (!((IAsyncResult)exited).AsyncWaitHandle.WaitOne(WatchInterval))
            {
                var reason = watch?.Invoke()
                             ?? (judge.Judge(ProcessTree.ProcessorTime(process.Id), stopwatch.Elapsed) is { } verdict
                                 ? $"{Name} {ReadWatch.Described(verdict, budget)} {what} and was stopped: the file may be damaged, built to be expensive, or far larger than usual"
                                 : null);
                if (reason is null) continue;
                Stop(process);
                throw new UnreadableFileException(reason);
            }
            exited.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            throw;
        }
        // A child the program left behind (LibreOffice's soffice.bin) may hold the pipes open: wait for them no
        // longer than the budget once more, then take what came.
        if (!Task.WaitAll([output, errors], budget)) Stop(process);
        return new Result(process.ExitCode, Completed(output), Completed(errors));
    }

    /// <summary>How often a run's watch is asked.</summary>
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(250);

    private UnreadableFileException NotInstalled(string what, Exception? inner) =>
        new($"{what} needs {Name} ({Command}), which is not installed: install Debian's {DebianPackage} (apt-get install {DebianPackage})", inner);

    private static string Completed(Task<string> read) => read.IsCompletedSuccessfully ? read.Result : "";

    private static void Stop(Process process)
    {
        var tree = ProcessTree.Of(process.Id);
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
        // A stopped (SIGSTOP) or dying process still exits on SIGKILL; waiting for the program and its children makes
        // sure their files are closed before they are deleted (soffice.bin writes in the job's folder).
        var waited = Stopwatch.StartNew();
        process.WaitForExit(KillTime);
        while (!tree.All(ProcessTree.HasEnded) && waited.Elapsed < KillTime) Thread.Sleep(10);
    }

    /// <summary>How long killed processes are waited for at most.</summary>
    private static readonly TimeSpan KillTime = TimeSpan.FromSeconds(10);
}
