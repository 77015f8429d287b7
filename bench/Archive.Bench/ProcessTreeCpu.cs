using System.Globalization;

namespace Archive.Bench;

/// <summary>
/// The CPU time of this process and of its child processes (the isolated file readers), running or ended: what
/// ingesting costs in all. Process.TotalProcessorTime counts this process alone. Linux only (/proc).
/// </summary>
internal static class ProcessTreeCpu
{
    public static TimeSpan Now()
    {
        var self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        // Own user and system time, and that of children already waited for (utime, stime, cutime, cstime).
        var ticks = Fields(File.ReadAllText("/proc/self/stat"))[11..15].Sum(Ticks);
        foreach (var stat in Directory.EnumerateDirectories("/proc").Select(d => Path.Combine(d, "stat")))
        {
            try
            {
                var fields = Fields(File.ReadAllText(stat));
                if (fields[1] == self) ticks += Ticks(fields[11]) + Ticks(fields[12]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A process that ended meanwhile, or a /proc entry that is not a process.
            }
        }
        return TimeSpan.FromSeconds(ticks / (double)TicksPerSecond);
    }

    private static long Ticks(string field) => long.Parse(field, CultureInfo.InvariantCulture);

    /// <summary>The fields after the process name (which may hold spaces): state, ppid, ...; utime is [11].</summary>
    private static string[] Fields(string stat) => stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

    /// <summary>USER_HZ, which is 100 on every Linux this runs on.</summary>
    private const int TicksPerSecond = 100;
}
