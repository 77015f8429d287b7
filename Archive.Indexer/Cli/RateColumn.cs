using Spectre.Console;
using Spectre.Console.Rendering;

namespace Archive.Indexer.Cli;

/// <summary>A progress column showing the task's current rate in its own unit (files/s, articles/s).</summary>
public sealed class RateColumn(string unit) : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Markup($"[blue]{task.Speed ?? 0:0}[/] {Markup.Escape(unit)}/s");
}
