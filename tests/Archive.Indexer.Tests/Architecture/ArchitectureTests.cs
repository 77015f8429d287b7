using System.Reflection;
using System.Text.RegularExpressions;
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

    /// <summary>
    /// No pattern of the engine says \d, which matches the digits of every script (٣, ३) that int.Parse then refuses:
    /// a bulletin's contents line ending in ٣ failed to ingest, a search typing ٢٠٢٣年٣月 threw. [0-9] says what is meant.
    /// </summary>
    [Fact]
    public void No_pattern_reads_digits_of_other_scripts()
    {
        const BindingFlags Statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        var patterns = typeof(ArchiveService).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(Statics).Where(m => m.IsDefined(typeof(GeneratedRegexAttribute)) && !m.ContainsGenericParameters))
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Pattern: ((Regex)m.Invoke(null, null)!).ToString()))
            .ToList();

        Assert.True(patterns.Count > 50, $"found only {patterns.Count} patterns");
        var digits = patterns.Where(p => Regex.IsMatch(p.Pattern, @"(?<!\\)(?:\\\\)*\\d")).Select(p => p.Name).ToList();
        Assert.True(digits.Count == 0, "patterns with \\d: " + string.Join(", ", digits));
    }

    private static string Name(string part) => part == "" ? "(façade)" : part;
}
