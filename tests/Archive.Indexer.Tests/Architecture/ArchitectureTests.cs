using Xunit.Abstractions;

namespace Archive.Indexer.Tests.Architecture;

public class ArchitectureTests(ITestOutputHelper output)
{
    [Fact]
    public void No_part_of_the_engine_depends_on_itself_through_the_others()
    {
        using var engine = EngineDependencies.LoadEngine();
        var edges = EngineDependencies.Read(engine);
        foreach (var (from, uses) in edges.OrderBy(e => e.Key))
            foreach (var (to, why) in uses.Where(u => u.Key != "Model").OrderBy(u => u.Key))
                output.WriteLine($"{Name(from)} -> {Name(to)}: {string.Join(", ", why)}");

        var loops = EngineDependencies.Loops(edges);

        Assert.True(loops.Count == 0, "dependency loops among the engine's parts: " + string.Join("; ",
            loops.Select(l => string.Join(" <-> ", l.Select(Name)))));
    }

    [Fact]
    public void The_model_imports_nothing_else_of_the_engine()
    {
        using var engine = EngineDependencies.LoadEngine();

        var uses = EngineDependencies.Read(engine).GetValueOrDefault("Model") ?? [];

        Assert.True(uses.Count == 0, "Model/ uses " + string.Join(", ", uses.SelectMany(u => u.Value)));
    }

    private static string Name(string part) => part == "" ? "(façade)" : part;
}
