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

    /// <summary>
    /// The engine's public surface is the façade and the records it takes and returns (PublicApi.txt). A type made
    /// public by accident fails here; a type meant to be public is added to the list in the same change.
    /// </summary>
    [Fact]
    public void The_public_surface_is_the_listed_one()
    {
        var listed = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Architecture", "PublicApi.txt"))
            .Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);

        var exported = typeof(ArchiveService).Assembly.GetExportedTypes().Select(t => t.FullName!.Replace('+', '/')).ToHashSet(StringComparer.Ordinal);

        Assert.True(exported.SetEquals(listed),
            $"public but not in Architecture/PublicApi.txt: {string.Join(", ", exported.Except(listed).Order())}; " +
            $"listed but no longer public: {string.Join(", ", listed.Except(exported).Order())}");
    }

    private static string Name(string part) => part == "" ? "(façade)" : part;
}
