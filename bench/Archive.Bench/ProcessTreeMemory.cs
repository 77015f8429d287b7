namespace Archive.Bench;

/// <summary>
/// The peak resident memory of a process and all its descendants (the converters and Tesseract it starts),
/// sampled every 20 ms from /proc while it is alive.
/// </summary>
internal sealed class ProcessTreeMemory : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peakKilobytes;

    public ProcessTreeMemory(int root)
    {
        _sampler = Task.Run(() =>
        {
            while (!_stop.IsCancellationRequested)
            {
                _peakKilobytes = Math.Max(_peakKilobytes, TreeKilobytes(root));
                Thread.Sleep(20);
            }
        });
    }

    public double PeakMegabytes => _peakKilobytes / 1024.0;

    private static long TreeKilobytes(int root)
    {
        var parents = new Dictionary<int, int>();
        var rss = new Dictionary<int, long>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            try
            {
                foreach (var line in File.ReadLines(Path.Combine(folder, "status")))
                {
                    if (line.StartsWith("PPid:", StringComparison.Ordinal)) parents[pid] = int.Parse(line[5..].Trim());
                    else if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss[pid] = long.Parse(line[6..].Trim().Split(' ')[0]);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while it was read.
            }
        }
        bool InTree(int pid)
        {
            for (var hops = 0; hops < 64 && pid > 1; hops++)
            {
                if (pid == root) return true;
                if (!parents.TryGetValue(pid, out pid)) return false;
            }
            return false;
        }
        return rss.Where(p => InTree(p.Key)).Sum(p => p.Value);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _sampler.Wait();
        _stop.Dispose();
    }
}
