using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;

namespace Archive.Indexer.Tests.Conversion;

/// <summary>
/// A program a reader runs spends a budget of processor time, its children's included, and is stopped by wall time
/// only when it stops computing: the shell scripts in Programs/ stand in for a LibreOffice waiting for a core, one
/// computing without end, one handing that to a child, and one stopped by a signal.
/// </summary>
public sealed class ProgramBudgetTests
{
    private static readonly ExternalProgram Shell = new("sh", "dash", "sh");

    private static ExternalProgram.Result Run(string script, double budgetSeconds) =>
        Shell.Run([Path.Combine(AppContext.BaseDirectory, "Conversion", "Programs", script)], "running " + script,
            TimeSpan.FromSeconds(budgetSeconds), new ConversionOptions().ProgramMemory, CancellationToken.None);

    [Fact]
    public void A_program_that_waits_longer_than_its_budget_but_computes_little_finishes()
    {
        var result = Run("sleeps.sh", 2);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("done\n", result.Output);
    }

    [Fact]
    public void A_program_that_computes_without_end_is_stopped_when_its_processor_time_is_spent()
    {
        var e = Assert.Throws<UnreadableFileException>(() => Run("spins.sh", 1));

        Assert.StartsWith("sh spent its budget of processor time (1 s) running spins.sh and was stopped", e.Message);
    }

    [Fact]
    public void A_program_whose_child_computes_without_end_is_stopped_for_the_child_s_processor_time()
    {
        var e = Assert.Throws<UnreadableFileException>(() => Run("spinning-child.sh", 1));

        Assert.StartsWith("sh spent its budget of processor time (1 s) running spinning-child.sh and was stopped", e.Message);
        Assert.DoesNotContain(CommandLines(), p => p.Contains("while :; do :; done", StringComparison.Ordinal));
    }

    [Fact]
    public void A_program_stopped_by_a_signal_ends_at_its_wall_time_ceiling()
    {
        var e = Assert.Throws<UnreadableFileException>(() => Run("stops-itself.sh", 1));

        Assert.StartsWith("sh made no progress for 4 s running stops-itself.sh and was stopped", e.Message);
    }

    /// <summary>The command lines of this user's running processes.</summary>
    private static IEnumerable<string> CommandLines() =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(name => name!.All(char.IsAsciiDigit)).Select(pid =>
        {
            try
            {
                return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            }
            catch (IOException)
            {
                return "";
            }
        });
}
