using System.Diagnostics;
using System.Runtime.InteropServices;
using Archive.Indexer.Text;

namespace Archive.Indexer.Parsing;

/// <summary>
/// The processor time one parse may spend, on the thread that parses: the parsers run in the archive's own process,
/// outside the reader processes' budgets, so a text shaped to make them work must fail as that file's failure rather
/// than hold a core of the service. Processor time, not wall time: a busy machine slows every parse alike and must not
/// fail a file that an idle one parses. Spent by <see cref="BudgetedLines"/>, whose every read of a line counts.
/// </summary>
internal sealed partial class ParseBudget(TimeSpan limit)
{
    /// <summary>
    /// Over four times what the largest text a document may hold takes to parse (200,000 lines or 4 M characters of
    /// the costliest shapes, 3.5 s; a real issue a few milliseconds).
    /// </summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(15);

    /// <summary>Reads of a line between looks at the clock: a line's read costs microseconds, a look at the clock about as much.</summary>
    private const int ReadsPerLook = 4_096;

    private readonly TimeSpan _start = ThreadProcessorTime();
    private int _reads;

    /// <summary>Counts one read of a line, and every few thousand looks at the time spent.</summary>
    /// <exception cref="UnreadableFileException">The parse has spent its budget.</exception>
    public void Spend()
    {
        if (++_reads % ReadsPerLook != 0) return;
        if (ThreadProcessorTime() - _start > limit)
            throw new UnreadableFileException(
                $"parsing its text took more than {limit.TotalSeconds:0.#} s of processor time, more than any document's text needs: " +
                "its lines are shaped to keep the parsers working; split it, or tell the archive's maintainers");
    }

    /// <summary>
    /// The processor time the calling thread has spent (Linux: CLOCK_THREAD_CPUTIME_ID); elsewhere the wall time, never
    /// less than it.
    /// </summary>
    private static TimeSpan ThreadProcessorTime()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0)
            return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
        return Stopwatch.GetElapsedTime(0);
    }

    private const int ThreadCpuClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
