using System.Collections.Concurrent;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Archive.Indexer.Cli;

/// <summary>A progress column showing the task's current rate in its own unit (files/s, articles/s, pages/s).</summary>
internal sealed class RateColumn(string unit) : ProgressColumn
{
    private readonly ConcurrentDictionary<int, string> _units = new();

    /// <summary>Shows <paramref name="task"/>'s rate in <paramref name="taskUnit"/> instead (pages recognized beside files read).</summary>
    public void CountIn(ProgressTask task, string taskUnit) => _units[task.Id] = taskUnit;

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var speed = task.Speed ?? 0;
        // OCR reads a page in seconds: a rate below 10 needs its decimal to say anything.
        var rate = speed is > 0 and < 10 ? $"{speed:0.0}" : $"{speed:0}";
        return new Markup($"[blue]{rate}[/] {Markup.Escape(_units.GetValueOrDefault(task.Id, unit))}/s");
    }
}
