using System.Diagnostics;

namespace Archive.Bench.Queries;

/// <summary>
/// The times of one system's searches over a mix: by search, by kind and in all, with the CPU they took and what they
/// allocated on the searching thread (garbage the collector's pauses grow with).
/// </summary>
internal sealed class QueryLatency(string system)
{
    private readonly List<double> _all = [];
    private readonly Dictionary<string, List<double>> _byKind = [];
    private readonly Dictionary<int, List<double>> _bySearch = [];
    private TimeSpan _cpu;
    private long _allocated;

    public string System => system;

    public void Time(int search, string kind, Action run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        run();
        var ms = clock.Elapsed.TotalMilliseconds;
        _allocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
        _cpu += Process.GetCurrentProcess().TotalProcessorTime - cpu;
        _all.Add(ms);
        (_byKind.TryGetValue(kind, out var list) ? list : _byKind[kind] = []).Add(ms);
        (_bySearch.TryGetValue(search, out var times) ? times : _bySearch[search] = []).Add(ms);
    }

    public double Percentile(double percent) => BenchArguments.Percentile(_all, percent);

    public double CpuPerSearchMs => _cpu.TotalMilliseconds / Math.Max(1, _all.Count);

    public void Print(IReadOnlyList<MixQuery> mix, IReadOnlyDictionary<int, long> totals)
    {
        Console.WriteLine($"  {system,-8} all      p50 {Percentile(50),6:F1} ms  p95 {Percentile(95),6:F1} ms  p99 {Percentile(99),6:F1} ms  max {_all.Max(),6:F1} ms; " +
                          $"{CpuPerSearchMs:F1} ms CPU per search (all threads, GC included), {_allocated / 1024.0 / Math.Max(1, _all.Count):N0} KB allocated per search");
        foreach (var (kind, list) in _byKind)
        {
            Console.WriteLine($"  {system,-8} {kind,-12} p50 {BenchArguments.Percentile(list, 50),6:F1} ms  p95 {BenchArguments.Percentile(list, 95),6:F1} ms  max {list.Max(),6:F1} ms");
        }
        Console.WriteLine($"  {system}: slowest searches (p50)");
        foreach (var (search, times) in _bySearch.OrderByDescending(b => BenchArguments.Percentile(b.Value, 50)).Take(6))
        {
            Console.WriteLine($"    {BenchArguments.Percentile(times, 50),7:F1} ms  {totals[search],9:N0} hits  {mix[search].Describe()}");
        }
    }
}
