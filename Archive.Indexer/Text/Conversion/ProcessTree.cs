using System.Globalization;

namespace Archive.Indexer.Text.Conversion;

/// <summary>
/// A process and its descendants, from Linux's /proc: who they are, and the processor time they have spent (each live
/// one's user and system time, and what its children that have ended spent: the kernel adds those to their parent once
/// it has waited for them). A program that hands its work to a child (soffice to soffice.bin) is measured with it. A
/// descendant that has left the tree (one whose parent ended before it) is no longer counted; without /proc (another
/// system) the tree is empty, its time zero, and only the wall-time rules of <see cref="Isolation.ReadWatch"/> apply.
/// </summary>
internal static class ProcessTree
{
    /// <summary>The unit of /proc's times, USER_HZ: 100 a second on every architecture Debian supports.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>The process and its descendants that are running now.</summary>
    public static List<int> Of(int root)
    {
        var members = new List<int>();
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            if (members.Contains(pid) || HasEnded(pid)) continue;
            members.Add(pid);
            foreach (var child in Children(pid)) pending.Push(child);
        }
        return members;
    }

    public static TimeSpan ProcessorTime(int root) => TimeSpan.FromSeconds(Of(root).Sum(pid => Stat(pid) is { } fields ? Ticks(fields) : 0) / TicksPerSecond);

    /// <summary>Whether the process is gone, or has ended and waits only to be reaped (a zombie).</summary>
    public static bool HasEnded(int pid) => Stat(pid) is not { } fields || fields[0] is "Z" or "X" or "x";

    /// <summary>utime + stime + cutime + cstime, fields 14 to 17 of /proc/PID/stat.</summary>
    private static long Ticks(string[] fields) => fields[11..15].Sum(f => long.Parse(f, CultureInfo.InvariantCulture));

    /// <summary>The fields of /proc/PID/stat from the third (the state) on; null for a process that is gone.</summary>
    private static string[]? Stat(int pid)
    {
        var stat = Read($"/proc/{pid}/stat");
        // The command name (field 2) is in parentheses and may hold spaces and parentheses itself: count from after its last ')'.
        var close = stat?.LastIndexOf(')') ?? -1;
        if (close < 0) return null;
        var fields = stat![(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length < 15 ? null : fields;
    }

    /// <summary>The process's children, as each of its threads lists those it started.</summary>
    private static IEnumerable<int> Children(int pid)
    {
        string[] threads;
        try
        {
            threads = Directory.GetDirectories($"/proc/{pid}/task");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
        return threads.SelectMany(thread => (Read(Path.Combine(thread, "children")) ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(child => int.Parse(child, CultureInfo.InvariantCulture)));
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // ended meanwhile
        }
    }
}
