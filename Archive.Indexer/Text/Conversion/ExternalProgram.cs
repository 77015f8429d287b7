using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Archive.Indexer.Text.Conversion;

/// <summary>
/// A program a reader hands a file to (LibreOffice, Tesseract, pdftoppm), run with a time limit and a memory budget.
/// When the time passes or the batch is cancelled it is killed with its children, so a hung program costs one file,
/// never the batch. The memory budget is an address-space limit (util-linux's prlimit, which its children inherit):
/// a file built to make the program allocate without end fails its allocations instead of taking the machine's
/// memory from the archive. A missing program is an <see cref="UnreadableFileException"/> that names the Debian package to install.
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
    /// <param name="memory">The address space the program and its children may map, in bytes: an allocation past it fails (the
    /// program usually ends with an error or aborts); its libraries and their reservations count too.</param>
    /// <param name="environment">Variables set for the program on top of this process's own.</param>
    /// <param name="watch">Asked every <see cref="WatchInterval"/> while the program runs: a reason it returns (the output
    /// the program writes grown past what may be read) stops the program and fails the file with it.</param>
    /// <exception cref="UnreadableFileException">The program is missing, did not finish within <paramref name="timeout"/>, or was stopped by <paramref name="watch"/>.</exception>
    /// <exception cref="OperationCanceledException">The batch was cancelled; the program was killed.</exception>
    public Result Run(IEnumerable<string> arguments, string what, TimeSpan timeout, long memory, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null, Func<string?>? watch = null)
    {
        if (!IsInstalled) throw NotInstalled(what, null);
        // prlimit sets the limit and then becomes the program (same process), so the time limit and kill work as before.
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
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            var exited = process.WaitForExitAsync(limit.Token);
            while (watch is not null && !((IAsyncResult)exited).AsyncWaitHandle.WaitOne(WatchInterval))
            {
                if (watch() is not { } reason) continue;
                Stop(process);
                throw new UnreadableFileException(reason);
            }
            exited.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new UnreadableFileException(
                $"{Name} did not finish {what} within {timeout.TotalSeconds:0} s and was stopped: the file may be damaged or far larger than usual");
        }
        // A child the program left behind (LibreOffice's soffice.bin) may hold the pipes open: wait for them no
        // longer than the time the run had left, then take what came.
        var remaining = timeout - stopwatch.Elapsed;
        if (!Task.WaitAll([output, errors], remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero))
        {
            Stop(process);
        }
        return new Result(process.ExitCode, Completed(output), Completed(errors));
    }

    /// <summary>How often a run's watch is asked.</summary>
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(250);

    private UnreadableFileException NotInstalled(string what, Exception? inner) =>
        new($"{what} needs {Name} ({Command}), which is not installed: install Debian's {DebianPackage} (apt-get install {DebianPackage})", inner);

    private static string Completed(Task<string> read) => read.IsCompletedSuccessfully ? read.Result : "";

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
        // A stopped (SIGSTOP) or dying process still exits on SIGKILL; waiting makes sure its files are closed before they are deleted.
        process.WaitForExit(TimeSpan.FromSeconds(10));
    }
}
