using System.Globalization;

namespace Archive.Indexer.Text.Conversion;

/// <summary>
/// The processor time a process and its descendants have spent, from Linux's /proc: each live one's user and system
/// time, and what its children that have ended spent (the kernel adds those to their parent once it has waited for
/// them). A program that hands its work to a child (soffice to soffice.bin) is measured with it. A descendant that
/// has left the tree (one whose parent ended before it) is no longer counted; without /proc (another system) the
/// time is zero and only the wall-time rules of <see cref="Isolation.ReadWatch"/> apply.
/// </summary>
internal static class ProcessTreeTime
{
    /// <summary>The unit of /proc's times, USER_HZ: 100 a second on every architecture Debian supports.</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(int root)
    {
        long ticks = 0;
        var pending = new Stack<int>([root]);
        var seen = new HashSet<int>();
        while (pending.TryPop(out var pid))
        {
            if (!seen.Add(pid) || Ticks(pid) is not { } spent) continue;
            ticks += spent;
            foreach (var child in Children(pid)) pending.Push(child);
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>utime + stime + cutime + cstime, fields 14 to 17 of /proc/PID/stat; null for a process that has ended.</summary>
    private static long? Ticks(int pid)
    {
        var stat = Read($"/proc/{pid}/stat");
        // The command name (field 2) is in parentheses and may hold spaces and parentheses itself: count from after its last ')'.
        var close = stat?.LastIndexOf(')') ?? -1;
        if (close < 0) return null;
        var fields = stat![(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // fields[0] is field 3 (the state), so field n is fields[n - 3].
        return fields.Length < 15 ? null : fields[11..15].Sum(f => long.Parse(f, CultureInfo.InvariantCulture));
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
